/**
 * Which tables exist (from their paths) and which are loaded. A region and scheme's tables are
 * fetched together the first time they are needed (all periods, so the engine can pick the one in
 * force on the bill's date); a bad file turns the whole pair into an error with the file's problems.
 */
import { listFiles, loadFile, tierLoaders, type TableFile } from '../../tables/browser';
import type { SchemeName, TierTable } from '../../tables/schema';

export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

export type Entry = { status: 'loading' } | { status: 'ready'; tables: TierTable[] } | { status: 'error'; problems: FileProblem[] };

type Loaders = Parameters<typeof listFiles>[0];

export class TableStore {
  readonly files: readonly TableFile[];
  readonly regions: readonly string[];
  #loaders: Loaders;
  #entries: Readonly<Record<string, Entry>> = $state.raw({});

  constructor(loaders: Loaders = tierLoaders) {
    this.#loaders = loaders;
    this.files = listFiles(loaders);
    this.regions = [...new Set(this.files.map((f) => f.region))];
  }

  schemesOf(region: string): SchemeName[] {
    return [...new Set(this.files.filter((f) => f.region === region).map((f) => f.scheme))];
  }

  entry(region: string, scheme: string): Entry | undefined {
    return this.#entries[`${region}/${scheme}`];
  }

  /** Starts loading a region and scheme's tables unless already loaded or loading. */
  async ensure(region: string, scheme: string): Promise<Entry> {
    const key = `${region}/${scheme}`;
    const known = this.#entries[key];
    if (known && known.status !== 'loading') return known;
    if (known) return this.#pending.get(key)!;
    const job = this.#load(region, scheme);
    this.#pending.set(key, job);
    this.#set(key, { status: 'loading' });
    const entry = await job;
    this.#set(key, entry);
    this.#pending.delete(key);
    return entry;
  }

  #pending = new Map<string, Promise<Entry>>();

  #set(key: string, entry: Entry): void {
    this.#entries = { ...this.#entries, [key]: entry };
  }

  async #load(region: string, scheme: string): Promise<Entry> {
    const files = this.files.filter((f) => f.region === region && f.scheme === scheme);
    const loaded = await Promise.all(files.map((f) => loadFile(this.#loaders, f)));
    const problems: FileProblem[] = [];
    const tables: TierTable[] = [];
    for (const r of loaded) {
      if (r.ok) tables.push(r.table);
      else problems.push(...r.problems.map((p) => ({ file: r.path, ...p })));
    }
    return problems.length ? { status: 'error', problems } : { status: 'ready', tables };
  }
}
