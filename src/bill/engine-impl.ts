/**
 * Everything that computes, loaded after the first paint (the engine, zod and decimal.js are most
 * of the page's weight). Each call returns a result or an error object, never throws, so a bug or a
 * bad table shows as a message instead of a blank page.
 */
import {
  compareLevels,
  isSettlementError,
  moneyDifference,
  settleBill,
  startState,
  yearOutlook,
  type YearOutlook,
  type YearState,
} from '../engine';
import type { Level, TierTable } from '../tables/schema';
import { chartSteps, sampleChart } from './chart/sample';
import type { EngineInput } from './input';
import type { ChartData, LevelEntry, Outcome, PageError } from './outcome';
import { V } from './result-words';

const internal = (e: unknown): PageError => ({ code: 'internal', field: '', reason: V.internal(String(e)) });

const asPageError = (e: unknown): PageError =>
  isSettlementError(e) ? { code: e.code, field: e.field, reason: e.reason } : internal(e);

export function settle(tables: readonly TierTable[], input: EngineInput): Outcome {
  try {
    const settled = settleBill(tables, input.person, input.bill, startState(input.person, input.prior));
    let outlook: YearOutlook | null | undefined;
    return {
      ok: true,
      result: settled.result,
      // Worked out at its first read, by the outlook's part in idle time: not in the keystroke's task.
      get outlook() {
        return outlook === undefined
          ? (outlook = outlookAfter(tables, input, settled.state, settled.result.date))
          : outlook;
      },
    };
  } catch (e) {
    return { ok: false, error: asPageError(e) };
  }
}

/**
 * Where the year stands after this bill (the year page's own outlook), or null where a cap is not
 * known to the engine. Read after the result is on screen, it does not throw: an outlook that cannot
 * be worked out is not shown, and the result it would follow stands.
 */
function outlookAfter(
  tables: readonly TierTable[],
  input: EngineInput,
  state: YearState,
  date: string,
): YearOutlook | null {
  try {
    return yearOutlook(tables, input.person, state, date);
  } catch {
    return null;
  }
}

export function compare(tables: readonly TierTable[], input: EngineInput): LevelEntry[] | PageError {
  try {
    const state = startState(input.person, input.prior);
    return compareLevels(tables, input.person, input.bill, state).map((o) =>
      o.error ? { level: o.level, error: asPageError(o.error) } : { level: o.level, result: o.result },
    );
  } catch (e) {
    return asPageError(e);
  }
}

/** The engine's difference of two money strings (for "pays X less"). */
export const difference = moneyDifference;

export function chart(tables: readonly TierTable[], input: EngineInput, levels: readonly Level[]): ChartData | null {
  try {
    return sampleChart(tables, input, levels);
  } catch {
    return null;
  }
}

/**
 * The chart a level at a time, for the page to settle between keystrokes (Chart.svelte); each
 * `next()` may throw where `chart` would have returned null.
 */
export const chartLevels = chartSteps;
