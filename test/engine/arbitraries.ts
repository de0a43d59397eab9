/**
 * Realistic inputs for the property tests, built on the real tables. Money is always a string
 * made from a whole number of fen (never a float), in the shapes a form or a slip gives:
 * "1300", "1300.5", "1300.50".
 */
import fc from 'fast-check';
import type { BillIn, PersonIn, PriorIn } from '../../src/engine';

export { tables } from './fixtures';

export const LEVELS = ['community', 'primary', 'secondary', 'tertiary'] as const;

/** A whole number of fen as a money string, sometimes without the zero decimals. */
export const money = (fen: number, style = 2): string => {
  const yuan = Math.floor(fen / 100);
  const cents = fen % 100;
  if (style === 0 && cents === 0) return String(yuan);
  if (style === 1 && cents % 10 === 0) return `${yuan}.${cents / 10}`;
  return `${yuan}.${String(cents).padStart(2, '0')}`;
};

/** Fen with the spread real bills have: many small ones, some large enough to reach the caps. */
export const fenAmount = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 500_000 }) }, // up to 5,000 yuan
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 6_000_000 }) }, // up to 60,000 yuan
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) }, // up to 500,000 yuan
);

const style = fc.integer({ min: 0, max: 2 });
export const moneyArb = (fen: fc.Arbitrary<number>): fc.Arbitrary<string> =>
  fc.tuple(fen, style).map(([f, s]) => money(f, s));

/** The parts of a bill in fen: outOfCatalog + overLimit + classB never above the total. */
export interface BillFen {
  total: number;
  outOfCatalog: number;
  overLimit: number;
  classB: number;
}

export const billFenOf = (amount: fc.Arbitrary<number>): fc.Arbitrary<BillFen> =>
  amount.chain((total) =>
    fc
      .oneof(
        { weight: 2, arbitrary: fc.constant([0, 0, 0] as [number, number, number]) },
        { weight: 3, arbitrary: fc.tuple(fc.nat(1000), fc.nat(1000), fc.nat(1000)) }, // per mille of the total
      )
      .map(([a, b, c]) => {
        // Shares of the total, scaled down so that together they never pass it.
        const sum = Math.max(a + b + c, 1000);
        const part = (x: number) => Math.floor((total * x) / sum);
        return { total, outOfCatalog: part(a), overLimit: part(b), classB: part(c) };
      }),
  );
export const billFen = billFenOf(fenAmount);

/** The lowest in-scope amount a bill can have under any class-B rate: what a slip's basic cannot pass. */
export const inScopeFloor = (b: BillFen): number => b.total - b.outOfCatalog - b.overLimit - b.classB;

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A date from `first` to `last` inclusive (ISO). */
export const dateBetween = (first: string, last: string): fc.Arbitrary<string> => {
  const a = Date.parse(`${first}T00:00:00Z`);
  const b = Date.parse(`${last}T00:00:00Z`);
  return fc.integer({ min: 0, max: Math.round((b - a) / DAY) }).map((d) => isoDay(a + d * DAY));
};

/** One or two consecutive years from `firstYear`..`lastYear`, not before `effective`. */
export const window = (firstYear: number, lastYear: number, effective: string): fc.Arbitrary<[string, string]> =>
  fc.tuple(fc.integer({ min: firstYear, max: lastYear }), fc.integer({ min: 1, max: 2 })).map(([y, span]) => {
    const start = `${y}-01-01` < effective ? effective : `${y}-01-01`;
    return [start, `${y + span - 1}-12-31`];
  });

const billFields = (b: BillFen, s: number) => ({
  total: money(b.total, s),
  outOfCatalog: money(b.outOfCatalog, s),
  overLimit: money(b.overLimit, s),
  classB: money(b.classB, s),
});

const familyAccounts = fc.array(moneyArb(fc.integer({ min: 0, max: 2_000_000 })), { maxLength: 3 });

/** A person and a year of bills: the unit every year property runs on. */
export interface YearCase {
  label: string;
  person: PersonIn;
  bills: BillIn[];
}

// ---- Beijing employee (职工): active or retired, any age, every level, inpatient and outpatient.

export const bjEmployeePerson: fc.Arbitrary<PersonIn> = fc
  .record({
    category: fc.constantFrom('active', 'retired'),
    age: fc.option(fc.integer({ min: 18, max: 100 }), { nil: undefined, freq: 5 }),
    own: moneyArb(fc.integer({ min: 0, max: 1_000_000 })),
    family: familyAccounts,
  })
  .map(({ category, age, own, family }) => ({
    region: '110000',
    scheme: 'employee',
    category,
    ...(age === undefined ? {} : { age: category === 'retired' ? 50 + (age % 51) : 18 + (age % 48) }),
    accounts: { own, family },
  }));

const bjEmployeeBill = (first: string, last: string, fenArb = billFen): fc.Arbitrary<BillIn> =>
  fc
    .record({
      date: dateBetween(first, last),
      setting: fc.constantFrom('inpatient', 'outpatient'),
      level: fc.constantFrom(...LEVELS),
      fen: fenArb,
      s: style,
      offsite: fc.constantFrom('local', 'local', 'local', 'filed', 'unfiled'),
    })
    .map(({ date, setting, level, fen, s, offsite }) => ({ date, setting, level, ...billFields(fen, s), offsite }));

