/**
 * A person's own rules on the pages that settle (issue 7): chosen beside the built-in regions, the
 * single bill and its comparison settle with them, every surface says they are unverified, and
 * the share link carries them (after its checksum, src/rules/link.ts).
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import { RULES_STORAGE } from '../../src/rules/persist';
import { claim } from '../../src/rules/user';
import { slip, slipShown } from '../bill/harness';
import { tables } from '../tiers';
import { closePages, holdCompression, openRules } from './harness';
import { openPage } from '../bill/harness';

afterEach(closePages);

// Beijing's employee rules copied for Shanghai, with the first tertiary band at 80% instead of 85%.
const shanghai = (() => {
  const t = claim(
    tables.find((x) => x.id === '110000-employee-2010-05-01')!,
    '2026-12-01',
  );
  t.region = '310000';
  t.regionName = { zh: '上海市', en: 'Shanghai' };
  t.id = '310000-employee-2010-05-01';
  const band = t.settings.inpatient!.bands;
  if ('schedules' in band && 'ratio' in band.schedules[0]!.bands[0]!) band.schedules[0]!.bands[0]!.ratio = '0.80';
  return t;
})();
const keep = () =>
  localStorage.setItem(
    `yibao.${RULES_STORAGE}`,
    JSON.stringify({ v: 1, sets: [{ id: 'sh', name: '上海职工', draft: shanghai, valid: shanghai, pending: {} }] }),
  );

describe('a rule set of the person’s own on the single bill', () => {
  it('a link shared while its rules part is still being made waits for it', async () => {
    const { release, restore } = holdCompression();
    try {
      localStorage.clear();
      keep();
      const { user } = await openPage('', { keepStorage: true });
      await user.selectOptions(screen.getByLabelText('地区'), 'mine:sh');
      await user.type(screen.getByLabelText('医疗费总额'), '12000');
      await slipShown();
      const share = user.click(screen.getByRole('button', { name: '分享链接' }));
      setTimeout(release, 50);
      await share;
      await screen.findByText('链接已复制，可粘贴发送', {}, { timeout: 5000 });
      // user-event's clipboard holds what the page copied.
      expect(await navigator.clipboard.readText()).toMatch(/&r=1\.z\./);
    } finally {
      restore();
    }
  });

  it('is offered beside the built-in regions, settles the bill and its comparison, and says it is unverified everywhere', async () => {
    localStorage.clear();
    keep();
    const { user, page } = await openPage('', { keepStorage: true });
    const region = screen.getByLabelText('地区');
    const group = within(region).getByRole('group', { name: '我的规则（未经核实）' });
    expect(
      within(group)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['上海职工', '＋ 填写其他城市的规则…']);
    await user.selectOptions(region, 'mine:sh');
    await user.type(screen.getByLabelText('医疗费总额'), '12000');
    await slipShown();
    // (12,000 − 1,300) × 80%: the person's ratio, not Beijing's 85%.
    expect(slip('basic')).toBe('8,560.00');
    expect(page.calc.result?.table.region).toBe('310000');
    const theirs = await screen.findAllByText('按你填写的规则计算，未经核实');
    // The slip, the steps, the table used, the cautions and the comparison all say it.
    expect(theirs.length).toBeGreaterThanOrEqual(5);
    expect(screen.getByRole('table', { name: /同一笔费用在各级医院的结算/ }).textContent).toContain(
      '按你填写的规则计算，未经核实',
    );
    await waitFor(() => expect(page.address.url).toMatch(/&k=[0-9a-z]+&r=1\.[zj]\.[0-9a-z]+\.[A-Za-z0-9_-]+$/), {
      timeout: 5000,
    });
  });

  it('opens 我的规则 from the region choice to enter another city’s rules', async () => {
    localStorage.clear();
    const { user } = await openPage('', { keepStorage: true });
    await user.selectOptions(screen.getByLabelText('地区'), 'new-rules');
    expect(await screen.findByRole('heading', { name: '我的规则' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('a set used from 我的规则 opens the single bill with it', async () => {
    keep();
    const { user, page } = await openRules({ keepStorage: true });
    await user.click(screen.getByRole('button', { name: '用它计算单笔费用' }));
    await waitFor(() => expect(page.mode.mode).toBe('one'));
    expect(page.calc.custom).toBe('sh');
    expect((screen.getByLabelText('地区') as HTMLSelectElement).value).toBe('mine:sh');
  });
});
