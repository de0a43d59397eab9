/**
 * Checks a tier table beyond its shape: what zod cannot see in one field at a time. Each problem
 * names its JSON path, so a bad file fails loudly where it is wrong (STYLE.md §6).
 */
import { z } from 'zod';
import { EMPLOYEE_CATEGORIES, RESIDENT_CATEGORIES, TierTable, type Band } from './schema';

export interface TableProblem {
  path: string;
  message: string;
}

const path = (p: readonly PropertyKey[]): string =>
  p.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`), '$');

/** Every `source` reference anywhere in the table, with where it is. */
function sourceRefs(
  node: unknown,
  at: PropertyKey[] = [],
  out: [string, PropertyKey[]][] = [],
): [string, PropertyKey[]][] {
  if (Array.isArray(node)) node.forEach((v, i) => sourceRefs(v, [...at, i], out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'source' && typeof v === 'string') out.push([v, [...at, k]]);
      else if (k !== 'sources') sourceRefs(v, [...at, k], out);
    }
  }
  return out;
}

function checkBands(bands: readonly Band[], at: PropertyKey[], out: TableProblem[]) {
  let last = -1;
  bands.forEach((b, i) => {
    const isLast = i === bands.length - 1;
    if (isLast !== (b.upTo === null))
      out.push({ path: path([...at, i, 'upTo']), message: 'only the last band has upTo null' });
    if (b.upTo !== null) {
      const v = Number(b.upTo);
      if (v <= last) out.push({ path: path([...at, i, 'upTo']), message: 'band limits must rise' });
      last = v;
    }
  });
}

/** Parses and checks one table file's JSON. Returns the table or the list of problems. */
export function checkTable(json: unknown): { ok: true; table: TierTable } | { ok: false; problems: TableProblem[] } {
  const r = TierTable.safeParse(json);
  if (!r.success) {
    return {
      ok: false,
      problems: r.error.issues.map((i) => ({ path: path(i.path), message: z.prettifyError(new z.ZodError([i])) })),
    };
  }
  const t = r.data;
  const out: TableProblem[] = [];
  const ids = new Set(t.sources.map((s) => s.id));
  if (ids.size !== t.sources.length) out.push({ path: '$.sources', message: 'source ids must be unique' });
  for (const [id, at] of sourceRefs(t))
    if (!ids.has(id)) out.push({ path: path(at), message: `no source with id "${id}"` });

  const allowed: readonly string[] = t.scheme === 'employee' ? EMPLOYEE_CATEGORIES : RESIDENT_CATEGORIES;
  t.categories.forEach((c, i) => {
    if (!allowed.includes(c))
      out.push({ path: path(['categories', i]), message: `${c} is not a ${t.scheme} category` });
  });
  if (!t.id.startsWith(`${t.region}-${t.scheme}-${t.effective}`))
    out.push({ path: '$.id', message: 'id must be region-scheme-effective' });

  for (const s of ['inpatient', 'outpatient'] as const) {
    const rules = t.settings[s];
    if (rules && !('unknown' in rules.bands)) {
      rules.bands.schedules.forEach((sc, i) =>
        checkBands(sc.bands, ['settings', s, 'bands', 'schedules', i, 'bands'], out),
      );
    }
  }
  if (t.catastrophic && !('unknown' in t.catastrophic)) {
    t.catastrophic.variants.forEach((v, i) => checkBands(v.bands, ['catastrophic', 'variants', i, 'bands'], out));
  }
  return out.length ? { ok: false, problems: out } : { ok: true, table: t };
}
