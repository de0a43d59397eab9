/**
 * Step 8 of DOMAIN.md §2: who pays the patient's share. The patient's own personal account
 * (employees only), then each relative's account bound for mutual aid (家庭共济) in the order
 * given, then cash. Balances carry from bill to bill.
 */
import { Dec, ZERO, exact, min } from './money';
import type { Step } from './result';

export interface AccountsOutcome {
  own: Dec;
  family: Dec[];
  cash: Dec;
  balances: { own: Dec; family: Dec[] };
  steps: Step[];
}

export function payFromAccounts(outOfPocket: Dec, balances: { own: Dec; family: readonly Dec[] }): AccountsOutcome {
  const steps: Step[] = [];
  let left = outOfPocket;
  const own = min(left, balances.own);
  left = left.minus(own);
  if (own.greaterThan(0))
    steps.push({ kind: 'account', party: 'accountOwn', base: exact(balances.own), amount: exact(own), cites: [] });
  const family = balances.family.map((balance, index) => {
    const take = min(left, balance);
    left = left.minus(take);
    if (take.greaterThan(0))
      steps.push({
        kind: 'account',
        party: 'accountFamily',
        index,
        base: exact(balance),
        amount: exact(take),
        cites: [],
      });
    return take;
  });
  if (left.greaterThan(0))
    steps.push({ kind: 'account', party: 'cash', base: exact(left), amount: exact(left), cites: [] });
  return {
    own,
    family,
    cash: left,
    balances: { own: balances.own.minus(own), family: balances.family.map((b, i) => b.minus(family[i] ?? ZERO)) },
    steps,
  };
}
