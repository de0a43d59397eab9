/**
 * Which table is in force — the one place that says it. A table stays in force from its effective
 * date until a later table of the same region and scheme replaces it; the engine, both pages and
 * the links all choose through these functions.
 */
import { byIso } from '../input/date';
import type { SchemeName, TierTable } from './schema';

/** Every period of one region and scheme, oldest first. */
export const periodsOf = (tables: readonly TierTable[], region: string, scheme: string): TierTable[] =>
  tables.filter((t) => t.region === region && t.scheme === scheme).sort((a, b) => byIso(a.effective, b.effective));

export type InForce =
  | { ok: true; table: TierTable }
  /** No table of this region and scheme at all. */
  | { ok: false; reason: 'no-table' }
  /** The date is before the first table's effective date. */
  | { ok: false; reason: 'before-first'; first: string };

/** The table in force on `date`: the latest of the region and scheme whose effective date is on or before it. */
export function inForce(tables: readonly TierTable[], region: string, scheme: string, date: string): InForce {
  const mine = periodsOf(tables, region, scheme);
  if (mine.length === 0) return { ok: false, reason: 'no-table' };
  const table = mine.filter((t) => t.effective <= date).at(-1);
  return table ? { ok: true, table } : { ok: false, reason: 'before-first', first: mine[0]!.effective };
}

/** The table whose levels and categories a form offers on `date`: the one in force, else the earliest. */
export function tableForOptions(
  tables: readonly TierTable[],
  region: string,
  scheme: SchemeName,
  date: string,
): TierTable | null {
  const r = inForce(tables, region, scheme, date);
  return r.ok ? r.table : (periodsOf(tables, region, scheme)[0] ?? null);
}

export type Pinned = { tables: readonly TierTable[]; missing: false } | { tables: readonly TierTable[]; missing: true };

/**
 * The tables as a link saw them: a link pins the latest effective date among the tables its
 * numbers came from, so it keeps its numbers when a newer table arrives. Periods of the person's
 * region and scheme newer than the pin are set aside. A pin no table has (`missing`) is not
 * guessed at: the tables in force are used and the page says so.
 */
export function asPinned(tables: readonly TierTable[], region: string, scheme: string, pinned: string): Pinned {
  if (!pinned) return { tables, missing: false };
  const mine = (t: TierTable) => t.region === region && t.scheme === scheme;
  if (!tables.some((t) => mine(t) && t.effective === pinned)) return { tables, missing: true };
  return { tables: tables.filter((t) => !mine(t) || t.effective <= pinned), missing: false };
}

/** Whether a newer period of the region and scheme exists than a link's pin (so the page can offer it). */
export const newerThanPin = (
  tables: readonly TierTable[],
  region: string,
  scheme: string,
  pinned: string,
): TierTable | null =>
  (pinned &&
    periodsOf(tables, region, scheme)
      .filter((t) => t.effective > pinned)
      .at(-1)) ||
  null;
