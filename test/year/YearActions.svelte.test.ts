import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { decodeYear } from '../../src/year/link';
import { defaultYear, newBill } from '../../src/year/doc';
import { renderYear } from './harness';

describe('sharing the year', () => {
  it('shows a link that decodes to the same year, relatives’ names left out', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.own = '2,000';
      d.relatives = [{ id: 'r1', label: '配偶', balance: '500' }];
      d.bills = [
        newBill('2025-03-01', { total: '12000', settledBasic: '9000' }),
        newBill('2025-04-01', { setting: 'outpatient', level: 'community', total: '300' }),
      ];
    });
    await user.click(screen.getByRole('button', { name: '分享全年' }));
    const link = (screen.getByLabelText('全年分享链接') as HTMLInputElement).value;
    expect(link).toMatch(/^https:\/\/example\.test\/\?y=1&/);
    expect(link).not.toContain(encodeURIComponent('配偶'));
    expect(link).not.toContain('配偶');
    const back = decodeYear(new URL(link).search, defaultYear('2025-06-01'));
    expect(back.ignored).toEqual([]);
    expect(back.doc.own).toBe('2000');
    expect(back.doc.relatives.map((r) => r.balance)).toEqual(['500']);
    expect(back.doc.bills.map((b) => [b.date, b.setting, b.level, b.total, b.settledBasic])).toEqual([
      ['2025-03-01', 'inpatient', 'tertiary', '12000', '9000'],
      ['2025-04-01', 'outpatient', 'community', '300', ''],
    ]);
    // the link pins the table the numbers came from
    expect(link).toMatch(/[?&]t=20100501(&|$)/);
  });

  it('offers the CSV only once there is a result', async () => {
    renderYear();
    const actions = screen.getByRole('button', { name: '分享全年' }).parentElement!;
    expect(within(actions).getByRole('button', { name: '下载表格（CSV）' })).toBeDisabled();
  });
});
