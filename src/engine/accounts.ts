/**
 * Step 8 of DOMAIN.md §2: who pays the patient's share. The patient's own personal account
 * (employees only), then each relative's account bound for mutual aid (家庭共济) in the order
 * given, then cash. Balances carry from bill to bill.
 */
import { ZERO, min, positive, type Dec } from './money';
import type { Step } from './result';
import { lazySteps, type RawStep } from './steps';

export interface AccountsOutcome {
  own: Dec;
  family: Dec[];
  cash: Dec;
  /** What the accounts hold after paying (worked out when first read: only the next bill needs it). */
  readonly balances: { own: Dec; family: Dec[] };
  /** The steps as computed (raw), and as read (written on first read). */
  raw: RawStep[];
  readonly steps: Step[];
}

export function payFromAccounts(outOfPocket: Dec, balances: { own: Dec; family: readonly Dec[] }): AccountsOutcome {
  const steps: RawStep[] = [];
  const read = lazySteps(steps);
  let after: { own: Dec; family: Dec[] } | undefined;
  let left = outOfPocket;
  const own = min(left, balances.own);
  left = left.minus(own);
  if (positive(own)) steps.push({ kind: 'account', party: 'accountOwn', base: balances.own, amount: own, cites: [] });
  const family = balances.family.map((balance, index) => {
    const take = min(left, balance);
    left = left.minus(take);
    if (positive(take))
      steps.push({
        kind: 'account',
        party: 'accountFamily',
        index,
        base: balance,
        amount: take,
        cites: [],
      });
    return take;
  });
  if (positive(left)) steps.push({ kind: 'account', party: 'cash', base: left, amount: left, cites: [] });
  return {
    own,
    family,
    cash: left,
    get balances() {
      return (after ??= {
        own: balances.own.minus(own),
        family: balances.family.map((b, i) => b.minus(family[i] ?? ZERO)),
      });
    },
    raw: steps,
    get steps() {
      return read();
    },
  };
}
