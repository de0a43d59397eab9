/**
 * The chart never settles on the keystroke path: its points come a level per idle moment, and a
 * newer input drops the drawing under way (nothing more of it is settled). A new drawing changes
 * the one on screen in place rather than building its ticks and rows anew.
 */
import { render, screen } from '@testing-library/svelte';
import Chart from '../../src/bill/Chart.svelte';
import * as engine from '../../src/bill/engine-impl';
import type { ChartRequest } from '../../src/bill/outcome';
import { tables } from '../tiers';

const request = (total: string): ChartRequest => ({
  tables,
  input: {
    person: { region: '110000', scheme: 'employee', category: 'active' },
    bill: { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total },
  },
  levels: ['community', 'primary', 'secondary', 'tertiary'],
});

/** The real engine, counting the levels it settles for each total. */
function counting() {
  const settled: string[] = [];
  const spy: typeof engine = {
    ...engine,
    chartLevels: function* (t, input, levels) {
      const steps = engine.chartLevels(t, input, levels);
      for (let next = steps.next(); ; next = steps.next()) {
        settled.push(input.bill.total);
        if (next.done) return next.value;
        yield;
      }
    },
  };
  return { spy, settled };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the chart and typing', () => {
  it('settles nothing while the input changes, then a level per idle moment', async () => {
    const { spy, settled } = counting();
    const { rerender } = render(Chart, { request: request('12000'), engine: spy, chosen: 'tertiary', lang: 'zh' });
    expect(settled).toEqual([]);
    await rerender({ request: request('120000') });
    expect(settled).toEqual([]);
    await tick();
    expect(settled).toEqual(['120000']);
    expect(screen.queryByRole('img')).toBeNull();
    for (let i = 0; i < 4; i++) await tick();
    expect(settled).toEqual(['120000', '120000', '120000', '120000']);
    expect(await screen.findByRole('img', { name: /^费用越高/ })).toBeInTheDocument();
  });

  it('a newer input drops the drawing under way', async () => {
    const { spy, settled } = counting();
    const { rerender } = render(Chart, { request: request('12000'), engine: spy, chosen: 'tertiary', lang: 'zh' });
    await tick();
    await tick();
    expect(settled).toEqual(['12000', '12000']);
    await rerender({ request: request('13000') });
    for (let i = 0; i < 6; i++) await tick();
    expect(settled).toEqual(['12000', '12000', '13000', '13000', '13000', '13000']);
  });

  it('redraws in place: the ticks and the rows of the text version are the same elements, with new values', async () => {
    const { container, rerender } = render(Chart, {
      request: request('12000'),
      engine,
      chosen: 'tertiary',
      lang: 'zh',
    });
    await screen.findByRole('img', { name: /^费用越高/ });
    const ticks = () => [...container.querySelectorAll('svg .grid text')];
    const rows = () => [...container.querySelectorAll('tbody tr')];
    const [oldTicks, oldRows] = [ticks(), rows()];
    const before = { tick: ticks().map((t) => t.textContent), row: rows().map((r) => r.textContent) };
    await rerender({ request: request('480000') });
    for (let i = 0; i < 6; i++) await tick();
    expect(ticks().map((t) => t.textContent)).not.toEqual(before.tick);
    expect(rows().map((r) => r.textContent)).not.toEqual(before.row);
    const kept = (now: Element[], old: Element[]) => now.filter((el, i) => el === old[i]).length;
    expect(kept(ticks(), oldTicks)).toBe(Math.min(ticks().length, oldTicks.length));
    expect(kept(rows(), oldRows)).toBe(Math.min(rows().length, oldRows.length));
  });
});
