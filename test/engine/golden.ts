/**
 * What golden.test.ts holds the engine to: whole results, as the engine gave them before issue 8's
 * work on its speed (commit 4cb4acc), reduced to plain JSON — every figure, step, warning and key in its order, reading
 * every getter — and kept as a SHA-256 digest, so the file holds the inputs and 64 characters
 * each. Citations count by path and grade (their sources are the tables').
 */
import { createHash } from 'node:crypto';
import type * as Engine from '../../src/engine';
import type { sampleChart } from '../../src/bill/chart/sample';
import type { TierTable } from '../../src/tables/schema';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function plain(v: unknown): Json {
  if (v === null || typeof v !== 'object') return v as Json;
  if (Array.isArray(v)) return v.map(plain);
  const o = v as Record<string, unknown>;
  if (typeof o.path === 'string' && 'source' in o && 'grade' in o) return `${o.path}|${String(o.grade)}`;
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)]));
}

const errorOf = (e: unknown): Json => {
  const x = e as { code?: string; field?: string; bill?: number };
  if (typeof x?.code !== 'string') throw e;
  return { code: x.code, field: x.field ?? null, bill: x.bill ?? null };
};

const attempt = (run: () => unknown): Json => {
  try {
    return plain(run());
  } catch (e) {
    return { error: errorOf(e) };
  }
};

export interface GoldenInput {
  person: Engine.PersonIn;
  bills: Engine.BillIn[];
}

/**
 * The year settled, its first bill at every level, and (with `chart`) the chart of its first
 * bill: one digest of all of it.
 */
export function digestOf(
  engine: Pick<typeof Engine, 'settleYear' | 'compareLevels' | 'startState'>,
  chart: typeof sampleChart,
  tables: readonly TierTable[],
  input: GoldenInput,
  withChart: boolean,
): string {
  const { person, bills } = input;
  const seen = {
    year: attempt(() => {
      const y = engine.settleYear(tables, { person, bills });
      return { bills: y.bills, totals: y.totals, warnings: y.warnings };
    }),
    levels: attempt(() => engine.compareLevels(tables, person, bills[0], engine.startState(person))),
    chart: withChart
      ? attempt(() => chart(tables, { person, bill: bills[0]! }, ['community', 'primary', 'secondary', 'tertiary']))
      : null,
  };
  return createHash('sha256').update(JSON.stringify(seen)).digest('hex');
}

/** The year `npm run bench` settles (src/cli/bench.ts, which runs as it loads): 1,000 bills from the same generator. */
export function benchYear(): GoldenInput {
  let s = 20250101 >>> 0;
  const next = (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
  const money = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  const levels = ['community', 'primary', 'secondary', 'tertiary'] as const;
  const bills = Array.from({ length: 1000 }, (): Engine.BillIn => {
    const inpatient = next(10) === 0;
    const total = inpatient ? 500_000 + next(8_000_000) : 2_000 + next(300_000);
    return {
      date: `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
      setting: inpatient ? 'inpatient' : 'outpatient',
      level: levels[next(4)]!,
      total: money(total),
      outOfCatalog: money(next(Math.floor(total / 10))),
    };
  });
  return {
    person: {
      region: '110000',
      scheme: 'employee',
      category: 'retired',
      age: 68,
      accounts: { own: '3000.00', family: ['5000.00'] },
    },
    bills,
  };
}
