/**
 * Random VALID tier tables of a hypothetical city (region 990000, one source, every value grade C)
 * that use every shape the format has (DOMAIN.md §3, §3a), and a person and a year of bills that
 * fit the table. Every table made here must pass `checkTable`: one that does not is a bug of this
 * generator, and the tests say so.
 *
 * Realistic where the format leaves room: a layer's ratio is at most 1, and the overflow layers
 * that can pay the same person the same cost (大额 + top-up) pay at most 1 of it together, so no
 * fund can pay more than the cost. Rates and points are decimal strings with up to four decimals.
 */
import fc from 'fast-check';
import type { BillIn, PersonIn } from '../../src/engine';
import type {
  Band,
  Bands,
  Cap,
  CategoryName,
  Condition,
  Level,
  MaybeMoney,
  MaybeRate,
  SchemeName,
  SettingName,
  SettingRules,
  TierTable,
  Unknown,
} from '../../src/tables/schema';
import { EMPLOYEE_CATEGORIES, LEVELS, RESIDENT_CATEGORIES, SETTINGS } from '../../src/text/vocabulary';
import { billFenOf, dateBetween, money, moneyArb } from './arbitraries';

export const REGION = '990000';
const SOURCE = 'hypo';
const CLAUSE = { zh: '测试用的假设规则', en: 'a hypothetical rule for tests' };
const cited = { source: SOURCE, clause: CLAUSE, grade: 'C' as const };
const unknown: Unknown = { unknown: true, note: { zh: '假设规则中未知', en: 'not known in the hypothetical rules' } };

/** Leaves out the keys whose value is undefined (a table is JSON: a key is there or not). */
const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** True with a probability of `percent` % (shrinking towards false, so a counterexample keeps only what it needs). */
const sometimes = (percent: number): fc.Arbitrary<boolean> =>
  fc.integer({ min: 0, max: 99 }).map((n) => n >= 100 - percent);

const maybe = <T>(arb: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> =>
  fc.tuple(sometimes(percent), arb).map(([yes, v]) => (yes ? v : undefined));

// ---- Decimal strings.

/** A fraction in ten-thousandths (0 … 10000) as a rate string: "0.8525", "0.85" or "0.8500", "1", "0". */
export const fraction = (n: number, pad: boolean): string => {
  const whole = n >= 10_000 ? '1' : '0';
  let decimals = String(n % 10_000).padStart(4, '0');
  if (!pad) decimals = decimals.replace(/0+$/, '');
  return decimals ? `${whole}.${decimals}` : whole;
};

/** A rate from `lo` to `hi` ten-thousandths. */
export const rateArb = (lo: number, hi: number): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: lo, max: hi }), fc.boolean()).map(([n, pad]) => fraction(n, pad));

/** Signed points from `lo` to `hi` ten-thousandths: "-0.10", "0.05", "+0.0525". */
export const pointsArb = (lo: number, hi: number): fc.Arbitrary<string> =>
  fc
    .tuple(fc.integer({ min: lo, max: hi }), fc.boolean(), fc.boolean())
    .map(([n, pad, plus]) => (n < 0 ? `-${fraction(-n, pad)}` : `${plus && n > 0 ? '+' : ''}${fraction(n, pad)}`));

/** Points mostly within ±20 (realistic), sometimes up to ±100 so that the sum leaves [0, 1] and is clipped. */
const pointsValue = fc.oneof(
  { weight: 4, arbitrary: pointsArb(-2000, 2000) },
  { weight: 1, arbitrary: pointsArb(-10_000, 10_000) },
);

const knownRate = (lo: number, hi: number) => rateArb(lo, hi).map((value) => ({ value, ...cited }));
const maybeRate = (lo: number, hi: number, unknownWeight = 1): fc.Arbitrary<MaybeRate> =>
  fc.oneof({ weight: 100, arbitrary: knownRate(lo, hi) }, { weight: unknownWeight, arbitrary: fc.constant(unknown) });

