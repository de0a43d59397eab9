/**
 * Step 2 of DOMAIN.md §2: the deductible. Per admission or per bill it is owed whole each time;
 * per benefit year it shrinks as the year's earlier bills use it up (separately for each pool).
 */
import type { SettingName, SettingRules, TierTable } from '../tables/schema';
import { isUnknown, need, ruleFor } from './cite';
import type { Subject } from './match';
import { names } from './messages';
import { ZERO, max, min, type Dec } from './money';
import type { Cite } from './result';
import type { RawStep } from './steps';
import type { YearState } from './state';

export interface DeductibleOwed {
  /** The deductible of the matched rule (the whole amount, not what is left of it). */
  full: Dec;
  /** What this bill still owes of it. */
  owed: Dec;
  /** Key into YearState.deductibleUsed, or null for a deductible owed whole each time (per admission, per bill). */
  key: string | null;
  cite: Cite;
}

export function deductibleOwed(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  state: YearState,
): DeductibleOwed {
  const path = `settings.${setting}.deductible`;
  const known = isUnknown(rules.deductible) ? null : rules.deductible;
  const [rule, i] = ruleFor(table, path, known && { key: 'rules', items: known.rules }, who, names.deductible);
  const d = known!;
  const { value: full, cite } = need(table, `${path}.rules[${i}].amount`, rule.amount, names.deductible);
  if (d.per !== 'benefitYear') return { full, owed: full, key: null, cite };
  const key = `${setting}:${rule.pool ?? 'all'}`;
  const used = state.deductibleUsed[key] ?? state.deductibleFloor[setting];
  return { full, owed: max(full.minus(used), ZERO), key, cite };
}

/** The patient's deductible on this bill: what is owed, up to the in-scope cost. */
export function payDeductible(ded: DeductibleOwed, inScope: Dec): { paid: Dec; step: RawStep } {
  const paid = min(inScope, ded.owed);
  return {
    paid,
    step: { kind: 'deductible', party: 'patient', base: ded.owed, amount: paid, cites: [ded.cite] },
  };
}
