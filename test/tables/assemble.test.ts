import { readFileSync } from 'node:fs';
import { assembleChecked } from '../../src/tables/assemble';
import { collectTables, type TableFileJson } from '../../src/tables/collection';
import { tablePaths } from '../../src/tables/node';
import { TIERS } from '../tiers';

const files: TableFileJson[] = tablePaths(TIERS).map((path) => ({
  path,
  json: JSON.parse(readFileSync(path, 'utf8')),
}));

// A production build's page makes its own (build-checked) files into tables without zod: the
// tables must be the ones the checker makes, period by period, a patch laid over its base alike.
describe('the build’s own tables, assembled without checking again', () => {
  it('are the checker’s tables, for every file in tiers/', () => {
    const checked = collectTables(files);
    expect(checked.problems).toEqual([]);
    expect(assembleChecked(files).tables).toEqual(checked.tables);
  });

  it('are the checker’s tables one region and scheme at a time, as the page fetches them', () => {
    const pairs = new Set(files.map((f) => f.path.split('/').slice(-3, -1).join('/')));
    expect(pairs.size).toBeGreaterThan(3);
    for (const pair of pairs) {
      const some = files.filter((f) => f.path.includes(`/${pair}/`));
      expect(assembleChecked(some).tables).toEqual(collectTables(some).tables);
    }
  });
});
