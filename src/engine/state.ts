/**
 * What a benefit year carries from one bill to the next (DOMAIN.md §2): admissions, deductibles
 * used, band positions, what each payer has paid against its cap, the catastrophic base; and the
 * account balances, which carry across years too. Immutable: each bill returns a new state.
 */
import type { SettingName, TierTable } from '../tables/schema';
import { PAYERS, type Person, type Prior } from './input';
import { Dec, ZERO, plus } from './money';

export interface YearState {
  /** First day of the benefit year this state belongs to; null before any bill. */
  yearStart: string | null;
  admissions: number;
  /** Benefit-year deductible used, by `setting:pool`; `deductibleFloor` applies to pools not yet seen. */
  deductibleUsed: Readonly<Record<string, Dec>>;
  deductibleFloor: Readonly<Record<SettingName, Dec>>;
  /** Cumulative in-scope cost this benefit year, by setting (for bands counted over the year). */
  position: Readonly<Record<SettingName, Dec>>;
  /** What each payer has paid this benefit year, by `payer:setting` or `payer`. */
  paid: Readonly<Record<string, Dec>>;
  catastrophicBase: Dec;
  accounts: { own: Dec; family: readonly Dec[] };
  /** The prior figures apply to the benefit year of the first bill only. */
  prior: Prior | null;
}

export function initialState(person: Person, prior: Prior | null): YearState {
  return {
    yearStart: null,
    admissions: 0,
    deductibleUsed: {},
    deductibleFloor: { inpatient: ZERO, outpatient: ZERO },
    position: { inpatient: ZERO, outpatient: ZERO },
    paid: {},
    catastrophicBase: ZERO,
    accounts: {
      own: new Dec(person.scheme === 'employee' ? (person.accounts?.own ?? '0') : '0'),
      family: (person.accounts?.family ?? []).map((f) => new Dec(f)),
    },
    prior,
  };
}

/** First day of the benefit year a date falls in, under the table's benefit-year start. */
export function benefitYearStart(table: TierTable, date: string): string {
  const year = Number(date.slice(0, 4));
  const start = table.benefitYearStart;
  return date.slice(5) >= start ? `${year}-${start}` : `${String(year - 1).padStart(4, '0')}-${start}`;
}

/** The state a bill on `date` starts from: the same year's state, or a fresh year (accounts kept). */
export function enterYear(s: YearState, table: TierTable, date: string): YearState {
  const start = benefitYearStart(table, date);
  if (s.yearStart === start) return s;
  const p = s.yearStart === null ? s.prior : null;
  const outpatient = new Dec(p?.outpatientInScope ?? '0');
  return {
    ...s,
    yearStart: start,
    admissions: p?.admissions ?? 0,
    deductibleUsed: {},
    deductibleFloor: { inpatient: ZERO, outpatient },
    position: { inpatient: ZERO, outpatient },
    paid: p
      ? {
          'basic:inpatient': new Dec(p.basicPaid.inpatient),
          'basic:outpatient': new Dec(p.basicPaid.outpatient),
          catastrophic: new Dec(p.catastrophicPaid),
        }
      : {},
    catastrophicBase: new Dec(p?.catastrophicBase ?? '0'),
    prior: null,
  };
}

export const paidSoFar = (s: YearState, key: string): Dec => s.paid[key] ?? ZERO;

/** Where each payer's year total is kept (YearState.paid), by setting: per setting, or over the year. */
const PAID_KEYS = Object.fromEntries(
  (['inpatient', 'outpatient'] as const).map((setting) => [
    setting,
    Object.fromEntries(PAYERS.map((p) => [p, p === 'catastrophic' || p === 'assistance' ? p : `${p}:${setting}`])),
  ]),
) as Record<SettingName, Record<(typeof PAYERS)[number], string>>;

/**
 * The state after a bill: for a covered bill, one more admission (inpatient), the deductible used,
 * the band position, each payer's total against its cap and the catastrophic base move on; an
 * uncovered bill moves nothing but the account balances.
 */
export function afterBill(
  state: YearState,
  bill: { setting: SettingName },
  covered: boolean,
  inScope: Dec,
  pay: {
    paid: Readonly<Record<string, Dec>>;
    deductiblePaid: Dec | null;
    deductibleKey: string | null;
    baseAdded: Dec;
    /** The band position after the bill, where the basic chain already added it up. */
    positionAfter: Dec | null;
  },
  accounts: YearState['accounts'],
): YearState {
  if (!covered) return { ...state, accounts };
  let deductibleUsed = state.deductibleUsed;
  const key = pay.deductibleKey;
  // Nothing paid towards a deductible the year already keeps leaves it as it is (no copy).
  if (key && pay.deductiblePaid && !(pay.deductiblePaid.isZero() && deductibleUsed[key] !== undefined)) {
    const before = deductibleUsed[key] ?? state.deductibleFloor[bill.setting];
    deductibleUsed = { ...deductibleUsed, [key]: plus(before, pay.deductiblePaid) };
  }
  // One copy for the five payers (not one per payer), and none where no payer paid anything the
  // year does not already keep: a year settles thousands of bills. The keys come in the same order
  // either way (a payer passed over is one the state already has).
  let paid = state.paid as Record<string, Dec>;
  let copied = false;
  const keys = PAID_KEYS[bill.setting];
  for (const p of PAYERS) {
    const key = keys[p];
    const before = paid[key];
    const amount = pay.paid[p];
    if (before !== undefined && (amount === undefined || amount.isZero())) continue;
    if (!copied) {
      paid = { ...paid };
      copied = true;
    }
    paid[key] = amount === undefined ? (before ?? ZERO) : plus(before ?? ZERO, amount);
  }
  // Written out, not spread: the same keys in the same order, made a few times faster.
  const { inpatient, outpatient } = state.position;
  return {
    yearStart: state.yearStart,
    admissions: state.admissions + (bill.setting === 'inpatient' ? 1 : 0),
    deductibleUsed,
    deductibleFloor: state.deductibleFloor,
    position:
      bill.setting === 'inpatient'
        ? { inpatient: pay.positionAfter ?? plus(inpatient, inScope), outpatient }
        : { inpatient, outpatient: pay.positionAfter ?? plus(outpatient, inScope) },
    paid,
    catastrophicBase: plus(state.catastrophicBase, pay.baseAdded),
    accounts,
    prior: state.prior,
  };
}
