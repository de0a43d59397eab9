/** (c) of `npm run bench`: one redraw of the single-bill chart, as the page asks for it. */
import type { EngineInput } from '../bill/input';
import { sampleChart } from '../bill/chart/sample';
import type { TierTable } from '../tables/schema';

export function benchChart(
  tables: readonly TierTable[],
  input: EngineInput,
): { settlements: number; points: number; ns: number } {
  const levels = ['community', 'primary', 'secondary', 'tertiary'] as const;
  const times: number[] = [];
  let data = sampleChart(tables, input, levels);
  for (let i = 0; i < 15; i++) {
    const t0 = process.hrtime.bigint();
    data = sampleChart(tables, input, levels);
    times.push(Number(process.hrtime.bigint() - t0));
  }
  const points = data!.series.reduce((n, s) => n + s.points.length, 0);
  // Each point is one settlement, and each level one more at the right end for the bends.
  return { settlements: points + levels.length, points, ns: times.sort((a, b) => a - b)[7]! };
}
