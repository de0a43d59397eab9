/** Every case file under test/cases (the shared worked examples and our own) must pass exactly. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CaseFile, checkCase } from '../../src/cases/case';
import { loadTablesFrom } from '../../src/tables/node';

const here = import.meta.dirname;
const tables = loadTablesFrom(resolve(here, '../../tiers'));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );

const all = files(here).map((f) => CaseFile.parse(JSON.parse(readFileSync(f, 'utf8'))));

describe('case files', () => {
  it('include the shared worked examples', () => {
    expect(files(join(here, 'shared')).length).toBeGreaterThanOrEqual(8);
  });
  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(checkCase(tables, c)).toEqual([]);
  });
});
