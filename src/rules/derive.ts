/**
 * Rules from real settlement slips (从结算单推算): for each level a slip shows, the deductible it
 * charged and the one fund ratio that turns what lies above it into the basic fund's payment, to
 * the fen. The assumptions are said, not hidden: one band, the cap not reached, each slip the first
 * care of its year. The derived table is then settled against every slip again (`reproduce`), so
 * the person sees it gives their slips back exactly before they keep it.
 */
import { settleYear, isSettlementError } from '../engine';
import { Dec } from '../engine/money';
import { parseAmount } from '../input/amount';
import type { Level, SchemeName, SettingName, TierTable } from '../tables/schema';
import { LEVEL_TERMS, SETTING_TERMS } from '../text/terms';
import type { CategoryName } from '../text/vocabulary';
import { LEVELS } from '../text/vocabulary';
import type { Msg } from '../text/msg';
import { idOf, mine, notYet, userCitation, USER_SOURCE } from './user';
import { P } from './page-words';
import { R } from './words';

/** One slip as typed: amounts are strings as on the slip ('' where the slip shows nothing). */
export interface SlipIn {
  date: string;
  setting: SettingName;
  level: Level;
  total: string;
  outOfCatalog: string;
  overLimit: string;
  /** 先行自付, or '' where `inScope` is given instead. */
  preSelfPay: string;
  /** 乙类: lets the class-B self-pay share be derived. */
  classB: string;
  /** 符合政策范围金额, or '' where `preSelfPay` is given. */
  inScope: string;
  deductible: string;
  basic: string;
}

/** A slip with nothing typed yet: an inpatient stay at a tertiary hospital on `date`. */
export const blankSlip = (date: string): SlipIn => ({
  date,
  setting: 'inpatient',
  level: 'tertiary',
  total: '',
  outOfCatalog: '',
  overLimit: '',
  preSelfPay: '',
  classB: '',
  inScope: '',
  deductible: '',
  basic: '',
});

export interface DeriveIn {
  region: string;
  regionName: string;
  scheme: SchemeName;
  category: CategoryName;
  slips: SlipIn[];
}

type SlipField = keyof SlipIn;
export type DeriveError = { slip: number; field: SlipField | null; reason: Msg };

export type Derived =
  { ok: true; table: TierTable; found: Msg[]; assumptions: Msg[] } | { ok: false; errors: DeriveError[] };

interface Read {
  i: number;
  s: SlipIn;
  total: Dec;
  outOfCatalog: Dec;
  overLimit: Dec;
  preSelfPay: Dec;
  classB: Dec | null;
  inScope: Dec;
  deductible: Dec;
  basic: Dec;
}

const AMOUNTS = [
  'total',
  'outOfCatalog',
  'overLimit',
  'preSelfPay',
  'classB',
  'inScope',
  'deductible',
  'basic',
] as const;

/** The slip's amounts as exact decimals, or what is wrong with them. */
function readSlip(s: SlipIn, i: number, errors: DeriveError[]): Read | null {
  const v: Partial<Record<(typeof AMOUNTS)[number], Dec | null>> = {};
  for (const f of AMOUNTS) {
    const r = parseAmount(s[f]);
    if (!r.ok) errors.push({ slip: i, field: f, reason: r.reason });
    else v[f] = r.value === null ? null : new Dec(r.value);
  }
  if (errors.some((e) => e.slip === i)) return null;
  const need = (f: 'total' | 'deductible' | 'basic') => {
    if (v[f] === null) errors.push({ slip: i, field: f, reason: R.notFilled });
    return v[f] ?? new Dec(0);
  };
  const total = need('total');
  const deductible = need('deductible');
  const basic = need('basic');
  const outOfCatalog = v.outOfCatalog ?? new Dec(0);
  const overLimit = v.overLimit ?? new Dec(0);
  const inScope =
    v.inScope ??
    total
      .minus(outOfCatalog)
      .minus(overLimit)
      .minus(v.preSelfPay ?? 0);
  const preSelfPay = total.minus(outOfCatalog).minus(overLimit).minus(inScope);
  if (preSelfPay.isNegative() || inScope.isNegative())
    errors.push({ slip: i, field: v.inScope ? 'inScope' : 'preSelfPay', reason: P.derivePartsAbove });
  if (basic.greaterThan(Dec.max(inScope.minus(deductible), 0)))
    errors.push({ slip: i, field: 'basic', reason: P.deriveTooMuch });
  if (errors.some((e) => e.slip === i)) return null;
  return { i, s, total, outOfCatalog, overLimit, preSelfPay, classB: v.classB ?? null, inScope, deductible, basic };
}

