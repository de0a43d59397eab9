/** The same bill at every hospital level the table knows, for the side-by-side comparison. */
import type { Level, TierTable } from '../tables/schema';
import { tableFor } from './table';
import { settleResult, tablePick } from './bill';
import { isSettlementError, type SettlementError } from './errors';
import { fen, money } from './money';
import type { BillResult } from './result';
import type { YearState } from './state';
import { parseBill, parsePerson } from './validate';

export type LevelOutcome =
  | { level: Level; result: BillResult; error?: undefined }
  | { level: Level; result?: undefined; error: SettlementError };

export function compareLevels(
  tables: readonly TierTable[],
  person: unknown,
  bill: unknown,
  state: YearState,
): LevelOutcome[] {
  const p = parsePerson(person);
  const b = parseBill(bill);
  const table = tableFor(tables, p.region, p.scheme, b.date);
  // Validated once and the table chosen once for every level; no level's result is settled
  // further, so no state is built after it.
  const pick = tablePick(tables, p);
  return table.levels.map((level) => {
    try {
      return { level, result: settleResult(tables, p, { ...b, level }, 0, state, pick) };
    } catch (e) {
      if (isSettlementError(e)) return { level, error: e };
      throw e;
    }
  });
}

/** a − b for two of the engine's money strings, exact, two decimals: "在二级医院比三级医院少付 X 元". */
export const moneyDifference = (a: string, b: string): string => fen(money(a).minus(money(b)));
