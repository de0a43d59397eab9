/**
 * The waiting period (待遇等待期, 国办发〔2024〕38号) for residents who enrolled outside the
 * enrolment window or after a break: a fixed part, plus a variable part per broken year that each
 * extra year paid shortens (never below zero). No fund pays for a bill inside it.
 */
import type { TierTable } from '../tables/schema';
import type { Person } from './input';

/** ISO date `months` after `start`, the day clamped to the month's end. */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The waiting period's length in months for this person, or 0 where none applies. */
export function waitingMonths(table: TierTable, person: Person): number {
  const e = person.enrolment;
  const w = table.waitingPeriod;
  if (!e || !w || person.scheme !== 'resident' || (e.inWindow && e.brokenYears === 0)) return 0;
  const variable = Math.max(0, e.brokenYears * w.perBrokenYearMonths.value - e.extraYears * w.perExtraYearMonths.value);
  return w.fixedMonths.value + variable;
}

/** The first day benefits are paid, if the bill's date falls before it; otherwise null. */
export function waitingPeriodEnd(table: TierTable, person: Person, date: string): string | null {
  const e = person.enrolment;
  if (!e) return null;
  const months = waitingMonths(table, person);
  const end = addMonths(e.start, months);
  return date < end ? end : null;
}
