import { settleBill, startState } from '../../src/engine';
import { chartSteps, sampleChart } from '../../src/bill/chart/sample';
import { niceAxis, niceStep } from '../../src/bill/chart/scale';
import type { EngineInput } from '../../src/bill/input';

import { tables } from '../tiers';
const LEVELS = ['community', 'primary', 'secondary', 'tertiary'] as const;
const input = (bill: Partial<EngineInput['bill']>, category = 'active'): EngineInput => ({
  person: { region: '110000', scheme: 'employee', category: category as 'active' },
  bill: { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '12000', ...bill },
});

describe('the chart’s samples', () => {
  it('every point is the engine’s out-of-pocket at that total, one series per level', () => {
    const inp = input({});
    const data = sampleChart(tables, inp, LEVELS)!;
    expect(data.series.map((s) => s.level)).toEqual([...LEVELS]);
    for (const s of data.series) {
      for (const p of s.points.filter((_, i) => i % 7 === 0)) {
        const r = settleBill(
          tables,
          inp.person,
          { ...inp.bill, level: s.level, total: p.total },
          startState(inp.person),
        ).result;
        expect(p.outOfPocket).toBe(r.outOfPocket);
      }
    }
    expect(data.current).toBe('12000.00');
    expect(data.max).toBe('30000.00');
  });

  it('samples exactly where the lines bend: deductible, band edges, the trigger point', () => {
    const data = sampleChart(tables, input({ total: '60000' }, 'retired'), ['tertiary'])!;
    const xs = data.series[0]!.points.map((p) => p.total);
    expect(xs).toEqual(expect.arrayContaining(['1300.00', '30000.00', '40000.00', '106477.32', '60000.00']));
    expect(xs).toEqual([...xs].sort((a, b) => Number(a) - Number(b)));
  });

  it('starts where the total first covers the other parts of the bill', () => {
    const data = sampleChart(tables, input({ total: '12000', outOfCatalog: '2000', classB: '500' }), ['tertiary'])!;
    const xs = data.series[0]!.points.map((p) => Number(p.total));
    expect(Math.min(...xs)).toBe(2500);
    expect(data.series[0]!.points.every((p) => p.outOfPocket !== null)).toBe(true);
  });

  it('settles a handful of totals per level, not a grid: the ends, the bends, the labelled totals, the bill', () => {
    const data = sampleChart(tables, input({ total: '60000' }, 'retired'), LEVELS)!;
    for (const s of data.series) expect(s.points.length).toBeLessThanOrEqual(16);
  });

  it('settles one level per step, so the page can give the main thread back in between', () => {
    const steps = chartSteps(tables, input({}), LEVELS);
    let yields = 0;
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        expect(step.value!.series).toHaveLength(LEVELS.length);
        break;
      }
      yields++;
    }
    expect(yields).toBe(LEVELS.length - 1);
  });

  it('nothing to draw for a zero bill', () => {
    expect(sampleChart(tables, input({ total: '0' }), LEVELS)).toBeNull();
  });
});

describe('axis arithmetic', () => {
  it('picks 1-2-5 steps and a round end', () => {
    expect(niceStep(30000, 5)).toBe(10000);
    expect(niceStep(12000, 5)).toBe(5000);
    expect(niceAxis(5600, 4)).toEqual({ end: 6000, ticks: [0, 2000, 4000, 6000] });
  });
});
