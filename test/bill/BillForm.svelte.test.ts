import { screen, waitFor, within } from '@testing-library/svelte';
import { money } from '../../src/text/format';
import { closePages, engineSays, openPage, pageDate, slip, slipShown } from './harness';

const employee = { region: '110000', scheme: 'employee', category: 'active', hardship: false };

afterEach(closePages);

describe('the form', () => {
  it('typing "12,000元" as the total shows the engine’s numbers for the default person', async () => {
    const { user } = await openPage();
    await user.type(screen.getByLabelText('医疗费总额'), '12,000元');
    await slipShown();
    const expected = engineSays(employee, {
      date: pageDate(),
      setting: 'inpatient',
      level: 'tertiary',
      total: '12000',
    });
    expect(slip('basic')).toBe(money(expected.basic));
    expect(slip('outOfPocket')).toBe(money(expected.outOfPocket));
    // DOMAIN.md's worked case: active employee, tertiary, first admission, 12,000 → basic 9,095.00.
    expect(slip('basic')).toBe('9,095.00');
    expect(within(screen.getByRole('row', { name: /^个人负担/ })).getByRole('cell').textContent).toBe('2,905.00');
  });

  it('full-width digits are read too', async () => {
    const { user } = await openPage();
    await user.type(screen.getByLabelText('医疗费总额'), '１２０００');
    await slipShown();
    expect(slip('basic')).toBe('9,095.00');
  });

  it('a bad amount gets a message next to the field while the last good result stays', async () => {
    const { user } = await openPage();
    const total = screen.getByLabelText('医疗费总额');
    await user.type(total, '12000');
    await slipShown();
    await user.type(total, 'x');
    expect(total).toHaveAttribute('aria-invalid', 'true');
    expect(total).toHaveAccessibleDescription(expect.stringContaining('请输入金额'));
    expect(slip('basic')).toBe('9,095.00');
    expect(screen.getByText(/下面仍是上一次有效输入的结果/)).toBeInTheDocument();
    await user.type(total, '{Backspace}');
    expect(total).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/下面仍是上一次有效输入的结果/)).toBeNull();
  });

  it('the engine’s own input error (parts above the total) is shown at the field it names', async () => {
    const { user } = await openPage();
    await user.type(screen.getByLabelText('医疗费总额'), '1000');
    await slipShown();
    const ooc = screen.getByLabelText('全自费');
    await user.type(ooc, '2000');
    expect(ooc).toHaveAttribute('aria-invalid', 'true');
    expect(ooc).toHaveAccessibleDescription(expect.stringContaining('不能超过医疗费总额'));
  });

  it('the later-admission choice settles with one admission already behind (the engine’s 650 deductible)', async () => {
    const { user } = await openPage();
    await user.type(screen.getByLabelText('医疗费总额'), '12000');
    await slipShown();
    await user.click(screen.getByRole('radio', { name: '本年再次住院' }));
    const expected = engineSays(
      employee,
      { date: pageDate(), setting: 'inpatient', level: 'tertiary', total: '12000' },
      { admissions: 1 },
    );
    await waitFor(() => expect(slip('deductible')).toBe(money(expected.deductible)));
    expect(slip('deductible')).toBe('650.00');
    expect(slip('basic')).toBe(money(expected.basic));
  });

  it('a rule the table does not know is a page-level message with the engine’s reason, and the slip figure unlocks it', async () => {
    const { user } = await openPage();
    await user.selectOptions(screen.getByLabelText('地区'), '370000');
    await waitFor(() => expect(screen.getByLabelText('险种')).toHaveValue('resident'));
    await user.clear(screen.getByLabelText('费用日期'));
    await user.type(screen.getByLabelText('费用日期'), '2015-03-01');
    await user.type(screen.getByLabelText('医疗费总额'), '150000');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('未知，不作猜测');
    expect(screen.queryByRole('row', { name: /^统筹基金/ })).toBeNull();

    await user.click(screen.getByText('已有结算单？'));
    await user.type(screen.getByLabelText('结算单统筹基金支付'), '80000');
    await slipShown();
    const person = { region: '370000', scheme: 'resident', category: 'working-age', hardship: false };
    const expected = engineSays(person, {
      date: '2015-03-01',
      setting: 'inpatient',
      level: 'tertiary',
      total: '150000',
      settled: { basic: '80000' },
    });
    expect(slip('catastrophic')).toBe(money(expected.catastrophic));
    expect(slip('outOfPocket')).toBe(money(expected.outOfPocket));
    expect(expected.deductibleKnown).toBe(false);
    expect(slip('deductible')).toBe('未知');
  });
});