/** An amount in the table, from `lo` to `hi` fen, sometimes with fen ("1300", "1300.5", "1300.50"). */
const tableMoney = (lo: number, hi: number): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .integer({ min: Math.ceil(lo / 10_000), max: Math.floor(hi / 10_000) })
        .map((h) => money(h * 10_000, 0)),
    },
    { weight: 1, arbitrary: moneyArb(fc.integer({ min: lo, max: hi })) },
  );
const maybeMoney = (lo: number, hi: number, unknownWeight = 1): fc.Arbitrary<MaybeMoney> =>
  fc.oneof(
    { weight: 100, arbitrary: tableMoney(lo, hi).map((value) => ({ value, ...cited })) },
    { weight: unknownWeight, arbitrary: fc.constant(unknown) },
  );

/** A cap of `lo` to `hi` fen, "none", or (rarely) unknown with a note. */
const capArb = (lo: number, hi: number, noneWeight = 2, unknownWeight = 1): fc.Arbitrary<Cap> =>
  fc.oneof(
    { weight: 8, arbitrary: tableMoney(lo, hi).map((value) => ({ value, ...cited })) },
    { weight: noneWeight, arbitrary: fc.constant({ value: 'none' as const, ...cited }) },
    { weight: unknownWeight, arbitrary: fc.constant(unknown) },
  );

// ---- Conditions.

/** What a table offers its rules to condition on. */
interface Ctx {
  categories: readonly CategoryName[];
  levels: readonly Level[];
  settings: readonly SettingName[];
}

type Key = 'level' | 'category' | 'admission' | 'age' | 'hardship';
/**
 * Conditions that hold for a person all year: the catastrophic and assistance variants use only
 * these, so one person meets one variant (and one cap) all year, as real tables have it.
 */
const PERSONAL: Key[] = ['category', 'age', 'hardship'];

const admissionPart: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom<Condition>({ admission: 'first' }, { admission: 'later' }),
  fc.integer({ min: 2, max: 4 }).map((admissionMin) => ({ admissionMin })),
  fc.integer({ min: 2, max: 4 }).map((admissionMax) => ({ admissionMax })),
  fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 2 }))
    .map(([admissionMin, d]) => ({ admissionMin, admissionMax: admissionMin + d })),
);

const agePart: fc.Arbitrary<Condition> = fc.oneof(
  fc.integer({ min: 6, max: 80 }).map((ageMin) => ({ ageMin })),
  fc.integer({ min: 6, max: 80 }).map((ageMax) => ({ ageMax })),
  fc
    .tuple(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 1, max: 40 }))
    .map(([ageMin, d]) => ({ ageMin, ageMax: ageMin + d })),
);

/** A condition on some of `keys`, each present now and then; possibly none (an empty condition matches everyone). */
const conditionArb = (ctx: Ctx, keys: readonly Key[]): fc.Arbitrary<Condition> => {
  const has = (k: Key) => keys.includes(k);
  return fc
    .record({
      level: maybe(fc.subarray([...ctx.levels], { minLength: 1 }), has('level') ? 35 : 0),
      category: maybe(fc.subarray([...ctx.categories], { minLength: 1 }), has('category') ? 35 : 0),
      admission: maybe(admissionPart, has('admission') ? 35 : 0),
      age: maybe(agePart, has('age') ? 25 : 0),
      hardship: maybe(fc.boolean(), has('hardship') ? 20 : 0),
    })
    .map(({ level, category, admission, age, hardship }) =>
      defined({ level, category, ...admission, ...age, hardship }),
    );
};

/** A non-empty condition (the entries of a list before its unconditioned fallback). */
const someCondition = (ctx: Ctx, keys: readonly Key[]): fc.Arbitrary<Condition> =>
  conditionArb(ctx, keys).filter((c) => Object.keys(c).length > 0);

/**
 * A first-match list: 0–3 conditioned entries, then (usually) one without a condition, as tables
 * are written ("otherwise"); without it a person no entry fits meets an unknown rule.
 */