/** A fraction as tables print it: at least two decimals ("0.10"). */
const fraction = (d: Dec): string => d.toFixed(Math.max(2, d.decimalPlaces()));

/** The shortest decimal in [lo, hi): the ratio a table would print (0.85, not 0.8500000001). */
function simplest(lo: Dec, hi: Dec): Dec | null {
  for (let places = 2; places <= 6; places++) {
    const c = lo.toDecimalPlaces(places, Dec.ROUND_CEIL);
    if (c.lessThan(hi)) return c;
  }
  return null;
}

/** The ratios r with round-half-up(r × base) = paid: [(paid − ½ fen) ÷ base, (paid + ½ fen) ÷ base). */
const window = (paid: Dec, base: Dec): [Dec, Dec] => [
  Dec.max(paid.minus('0.005').dividedBy(base), 0),
  Dec.min(paid.plus('0.005').dividedBy(base), '1.0000001'),
];

export function deriveRules(input: DeriveIn): Derived {
  const errors: DeriveError[] = [];
  const slips = input.slips.map((s, i) => readSlip(s, i, errors)).filter((r): r is Read => r !== null);
  if (errors.length) return { ok: false, errors };

  const found: Msg[] = [];
  const groups = new Map<string, Read[]>();
  for (const r of slips) {
    const key = `${r.s.setting}/${r.s.level}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const settings: Partial<Record<SettingName, { deductible: [Level, Dec][]; ratio: [Level, Dec][] }>> = {};
  for (const [key, rs] of groups) {
    const [setting, level] = key.split('/') as [SettingName, Level];
    const name: Msg = {
      zh: `${SETTING_TERMS[setting].short.zh} ${LEVEL_TERMS[level].long.zh}`,
      en: `${SETTING_TERMS[setting].short.en}, ${LEVEL_TERMS[level].long.en}`,
    };
    const deductible = rs[0]!.deductible;
    if (rs.some((r) => !r.deductible.equals(deductible))) {
      errors.push({ slip: rs[1]!.i, field: 'deductible', reason: P.deriveDeductibleConflict(name) });
      continue;
    }
    let lo = new Dec(0);
    let hi = new Dec('1.0000001');
    const paying = rs.filter((r) => r.inScope.greaterThan(r.deductible));
    if (paying.length === 0) {
      errors.push({ slip: rs[0]!.i, field: 'basic', reason: P.deriveNothingPaid });
      continue;
    }
    for (const r of paying) {
      const [a, b] = window(r.basic, r.inScope.minus(r.deductible));
      lo = Dec.max(lo, a);
      hi = Dec.min(hi, b);
    }
    const ratio = lo.lessThan(hi) ? simplest(lo, hi) : null;
    if (!ratio || ratio.greaterThan(1)) {
      errors.push({ slip: paying.at(-1)!.i, field: 'basic', reason: P.deriveConflict(name) });
      continue;
    }
    const got = (settings[setting] ??= { deductible: [], ratio: [] });
    got.deductible.push([level, deductible]);
    got.ratio.push([level, ratio]);
    found.push(P.derivedRatio(name, ratio.times(100).toFixed(), deductible.toFixed()));
  }
  if (errors.length) return { ok: false, errors };

  // The class-B self-pay share, where slips give both 乙类 and 先行自付.
  const withB = slips.filter((r) => r.classB && r.classB.greaterThan(0));
  let classBRate: Dec | null = null;
  if (withB.length) {
    let lo = new Dec(0);
    let hi = new Dec('1.0000001');
    for (const r of withB) {
      const [a, b] = window(r.preSelfPay, r.classB!);
      lo = Dec.max(lo, a);
      hi = Dec.min(hi, b);
    }
    classBRate = lo.lessThan(hi) ? simplest(lo, hi) : null;
  }

  const levels = LEVELS.filter((l) => slips.some((r) => r.s.level === l));
  const byLevel = (pairs: [Level, Dec][], make: (v: string) => object) =>
    pairs.map(([level, v]) => ({ when: { level: [level] }, ...make(v.toFixed()) }));
  const rulesOf = (setting: SettingName) => {
    const got = settings[setting];
    if (!got) return undefined;
    return {
      deductible: {
        per: setting === 'inpatient' ? ('admission' as const) : ('benefitYear' as const),
        rules: byLevel(got.deductible, (v) => ({ amount: mine(v) })),
      },
      bands: {
        counting: setting === 'inpatient' ? ('admission' as const) : ('benefitYear' as const),
        from: 'zero' as const,
        schedules: byLevel(got.ratio, (v) => ({
          bands: [{ upTo: null, ratio: fraction(new Dec(v)), ...userCitation() }],
        })),
      },
      cap: notYet(),
      overflow: [],
    };
  };
  const first = slips.map((r) => r.s.date).sort()[0]!;
  const effective = `${first.slice(0, 4)}-01-01`;
  const table = {
    id: idOf({ region: input.region, scheme: input.scheme, effective }),
    version: 1,
    region: input.region,
    regionName: { zh: input.regionName, en: input.regionName },
    scheme: input.scheme,
    effective,
    lastConfirmed: {
      date: slips
        .map((r) => r.s.date)
        .sort()
        .at(-1)!,
      ...userCitation(),
    },
    benefitYearStart: '01-01',
    categories: [input.category],
    levels,
    sources: [{ id: USER_SOURCE, title: R.enteredTitle }],
    readings: [P.derivedFrom(slips.length)],
    classBSelfPayRate: classBRate ? mine(fraction(classBRate)) : notYet(),
    settings: { inpatient: rulesOf('inpatient'), outpatient: rulesOf('outpatient') },
    enteredBy: 'user' as const,
  } as TierTable;
  if (!table.settings.inpatient) delete table.settings.inpatient;
  if (!table.settings.outpatient) delete table.settings.outpatient;
  const assumptions = [P.assumeOneBand, P.assumeNoCap, P.assumeFirst, ...(classBRate ? [] : [P.assumeNoClassB])];
  return { ok: true, table, found, assumptions };
}

export interface Reproduced {
  slip: number;
  /** Each figure of the slip beside what the derived rules give. */
  lines: { key: 'inScope' | 'deductible' | 'basic'; slip: string; got: string }[];
  ok: boolean;
}

/** Settles every slip again with the derived table, each as the first care of its own year. */
export function reproduce(table: TierTable, input: DeriveIn): Reproduced[] | { reason: Msg } {
  const person = { region: input.region, scheme: input.scheme, category: input.category };
  const out: Reproduced[] = [];
  for (const [i, s] of input.slips.entries()) {
    const errors: DeriveError[] = [];
    const r = readSlip(s, i, errors);
    if (!r) continue;
    // Without 乙类 the share cannot be known: the slip's pre-self-pay is carried as an amount outside the scope.
    const knownB = table.classBSelfPayRate && !('unknown' in table.classBSelfPayRate) && r.classB;
    const bill = {
      date: s.date,
      setting: s.setting,
      level: s.level,
      total: r.total.toFixed(2),
      outOfCatalog: r.outOfCatalog.toFixed(2),
      overLimit: (knownB ? r.overLimit : r.overLimit.plus(r.preSelfPay)).toFixed(2),
      classB: knownB ? r.classB!.toFixed(2) : '0',
    };
    try {
      const got = settleYear([table], { person, bills: [bill] }).bills[0]!;
      const lines = (['inScope', 'deductible', 'basic'] as const).map((key) => ({
        key,
        slip: r[key].toFixed(2),
        got: got[key],
      }));
      out.push({ slip: i, lines, ok: lines.every((l) => l.slip === l.got) });
    } catch (e) {
      if (isSettlementError(e)) return { reason: e.reason };
      throw e;
    }
  }
  return out;
}
