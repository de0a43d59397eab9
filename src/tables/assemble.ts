/**
 * The page's own table files in a production build, made into tables without checking them again:
 * the build checked every one whole (vite-plugin.ts runs collection.ts and fails on any problem),
 * so here a later period is only laid over the one it extends. This keeps zod and the checker out
 * of the page until something unchecked arrives (a person's rules, a file they import).
 * Its tables equal collection.ts's for the same files (test/tables/assemble.test.ts).
 */
import { byIso } from '../input/date';
import type { Collected, TableFileJson } from './collection';
import { applyPatch } from './extend';
import { keyOfPath, type TableKey } from './files';
import type { TierPatch, TierTable } from './schema';

const keyOf = (k: TableKey, effective = k.effective) => `${k.region}/${k.scheme}/${effective}`;

export function assembleChecked(files: readonly TableFileJson[]): Collected {
  const keyed = files
    .map((f) => ({ key: keyOfPath(f.path), json: f.json as TierTable | TierPatch }))
    .filter((f): f is { key: TableKey; json: TierTable | TierPatch } => f.key !== null)
    .sort((a, b) => byIso(a.key.effective, b.key.effective));
  const resolved = new Map<string, TierTable>();
  for (const { key, json } of keyed) {
    const base = 'extends' in json ? resolved.get(keyOf(key, json.extends)) : undefined;
    const table = 'extends' in json ? base && (applyPatch(base, json) as TierTable) : json;
    if (table) resolved.set(keyOf(key), table);
  }
  const tables = [...resolved.values()];
  const order = (t: TierTable) => `${t.region}/${t.scheme}/${t.effective}`;
  tables.sort((a, b) => byIso(order(a), order(b)));
  return { tables, problems: [] };
}
