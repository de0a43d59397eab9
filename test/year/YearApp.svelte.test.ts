/**
 * The year page as the app loads it: nothing of the year is drawn until its first tables are in
 * (drawn earlier it settled with no table, showed a false alert, then moved when they came), and
 * then the numbers are the engine's for the link's year.
 */
import { render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { tierLoaders } from '../../src/tables/browser';
import { TableLibrary } from '../../src/tables/library.svelte';
import { money } from '../../src/text/format';
import YearApp from '../../src/year/YearApp.svelte';
import { startYear } from '../../src/year/boot';
import { YearStore } from '../../src/year/year.svelte';
import { memoryStore } from '../device/memory';
import { summaryCell, tables } from './harness';

const LINK = '?y=1&t=20100501&r=110000&ao=3000&af=5000~2000&b=20250301_it_12000~20250510_is_8000~20250901_it_150000';
const root = resolve(import.meta.dirname, '../..');

/** The page's loaders, held until `release()`: the tables are "on the way" until then. */
function heldLoaders() {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  const loaders = Object.fromEntries(
    Object.keys(tierLoaders).map((path) => [
      path,
      async () => (await gate, JSON.parse(readFileSync(resolve(root, `.${path}`), 'utf8')) as unknown),
    ]),
  );
  return { loaders, release };
}

const TODAY = '2025-06-01';
const open = (loaders: Record<string, () => Promise<unknown>>) =>
  render(YearApp, {
    props: {
      lang: 'zh',
      device: new DeviceStorage(memoryStore()),
      library: new TableLibrary(loaders),
      location: { search: LINK, hash: '' },
      today: TODAY,
    },
  });

describe('the year page while its tables load', () => {
  it('shows only the heading and a loading status, then the year settled by the engine', async () => {
    const { loaders, release } = heldLoaders();
    open(loaders);
    expect(screen.getByRole('heading', { name: '全年费用' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('正在加载规则表');
    await new Promise((ok) => setTimeout(ok, 20));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryAllByRole('article')).toHaveLength(0);

    release();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(3), { timeout: 5000 });
    // What the year settles to with every table at hand (the link decoded as the page decodes it).
    const doc = startYear(new DeviceStorage(memoryStore()), { search: LINK, hash: '' }, TODAY).kept.value;
    const want = new YearStore(doc, TODAY, tables).settled.result!;
    expect(want.bills).toHaveLength(3);
    for (const key of ['total', 'fund', 'outOfPocket'] as const)
      expect(summaryCell(key), key).toBe(money(want.totals[key]));
    expect(screen.queryByText('正在加载规则表…')).toBeNull();
  });

  it('offers the regions a person can live in, not the national rules (100000)', async () => {
    const { loaders, release } = heldLoaders();
    release();
    open(loaders);
    const region = await screen.findByLabelText('地区', { exact: true }, { timeout: 5000 });
    const codes = [...region.querySelectorAll('option')].map((o) => o.value);
    expect(codes).toEqual(expect.arrayContaining(['110000', '120000', '370000']));
    expect(codes).not.toContain('100000');
  });
});
