/**
 * A rule set as a file: exported as a tier-table JSON file that validates against
 * tiers/tier.schema.json (so it can be contributed to tiers/ once its values cite their sources),
 * and imported back with every problem named by its JSON path. Pure: the page reads and saves
 * the files.
 */
import type { TableProblem } from '../tables/problems';
import type { TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import { adopt } from './user';
import { P } from './page-words';

/** Where a file in tiers/ points its editor for the schema; an exported file does the same. */
export const SCHEMA_REF = '../../tier.schema.json';
/** No table file comes near this; a bigger one is not read. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** The file for a table: named as tiers/ names it (`<effective>.json` in `<region>/<scheme>/`). */
export function exportFile(table: TierTable): { name: string; text: string } {
  const { $schema: _s, ...rest } = table;
  return {
    name: `${table.region || 'region'}-${table.scheme}-${table.effective}.json`,
    text: `${JSON.stringify({ $schema: SCHEMA_REF, ...rest }, null, 2)}\n`,
  };
}

export type Imported =
  { ok: true; table: TierTable } | { ok: false; reason: Msg } | { ok: false; problems: readonly TableProblem[] };

/**
 * Reads a file's text as a whole table, taken as the person's (its sources kept, its results
 * unverified). `check` is the table checker (src/tables/check.ts), passed in so it loads lazily.
 */
export function importFile(
  text: string,
  check: (json: unknown) => { ok: true; table: TierTable } | { ok: false; problems: TableProblem[] },
): Imported {
  if (text.length > MAX_FILE_BYTES) return { ok: false, reason: P.importTooBig };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: P.importNotJson };
  }
  if (json && typeof json === 'object' && 'extends' in json) return { ok: false, reason: P.importPatch };
  const r = check(json);
  if (!r.ok) return { ok: false, problems: r.problems };
  return { ok: true, table: adopt(r.table) };
}