const firstMatchList = <T, R>(
  ctx: Ctx,
  keys: readonly Key[],
  item: fc.Arbitrary<T>,
  make: (when: Condition | undefined, item: T) => R,
  fallbackPercent = 99,
): fc.Arbitrary<R[]> =>
  fc
    .tuple(
      fc.array(fc.tuple(someCondition(ctx, keys), item), { maxLength: 3 }),
      fc.tuple(sometimes(fallbackPercent), item),
    )
    .map(([conditioned, [fallback, last]]) => {
      const out = conditioned.map(([when, v]) => make(when, v));
      if (fallback || out.length === 0) out.push(make(undefined, last));
      return out;
    });

// ---- Bands.

/**
 * 1–4 bands with strictly rising limits below `maxLimit` fen, the last open; ratios from `lo` to
 * `hi` ten-thousandths; rarely a band whose ratio is unknown.
 */
const bandsArb = (maxLimit: number, lo: number, hi: number): fc.Arbitrary<Band[]> =>
  fc.integer({ min: 1, max: 4 }).chain((k) =>
    fc
      .tuple(
        fc.uniqueArray(
          fc.oneof(
            fc.integer({ min: 1, max: Math.floor(maxLimit / 100_000) }).map((t) => t * 100_000),
            fc.integer({ min: 1, max: maxLimit }),
          ),
          { minLength: k - 1, maxLength: k - 1 },
        ),
        fc.array(fc.tuple(rateArb(lo, hi), fc.integer({ min: 0, max: 2 }), sometimes(1)), {
          minLength: k,
          maxLength: k,
        }),
      )
      .map(([limits, ratios]) => {
        const upTos = [...limits].sort((a, b) => a - b);
        return ratios.map(([ratio, style, isUnknown], i): Band => {
          const upTo = i < upTos.length ? money(upTos[i]!, style) : null;
          return isUnknown ? { upTo, ...unknown } : { upTo, ratio, ...cited };
        });
      }),
  );

const bandsRules = (ctx: Ctx, setting: SettingName): fc.Arbitrary<Bands> => {
  const keys: Key[] =
    setting === 'inpatient'
      ? ['level', 'category', 'admission', 'age', 'hardship']
      : ['level', 'category', 'age', 'hardship'];
  const maxLimit = setting === 'inpatient' ? 20_000_000 : 3_000_000;
  const schedules = firstMatchList(ctx, keys, bandsArb(maxLimit, 3000, 10_000), (when, bands) =>
    defined({ when, bands }),
  );
  const factors = fc.array(
    fc.tuple(conditionArb(ctx, keys), knownRate(3000, 10_000)).map(([when, factor]) => ({ when, factor })),
    { minLength: 1, maxLength: 2 },
  );
  const points = fc.array(
    fc
      .tuple(fc.option(conditionArb(ctx, keys), { nil: undefined }), pointsValue)
      .map(([when, value]) => defined({ when, points: { value, ...cited } })),
    { minLength: 1, maxLength: 3 },
  );
  return fc
    .record({
      counting: fc.constantFrom('admission' as const, 'benefitYear' as const),
      from: fc.constantFrom('zero' as const, 'deductible' as const),
      schedules,
      adjustment: fc.oneof(
        fc.constant({}),
        factors.map((personalShareFactors) => ({ personalShareFactors })),
        points.map((ratioPoints) => ({ ratioPoints })),
      ),
    })
    .map(({ counting, from, schedules, adjustment }) => ({ counting, from, schedules, ...adjustment }) as Bands);
};

// ---- One setting.

