import { cleanup, screen, waitFor } from '@testing-library/svelte';
import { closePages, openPage, slip, slipShown, detailsShown } from './harness';

afterEach(closePages);

describe('sharing the link', () => {
  it('copies a link that reproduces the same numbers in a fresh page, with a visible confirmation', async () => {
    const { user } = await openPage();
    await user.selectOptions(screen.getByLabelText('人员类别'), 'retired');
    await user.selectOptions(screen.getByLabelText('医院等级'), 'secondary');
    await user.type(screen.getByLabelText('医疗费总额'), '56,789.10');
    await slipShown();
    const before = ['basic', 'supplementary', 'topUp', 'fund', 'outOfPocket'].map(slip);

    await user.click(screen.getByRole('button', { name: '分享链接' }));
    await waitFor(() => expect(screen.getByRole('status', { name: '' })).toHaveTextContent('链接已复制'));
    const copied = await navigator.clipboard.readText();
    const url = new URL(copied);
    // Nothing typed in the part sent to a server; after #, short ASCII only, with its checksum.
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#v=2&[\x21-\x7e]+&k=[0-9a-z]+$/);
    expect(url.hash).toContain('tt=56789.1');

    closePages();
    cleanup();
    await openPage(url.hash);
    await slipShown();
    expect(['basic', 'supplementary', 'topUp', 'fund', 'outOfPocket'].map(slip)).toEqual(before);
    expect(screen.getByLabelText('医疗费总额')).toHaveValue('56789.1');
    expect(screen.getByLabelText('人员类别')).toHaveValue('retired');
  });

  it('a link with parts it cannot use opens a working page and says what it ignored', async () => {
    await openPage('?v=1&tt=12000&d=2025-06-01&l=9&zz=%3Cscript%3E');
    await slipShown();
    expect(slip('basic')).toBe('9,095.00');
    const note = screen.getByText('链接中有部分内容无法使用：').parentElement!;
    expect(note).toHaveTextContent('医院等级');
    expect(note).toHaveTextContent('zz');
    expect(document.querySelector('script:not([src])')).toBeNull();
  });

  it('a link made with an older table keeps its numbers and offers the table in force, with the difference', async () => {
    // Beijing resident, inpatient, slip says the basic fund paid 20,000 of 100,000; bill in 2019, link
    // pinned to the 2018 table (no 大病 recorded). The 2019 table's 大病 (A-): threshold 30,404, 60% —
    // hand-checked: (80,000 − 30,404) × 0.6 = 29,757.60, so 50,242.40 left to pay instead of 80,000.
    const { user } = await openPage('?v=1&s=r&c=w&tt=100000&sb=20000&d=2019-06-01&p=2018-01-01');
    await slipShown();
    expect(slip('outOfPocket')).toBe('80,000.00');
    expect(screen.getByText(/此链接使用的是 2018年1月1日 生效的规则表/)).toBeInTheDocument();
    expect(screen.getByText('按现行规则表，个人负担为 50,242.40 元，少 29,757.60 元。')).toBeInTheDocument();
    expect(screen.getByText(/所用规则表/).parentElement).toHaveTextContent('生效日期 2018年1月1日');
    await user.click(screen.getByRole('button', { name: '按现行规则表重新计算' }));
    await detailsShown();
    expect(screen.getByText(/所用规则表/).parentElement).toHaveTextContent('生效日期 2019年1月1日');
    expect(slip('catastrophic')).toBe('29,757.60');
    expect(slip('outOfPocket')).toBe('50,242.40');
    expect(screen.queryByRole('button', { name: '按现行规则表重新计算' })).toBeNull();
  });
});
