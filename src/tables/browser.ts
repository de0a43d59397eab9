/**
 * Tables for the page, fetched on demand. Vite turns each `tiers/<region>/<scheme>/<effective>.json`
 * into its own chunk, so the first load carries only the list of paths; a table is fetched and
 * checked when a region and scheme are chosen. The checker (and zod with it) is loaded lazily too.
 */
import { NATIONAL_REGION, keyOfPath, type TableKey } from './files';
import type { TierTable } from './schema';
import type { TableProblem } from './check';

/** National rules (e.g. the resident waiting period), not a region a person can choose. */
export { NATIONAL_REGION as NATIONAL } from './files';

type Loader = () => Promise<unknown>;

export interface TableFile extends TableKey {
  path: string;
}

export type Loaded = { ok: true; table: TierTable } | { ok: false; path: string; problems: TableProblem[] };

/** Every table file that exists, from the paths alone (nothing fetched), national ones included. */
export function listFiles(loaders: Record<string, Loader>): TableFile[] {
  const out: TableFile[] = [];
  for (const path of Object.keys(loaders)) {
    const key = keyOfPath(path);
    if (key) out.push({ ...key, path });
  }
  // Plain code-unit order (the parts are ASCII digits and words): the first localeCompare builds
  // the browser's collator, a cost that fell in the page's first task.
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => cmp(a.region, b.region) || cmp(a.scheme, b.scheme) || cmp(a.effective, b.effective));
}

/** The regions a person can choose: every region with a table, less the national rules. */
export const selectableRegions = (files: readonly TableFile[]): string[] =>
  [...new Set(files.map((f) => f.region))].filter((r) => r !== NATIONAL_REGION);

/**
 * Checked files by loader and file: the year page and the single-bill page load the same tables on
 * a year link, and checking a table is one of the longest tasks at start, so each is checked once.
 * A file that could not be fetched is not kept, so a later call tries again.
 */
const checked = new WeakMap<Loader, Map<string, Promise<Loaded>>>();

/** Fetches and checks one file; a bad file comes back as problems (with the file), never as a throw. */
export function loadFile(loaders: Record<string, Loader>, file: TableFile): Promise<Loaded> {
  const loader = loaders[file.path];
  if (!loader)
    return Promise.resolve({ ok: false, path: file.path, problems: [{ path: '$', message: 'no such table file' }] });
  const key = `${file.path}|${file.region}/${file.scheme}/${file.effective}`;
  const byFile = checked.get(loader) ?? new Map<string, Promise<Loaded>>();
  checked.set(loader, byFile);
  let job = byFile.get(key);
  if (!job) {
    const forget = () => void byFile.delete(key);
    job = fetchAndCheck(loader, file, forget);
    job.catch(forget);
    byFile.set(key, job);
  }
  return job;
}

async function fetchAndCheck(loader: Loader, file: TableFile, forget: () => void): Promise<Loaded> {
  let json: unknown;
  try {
    json = await loader();
  } catch (e) {
    forget();
    return { ok: false, path: file.path, problems: [{ path: '$', message: `could not be loaded: ${String(e)}` }] };
  }
  const { checkTable } = await import('./check');
  const r = checkTable(json);
  if (!r.ok) return { ok: false, path: file.path, problems: r.problems };
  const t = r.table;
  if (t.region !== file.region || t.scheme !== file.scheme || t.effective !== file.effective) {
    return {
      ok: false,
      path: file.path,
      problems: [
        {
          path: '$',
          message: `the path says ${file.region}/${file.scheme}/${file.effective}, the table says ${t.region}/${t.scheme}/${t.effective}`,
        },
      ],
    };
  }
  return { ok: true, table: t };
}

/** The page's own table files (lazy: one chunk each). */
export const tierLoaders: Record<string, Loader> = import.meta.glob('/tiers/*/*/*.json', { import: 'default' });