const deductibleArb = (ctx: Ctx, setting: SettingName): fc.Arbitrary<SettingRules['deductible']> => {
  const inpatient = setting === 'inpatient';
  const keys: Key[] = inpatient
    ? ['level', 'category', 'admission', 'age', 'hardship']
    : ['level', 'category', 'age', 'hardship'];
  const per = inpatient
    ? fc.constantFrom('admission' as const, 'admission' as const, 'benefitYear' as const, 'bill' as const)
    : fc.constantFrom('benefitYear' as const, 'bill' as const);
  return fc.oneof(
    {
      weight: 100,
      arbitrary: per.chain((p) =>
        firstMatchList(
          ctx,
          keys,
          fc.tuple(
            maybeMoney(0, inpatient ? 300_000 : 200_000),
            p === 'benefitYear' ? maybe(fc.constantFrom('primary', 'higher'), 25) : fc.constant(undefined),
          ),
          (when, [amount, pool]) => defined({ when, pool, amount }),
        ).map((rules) => ({ per: p, rules }) as Exclude<SettingRules['deductible'], Unknown>),
      ),
    },
    { weight: 1, arbitrary: fc.constant(unknown) },
  );
};

/**
 * The layers above the basic fund's trigger point: none, 大额 (`supplementary`), a top-up, or both in
 * either order, each payer once. Their ratios for any one person sum to at most 1: each layer's
 * ratios stay under its own maximum, and the two maxima together are at most 1.
 */
const overflowArb = (ctx: Ctx): fc.Arbitrary<SettingRules['overflow']> =>
  fc
    .tuple(
      fc.constantFrom<('supplementary' | 'topUp')[]>(
        [],
        ['supplementary'],
        ['topUp'],
        ['supplementary', 'topUp'],
        ['topUp', 'supplementary'],
      ),
      fc.integer({ min: 0, max: 10_000 }),
    )
    .chain(([payers, split]) => {
      const most = (i: number) => (payers.length === 1 ? 10_000 : i === 0 ? split : 10_000 - split);
      return fc.tuple(
        ...payers.map((payer, i) =>
          fc
            .record({
              ratios: firstMatchList(
                ctx,
                ['category', 'age', 'hardship', 'level'],
                maybeRate(0, most(i)),
                (when, ratio) => defined({ when, ratio }),
              ),
              cap: capArb(100_000, 50_000_000),
            })
            .map(({ ratios, cap }) => ({ payer, ratios, cap }) as SettingRules['overflow'][number]),
        ),
      );
    });

const referralArb = (ctx: Ctx) =>
  fc
    .record({
      categories: fc.subarray([...ctx.categories], { minLength: 1 }),
      primaryCare: fc.subarray([...ctx.levels], { minLength: 1 }),
      validDays: fc.constantFrom(90, 180, 365),
      emergencyExempt: fc.boolean(),
    })
    .map((r) => ({ ...r, ...cited }));

const settingArb = (ctx: Ctx, setting: SettingName): fc.Arbitrary<SettingRules> =>
  fc
    .record({
      deductible: deductibleArb(ctx, setting),
      bands: fc.oneof(
        { weight: 100, arbitrary: bandsRules(ctx, setting) },
        { weight: 1, arbitrary: fc.constant(unknown) },
      ),
      cap: capArb(setting === 'inpatient' ? 200_000 : 50_000, setting === 'inpatient' ? 40_000_000 : 2_000_000),
      basicPayer: maybe(fc.constant(cited), 15),
      overflow: overflowArb(ctx),
      referral: setting === 'outpatient' ? maybe(referralArb(ctx), 25) : fc.constant(undefined),
    })
    .map((r) => defined(r) as SettingRules);

// ---- Layers after the basic chain.

const catastrophicArb = (ctx: Ctx): fc.Arbitrary<NonNullable<TierTable['catastrophic']>> => {
  const variant = fc.record({
    threshold: maybeMoney(0, 5_000_000),
    bands: bandsArb(50_000_000, 3000, 10_000),
    cap: capArb(1_000_000, 40_000_000, 2, 1),
  });
  const known = fc
    .record({
      settings: fc.subarray([...ctx.settings], { minLength: 1 }),
      from: fc.constantFrom('zero' as const, 'deductible' as const),
      // Hardship first (a lower threshold, often no cap), then the rest of the variants.
      hardship: maybe(variant, 50),
      rest: firstMatchList(ctx, PERSONAL, variant, (when, v) => defined({ when, ...v }), 85),
    })
    .map(({ settings, from, hardship, rest }) => ({
      appliesTo: { settings, ...cited },
      from,
      variants: [...(hardship ? [{ when: { hardship: true }, ...hardship }] : []), ...rest],
    }));
  return fc.oneof({ weight: 20, arbitrary: known }, { weight: 1, arbitrary: fc.constant(unknown) });
};

