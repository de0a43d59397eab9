/**
 * Settles the year the page holds, with the engine alone (the page computes no money). A bill the
 * engine refuses (parts above its total, a rule its table does not know) is left out with the
 * engine's reason — the error says which bill it was — and the rest of the year is settled without
 * it, so one typo does not blank the whole summary.
 */
import {
  isSettlementError,
  settleYear,
  yearOutlook,
  type BillResult,
  type YearOutlook,
  type YearResult,
} from '../engine';
import type { YearState } from '../engine';
import type { YearPremiums } from '../engine/year';
import type { TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import type { YearDoc } from './doc';
import { toEngineInput, type FieldErrors } from './input';

export interface SettledYear {
  /** Null when nothing could be settled (no valid bill, or a person-level error). */
  result: (YearResult & { state: YearState }) | null;
  /** Relatives' premiums as paid from the own account within the year (also with no bill yet). */
  premiums: YearPremiums | null;
  /** Bill results by the doc's bill id. */
  byId: Record<string, BillResult>;
  /** Where the year stands after its last bill (or at `today` with no bill). */
  outlook: YearOutlook | null;
  /** Field errors from typing, and engine errors by bill id (`bill.<id>`). */
  errors: FieldErrors;
  /** A reason the whole year could not be settled (region without a table, …). */
  problem: Msg | null;
}

export function settleDoc(tables: readonly TierTable[], doc: YearDoc, today: string): SettledYear {
  const input = toEngineInput(doc, today);
  const errors: FieldErrors = { ...input.errors };
  let bills = input.bills;
  const prior = input.prior;
  let premiums = input.premiums;
  // Each round either settles the year or leaves out the one bill the engine named (at most once per bill).
  for (;;) {
    try {
      const result = settleYear(tables, {
        person: input.person,
        bills: bills.map((b) => b.bill),
        ...(prior ? { prior } : {}),
        ...(premiums ? { premiums } : {}),
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
      return { result: bills.length ? result : null, premiums: result.premiums, byId, outlook, errors, problem: null };
    } catch (e) {
      if (!isSettlementError(e)) throw e;
      // The premiums' error is theirs: said beside them, and the bills settled without them.
      if (premiums && e.field.startsWith('premiums')) {
        errors['premiums'] = e.reason;
        premiums = undefined;
        continue;
      }
      // An error about the person (region without tables, category not in the table) is the whole year's.
      const personal = ['person', 'prior'].some((f) => e.field === f || e.field.startsWith(`${f}.`));
      const bad = e.bill === undefined || personal ? undefined : bills[e.bill];
      if (!bad) return { result: null, premiums: null, byId: {}, outlook: null, errors, problem: e.reason };
      errors[`bill.${bad.id}`] = e.reason;
      bills = bills.filter((b) => b !== bad);
    }
  }
}