export const bjEmployeeYearOf = (fenArb: fc.Arbitrary<BillFen>): fc.Arbitrary<YearCase> =>
  fc
    .tuple(bjEmployeePerson, window(2011, 2026, '2010-05-01'))
    .chain(([person, [first, last]]) =>
      fc
        .array(bjEmployeeBill(first, last, fenArb), { minLength: 1, maxLength: 8 })
        .map((bills) => ({ label: 'bj-employee', person, bills })),
    );
export const bjEmployeeYear = bjEmployeeYearOf(billFen);

/** The largest amounts the engine takes: bills just below 10¹² yuan (in fen, still exact in a double). */
export const hugeFen = billFenOf(fc.integer({ min: 99_000_000_000_000, max: 99_999_999_999_999 }));

// ---- Residents: a category, an age that fits it, hardship sometimes, relatives' accounts sometimes.

const residentPerson = (region: string): fc.Arbitrary<PersonIn> =>
  fc
    .record({
      category: fc.constantFrom('working-age', 'elderly', 'student'),
      age: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined, freq: 5 }),
      hardship: fc.boolean(),
      family: familyAccounts,
    })
    .map(({ category, age, hardship, family }) => ({
      region,
      scheme: 'resident',
      category,
      ...(age === undefined
        ? {}
        : { age: category === 'student' ? Math.min(age, 25) : category === 'elderly' ? 60 + age : 18 + age }),
      hardship,
      accounts: { family },
    }));

/** An inpatient bill with the basic fund's figure taken from a slip (the resident inpatient rules are unknown). */
const settledBill = (
  first: string,
  last: string,
  settings: readonly ('inpatient' | 'outpatient')[],
  fenArb = billFen,
): fc.Arbitrary<BillIn> =>
  fc
    .record({
      date: dateBetween(first, last),
      setting: fc.constantFrom(...settings),
      level: fc.constantFrom(...LEVELS),
      fen: fenArb,
      share: fc.nat(1000),
      s: style,
    })
    .map(({ date, setting, level, fen, share, s }) => ({
      date,
      setting,
      level,
      ...billFields(fen, s),
      settled: { basic: money(Math.floor((inScopeFloor(fen) * share) / 1000), s) },
    }));

const residentOutpatientBill = (first: string, last: string): fc.Arbitrary<BillIn> =>
  fc
    .record({
      date: dateBetween(first, last),
      level: fc.constantFrom(...LEVELS),
      fen: billFen,
      s: style,
      referral: fc.boolean(),
      emergency: fc.boolean(),
    })
    .map(({ date, level, fen, s, referral, emergency }) => ({
      date,
      setting: 'outpatient',
      level,
      ...billFields(fen, s),
      referral,
      emergency,
    }));

/** Beijing residents, 2019 table (and the 2018 one before it): outpatient computed, inpatient from the slip's basic. */
export const bjResidentYear: fc.Arbitrary<YearCase> = fc
  .tuple(residentPerson('110000'), window(2019, 2019, '2019-01-01'))
  .chain(([person, [first, last]]) =>
    fc
      .array(fc.oneof(residentOutpatientBill(first, last), settledBill(first, last, ['inpatient'])), {
        minLength: 1,
        maxLength: 8,
      })
      .map((bills) => ({ label: 'bj-resident', person, bills })),
  );

/** Shandong (from 2014-04-01) and Tianjin (from 2014-07-01) residents: basic from the slip, catastrophic computed. */
export const provinceResidentYearOf = (fenArb: fc.Arbitrary<BillFen>): fc.Arbitrary<YearCase> =>
  fc.constantFrom(['370000', '2014-04-01'] as const, ['120000', '2014-07-01'] as const).chain(([region, effective]) =>
    fc.tuple(residentPerson(region), window(2014, 2015, effective)).chain(([person, [first, last]]) =>
      fc
        .array(settledBill(first, last, ['inpatient', 'inpatient', 'inpatient', 'outpatient'], fenArb), {
          minLength: 1,
          maxLength: 8,
        })
        .map((bills) => ({ label: region === '370000' ? 'shandong' : 'tianjin', person, bills })),
    ),
  );
export const provinceResidentYear = provinceResidentYearOf(billFen);

export const anyYear: fc.Arbitrary<YearCase> = fc.oneof(
  { weight: 3, arbitrary: bjEmployeeYear },
  { weight: 2, arbitrary: bjResidentYear },
  { weight: 2, arbitrary: provinceResidentYear },
);

/** What is already behind a Beijing employee in the benefit year of the first bill. */
export const bjEmployeePrior: fc.Arbitrary<PriorIn> = fc.record({
  admissions: fc.integer({ min: 0, max: 3 }),
  outpatientInScope: moneyArb(fc.integer({ min: 0, max: 3_000_000 })),
  basicPaid: fc.record({
    inpatient: moneyArb(fc.integer({ min: 0, max: 12_000_000 })),
    outpatient: moneyArb(fc.integer({ min: 0, max: 1_000_000 })),
  }),
  catastrophicBase: moneyArb(fc.integer({ min: 0, max: 1_000_000 })),
  catastrophicPaid: moneyArb(fc.integer({ min: 0, max: 100_000 })),
});

/** Bills in the order the engine settles them: by date, same-day bills as given. */
export const inDateOrder = <T extends { date: string }>(bills: readonly T[]): { bill: T; index: number }[] =>
  bills
    .map((bill, index) => ({ bill, index }))
    .sort((a, b) => a.bill.date.localeCompare(b.bill.date) || a.index - b.index);
