/**
 * Steps 2–6 of DOMAIN.md §2 for a covered bill: the basic chain (or a slip's figures for it), rounding
 * along the chain, catastrophic insurance on the burden left, then assistance. A payer the slip
 * states (`settled`) is taken as stated and the later layers carry on from it.
 */
import type { SettingRules, TierTable } from '../tables/schema';
import { assistanceLayer } from './assistance';
import { basicChain } from './basic';
import { catastrophicLayer } from './catastrophic';
import { deductibleOwed, payDeductible } from './deductible';
import { isSettlementError } from './errors';
import type { Bill, Payer } from './input';
import type { Subject } from './match';
import { Dec, ZERO, max, toFen } from './money';
import type { Step, Warning } from './result';
import { roundAlongChain } from './rounding';
import type { YearState } from './state';
import { settledWarning } from './warnings';

export interface Payments {
  paid: Record<Payer, Dec>;
  /** The deductible the patient paid on this bill; null where the table does not know it. */
  deductiblePaid: Dec | null;
  deductibleKey: string | null;
  /** What this bill adds to the year's catastrophic base. */
  baseAdded: Dec;
  /** The year's in-scope count after this bill, where the basic chain worked it out (null: not). */
  positionAfter: Dec | null;
  steps: Step[];
  warnings: Warning[];
}

export const NOTHING_PAID: Readonly<Record<Payer, Dec>> = {
  basic: ZERO,
  supplementary: ZERO,
  topUp: ZERO,
  catastrophic: ZERO,
  assistance: ZERO,
};

export function settlePayers(
  table: TierTable,
  rules: SettingRules,
  bill: Bill,
  who: Subject,
  state: YearState,
  inScope: Dec,
): Payments {
  const { settled } = bill;
  const paid: Record<Payer, Dec> = { ...NOTHING_PAID };
  let steps: Step[];
  let warnings: Warning[];
  let deductiblePaid: Dec | null = null;
  let deductibleKey: string | null = null;
  let positionAfter: Dec | null = null;

  if (settled.basic !== undefined) {
    // A slip's figures stand in for the basic chain; the deductible is still shown where known.
    steps = [];
    warnings = [];
    for (const p of ['basic', 'supplementary', 'topUp'] as const) paid[p] = new Dec(settled[p] ?? '0');
    try {
      const ded = deductibleOwed(table, bill.setting, rules, who, state);
      const { paid: dp, step } = payDeductible(ded, inScope);
      deductiblePaid = dp;
      deductibleKey = ded.key;
      steps.push(step);
    } catch (e) {
      if (!isSettlementError(e) || e.code !== 'unknown-rule') throw e;
    }
  } else {
    const chain = basicChain(table, bill.setting, rules, who, state, inScope, bill.offsite);
    ({ deductiblePaid, deductibleKey, positionAfter } = chain);
    paid.basic = chain.basic;
    paid.supplementary = settled.supplementary !== undefined ? new Dec(settled.supplementary) : chain.supplementary;
    paid.topUp = settled.topUp !== undefined ? new Dec(settled.topUp) : chain.topUp;
    const slip = settled.supplementary !== undefined || settled.topUp !== undefined;
    // The chain's lists are made for this bill alone: the later layers add to them, not to copies.
    steps = slip
      ? chain.steps.filter((s) => !(s.kind === 'overflow' && settled[s.party as Payer] !== undefined))
      : chain.steps;
    warnings = chain.warnings;
  }
  const rounded = roundAlongChain([
    ['basic', paid.basic],
    ['supplementary', paid.supplementary],
    ['topUp', paid.topUp],
  ]);
  paid.basic = rounded.rounded.basic!;
  paid.supplementary = rounded.rounded.supplementary!;
  paid.topUp = rounded.rounded.topUp!;
  steps.push(...rounded.steps);

  // The burden left matters only to the layers above the basic chain; most tables have neither.
  const layered = table.catastrophic !== undefined || table.assistance !== undefined;
  const burden = layered ? max(inScope.minus(paid.basic).minus(paid.supplementary).minus(paid.topUp), ZERO) : ZERO;
  const cat = catastrophicLayer(table, bill.setting, who, state, burden);
  if (settled.catastrophic !== undefined) paid.catastrophic = new Dec(settled.catastrophic);
  else {
    paid.catastrophic = toFen(cat.amount);
    steps.push(...cat.steps);
    warnings.push(...cat.warnings);
  }

  const left = layered ? max(burden.minus(paid.catastrophic), ZERO) : ZERO;
  if (settled.assistance !== undefined) paid.assistance = new Dec(settled.assistance);
  else {
    const aid = assistanceLayer(table, who, state, left);
    paid.assistance = toFen(aid.amount);
    steps.push(...aid.steps);
    warnings.push(...aid.warnings);
  }
  for (const p of Object.keys(settled) as Payer[]) {
    steps.push({ kind: 'settled', party: p, base: settled[p]!, amount: settled[p]!, cites: [] });
    warnings.push(settledWarning(p));
  }
  return { paid, deductiblePaid, deductibleKey, baseAdded: cat.baseAdded, positionAfter, steps, warnings };
}
