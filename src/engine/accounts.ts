/**
 * Step 8 of DOMAIN.md §2: who pays the patient's share. The patient's own personal account
 * (employees only), then each relative's account bound for mutual aid (家庭共济) in the order
 * given, then cash. Balances carry from bill to bill.
 */
import { ZERO, exact, less, min, positive, type Dec } from './money';
import type { Step } from './result';

export interface AccountsOutcome {
  own: Dec;
  family: Dec[];
  cash: Dec;
  balances: { own: Dec; family: readonly Dec[] };
  steps: Step[];
}

export const payFromAccounts = (outOfPocket: Dec, balances: { own: Dec; family: readonly Dec[] }): AccountsOutcome => {
  const paid = payShare(outOfPocket, balances);
  return { ...paid, balances: balancesAfter(balances, paid) };
};

// Most bills of a year come after the accounts are used up: an empty account takes nothing and
// leaves the share as it was, without comparing or subtracting (each a new Decimal otherwise).
/** What an account with `balance` pays of `left`: min(left, balance), the balance itself where it is empty. */
const take = (left: Dec, balance: Dec): Dec => (balance.isZero() && !left.isNeg() ? balance : min(left, balance));

/** Who pays the share, without the balances after it (only a bill that others follow needs them). */
export function payShare(
  outOfPocket: Dec,
  balances: { own: Dec; family: readonly Dec[] },
): Omit<AccountsOutcome, 'balances'> {
  const steps: Step[] = [];
  let left = outOfPocket;
  const own = take(left, balances.own);
  left = less(left, own);
  if (positive(own))
    steps.push({ kind: 'account', party: 'accountOwn', base: exact(balances.own), amount: exact(own), cites: [] });
  const family = balances.family.map((balance, index) => {
    const taken = take(left, balance);
    left = less(left, taken);
    if (positive(taken))
      steps.push({
        kind: 'account',
        party: 'accountFamily',
        index,
        base: exact(balance),
        amount: exact(taken),
        cites: [],
      });
    return taken;
  });
  if (positive(left)) {
    const cash = exact(left);
    steps.push({ kind: 'account', party: 'cash', base: cash, amount: cash, cites: [] });
  }
  return { own, family, cash: left, steps };
}

/**
 * What the accounts hold after paying their part of a share: the same balances (the same object)
 * where they paid nothing, as on most bills of a year once the accounts are used up.
 */
export function balancesAfter(
  balances: { own: Dec; family: readonly Dec[] },
  paid: { own: Dec; family: readonly Dec[] },
): { own: Dec; family: readonly Dec[] } {
  if (paid.own.isZero() && paid.family.every((f) => f.isZero())) return balances;
  return {
    own: less(balances.own, paid.own),
    family: balances.family.map((b, i) => less(b, paid.family[i] ?? ZERO)),
  };
}
