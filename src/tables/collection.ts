/**
 * Turns table files into tables: names checked against the contents, later periods that `extends`
 * an earlier one resolved, every table checked whole, duplicates refused. Every problem names the
 * file and the JSON path. Used alike by Node (tests, scripts), the build (which fails on any
 * problem) and the page, so a bad table is refused the same way everywhere.
 */
import { byIso } from '../input/date';
import { checkTable } from './check';
import { applyPatch } from './extend';
import { keyOfPath, type TableKey } from './files';
import { problemsOf, type TableProblem } from './problems';
import { TierPatch, TierTable } from './schema';

export interface TableFileJson {
  /** Where the file is, ending in tiers/<region>/<scheme>/<effective>.json. */
  path: string;
  json: unknown;
}

export interface FileProblem extends TableProblem {
  file: string;
}

export interface Collected {
  tables: TierTable[];
  problems: FileProblem[];
}

type Parsed = { file: string; key: TableKey } & ({ whole: TierTable } | { patch: TierPatch });

const NAME = 'tiers/<region code>/<employee|resident>/<effective date YYYY-MM-DD>.json';

function parse(f: TableFileJson, problems: FileProblem[]): Parsed | null {
  const bad = (path: string, message: string) => void problems.push({ file: f.path, path, message });
  const key = keyOfPath(f.path);
  if (!key) return (bad('$', `the file name must be ${NAME}`), null);
  if (!f.json || typeof f.json !== 'object' || Array.isArray(f.json)) return (bad('$', 'must be a JSON object'), null);
  const isPatch = 'extends' in f.json;
  const r = (isPatch ? TierPatch : TierTable).safeParse(f.json);
  if (!r.success) {
    for (const p of problemsOf(r.error)) bad(p.path, p.message);
    return null;
  }
  const t = r.data as Partial<TierTable>;
  for (const k of ['region', 'scheme', 'effective'] as const) {
    if (t[k] !== undefined && t[k] !== key[k]) bad(`$.${k}`, `the file name says ${key[k]}, the table says ${t[k]}`);
  }
  return isPatch
    ? { file: f.path, key, patch: r.data as TierPatch }
    : { file: f.path, key, whole: r.data as TierTable };
}

export function collectTables(files: readonly TableFileJson[]): Collected {
  const problems: FileProblem[] = [];
  const before = problems.length;
  const parsed = files.map((f) => parse(f, problems)).filter((p): p is Parsed => p !== null);
  const named = new Set(problems.slice(before).map((p) => p.file));
  const seen = new Map<string, string>();
  const tables: TierTable[] = [];
  const resolved = new Map<string, TierTable>();
  const keyOf = (k: TableKey, effective = k.effective) => `${k.region}/${k.scheme}/${effective}`;
  // Earliest first, so a patch's base is resolved before it.
  for (const p of [...parsed].sort((a, b) => byIso(a.key.effective, b.key.effective))) {
    if (named.has(p.file)) continue;
    const k = keyOf(p.key);
    const twin = seen.get(k);
    if (twin) {
      problems.push({ file: p.file, path: '$', message: `the same period as ${twin}` });
      continue;
    }
    seen.set(k, p.file);
    let json: unknown;
    if ('patch' in p) {
      const base = resolved.get(keyOf(p.key, p.patch.extends));
      if (p.patch.extends >= p.key.effective) {
        problems.push({ file: p.file, path: '$.extends', message: 'must be the effective date of an earlier table' });
        continue;
      }
      if (!base) {
        problems.push({
          file: p.file,
          path: '$.extends',
          message: `no usable table of ${p.key.region}/${p.key.scheme} in force from ${p.patch.extends}`,
        });
        continue;
      }
      json = applyPatch(base, p.patch);
    } else json = p.whole;
    const r = checkTable(json);
    if (!r.ok) {
      const where = 'patch' in p ? ' (in the table it makes with the one it extends)' : '';
      for (const q of r.problems) problems.push({ file: p.file, path: q.path, message: `${q.message}${where}` });
      continue;
    }
    // The product's own tables are cited; a person's table joins them only once it cites its sources.
    if (r.table.enteredBy) {
      problems.push({
        file: p.file,
        path: '$.enteredBy',
        message:
          'a table a person entered joins tiers/ only with its values cited: give each its real source, clause and grade, then remove enteredBy',
      });
      continue;
    }
    resolved.set(k, r.table);
    tables.push(r.table);
  }
  const order = (t: TierTable) => `${t.region}/${t.scheme}/${t.effective}`;
  tables.sort((a, b) => byIso(order(a), order(b)));
  return { tables, problems };
}

/** One line per problem: `file path: message`. */
export const describeProblems = (problems: readonly FileProblem[]): string =>
  problems.map((p) => `${p.file} ${p.path}: ${p.message}`).join('\n');
