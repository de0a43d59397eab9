/**
 * The tier tables at build time (a Vite plugin, used by vite.config.ts):
 * - `npm run build` fails on any table that does not validate, a file whose name is not its
 *   effective date, a duplicate period or a later period extending nothing, naming file and JSON path;
 * - the module `virtual:tier-regions` gives each region's name, so the page lists regions by name
 *   without fetching a table (the names are the tables' own `regionName`, written nowhere else).
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { describeProblems } from './collection';
import { readTables } from './node';

const ID = 'virtual:tier-regions';
const RESOLVED = `\0${ID}`;

export function tierTables(root: string): Plugin {
  const tiers = join(root, 'tiers');
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'tier-tables',
    configResolved(config) {
      command = config.command;
    },
    buildStart() {
      const { problems } = readTables(tiers);
      if (problems.length === 0) return;
      const text = `bad tier tables:\n${describeProblems(problems)}`;
      // The dev server keeps running (the page shows the problem too); a build never ships a bad table.
      if (command === 'build') this.error(text);
      else this.warn(text);
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const names: Record<string, { zh: string; en: string }> = {};
      for (const t of readTables(tiers).tables) names[t.region] ??= t.regionName;
      return `export default ${JSON.stringify(names)};`;
    },
  };
}
