/** ISO dates (YYYY-MM-DD): the only form dates travel in. Pure string work, no clock. */

/** A real calendar date (2025-02-30 is not), years 1900–2199. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Order of two ISO dates (or any ASCII keys): plain code-unit comparison. localeCompare gives the
 * same order for these strings but builds the browser's collator on first use (tens of ms on a phone).
 */
export const byIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** ISO date `months` after `start`, the day clamped to the month's end. */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}
