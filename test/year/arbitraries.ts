/** Year docs in the canonical form the link writes (what a round trip must give back). */
import fc from 'fast-check';
import { defaultEnrolment, defaultPrior, type BillDoc, type YearDoc } from '../../src/year/doc';
import { EMPLOYEE_CATEGORIES, LEVELS, OFFSITE, RESIDENT_CATEGORIES, SETTINGS } from '../../src/text/vocabulary';

const EMP = EMPLOYEE_CATEGORIES;
const RES = RESIDENT_CATEGORIES;

/** A canonical amount: whole yuan, or with one or two decimals, no leading zeros. */
export const amountArb = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, style, c]) =>
    style === 0 ? String(y) : style === 1 ? `${y}.${c % 10}` : `${y}.${String(c).padStart(2, '0')}`,
  );
const maybe = fc.oneof(fc.constant(''), amountArb);
const count = fc.integer({ min: 0, max: 999 }).map(String);
export const dateArb = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

export const billArb: fc.Arbitrary<BillDoc> = fc.record({
  id: fc.constant('x'),
  date: dateArb,
  setting: fc.constantFrom(...SETTINGS),
  level: fc.constantFrom(...LEVELS),
  total: amountArb,
  outOfCatalog: maybe,
  overLimit: maybe,
  classB: maybe,
  settledBasic: maybe,
  offsite: fc.constantFrom(...OFFSITE),
  referral: fc.boolean(),
  emergency: fc.boolean(),
});

export const FALLBACK_DATE = '2025-06-01';

export const yearArb: fc.Arbitrary<YearDoc> = fc.boolean().chain((employee) =>
  fc.record({
    person: fc.record({
      region: fc.stringMatching(/^\d{6}$/),
      scheme: fc.constant(employee ? ('employee' as const) : ('resident' as const)),
      category: fc.constantFrom(...(employee ? EMP : RES)),
      age: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 150 }).map(String)),
      hardship: fc.boolean(),
    }),
    own: employee ? maybe : fc.constant(''),
    relatives: fc.array(fc.record({ id: fc.constant('x'), label: fc.constant(''), balance: amountArb }), {
      maxLength: 5,
    }),
    prior: fc.oneof(
      fc.constant(defaultPrior()),
      fc.record({
        on: fc.constant(true),
        admissions: count,
        outpatientInScope: maybe,
        basicInpatient: maybe,
        basicOutpatient: maybe,
        catastrophicBase: maybe,
        catastrophicPaid: maybe,
      }),
    ),
    enrolment: employee
      ? fc.constant(defaultEnrolment(FALLBACK_DATE))
      : fc.oneof(
          fc.constant(defaultEnrolment(FALLBACK_DATE)),
          fc.record({
            on: fc.constant(true),
            start: dateArb,
            inWindow: fc.boolean(),
            brokenYears: fc.oneof(fc.constant(''), count),
            extraYears: fc.oneof(fc.constant(''), count),
          }),
        ),
    bills: fc.array(billArb, { maxLength: 12 }),
    premiums: employee
      ? fc
          .record({
            year: fc.oneof(fc.constant(''), fc.integer({ min: 2000, max: 2999 }).map(String)),
            date: fc.oneof(fc.constant(''), dateArb),
            relatives: fc.array(
              fc.record({
                id: fc.constant('x'),
                label: fc.constant(''),
                category: fc.constantFrom(...RES),
                region: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{6}$/)),
              }),
              { maxLength: 4 },
            ),
          })
          .map((p): YearDoc['premiums'] => (p.relatives.length ? p : { year: '', date: '', relatives: [] }))
      : fc.constant<YearDoc['premiums']>({ year: '', date: '', relatives: [] }),
    pinned: fc.oneof(fc.constant(''), dateArb),
  }),
);

/** A doc without its local ids, for comparing a round trip. */
export const withoutIds = (d: YearDoc) => ({
  ...d,
  relatives: d.relatives.map(({ id: _id, ...r }) => r),
  bills: d.bills.map(({ id: _id, ...b }) => b),
  premiums: { ...d.premiums, relatives: d.premiums.relatives.map(({ id: _id, ...r }) => r) },
});
