/**
 * Which tables exist (from their paths) and which are loaded. A region and scheme's tables are
 * fetched together the first time they are needed (all periods, so the engine can pick the one in
 * force on the bill's date), with the national tables of the scheme (the engine reads national
 * rules such as the resident waiting period from them); a bad file turns the whole pair into an
 * error with the file's problems.
 */
import { NATIONAL, listFiles, loadFile, selectableRegions, tierLoaders, type TableFile } from './browser';
import type { SchemeName, TierTable } from './schema';

export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

export type Entry =
  | { status: 'loading' }
  /** `tables`: the region's own, every period; `national`: the scheme's national tables. */
  | { status: 'ready'; tables: TierTable[]; national: TierTable[] }
  | { status: 'error'; problems: FileProblem[] };

type Loaders = Parameters<typeof listFiles>[0];

export class TableStore {
  readonly files: readonly TableFile[];
  readonly regions: readonly string[];
  #loaders: Loaders;
  #entries: Readonly<Record<string, Entry>> = $state.raw({});

  constructor(loaders: Loaders = tierLoaders) {
    this.#loaders = loaders;
    this.files = listFiles(loaders);
    this.regions = selectableRegions(this.files);
  }

  schemesOf(region: string): SchemeName[] {
    if (region === NATIONAL) return [];
    const schemes = this.files.filter((f) => f.region === region).map((f) => f.scheme);
    return schemes.filter((s, i) => schemes.indexOf(s) === i);
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

  // Jobs in flight, not state anything renders: a plain Map.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #pending = new Map<string, Promise<Entry>>();

  #set(key: string, entry: Entry): void {
    this.#entries = { ...this.#entries, [key]: entry };
  }

  async #load(region: string, scheme: string): Promise<Entry> {
    const files = this.files.filter((f) => (f.region === region || f.region === NATIONAL) && f.scheme === scheme);
    const loaded = await Promise.all(files.map((f) => loadFile(this.#loaders, f)));
    const problems: FileProblem[] = [];
    const tables: TierTable[] = [];
    const national: TierTable[] = [];
    for (const r of loaded) {
      if (!r.ok) problems.push(...r.problems.map((p) => ({ file: r.path, ...p })));
      else (r.table.region === NATIONAL && region !== NATIONAL ? national : tables).push(r.table);
    }
    return problems.length ? { status: 'error', problems } : { status: 'ready', tables, national };
  }
}
