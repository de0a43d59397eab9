import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadFile } from '../../src/tables/browser';
import { YearTableLoader } from '../../src/year/tables';

const root = resolve(import.meta.dirname, '../..');
const PATH = '/tiers/110000/employee/2010-05-01.json';
const FILE = { region: '110000', scheme: 'employee' as const, effective: '2010-05-01', path: PATH };
const read = () => JSON.parse(readFileSync(resolve(root, `.${PATH}`), 'utf8')) as unknown;

describe('the year’s tables', () => {
  it('a file the year page and the single-bill page both need is fetched and checked once', async () => {
    let fetches = 0;
    const loaders = { [PATH]: async () => (fetches++, read()) };
    const year = await new YearTableLoader(loaders).load([{ region: '110000', scheme: 'employee' }]);
    const page = await loadFile(loaders, FILE);
    expect(year.tables.map((t) => t.id)).toEqual(['110000-employee-2010-05-01']);
    expect(page.ok && page.table).toBe(year.tables[0]);
    expect(fetches).toBe(1);
  });

  it('a file that could not be fetched is fetched again next time', async () => {
    let fetches = 0;
    const loaders = { [PATH]: async () => (++fetches === 1 ? Promise.reject(new Error('offline')) : read()) };
    const first = await loadFile(loaders, FILE);
    expect(!first.ok && first.problems[0]!.message).toContain('could not be loaded');
    const second = await loadFile(loaders, FILE);
    expect(second.ok).toBe(true);
    expect(fetches).toBe(2);
  });
});
