/**
 * npm run bench
 * The engine figures of issue 8, each against its floor: compareLevels on one bill beside the same
 * arithmetic written directly with decimal.js (bench-reference.ts), timed in one process in
 * alternating rounds so both see the same machine; a year of 1,000 bills; and what one redraw of
 * the chart settles. Figures, not assertions: it always exits 0 (a shared machine's timings vary).
 */
import { join, resolve } from 'node:path';
import { compareLevels, settleYear, startState, type BillIn } from '../engine';
import { tableFor } from '../engine/table';
import { loadTablesFrom } from '../tables/node';
import { referenceFor } from './bench-reference';
import { BENCH_BILL, BENCH_PERSON } from './bench-input';
import { benchChart } from './bench-chart';

const tables = loadTablesFrom(join(resolve(import.meta.dirname, '../..'), 'tiers'));

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Nanoseconds per call of `run`, over a batch of `n` calls (one round). */
function perCall(run: () => unknown, n: number): number {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) run();
  return Number(process.hrtime.bigint() - t0) / n;
}

/** Medians over `rounds` rounds, the runs taking turns within each round so load hits them alike. */
function alternating(runs: readonly (() => unknown)[], rounds: number, batch: number): number[] {
  for (const run of runs) perCall(run, batch * 5); // warm-up: let the JIT settle
  const times = runs.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) runs.forEach((run, i) => times[i]!.push(perCall(run, batch)));
  return times.map(median);
}

/** Deterministic pseudo-random whole numbers (a linear congruential generator), so every run times the same bills. */
function numbers(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** Money from whole fen, never from a float. */
const money = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

// (a) One Beijing employee admission across every band, at every level, against the reference.
const state = startState(BENCH_PERSON);
const reference = referenceFor(tableFor(tables, BENCH_PERSON.region, BENCH_PERSON.scheme, BENCH_BILL.date), 'retired');
const [engineNs, referenceNs] = alternating(
  [() => compareLevels(tables, BENCH_PERSON, BENCH_BILL, state), () => reference(BENCH_BILL)],
  41,
  200,
) as [number, number];

// (b) 1,000 bills in one benefit year: mostly outpatient visits, some admissions, every level.
const LEVELS = ['community', 'primary', 'secondary', 'tertiary'] as const;
const next = numbers(20250101);
const bills: BillIn[] = Array.from({ length: 1000 }, () => {
  const inpatient = next(10) === 0;
  const total = inpatient ? 500_000 + next(8_000_000) : 2_000 + next(300_000);
  return {
    date: `2025-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`,
    setting: inpatient ? 'inpatient' : 'outpatient',
    level: LEVELS[next(4)]!,
    total: money(total),
    outOfCatalog: money(next(Math.floor(total / 10))),
  };
});
const [yearNs] = alternating([() => settleYear(tables, { person: BENCH_PERSON, bills })], 31, 1) as [number];

// (c) One redraw of the chart for the bill of (a): how many settlements, and how long in all.
const chart = benchChart(tables, { person: BENCH_PERSON, bill: BENCH_BILL });

const line = (what: string, value: string, floor: string, ok: boolean) =>
  console.log(`${what}: ${value}${floor ? ` (floor ${floor}) ${ok ? 'OK' : 'ABOVE FLOOR'}` : ''}`);
const ratio = engineNs / referenceNs;
line('(a) compareLevels, one bill at 4 levels, median', `${(engineNs / 1e3).toFixed(1)} µs`, '', true);
line('    the same arithmetic by hand in decimal.js, median', `${(referenceNs / 1e3).toFixed(1)} µs`, '', true);
line('    ratio', `${ratio.toFixed(2)}x`, '≤ 3x', ratio <= 3);
line('(b) a year of 1,000 bills (settleYear), median', `${(yearNs / 1e6).toFixed(2)} ms`, '≤ 20 ms', yearNs <= 20e6);
line(
  '(c) one chart redraw, 4 levels, median',
  `${chart.settlements} settlements in ${(chart.ns / 1e6).toFixed(2)} ms, the longest step (one level) ${(chart.longestStepNs / 1e6).toFixed(2)} ms`,
  '',
  true,
);
