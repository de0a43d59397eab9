/**
 * The tables both pages settle with, from one place: which exist (from their paths), which are
 * loaded, and which are refused. A region and scheme's files are fetched together the first time
 * they are needed (every period, so the engine picks the one in force on each bill's date, and a
 * later period can extend an earlier one), with the national files of the scheme (national rules,
 * such as the resident waiting period). Any bad file turns the pair into an error naming the file
 * and JSON path: the single-bill page and the year page refuse alike.
 */
import { NATIONAL_REGION } from './files';
import { fetchFiles, listFiles, misnamedIn, tierLoaders, type Loaders, type TableFile } from './browser';
import type { FileProblem } from './collection';
import type { SchemeName, TierTable } from './schema';

export type Entry =
  | { status: 'loading' }
  /** `tables`: the region's own, every period; `national`: the scheme's national tables. */
  | { status: 'ready'; tables: TierTable[]; national: TierTable[] }
  | { status: 'error'; problems: FileProblem[] };

export interface Pair {
  region: string;
  scheme: SchemeName;
}

const pairKey = (region: string, scheme: string) => `${region}/${scheme}`;

export class TableLibrary {
  readonly files: readonly TableFile[];
  /** The regions a person can choose: every region with a table, less the national rules. */
  readonly regions: readonly string[];
  #loaders: Loaders;
  #entries: Readonly<Record<string, Entry>> = $state.raw({});
  #jobs: Record<string, Promise<Entry>> = {};

  /** The files are the build's own, each checked when the page was built: they are not checked again. */
  #checkedAtBuild: boolean;

  constructor(loaders: Loaders = tierLoaders) {
    this.#loaders = loaders;
    this.#checkedAtBuild = loaders === tierLoaders && import.meta.env.PROD;
    this.files = listFiles(loaders);
    const regions = this.files.map((f) => f.region).filter((r) => r !== NATIONAL_REGION);
    this.regions = regions.filter((r, i) => regions.indexOf(r) === i);
  }

  schemesOf(region: string): SchemeName[] {
    if (region === NATIONAL_REGION) return [];
    const schemes = this.files.filter((f) => f.region === region).map((f) => f.scheme);
    return schemes.filter((s, i) => schemes.indexOf(s) === i);
  }

  entry(region: string, scheme: string): Entry | undefined {
    return this.#entries[pairKey(region, scheme)];
  }

  /** Loads a region and scheme's tables unless already loaded or loading. Never rejects. */
  ensure(region: string, scheme: SchemeName): Promise<Entry> {
    const key = pairKey(region, scheme);
    this.#jobs[key] ??= this.#load(region, scheme).then((entry) => {
      this.#entries = { ...this.#entries, [key]: entry };
      // A pair that could not be fetched may be asked again (the network may be back).
      if (entry.status === 'error' && entry.problems.some((p) => p.message.startsWith('could not be loaded'))) {
        delete this.#jobs[key];
      }
      return entry;
    });
    if (!this.#entries[key]) this.#entries = { ...this.#entries, [key]: { status: 'loading' } };
    return this.#jobs[key];
  }

  /** Several pairs at once (the year needs its person's and each premium relative's): all tables, or all problems. */
  async ensureAll(pairs: readonly Pair[]): Promise<{ tables: TierTable[]; problems: FileProblem[] }> {
    const entries = await Promise.all(pairs.map((p) => this.ensure(p.region, p.scheme)));
    const tables: TierTable[] = [];
    const problems: FileProblem[] = [];
    for (const e of entries) {
      if (e.status === 'ready') for (const t of [...e.tables, ...e.national]) if (!tables.includes(t)) tables.push(t);
      if (e.status === 'error') problems.push(...e.problems);
    }
    return { tables, problems };
  }

  async #load(region: string, scheme: SchemeName): Promise<Entry> {
    const mine = (r: string) => this.files.filter((f) => f.region === r && f.scheme === scheme).map((f) => f.path);
    const paths = region === NATIONAL_REGION ? mine(region) : [...mine(region), ...mine(NATIONAL_REGION)];
    const misnamed: FileProblem[] = misnamedIn(this.#loaders, region, scheme).map((file) => ({
      file,
      path: '$',
      message: 'the file name must be the effective date, YYYY-MM-DD.json',
    }));
    const fetched = await fetchFiles(this.#loaders, paths);
    try {
      // The checker (and zod with it) loads only now, after the first paint, and not at all for a
      // production build's own files (assemble.ts).
      const collected = this.#checkedAtBuild
        ? (await import('./assemble')).assembleChecked(fetched.files)
        : (await import('./collection')).collectTables(fetched.files);
      const problems = [...misnamed, ...fetched.problems, ...collected.problems];
      if (problems.length) return { status: 'error', problems };
      const own = collected.tables.filter((t) => t.region !== NATIONAL_REGION || region === NATIONAL_REGION);
      const national = collected.tables.filter((t) => t.region === NATIONAL_REGION && region !== NATIONAL_REGION);
      return { status: 'ready', tables: own, national };
    } catch (e) {
      return {
        status: 'error',
        problems: [{ file: '', path: '$', message: `the tables could not be checked: ${String(e)}` }],
      };
    }
  }
}
