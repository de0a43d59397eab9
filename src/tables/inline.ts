/**
 * Tables given with an input rather than read from tiers/: a case file's or the command line's
 * `tables` (DOMAIN.md §5), used in addition to the built-in ones. Each is checked whole; the first
 * problem is reported at its JSON path from the input's root (`tables[0].settings.inpatient…`).
 */
import { checkTable } from './check';
import type { TableProblem } from './problems';
import type { TierTable } from './schema';

export type Inline = { ok: true; tables: TierTable[] } | { ok: false; field: string; problem: TableProblem };

/** `list`: the input's `tables`; `besides`: the tables already in use (an id may not be given twice). */
export function readInline(list: unknown, besides: readonly TierTable[], key = 'tables'): Inline {
  if (list === undefined) return { ok: true, tables: [] };
  const bad = (field: string, message: string): Inline => ({ ok: false, field, problem: { path: field, message } });
  if (!Array.isArray(list)) return bad(key, 'must be a list of tier tables');
  const ids = new Set(besides.map((t) => t.id));
  const tables: TierTable[] = [];
  for (const [i, json] of list.entries()) {
    const at = `${key}[${i}]`;
    const r = checkTable(json);
    if (!r.ok) {
      const p = r.problems[0]!;
      const field = `${at}${p.path.slice(1)}`;
      return { ok: false, field, problem: { ...p, path: field } };
    }
    if (ids.has(r.table.id)) return bad(`${at}.id`, `a table ${r.table.id} is already in use`);
    ids.add(r.table.id);
    tables.push(r.table);
  }
  return { ok: true, tables };
}
