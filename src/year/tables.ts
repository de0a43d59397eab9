/**
 * Tables the year needs, fetched on demand through the page's loaders (src/tables/browser.ts):
 * every period of the person's region and scheme, the national tables (waiting period, premium
 * floors; the page's region list leaves them out) and premium relatives' regions. Loaded once each.
 */
import { keyOfPath } from '../tables/files';
import { loadFile, type TableFile } from '../tables/browser';
import type { TierTable } from '../tables/schema';

type Loaders = Record<string, () => Promise<unknown>>;

export interface TableKeyPair {
  region: string;
  scheme: 'employee' | 'resident';
}

export interface YearTables {
  tables: TierTable[];
  problems: string[];
}

export class YearTableLoader {
  #loaders: Loaders;
  #done = new Map<string, Promise<YearTables>>();

  constructor(loaders: Loaders) {
    this.#loaders = loaders;
  }

  #files(pair: TableKeyPair): TableFile[] {
    return Object.keys(this.#loaders).flatMap((path) => {
      const k = keyOfPath(path);
      return k && k.region === pair.region && k.scheme === pair.scheme ? [{ ...k, path }] : [];
    });
  }

  #one(pair: TableKeyPair): Promise<YearTables> {
    const key = `${pair.region}/${pair.scheme}`;
    let job = this.#done.get(key);
    if (!job) {
      job = Promise.all(this.#files(pair).map((f) => loadFile(this.#loaders, f))).then((all) => ({
        tables: all.flatMap((r) => (r.ok ? [r.table] : [])),
        problems: all.flatMap((r) => (r.ok ? [] : r.problems.map((p) => `${r.path} ${p.path}: ${p.message}`))),
      }));
      this.#done.set(key, job);
    }
    return job;
  }

  /** Every table of the given pairs (already-loaded pairs come from memory). Never rejects. */
  async load(pairs: readonly TableKeyPair[]): Promise<YearTables> {
    const parts = await Promise.all(
      pairs.map((p) => this.#one(p).catch((e: unknown) => ({ tables: [], problems: [String(e)] }))),
    );
    return { tables: parts.flatMap((p) => p.tables), problems: parts.flatMap((p) => p.problems) };
  }
}
