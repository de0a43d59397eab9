/**
 * The engine's entry points. All are pure: (tables, input) → result, or a SettlementError.
 * Input is untrusted (strings, as from a form, a link or a case file) and is validated first.
 */
import type { TierTable } from '../tables/schema';
import { settleParsed, tablePick, type AmountDecs } from './bill';
import type { Person } from './input';
import { byIso } from '../input/date';
import { Dec, ZERO, fen, less, money, sum } from './money';
import { AMOUNT_KEYS, type Amounts, type BillResult, type Warning, type YearResult } from './result';
import { initialState, type YearState } from './state';
import { parseBill, parsePerson, parsePrior } from './validate';
import { distinctOver } from './warnings';
import { parseYearPremiums, premiumsFor, type PremiumsResult } from './premiums';

export interface YearInput {
  person: unknown;
  bills: readonly unknown[];
  /** What is already behind the patient in the benefit year of the first bill. */
  prior?: unknown;
  /** Relatives' resident premiums paid from the employee's own account (家庭共济): `{ year, relatives, date? }`. */
  premiums?: unknown;
}

/** The premiums as paid within the year: on `date` (null: before the first bill). */
export type YearPremiums = PremiumsResult & { date: string | null };

const MONEY_KEYS = AMOUNT_KEYS;

/** Each amount summed over the bills, and fund ÷ total: every amount added up on its own. */
export function totalsOf(bills: readonly BillResult[]): YearResult['totals'] {
  const sums = new Sums(MONEY_KEYS);
  for (const b of bills) sums.add(Object.fromEntries(MONEY_KEYS.map((k) => [k, money(b[k])])) as AmountDecs);
  return totalsFrom(sums.byKey());
}

/**
 * Sums of some amounts, added bill by bill as each is settled (zeros, most amounts of most bills,
 * not added): a year keeps no bill's amounts once they are added.
 */
class Sums {
  private readonly sums: Dec[];
  constructor(private readonly keys: readonly (keyof Amounts)[]) {
    this.sums = keys.map(() => ZERO);
  }

  add(b: AmountDecs): void {
    const { keys, sums } = this;
    for (let i = 0; i < keys.length; i++) {
      const d = b[keys[i]!];
      if (!d.isZero()) sums[i] = sums[i]!.isZero() ? d : sums[i]!.plus(d);
    }
  }

  byKey(): Record<keyof Amounts, Dec> {
    return Object.fromEntries(this.keys.map((k, i) => [k, this.sums[i]!])) as Record<keyof Amounts, Dec>;
  }
}

/** What a year adds up bill by bill; the other four amounts follow from these (yearTotals). */
const ADDED = MONEY_KEYS.filter((k) => !['inScope', 'fund', 'outOfPocket', 'cash'].includes(k));

/**
 * The totals of a year from each bill's amounts as Decimals (as settling gives them: its strings
 * are not read back). Four amounts of every bill are the others added or taken away, exactly, as
 * whole fen (DOMAIN.md §2.7: every part is rounded to the fen first): inScope = total −
 * outOfCatalog − overLimit − preSelfPay, fund = the sum of its payers, outOfPocket = total − fund,
 * cash = outOfPocket − the accounts. Their sums over the year are the same sums of the sums, in a
 * few operations instead of one per bill (about half of all the additions of a year). totalsOf
 * still adds every amount up on its own; a test holds the two to each other.
 */
function yearTotals(added: Sums): YearResult['totals'] {
  const s = added.byKey();
  s.inScope = less(less(less(s.total, s.outOfCatalog), s.overLimit), s.preSelfPay);
  s.fund = sum([s.basic, s.supplementary, s.topUp, s.catastrophic, s.assistance]);
  s.outOfPocket = less(s.total, s.fund);
  s.cash = less(less(s.outOfPocket, s.accountOwn), s.accountFamily);
  return totalsFrom(s);
}

/** The totals as strings in the slip's order, and fund ÷ total. */
function totalsFrom(sums: Readonly<Record<keyof Amounts, Dec>>): YearResult['totals'] {
  const totals = Object.fromEntries(MONEY_KEYS.map((k) => [k, fen(sums[k])])) as unknown as Amounts;
  const { total, fund } = sums;
  return {
    ...totals,
    effectiveRatio: total.isZero() ? '0.0000' : fund.dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP),
  };
}

/**
 * The places of the bills in date order, same-day bills in the order given. A year is mostly
 * given in date order already: then it is only checked, not sorted.
 */
function byDate(bills: readonly { date: string }[]): number[] {
  const order = Array.from(bills, (_, i) => i);
  for (let i = 1; i < bills.length; i++)
    if (byIso(bills[i - 1]!.date, bills[i]!.date) > 0)
      return order.sort((a, b) => byIso(bills[a]!.date, bills[b]!.date) || a - b);
  return order;
}

/** The state a year starts from, for callers that settle bill by bill. */
export function startState(person: unknown, prior?: unknown): YearState {
  return initialState(parsePerson(person), prior === undefined ? null : parsePrior(prior));
}

/** Settles one bill from a given state: what the page does as the user types, and what a year folds over. */
export function settleBill(
  tables: readonly TierTable[],
  person: unknown,
  bill: unknown,
  state: YearState,
  index = 0,
): { result: BillResult; state: YearState } {
  const p: Person = parsePerson(person);
  const { result, state: next } = settleParsed(tables, p, parseBill(bill, index), index, state);
  return { result, state: next };
}

/** Settles a year of bills in date order, each seeing what the earlier ones used up. */
export function settleYear(
  tables: readonly TierTable[],
  input: YearInput,
): YearResult & { state: YearState; premiums: YearPremiums | null } {
  const person = parsePerson(input.person);
  const bills = input.bills.map((b, i) => parseBill(b, i));
  const plan = input.premiums === undefined ? null : parseYearPremiums(input.premiums);
  let state = initialState(person, input.prior === undefined ? null : parsePrior(input.prior));
  const results: BillResult[] = [];
  const added = new Sums(ADDED);
  let premiums: YearPremiums | null = null;
  // The premiums leave the own account on their date: bills dated after it draw on what is left.
  const pay = () => {
    const paid = premiumsFor(tables, {
      year: plan!.year,
      relatives: plan!.relatives,
      balance: fen(state.accounts.own),
    });
    premiums = { ...paid, date: plan!.date ?? null };
    state = { ...state, accounts: { ...state.accounts, own: new Dec(paid.balanceLeft) } };
  };
  const pick = tablePick(tables, person);
  for (const index of byDate(bills)) {
    const bill = bills[index]!;
    if (plan && !premiums && (plan.date === undefined || byIso(bill.date, plan.date) > 0)) pay();
    const r = settleParsed(tables, person, bill, index, state, pick);
    results.push(r.result);
    added.add(r.amounts);
    state = r.state;
  }
  if (plan && !premiums) pay();
  const warnings: Warning[] = distinctOver(results.map((r) => r.warnings));
  return { bills: results, totals: yearTotals(added), warnings, state, premiums };
}
