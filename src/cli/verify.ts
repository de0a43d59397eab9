/**
 * npm run verify -- <file-or-folder>...
 * Reads case files (folders: every .json file in them, recursively), prints PASS/FAIL per case and
 * `N passed, M failed`. It cannot pass empty-handed: nothing to check, a case that checks nothing,
 * an unknown key or anything unreadable is a failure. One unreadable file never stops its
 * neighbours from running. A bad tier table is reported one line per problem, file and JSON path.
 * Exit 0 only when every case passed; 1 on any failure; 2 for a usage error.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkCase, readCase } from '../cases/case';
import { readTables } from '../tables/node';
import type { TierTable } from '../tables/schema';

export interface Report {
  lines: string[];
  passed: number;
  failed: number;
}

type Found = { file: string } | { file: string; problem: string };

/** The case files a path names: the file itself, or every .json below a folder; what cannot be read says so. */
function caseFiles(path: string): Found[] {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch (e) {
    return [{ file: path, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` }];
  }
  if (!isDir) return [{ file: path }];
  let names: string[];
  try {
    names = readdirSync(path).sort();
  } catch (e) {
    return [{ file: path, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` }];
  }
  return names.flatMap((name) => {
    const p = join(path, name);
    let dir: boolean;
    try {
      dir = statSync(p).isDirectory();
    } catch (e) {
      // A dangling link or an unreadable entry: a failure of its own, and the rest still run.
      return name.endsWith('.json')
        ? [{ file: p, problem: `cannot be read (${(e as NodeJS.ErrnoException).code})` }]
        : [];
    }
    return dir ? caseFiles(p) : name.endsWith('.json') ? [{ file: p }] : [];
  });
}

export function verify(paths: readonly string[], tables: readonly TierTable[]): Report {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  const fail = (head: string, ...detail: string[]) => {
    lines.push(`FAIL ${head}`, ...detail.map((d) => `    ${d}`));
    failed++;
  };
  for (const arg of paths) {
    const found = caseFiles(arg);
    if (found.length === 0) fail(arg, 'no case files (.json) here: nothing was checked');
    for (const f of found) {
      if ('problem' in f) {
        fail(f.file, f.problem);
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(readFileSync(f.file, 'utf8'));
      } catch (e) {
        fail(f.file, `unreadable case: not JSON (${(e as Error).message.split('\n')[0]})`);
        continue;
      }
      const read = readCase(json);
      if (!read.ok) {
        fail(f.file, read.reason);
        continue;
      }
      const misses = checkCase(tables, read.case);
      if (misses.length === 0) {
        lines.push(`PASS ${read.case.name}`);
        passed++;
      } else
        fail(
          `${read.case.name}  (${f.file})`,
          ...misses.map((m) => `${m.where}.${m.key}: expected ${m.expected}, got ${m.got}`),
        );
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed };
}

/** The whole run over the tables in `tiers`: its lines and exit code (0 only when every case passed). */
export function run(tiers: string, paths: readonly string[]): { lines: string[]; code: number } {
  const { tables, problems } = readTables(tiers);
  if (problems.length) {
    const lines = problems.map((p) => `FAIL table ${p.file} ${p.path}: ${p.message}`);
    return { lines: [...lines, `0 passed, ${problems.length} failed`], code: 1 };
  }
  const report = verify(paths, tables);
  return { lines: report.lines, code: report.failed > 0 || report.passed === 0 ? 1 : 0 };
}

function main(): number {
  const args = process.argv.slice(2);
  if (args.length === 0) {
    console.error('usage: npm run verify -- <case file or folder>...');
    return 2;
  }
  const { lines, code } = run(resolve(import.meta.dirname, '../../tiers'), args);
  for (const line of lines) console.log(line);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
