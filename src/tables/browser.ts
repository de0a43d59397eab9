/**
 * Table files for the page, fetched on demand. Vite turns each `tiers/<region>/<scheme>/<effective>.json`
 * into its own chunk, so the first load carries only the list of paths; a file is fetched the first
 * time a region and scheme needs it, and fetched once however many pages ask.
 */
import type { FileProblem, TableFileJson } from './collection';
import { keyOfPath, type TableKey } from './files';

type Loader = () => Promise<unknown>;
export type Loaders = Readonly<Record<string, Loader>>;

export interface TableFile extends TableKey {
  path: string;
}

/** Every table file that exists, from the paths alone (nothing fetched), national ones included. */
export function listFiles(loaders: Loaders): TableFile[] {
  const out: TableFile[] = [];
  for (const path of Object.keys(loaders)) {
    const key = keyOfPath(path);
    if (key) out.push({ ...key, path });
  }
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return out.sort((a, b) => cmp(a.region, b.region) || cmp(a.scheme, b.scheme) || cmp(a.effective, b.effective));
}

/** Files in a region's folder whose name is not an effective date (`2024-1-1.json`): never silently ignored. */
export const misnamedIn = (loaders: Loaders, region: string, scheme: string): string[] =>
  Object.keys(loaders).filter((p) => p.includes(`/tiers/${region}/${scheme}/`) && !keyOfPath(p));

const fetched = new WeakMap<Loaders, Map<string, Promise<unknown>>>();

/**
 * Fetches files (each once per set of loaders; a failed fetch is forgotten, so a later call tries
 * again). Never rejects: a file that cannot be fetched comes back as a problem.
 */
export async function fetchFiles(
  loaders: Loaders,
  paths: readonly string[],
): Promise<{ files: TableFileJson[]; problems: FileProblem[] }> {
  const byPath = fetched.get(loaders) ?? new Map<string, Promise<unknown>>();
  fetched.set(loaders, byPath);
  const files: TableFileJson[] = [];
  const problems: FileProblem[] = [];
  await Promise.all(
    paths.map(async (path) => {
      const loader = loaders[path];
      if (!loader) return void problems.push({ file: path, path: '$', message: 'no such table file' });
      let job = byPath.get(path);
      if (!job) byPath.set(path, (job = loader()));
      try {
        files.push({ path, json: await job });
      } catch (e) {
        byPath.delete(path);
        problems.push({ file: path, path: '$', message: `could not be loaded: ${String(e)}` });
      }
    }),
  );
  return { files, problems };
}

/** The page's own table files (lazy: one chunk each). */
export const tierLoaders: Loaders = import.meta.glob('/tiers/*/*/*.json', { import: 'default' });
