/** What the page gets back from the engine side (types only, so the first load carries no engine). */
import type { YearOutlook } from '../engine/outlook';
import type { ErrorCode } from '../engine/errors';
import type { Msg } from '../text/msg';
import type { BillResult } from '../engine/result';
import type { Level, TierTable } from '../tables/schema';
import type { EngineInput } from './input';

export interface PageError {
  /** 'internal': the engine failed in a way it should not; the page says so instead of going blank. */
  code: ErrorCode | 'internal';
  field: string;
  reason: Msg;
}

export type Outcome =
  /** `outlook`: what is left of each cap after this bill, and how far the catastrophic layer is. */
  { ok: true; result: BillResult; outlook: YearOutlook | null } | { ok: false; error: PageError };

export type LevelEntry =
  { level: Level; result: BillResult; error?: undefined } | { level: Level; result?: undefined; error: PageError };

export interface ChartPoint {
  /** The bill total sampled (money string). */
  total: string;
  /** The engine's out-of-pocket at that total; null where the engine gave no result. */
  outOfPocket: string | null;
}

export interface ChartSeries {
  level: Level;
  points: ChartPoint[];
}

export interface ChartData {
  /** Right end of the x axis (a round amount). */
  max: string;
  /** Totals where the x axis is labelled; each is also a sampled point. */
  ticks: string[];
  /** The bill's own total, drawn as a marker. */
  current: string;
  series: ChartSeries[];
}

/** What the chart samples: the tables, the bill as entered, and the levels to draw. */
export interface ChartRequest {
  tables: readonly TierTable[];
  input: EngineInput;
  levels: readonly Level[];
}
