/**
 * A person's own rules on the year page (issue 7): the year settles with them, says they are
 * unverified, and its link carries them to a device that has never seen them — where they are
 * shown as someone's, unverified, with a button to keep them.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { RuleBook } from '../../src/rules/book.svelte';
import { claim } from '../../src/rules/user';
import { tierLoaders } from '../../src/tables/browser';
import { TableLibrary } from '../../src/tables/library.svelte';
import YearApp from '../../src/year/YearApp.svelte';
import { defaultYear, newBill } from '../../src/year/doc';
import { memoryStore } from '../device/memory';
import { summaryCell } from '../year/harness';
import { tables } from '../tiers';
import { holdCompression } from './harness';

const TODAY = '2025-06-01';
const shanghai = (() => {
  const t = claim(
    tables.find((x) => x.id === '110000-employee-2010-05-01')!,
    '2026-12-01',
  );
  Object.assign(t, {
    region: '310000',
    regionName: { zh: '上海市', en: 'Shanghai' },
    id: '310000-employee-2010-05-01',
  });
  const band = t.settings.inpatient!.bands;
  if ('schedules' in band && 'ratio' in band.schedules[0]!.bands[0]!) band.schedules[0]!.bands[0]!.ratio = '0.80';
  return t;
})();

function open(store: ReturnType<typeof memoryStore>, hash = '') {
  const device = new DeviceStorage(store);
  const rules = new RuleBook(device);
  rules.watch();
  render(YearApp, {
    props: {
      lang: 'zh',
      device,
      library: new TableLibrary(tierLoaders),
      rules,
      location: { search: '', hash },
      today: TODAY,
    },
  });
  return rules;
}

describe('the year with a rule set of the person’s own', () => {
  it('settles with it, says so, and its link carries the rules to a device that never saw them', async () => {
    const doc = defaultYear(TODAY);
    doc.person = { ...doc.person, region: '310000', rules: 'sh' };
    doc.bills = [{ ...newBill('2025-03-01'), total: '12000' }];
    const here = memoryStore({
      'yibao.rules': JSON.stringify({ v: 1, sets: [{ id: 'sh', name: '上海职工', draft: shanghai, valid: shanghai }] }),
      'yibao.year': JSON.stringify({ v: 1, year: doc }),
    });
    open(here);
    // (12,000 − 1,300) × 80%: the person's ratio.
    await waitFor(() => expect(summaryCell('basic')).toBe('8,560.00'), { timeout: 5000 });
    expect(screen.getAllByText('按你填写的规则计算，未经核实').length).toBeGreaterThan(0);
    await screen.getByRole('button', { name: /分享/ }).click();
    const link = await waitFor(
      () => {
        const text = (screen.getByRole('textbox', { name: /链接/ }) as HTMLInputElement).value;
        expect(text).toMatch(/&r=1\./);
        return text;
        // The rules part is compressed off the main path: on a busy machine that takes more than a second.
      },
      { timeout: 5000 },
    );

    cleanup();
    const there = memoryStore();
    const rules = open(there, link.slice(link.indexOf('#')));
    expect(await screen.findByText(/这个链接带来了别人填写的规则/, {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(() => expect(summaryCell('basic')).toBe('8,560.00'), { timeout: 5000 });
    (await screen.findByRole('button', { name: '保存到我的规则' })).click();
    await waitFor(() => expect(rules.sets.map((s) => s.valid?.region)).toEqual(['310000']), { timeout: 5000 });
  });

  it('a link shared while its rules part is still being made waits for it, never going out without the rules', async () => {
    // Compression held back until the test lets it go: the person presses 分享 before it is done.
    const { release, restore } = holdCompression();
    try {
      const doc = defaultYear(TODAY);
      doc.person.rules = 'sh';
      doc.person.region = '310000';
      doc.bills = [{ ...newBill('2025-03-01'), total: '12000' }];
      open(
        memoryStore({
          'yibao.rules': JSON.stringify({
            v: 1,
            sets: [{ id: 'sh', name: '上海职工', draft: shanghai, valid: shanghai }],
          }),
          'yibao.year': JSON.stringify({ v: 1, year: doc }),
        }),
      );
      await waitFor(() => expect(summaryCell('basic')).toBe('8,560.00'), { timeout: 5000 });
      await screen.getByRole('button', { name: /分享/ }).click();
      setTimeout(release, 50);
      const text = await waitFor(
        () => {
          const t = (screen.getByRole('textbox', { name: /链接/ }) as HTMLInputElement).value;
          expect(t).not.toBe('');
          return t;
        },
        { timeout: 5000 },
      );
      expect(text).toMatch(/&r=1\./);
    } finally {
      restore();
    }
  });
});