const assistanceArb = (ctx: Ctx): fc.Arbitrary<NonNullable<TierTable['assistance']>> =>
  fc
    .array(
      fc.record({
        when: fc.oneof(fc.constant<Condition>({ hardship: true }), someCondition(ctx, PERSONAL)),
        ratio: maybeRate(0, 10_000),
        cap: capArb(100_000, 10_000_000),
      }),
      { minLength: 1, maxLength: 2 },
    )
    .map((variants) => ({ variants }));

const offsiteRule = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        preSelfPayRate: maybe(knownRate(0, 3000), 40),
        ratioFactor: maybe(knownRate(5000, 10_000), 40),
        ratioPoints: maybe(
          pointsArb(-2000, 500).map((value) => ({ value, ...cited })),
          40,
        ),
      })
      .map((r) => defined(r)),
  },
  { weight: 1, arbitrary: fc.constant(unknown) },
);

// ---- The table.

const DAY = 86_400_000;
/** The ISO date `days` after `iso`. */
export const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export const tableArb: fc.Arbitrary<TierTable> = fc
  .record({
    scheme: fc.constantFrom<SchemeName>('employee', 'resident'),
    effective: fc.constantFrom('2024-01-01', '2025-01-01', '2025-07-01', '2026-03-15'),
    levels: fc.subarray([...LEVELS], { minLength: 1 }),
    settings: fc.constantFrom<SettingName[]>(
      ['inpatient', 'outpatient'],
      ['inpatient', 'outpatient'],
      ['inpatient'],
      ['outpatient'],
    ),
    categoriesSubset: sometimes(20),
  })
  .chain(({ scheme, effective, levels, settings, categoriesSubset }) => {
    const all: CategoryName[] = [...(scheme === 'employee' ? EMPLOYEE_CATEGORIES : RESIDENT_CATEGORIES)];
    return (categoriesSubset ? fc.subarray(all, { minLength: 1 }) : fc.constant(all)).chain((categories) => {
      const ctx: Ctx = { categories, levels, settings: SETTINGS.filter((s) => settings.includes(s)) };
      return fc
        .record({
          confirmedAfter: fc.integer({ min: 0, max: 800 }),
          benefitYearStart: fc.constantFrom('01-01', '01-01', '07-01'),
          classBSelfPayRate: maybeRate(0, 3000),
          inpatient: settings.includes('inpatient') ? settingArb(ctx, 'inpatient') : fc.constant(undefined),
          outpatient: settings.includes('outpatient') ? settingArb(ctx, 'outpatient') : fc.constant(undefined),
          catastrophic: maybe(catastrophicArb(ctx), scheme === 'resident' ? 80 : 40),
          assistance: maybe(assistanceArb(ctx), 40),
          offsite: maybe(fc.record({ filed: offsiteRule, unfiled: offsiteRule }), 80),
          enteredBy: maybe(fc.constant('user' as const), 5),
          readings: maybe(
            fc.constant<NonNullable<TierTable['readings']>>([
              { zh: '假设的解读', en: 'a hypothetical reading' },
              'a reading in one language',
            ]),
            20,
          ),
        })
        .map((r): TierTable =>
          defined({
            id: `${REGION}-${scheme}-${effective}`,
            version: 1,
            region: REGION,
            regionName: { zh: '假设市', en: 'Hypothetical City' },
            scheme,
            effective,
            lastConfirmed: { date: addDays(effective, r.confirmedAfter), ...cited },
            benefitYearStart: r.benefitYearStart,
            categories,
            levels,
            readings: r.readings,
            sources: [
              {
                id: SOURCE,
                title: {
                  zh: '假设市的规则（测试用，不是任何真实政策）',
                  en: 'Hypothetical City rules (for tests; not any real policy)',
                },
              },
            ],
            classBSelfPayRate: r.classBSelfPayRate,
            settings: defined({ inpatient: r.inpatient, outpatient: r.outpatient }),
            catastrophic: r.catastrophic,
            assistance: r.assistance,
            offsite: r.offsite,
            enteredBy: r.enteredBy,
          }),
        );
    });
  });

