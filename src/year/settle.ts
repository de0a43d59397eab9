/**
 * Settles the year the page holds, with the engine alone (the page computes no money). A bill the
 * engine rejects (say, parts above its total) is left out with the engine's reason and the rest of
 * the year is settled without it, so one typo does not blank the whole summary.
 */
import {
  isSettlementError,
  settleYear,
  yearOutlook,
  type BillResult,
  type YearOutlook,
  type YearResult,
} from '../engine';
import type { Msg } from '../engine/messages';
import type { YearState } from '../engine';
import { byIso } from '../input/iso';
import type { TierTable } from '../tables/schema';
import type { YearDoc } from './doc';
import { toEngineInput, type EngineBill, type FieldErrors } from './input';

export interface SettledYear {
  /** Null when nothing could be settled (no valid bill, or a person-level error). */
  result: (YearResult & { state: YearState }) | null;
  /** Bill results by the doc's bill id. */
  byId: Record<string, BillResult>;
  /** Where the year stands after its last bill (or at `today` with no bill). */
  outlook: YearOutlook | null;
  /** Field errors from typing, and engine errors by bill id (`bill.<id>`) or `person`. */
  errors: FieldErrors;
  /** A reason the whole year could not be settled (region without a table, …). */
  problem: Msg | null;
}

const BILL_FIELD = /^bills\[(\d+)\]/;

/**
 * The bill an error without a bill path belongs to (an unknown rule names the table, not the bill):
 * the last bill of the shortest date-ordered run of the year that the engine refuses. None when the
 * year fails without any bill (then the problem is the person's).
 */
function culprit(
  tables: readonly TierTable[],
  person: unknown,
  prior: unknown,
  bills: readonly EngineBill[],
): EngineBill | undefined {
  const ordered = bills
    .map((b, i) => ({ b, i }))
    .sort((x, y) => byIso(String(x.b.bill.date), String(y.b.bill.date)) || x.i - y.i)
    .map((x) => x.b);
  for (let n = 1; n <= ordered.length; n++) {
    try {
      settleYear(tables, { person, bills: ordered.slice(0, n).map((b) => b.bill), ...(prior ? { prior } : {}) });
    } catch (e) {
      if (!isSettlementError(e)) throw e;
      return ordered[n - 1];
    }
  }
  return undefined;
}

export function settleDoc(tables: readonly TierTable[], doc: YearDoc, today: string): SettledYear {
  const input = toEngineInput(doc);
  const errors: FieldErrors = { ...input.errors };
  let bills = input.bills;
  const prior = input.prior;
  for (;;) {
    try {
      const result = settleYear(tables, {
        person: input.person,
        bills: bills.map((b) => b.bill),
        ...(prior ? { prior } : {}),
      });
      const byId: Record<string, BillResult> = {};
      for (const r of result.bills) byId[bills[r.index]!.id] = r;
      const last = result.bills.at(-1)?.date ?? today;
      let outlook: YearOutlook | null = null;
      try {
        outlook = yearOutlook(tables, input.person, result.state, last);
      } catch (e) {
        if (!isSettlementError(e)) throw e;
      }
      return { result: bills.length ? result : null, byId, outlook, errors, problem: null };
    } catch (e) {
      if (!isSettlementError(e)) throw e;
      const m = BILL_FIELD.exec(e.field);
      // An error about the person (region without tables, category not in the table) is the whole year's.
      const personal = /^(person|prior)\b/.test(e.field);
      const bad = m ? bills[Number(m[1])] : personal ? undefined : culprit(tables, input.person, prior, bills);
      if (!bad) return { result: null, byId: {}, outlook: null, errors, problem: e.reason };
      errors[`bill.${bad.id}`] = e.reason;
      bills = bills.filter((b) => b !== bad);
    }
  }
}
