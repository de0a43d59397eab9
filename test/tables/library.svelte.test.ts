/**
 * The one table library both pages use (src/tables/library.svelte.ts, src/tables/browser.ts):
 * files listed from their paths alone, each fetched once, any bad one refused with its file and
 * JSON path — and shown alike on both pages.
 */
import { render, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { listFiles, tierLoaders } from '../../src/tables/browser';
import { TableLibrary } from '../../src/tables/library.svelte';
import YearApp from '../../src/year/YearApp.svelte';
import { closePages, openPage } from '../bill/harness';
import { memoryStore } from '../device/memory';
import { TIERS } from '../tiers';

const json = (rel: string) => JSON.parse(readFileSync(resolve(TIERS, rel), 'utf8'));
/** The page's loaders, reading the files from disk (jsdom fetches nothing), counting each fetch. */
function diskLoaders(change: Record<string, unknown> = {}) {
  const fetched: string[] = [];
  const loaders = Object.fromEntries(
    Object.keys(tierLoaders).map((path) => [
      path,
      async () => {
        fetched.push(path);
        return path in change ? change[path] : json(path.replace('/tiers/', ''));
      },
    ]),
  );
  return { loaders, fetched };
}

afterEach(closePages);

describe('the table library', () => {
  it('lists every table file from its path, without loading any, and offers no national region', () => {
    const { loaders, fetched } = diskLoaders();
    const files = listFiles(loaders);
    expect(files.map((f) => `${f.region}/${f.scheme}/${f.effective}`)).toContain('110000/employee/2010-05-01');
    const library = new TableLibrary(loaders);
    expect(library.regions).not.toContain('100000');
    expect(library.regions).toEqual(expect.arrayContaining(['110000', '120000', '370000']));
    expect(library.schemesOf('110000')).toEqual(['employee', 'resident']);
    expect(fetched).toEqual([]);
  });

  it('loads a region and scheme with the national tables, each file fetched once however often asked', async () => {
    const { loaders, fetched } = diskLoaders();
    const library = new TableLibrary(loaders);
    const [a, b] = await Promise.all([library.ensure('110000', 'resident'), library.ensure('110000', 'resident')]);
    expect(a).toBe(b);
    expect(a.status === 'ready' && a.tables.map((t) => t.id)).toEqual([
      '110000-resident-2018-01-01',
      '110000-resident-2019-01-01',
    ]);
    expect(a.status === 'ready' && a.national.map((t) => t.id)).toEqual([
      '100000-resident-2022-07-26',
      '100000-resident-2024-01-01',
      '100000-resident-2025-01-01',
    ]);
    await library.ensureAll([
      { region: '110000', scheme: 'resident' },
      { region: '440100', scheme: 'resident' },
    ]);
    expect(fetched.filter((p) => p.includes('/100000/'))).toHaveLength(3);
  });

  it('refuses a bad file with its file and JSON path, and a file named otherwise than its date', async () => {
    const bad = json('110000/employee/2010-05-01.json');
    bad.settings.inpatient.cap.value = 'lots';
    const { loaders } = diskLoaders({ '/tiers/110000/employee/2010-05-01.json': bad });
    const e = await new TableLibrary(loaders).ensure('110000', 'employee');
    expect(e.status === 'error' && e.problems).toEqual([
      {
        file: '/tiers/110000/employee/2010-05-01.json',
        path: '$.settings.inpatient.cap.value',
        message: expect.any(String),
      },
    ]);
    const misnamed = {
      ...diskLoaders().loaders,
      '/tiers/110000/employee/2024-1-1.json': async () => json('110000/employee/2010-05-01.json'),
    };
    const m = await new TableLibrary(misnamed).ensure('110000', 'employee');
    expect(m.status === 'error' && m.problems.map((p) => p.file)).toEqual(['/tiers/110000/employee/2024-1-1.json']);
  });

  it('refuses a table whose path disagrees with its content', async () => {
    const { loaders } = diskLoaders({
      '/tiers/120000/resident/2014-07-01.json': json('110000/employee/2010-05-01.json'),
    });
    const e = await new TableLibrary(loaders).ensure('120000', 'resident');
    expect(e.status === 'error' && e.problems.map((p) => p.message).join(' ')).toContain('the file name says 120000');
  });
});

describe('a bad table, on both pages', () => {
  const broken = () => {
    const bad = json('110000/resident/2019-01-01.json');
    bad.catastrophic.variants[0].bands[0].ratio = '1.5';
    return diskLoaders({ '/tiers/110000/resident/2019-01-01.json': bad }).loaders;
  };

  it('the single-bill page shows it as a clear message, and the form stays usable', async () => {
    const { user } = await openPage('?v=1&s=r&c=e&tt=100&d=2025-03-01', { loaders: broken() });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('规则表有误，无法计算');
    expect(alert).toHaveTextContent('/tiers/110000/resident/2019-01-01.json');
    expect(alert).toHaveTextContent('$.catastrophic.variants[0].bands[0].ratio');
    await user.type(screen.getByLabelText('医疗费总额'), '0');
    expect(screen.getByLabelText('医疗费总额')).toHaveValue('1000');
    expect(screen.queryByRole('row', { name: /^统筹基金/ })).toBeNull();
  });

  it('the year page refuses it the same way, instead of settling 2025 bills under the 2018 table', async () => {
    const device = new DeviceStorage(memoryStore());
    render(YearApp, {
      props: {
        lang: 'zh',
        device,
        library: new TableLibrary(broken()),
        location: { search: '?y=1&s=r&c=e&b=20250301_it_12000_0_0_0_3000', hash: '' },
        today: '2025-06-01',
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('规则表有误，无法计算');
    expect(alert).toHaveTextContent('$.catastrophic.variants[0].bands[0].ratio');
    expect(document.querySelector('td[data-key="catastrophic"]')).toBeNull();
  });
});
