/** Every case file under test/cases (the shared worked examples and our own) must pass exactly. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkCase, readCase } from '../../src/cases/case';
import { tables } from '../tiers';

const here = import.meta.dirname;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );

const all = files(here).map((f) => {
  const r = readCase(JSON.parse(readFileSync(f, 'utf8')));
  if (!r.ok) throw new Error(`${f}: ${r.reason}`);
  return r.case;
});

describe('case files', () => {
  it('include the shared worked examples', () => {
    expect(files(join(here, 'shared')).length).toBeGreaterThanOrEqual(8);
  });
  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(checkCase(tables, c)).toEqual([]);
  });
});
