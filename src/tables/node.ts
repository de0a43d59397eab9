/**
 * Loading every table from disk, for Node: tests, scripts and the build's check (the page loads
 * them on demand instead). A bad table throws one line per problem, with the file and JSON path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectTables, describeProblems, type Collected, type FileProblem, type TableFileJson } from './collection';
import type { TierTable } from './schema';

/** Every .json file in the folders under `root` (tier.schema.json, at the root, is not a table). */
export function tablePaths(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (dir !== root && e.name.endsWith('.json')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** Reads and collects the tables under `root`; files are named from the folder holding `root`. */
export function readTables(root: string): Collected {
  const problems: FileProblem[] = [];
  const files: TableFileJson[] = [];
  for (const file of tablePaths(root)) {
    const path = relative(join(root, '..'), file);
    try {
      files.push({ path, json: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (e) {
      problems.push({ file: path, path: '$', message: `is not valid JSON (${(e as Error).message})` });
    }
  }
  const collected = collectTables(files);
  return { tables: collected.tables, problems: [...problems, ...collected.problems] };
}

export function loadTablesFrom(root: string): TierTable[] {
  const { tables, problems } = readTables(root);
  if (problems.length) throw new Error(`bad tier tables:\n${describeProblems(problems)}`);
  return tables;
}
