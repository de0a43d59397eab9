/**
 * Rounding to the fen (DOMAIN.md §2.7), once per payer per bill, half-up — done along the payer
 * chain: each payer gets round(running total with it) − round(running total before it).
 *
 * Where the running total before a payer is whole fen this is exactly that payer's own half-up
 * rounding, and it always is, except where two payers share the same cost: above the trigger point
 * a Beijing retiree's cost is paid "90% in all, of which 80% 大额 and 10% 退休人员统一补充". Rounding
 * the two apart could give the funds two fen for one fen more of cost, so a dearer bill would cost
 * the patient less. Rounding the shared 90% once and splitting it keeps the patient's share
 * monotonic; where the split moves a payer off its own rounding, a `rounding` step says by how much.
 */
import type { Payer } from './input';
import { ZERO, exact, toFen, type Dec } from './money';
import type { Step } from './result';

export function roundAlongChain(amounts: readonly (readonly [Payer, Dec])[]): {
  /** Each payer's amount rounded, by payer (a plain object: a Map per bill costs more than its few keys). */
  rounded: Partial<Record<Payer, Dec>>;
  steps: Step[];
} {
  const rounded: Partial<Record<Payer, Dec>> = {};
  const steps: Step[] = [];
  let running = ZERO;
  let before = ZERO;
  for (const [payer, amount] of amounts) {
    // A payer that pays nothing leaves the running total, so its rounding, where it was.
    if (amount.isZero()) {
      rounded[payer] = ZERO;
      continue;
    }
    // The first payer that pays is rounded on its own: nothing before it to carry.
    if (running.isZero() && before.isZero()) {
      running = amount;
      before = toFen(amount);
      rounded[payer] = before;
      continue;
    }
    running = running.plus(amount);
    const upTo = toFen(running);
    const mine = upTo.minus(before);
    const shift = mine.minus(toFen(amount));
    if (!shift.isZero())
      steps.push({ kind: 'rounding', party: payer, base: exact(amount), amount: exact(shift), cites: [] });
    rounded[payer] = mine;
    before = upTo;
  }
  return { rounded, steps };
}
