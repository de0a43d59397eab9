/**
 * npm run verify -- <file-or-folder>...
 * Reads case files, prints PASS/FAIL per case and `N passed, M failed`; exits non-zero on any
 * failure or unreadable case.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CaseFile, checkCase } from '../cases/case';
import { loadTablesFrom } from '../tables/node';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: npm run verify -- <case file or folder>...');
  process.exit(2);
}

const files = (p: string): string[] =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((n) => (n.endsWith('.json') || statSync(join(p, n)).isDirectory() ? files(join(p, n)) : []))
    : [p];

const tables = loadTablesFrom(join(root, 'tiers'));
let passed = 0;
let failed = 0;
for (const arg of args) {
  let list: string[];
  try {
    list = files(arg);
  } catch (e) {
    console.log(`FAIL ${arg}\n    cannot read: ${(e as Error).message}`);
    failed++;
    continue;
  }
  for (const file of list) {
    let c: CaseFile;
    try {
      c = CaseFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    } catch (e) {
      console.log(`FAIL ${file}\n    unreadable case: ${(e as Error).message.split('\n')[0]}`);
      failed++;
      continue;
    }
    const misses = checkCase(tables, c);
    if (misses.length === 0) {
      console.log(`PASS ${c.name}`);
      passed++;
    } else {
      console.log(`FAIL ${c.name}  (${file})`);
      for (const m of misses) console.log(`    ${m.where}.${m.key}: expected ${m.expected}, got ${m.got}`);
      failed++;
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