// ---- A person and a year of bills fitting a table.

/** Ages that fit a category (a retiree is at least 50, a student at most 25). */
const AGES: Record<CategoryName, [number, number]> = {
  active: [18, 65],
  retired: [50, 100],
  'working-age': [18, 65],
  elderly: [60, 100],
  student: [0, 25],
};

export const personFor = (t: TierTable): fc.Arbitrary<PersonIn> =>
  fc.constantFrom(...t.categories).chain((category) =>
    fc
      .record({
        age: fc.option(fc.integer({ min: AGES[category][0], max: AGES[category][1] }), { nil: undefined, freq: 6 }),
        hardship: sometimes(t.scheme === 'resident' ? 30 : 10),
        own: moneyArb(fc.integer({ min: 0, max: 1_000_000 })),
        family: fc.array(moneyArb(fc.integer({ min: 0, max: 2_000_000 })), { maxLength: 2 }),
      })
      .map(({ age, hardship, own, family }) =>
        defined({
          region: REGION,
          scheme: t.scheme,
          category,
          age,
          hardship,
          accounts: t.scheme === 'employee' ? { own, family } : { family },
        }),
      ),
  );

/** Bill totals from a few yuan to about 500,000 yuan, in fen. */
export const billAmount = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 300, max: 500_000 }) },
  { weight: 4, arbitrary: fc.integer({ min: 300, max: 6_000_000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 300, max: 50_000_000 }) },
);

export const billFor = (t: TierTable, first: string, last: string): fc.Arbitrary<BillIn> =>
  fc
    .record({
      date: dateBetween(first, last),
      setting: fc.constantFrom(...SETTINGS.filter((s) => t.settings[s])),
      level: fc.constantFrom(...t.levels),
      fen: billFenOf(billAmount),
      style: fc.integer({ min: 0, max: 2 }),
      offsite: fc.constantFrom('local', 'local', 'local', 'filed', 'unfiled'),
      referral: maybe(fc.boolean(), 25),
      emergency: maybe(fc.boolean(), 25),
    })
    .map(({ date, setting, level, fen, style, offsite, referral, emergency }) =>
      defined({
        date,
        setting,
        level,
        total: money(fen.total, style),
        outOfCatalog: money(fen.outOfCatalog, style),
        overLimit: money(fen.overLimit, style),
        classB: money(fen.classB, style),
        offsite,
        referral,
        emergency,
      }),
    );

export interface TableYear {
  table: TierTable;
  person: PersonIn;
  bills: BillIn[];
}

/** The last day of the benefit year that `iso` falls in, `later` benefit years on (start day MM-DD). */
export const benefitYearEnd = (t: TierTable, iso: string, later = 0): string => {
  const year = Number(iso.slice(0, 4)) + (iso.slice(5) >= t.benefitYearStart ? 1 : 0) + later;
  return addDays(`${year}-${t.benefitYearStart}`, -1);
};

/**
 * A table, a person fitting it and 1–6 bills dated from its effective date to the end of that
 * benefit year or of the next one: the bills fall in one or two benefit years.
 */
export const tableYearOf = (bills: { minLength: number; maxLength: number } = { minLength: 1, maxLength: 6 }) =>
  tableArb.chain((table) =>
    fc
      .tuple(personFor(table), fc.integer({ min: 0, max: 1 }))
      .chain(([person, later]) =>
        fc
          .array(billFor(table, table.effective, benefitYearEnd(table, table.effective, later)), bills)
          .map((list): TableYear => ({ table, person, bills: list })),
      ),
  );
export const tableYear = tableYearOf();
