/** (c) of `npm run bench`: one redraw of the single-bill chart, as the page asks for it. */
import type { EngineInput } from '../bill/input';
import { chartSteps } from '../bill/chart/sample';
import type { TierTable } from '../tables/schema';

const LEVELS = ['community', 'primary', 'secondary', 'tertiary'] as const;

/**
 * Median over redraws of the whole redraw and of its longest step (one level: what the page runs
 * in one idle moment), and how many settlements it made (every point drawn is one settlement).
 */
export function benchChart(
  tables: readonly TierTable[],
  input: EngineInput,
): { settlements: number; ns: number; longestStepNs: number } {
  const whole: number[] = [];
  const longest: number[] = [];
  let settlements = 0;
  for (let i = 0; i < 25; i++) {
    const steps = chartSteps(tables, input, LEVELS);
    let slowest = 0;
    let spent = 0;
    for (;;) {
      const t0 = process.hrtime.bigint();
      const step = steps.next();
      const ns = Number(process.hrtime.bigint() - t0);
      spent += ns;
      slowest = Math.max(slowest, ns);
      if (step.done) {
        settlements = step.value!.series.reduce((n, s) => n + s.points.length, 0);
        break;
      }
    }
    whole.push(spent);
    longest.push(slowest);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { settlements, ns: median(whole), longestStepNs: median(longest) };
}
