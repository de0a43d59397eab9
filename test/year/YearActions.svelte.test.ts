import { screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { decodeYear } from '../../src/year/codec';
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
    expect(link).toMatch(/^https:\/\/example\.test\/#y=2&.*&k=[0-9a-z]+$/);
    expect(link).not.toContain(encodeURIComponent('配偶'));
    expect(link).not.toContain('配偶');
    const back = decodeYear(new URL(link).hash, defaultYear('2025-06-01'));
    expect(back.ignored).toEqual([]);
    expect(back.doc.own).toBe('2000');
    expect(back.doc.relatives.map((r) => r.balance)).toEqual(['500']);
    expect(back.doc.bills.map((b) => [b.date, b.setting, b.level, b.total, b.settledBasic])).toEqual([
      ['2025-03-01', 'inpatient', 'tertiary', '12000', '9000'],
      ['2025-04-01', 'outpatient', 'community', '300', ''],
    ]);
    // the link pins the table the numbers came from
    expect(link).toMatch(/[#&]t=20100501(&|$)/);
  });

  it('offers the CSV only once there is a result', async () => {
    renderYear();
    const actions = screen.getByRole('button', { name: '分享全年' }).parentElement!;
    expect(within(actions).getByRole('button', { name: '下载表格（CSV）' })).toBeDisabled();
  });

  it('warns before making a link its decoder would refuse, and offers the CSV instead', async () => {
    const user = userEvent.setup();
    const big = '999999999999.99';
    renderYear((d) => {
      d.bills = Array.from({ length: 190 }, () =>
        newBill('2025-03-01', {
          total: big,
          outOfCatalog: '333333333333.33',
          overLimit: '333333333333.33',
          classB: '333333333333.33',
          settledBasic: '1',
        }),
      );
    });
    await user.click(screen.getByRole('button', { name: '分享全年' }));
    expect(screen.getByText(/全年数据太多，无法放进一个链接/)).toHaveAttribute('role', 'alert');
    expect(screen.queryByLabelText('全年分享链接')).toBeNull();
  });
});
