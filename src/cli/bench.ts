/**
 * npm run bench
 * Median time, after warm-up, to (a) settle one bill at every hospital level (the comparison the
 * page redraws as the user types) and (b) settle a year of 1,000 bills. Prints one line per figure
 * with its floor; the floors are what keeps the page responsive, not assertions: it always exits 0.
 */
import { join, resolve } from 'node:path';
import { compareLevels, settleYear, startState, type BillIn, type PersonIn } from '../engine';
import { loadTablesFrom } from '../tables/node';

const tables = loadTablesFrom(join(resolve(import.meta.dirname, '../..'), 'tiers'));

/** Median of `reps` timed runs of `run` in nanoseconds, after `warm` untimed runs (so the JIT has settled). */
function medianNs(run: () => unknown, warm: number, reps: number): number {
  for (let i = 0; i < warm; i++) run();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - t0));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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

const person: PersonIn = {
  region: '110000',
  scheme: 'employee',
  category: 'retired',
  age: 68,
  accounts: { own: '3000.00', family: ['5000.00'] },
};

// (a) One Beijing employee admission large enough to cross every band, compared at every level.
const bill: BillIn = {
  date: '2025-03-01',
  setting: 'inpatient',
  level: 'tertiary',
  total: '48000.00',
  outOfCatalog: '2100.50',
  overLimit: '300.00',
  classB: '0',
};
const state = startState(person);
const oneBill = medianNs(() => compareLevels(tables, person, bill, state), 500, 5000);

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
const year = medianNs(() => settleYear(tables, { person, bills }), 5, 31);

const line = (what: string, value: string, floor: string, ok: boolean) =>
  console.log(`${what}: ${value} (floor ${floor}) ${ok ? 'OK' : 'ABOVE FLOOR'}`);
line(
  '(a) one bill compared at every level (compareLevels, 4 levels), median',
  `${(oneBill / 1e3).toFixed(1)} µs`,
  '< 200 µs',
  oneBill < 200e3,
);
line(
  '(b) a year of 1,000 bills (settleYear, Beijing employee), median',
  `${(year / 1e6).toFixed(2)} ms`,
  '< 100 ms',
  year < 100e6,
);
