/**
 * Step 2 of DOMAIN.md §2: the deductible. Per admission or per bill it is owed whole each time;
 * per benefit year it shrinks as the year's earlier bills use it up (separately for each pool).
 */
import type { SettingName, SettingRules, TierTable } from '../tables/schema';
import { isUnknown, need, ruleFor } from './cite';
import { subjectKey, type Subject } from './match';
import { names } from './messages';
import { ZERO, compare, exact, max, min, type Dec } from './money';
import type { Cite, Step } from './result';
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

/** The deductible rule that applies to a subject: its amount, citation and pool (null: owed whole each time). */
export type DeductibleRule = Omit<DeductibleOwed, 'owed'>;

const rulesRead = new WeakMap<TierTable, Map<string, DeductibleRule>>();

/** The rule of `who`, read from the table once per setting and subject; an unknown rule throws every time. */
export function deductibleRule(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
): DeductibleRule {
  let read = rulesRead.get(table);
  if (!read) rulesRead.set(table, (read = new Map()));
  const k = `${setting}|${subjectKey(who)}`;
  let made = read.get(k);
  if (!made) {
    const path = `settings.${setting}.deductible`;
    const known = isUnknown(rules.deductible) ? null : rules.deductible;
    const [rule, i] = ruleFor(table, path, known && { key: 'rules', items: known.rules }, who, names.deductible);
    const { value: full, cite } = need(table, `${path}.rules[${i}].amount`, rule.amount, names.deductible);
    const key = known!.per === 'benefitYear' ? `${setting}:${rule.pool ?? 'all'}` : null;
    read.set(k, (made = { full, key, cite }));
  }
  return made;
}

/** What the bill owes of the deductible: the whole of it, or per benefit year what the year has not used. */
export function owedOf(ded: DeductibleRule, setting: SettingName, state: YearState): DeductibleOwed {
  const { full, key, cite } = ded;
  if (key === null) return { full, owed: full, key, cite };
  const used = state.deductibleUsed[key] ?? state.deductibleFloor[setting];
  // Once the year has used it all (most bills of a year) nothing is owed: no subtraction.
  const owed = used.isZero() ? max(full, ZERO) : compare(used, full) >= 0 ? ZERO : full.minus(used);
  return { full, owed, key, cite };
}

export const deductibleOwed = (
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  state: YearState,
): DeductibleOwed => owedOf(deductibleRule(table, setting, rules, who), setting, state);

/** The patient's deductible on this bill: what is owed, up to the in-scope cost. */
export function payDeductible(ded: DeductibleOwed, inScope: Dec): { paid: Dec; step: Step } {
  const paid = min(inScope, ded.owed);
  return {
    paid,
    step: { kind: 'deductible', party: 'patient', base: exact(ded.owed), amount: exact(paid), cites: [ded.cite] },
  };
}
