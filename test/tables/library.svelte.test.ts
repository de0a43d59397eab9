// Tests src/tables/browser.ts (kept under test/ui/, which this page's work owns) and the page's
// handling of a malformed table.
import { screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { listFiles, loadFile, selectableRegions, tierLoaders } from '../../src/tables/browser';
import { TableStore } from '../../src/tables/library.svelte';
import { closePages, openPage } from '../bill/harness';

const json = (rel: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../tiers', rel), 'utf8'));

afterEach(closePages);

describe('tables in the browser', () => {
  it('lists every table file from its path, without loading any, and offers no national region', () => {
    let loads = 0;
    const loaders = Object.fromEntries(Object.keys(tierLoaders).map((p) => [p, async () => (loads++, null)]));
    const files = listFiles(loaders);
    expect(files.map((f) => `${f.region}/${f.scheme}/${f.effective}`)).toContain('110000/employee/2010-05-01');
    expect(files.some((f) => f.region === '100000')).toBe(true);
    expect(selectableRegions(files)).not.toContain('100000');
    expect(selectableRegions(files)).toEqual(expect.arrayContaining(['110000', '120000', '370000']));
    expect(loads).toBe(0);
  });

  it('loads a table through its own lazy loader and checks it', async () => {
    const file = listFiles(tierLoaders).find((f) => f.region === '110000' && f.scheme === 'employee')!;
    const r = await loadFile(tierLoaders, file);
    expect(r.ok && r.table.id).toBe('110000-employee-2010-05-01');
  });

  it('a malformed table comes back as problems with JSON paths, never as a throw', async () => {
    const bad = json('110000/employee/2010-05-01.json');
    bad.settings.inpatient.cap.value = 'lots';
    const path = '/tiers/110000/employee/2010-05-01.json';
    const r = await loadFile(
      { [path]: async () => bad },
      { region: '110000', scheme: 'employee', effective: '2010-05-01', path },
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain('$.settings.inpatient.cap.value');
  });

  it('a table whose path disagrees with its content is refused', async () => {
    const path = '/tiers/120000/resident/2014-07-01.json';
    const r = await loadFile(
      { [path]: async () => json('110000/employee/2010-05-01.json') },
      { region: '120000', scheme: 'resident', effective: '2014-07-01', path },
    );
    expect(!r.ok && r.problems[0]!.message).toContain('the path says 120000/resident/2014-07-01');
  });

  it('the page shows a malformed table as a clear message, and the form stays usable', async () => {
    const bad = json('110000/employee/2010-05-01.json');
    bad.settings.inpatient.bands = 'none';
    const loaders = { '/tiers/110000/employee/2010-05-01.json': async () => bad };
    const { user } = await openPage('', { tables: new TableStore(loaders) });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('规则表有误，无法计算');
    expect(alert).toHaveTextContent('/tiers/110000/employee/2010-05-01.json');
    expect(alert).toHaveTextContent('$.settings.inpatient.bands');
    await user.type(screen.getByLabelText('医疗费总额'), '12000');
    expect(screen.getByLabelText('医疗费总额')).toHaveValue('12000');
    expect(screen.queryByRole('row', { name: /^统筹基金/ })).toBeNull();
  });
});
