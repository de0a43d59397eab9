/**
 * Out-of-pocket against the bill total, one series per level, by asking the engine at many totals.
 * The other parts of the bill (全自费, 超限价, 乙类) stay as entered, so each line starts where the
 * total first covers them. Besides an even grid, the points where a line bends are sampled exactly:
 * the deductible, each band edge and the basic fund's trigger point, read off the steps of the
 * engine's result at the right end (an in-scope position plus the bill's fixed out-of-scope part).
 */
import { settleBill, startState } from '../../engine';
import { Dec } from '../../engine/money';
import type { BillResult } from '../../engine/result';
import type { Level, TierTable } from '../../tables/schema';
import type { EngineInput } from '../input';
import type { ChartData, ChartSeries } from '../outcome';
import { niceAxis } from './scale';

/** Enough points that a straight stretch between them hides no bend the grid could miss badly. */
const GRID = 120;
/** How far right the axis reaches, as a multiple of the bill's total. */
const REACH = 2.5;

function settleAt(tables: readonly TierTable[], input: EngineInput, level: Level, total: string): BillResult | null {
  try {
    return settleBill(tables, input.person, { ...input.bill, level, total }, startState(input.person, input.prior))
      .result;
  } catch {
    return null;
  }
}

/** In-scope positions where the result bends, as bill totals. */
function bends(r: BillResult): Dec[] {
  const offset = new Dec(r.total).minus(r.inScope);
  const out: Dec[] = [];
  for (const s of r.steps) {
    if (s.kind === 'deductible') out.push(new Dec(s.amount));
    if ((s.kind === 'band' && s.party === 'basic') || s.kind === 'overflow') {
      if (s.from !== undefined) out.push(new Dec(s.from));
      if (s.to !== undefined) out.push(new Dec(s.to));
    }
  }
  return out.map((x) => x.plus(offset));
}

export function sampleChart(
  tables: readonly TierTable[],
  input: EngineInput,
  levels: readonly Level[],
): ChartData | null {
  const current = new Dec(input.bill.total);
  if (current.isZero()) return null;
  const floor = new Dec(input.bill.outOfCatalog ?? '0')
    .plus(input.bill.overLimit ?? '0')
    .plus(input.bill.classB ?? '0');
  const axis = niceAxis(current.times(REACH).ceil().toNumber());
  const end = new Dec(axis.end);

  const xs = new Map<string, Dec>();
  const add = (x: Dec) => {
    if (x.greaterThanOrEqualTo(floor) && x.lessThanOrEqualTo(end)) xs.set(x.toFixed(2), x);
  };
  for (let i = 0; i <= GRID; i++) add(end.times(i).dividedBy(GRID).toDecimalPlaces(2));
  for (const t of axis.ticks) add(new Dec(t));
  add(current);
  add(floor);
  for (const level of levels) {
    const far = settleAt(tables, input, level, end.toFixed(2));
    if (far) for (const b of bends(far)) add(b.toDecimalPlaces(2));
  }
  const totals = [...xs.values()].sort((a, b) => a.comparedTo(b)).map((x) => x.toFixed(2));

  const series: ChartSeries[] = levels.map((level) => ({
    level,
    points: totals.map((total) => ({ total, outOfPocket: settleAt(tables, input, level, total)?.outOfPocket ?? null })),
  }));
  return {
    max: end.toFixed(2),
    ticks: axis.ticks.map((t) => new Dec(t).toFixed(2)),
    current: current.toFixed(2),
    series,
  };
}
