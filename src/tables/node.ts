/**
 * Loading every table from disk, for Node scripts and tests (the page loads them on demand instead).
 * A bad table throws with its file and JSON path: data fails loudly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkTable } from './check';
import { keyOfPath } from './files';
import type { TierTable } from './schema';

export function tablePaths(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (keyOfPath(relative(join(root, '..'), p))) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

export function loadTablesFrom(root: string): TierTable[] {
  return tablePaths(root).map((file) => {
    const r = checkTable(JSON.parse(readFileSync(file, 'utf8')));
    if (!r.ok) throw new Error(`${file}:\n${r.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    const key = keyOfPath(relative(join(root, '..'), file))!;
    if (key.region !== r.table.region || key.scheme !== r.table.scheme || key.effective !== r.table.effective) {
      throw new Error(
        `${file}: path says ${key.region}/${key.scheme}/${key.effective}, the table says ${r.table.region}/${r.table.scheme}/${r.table.effective}`,
      );
    }
    return r.table;
  });
}
