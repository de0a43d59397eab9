import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { settleYear } from '../../src/engine';
import { premiumsFor } from '../../src/engine/premiums';
import { money } from '../../src/text/format';
import YearPage from '../../src/year/YearPage.svelte';
import { defaultYear, newBill } from '../../src/year/doc';
import { YearStore } from '../../src/year/year.svelte';
import { TODAY, renderYear, summaryCell, tables } from './harness';

const employee = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
const billNamed = (n: number) => screen.getByRole('article', { name: new RegExp(`^第 ${n} 笔`) });
/** Opens bill n's slip and steps as a person would (a click on their summary), and returns them. */
async function openSteps(n: number): Promise<HTMLElement> {
  const summary = within(billNamed(n)).getByText('结算单与计算步骤');
  await userEvent.setup().click(summary);
  const details = summary.closest('details')!;
  await waitFor(() => expect(details.querySelector('table')).not.toBeNull());
  return details;
}

async function addBill(user: ReturnType<typeof userEvent.setup>, n: number, date: string, total: string) {
  await user.click(screen.getByRole('button', { name: /添加一笔费用/ }));
  const card = billNamed(n);
  const dateField = within(card).getByLabelText('费用日期');
  await user.clear(dateField);
  await user.type(dateField, date);
  await user.type(within(card).getByLabelText('医疗费总额'), total);
  await user.click(within(card).getByRole('button', { name: `完成 第 ${n} 笔` }));
}

describe('the year page', () => {
  it('adds bills, and the year summary is what settleYear gives for the same input', async () => {
    const user = userEvent.setup();
    renderYear((d) => (d.own = '2000'));
    expect(screen.getByText(/还没有费用/)).toBeInTheDocument();
    await addBill(user, 1, '2025-05-10', '8,000');
    await addBill(user, 2, '2025-03-01', '12000元');
    await addBill(user, 3, '2025-09-01', '150000');

    const expected = settleYear(tables, {
      person: { ...employee, accounts: { own: '2000', family: [] } },
      bills: [
        { date: '2025-05-10', setting: 'inpatient', level: 'tertiary', total: '8000' },
        { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' },
        { date: '2025-09-01', setting: 'inpatient', level: 'tertiary', total: '150000' },
      ],
    });
    for (const key of ['total', 'fund', 'outOfPocket', 'basic', 'supplementary', 'accountOwn', 'cash'] as const) {
      expect(summaryCell(key), key).toBe(money(expected.totals[key]));
    }
    // Each bill's line is the engine's figure for that bill (the March bill is the first admission).
    const march = expected.bills.find((b) => b.index === 1)!;
    expect(within(billNamed(2)).getByText(money(march.fund), { selector: 'dd' })).toBeInTheDocument();
    expect(within(billNamed(2)).getByText(money(march.outOfPocket), { selector: 'dd' })).toBeInTheDocument();
    // The third bill goes past the basic fund's cap: what is left of it says so.
    expect(screen.getByText(/住院统筹基金还可支付 0\.00 元/)).toBeInTheDocument();
    expect(screen.getByText('大额互助封顶线：未知')).toBeInTheDocument();
  });

  it('edits and removes a bill, and the year follows', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.bills = [newBill('2025-03-01', { total: '12000' }), newBill('2025-04-01', { total: '5000' })];
    });
    expect(summaryCell('total')).toBe('17,000.00');
    await user.click(screen.getByRole('button', { name: '编辑 第 1 笔' }));
    const total = within(billNamed(1)).getByLabelText('医疗费总额');
    await user.clear(total);
    await user.type(total, '20000');
    await user.selectOptions(within(billNamed(1)).getByLabelText('医院等级'), '二级');
    expect(summaryCell('total')).toBe('25,000.00');
    const expected = settleYear(tables, {
      person: employee,
      bills: [
        { date: '2025-03-01', setting: 'inpatient', level: 'secondary', total: '20000' },
        { date: '2025-04-01', setting: 'inpatient', level: 'tertiary', total: '5000' },
      ],
    });
    expect(summaryCell('fund')).toBe(money(expected.totals.fund));

    await user.click(screen.getByRole('button', { name: '删除 第 1 笔' }));
    expect(screen.queryByRole('article', { name: /^第 2 笔/ })).toBeNull();
    const alone = settleYear(tables, {
      person: employee,
      bills: [{ date: '2025-04-01', setting: 'inpatient', level: 'tertiary', total: '5000' }],
    });
    expect(summaryCell('fund')).toBe(money(alone.totals.fund));
  });

  it('says which field is wrong and leaves that bill out instead of failing the year', async () => {
    const user = userEvent.setup();
    renderYear((d) => (d.bills = [newBill('2025-03-01', { total: '12000' }), newBill('2025-04-01', { total: '100' })]));
    await user.click(screen.getByRole('button', { name: '编辑 第 2 笔' }));
    await user.type(within(billNamed(2)).getByLabelText('全自费'), '500');
    expect(within(billNamed(2)).getByRole('alert')).toHaveTextContent(/未计入全年合计.*不能超过医疗费总额/);
    expect(summaryCell('total')).toBe('12,000.00');
  });

  it('shows each bill’s steps with the clause, source and grade they rest on, as the single bill does', async () => {
    renderYear((d) => (d.bills = [newBill('2025-03-01', { total: '12000' })]));
    const r = settleYear(tables, {
      person: employee,
      bills: [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' }],
    }).bills[0]!;
    const steps = await openSteps(1);
    const band = r.steps.find((s) => s.kind === 'band')!;
    expect(steps).toHaveTextContent(String(band.cites[0]!.clause));
    expect(steps).toHaveTextContent(`可信度 ${band.cites[0]!.grade}`);
    expect(steps).toHaveTextContent('北京市基本医疗保险规定（修订）');
  });

  it('builds a bill’s slip and steps only while they are open: closed, no one can read them', async () => {
    renderYear((d) => (d.bills = [newBill('2025-03-01', { total: '12000' })]));
    const details = within(billNamed(1)).getByText('结算单与计算步骤').closest('details')!;
    expect(details).not.toHaveTextContent('可信度');
    expect(details.querySelector('table')).toBeNull();
    await openSteps(1);
    expect(details.querySelector('table')).not.toBeNull();
    expect(details).toHaveTextContent('可信度');
  });

  it('names a relative’s account in the steps as this device calls it', async () => {
    renderYear((d) => {
      d.relatives = [{ id: 'r1', label: '配偶', balance: '5000' }];
      d.bills = [newBill('2025-03-01', { total: '12000' })];
    });
    const steps = await openSteps(1);
    expect(steps).toHaveTextContent('家庭共济（配偶）支付 2,905.00 元');
  });

  it('pays the share from the own account, then relatives in the order set, then cash', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.own = '100';
      d.bills = [newBill('2025-03-01', { total: '12000' })];
    });
    await user.click(screen.getByRole('button', { name: '添加亲属账户' }));
    await user.click(screen.getByRole('button', { name: '添加亲属账户' }));
    const labels = screen.getAllByLabelText(/^称呼/);
    await user.type(labels[0]!, '配偶');
    await user.type(labels[1]!, '父母');
    await user.type(screen.getByLabelText('账户余额（配偶）'), '500');
    await user.type(screen.getByLabelText('账户余额（父母）'), '1000');
    const order = () =>
      within(screen.getByRole('list', { name: '家庭共济亲属账户' }))
        .getAllByRole('listitem')
        .map((li) => (li.querySelector('input') as HTMLInputElement).value);
    expect(order()).toEqual(['配偶', '父母']);
    const first = settleYear(tables, {
      person: { ...employee, accounts: { own: '100', family: ['500', '1000'] } },
      bills: [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' }],
    });
    const payers = () =>
      within(screen.getByRole('list', { name: '个人负担由谁支付（第 1 笔）' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(payers()).toEqual([
      `个人账户：${money(first.bills[0]!.accountOwn)}`,
      `配偶：${money(first.bills[0]!.accountFamilyEach[0]!)}`,
      `父母：${money(first.bills[0]!.accountFamilyEach[1]!)}`,
      `现金：${money(first.bills[0]!.cash)}`,
    ]);

    await user.click(screen.getByRole('button', { name: '下移 配偶' }));
    expect(order()).toEqual(['父母', '配偶']);
    const moved = settleYear(tables, {
      person: { ...employee, accounts: { own: '100', family: ['1000', '500'] } },
      bills: [{ date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' }],
    });
    const b = moved.bills[0]!;
    expect(payers()).toEqual([
      `个人账户：${money(b.accountOwn)}`,
      `父母：${money(b.accountFamilyEach[0]!)}`,
      `配偶：${money(b.accountFamilyEach[1]!)}`,
      `现金：${money(b.cash)}`,
    ]);
    // the order matters here: 1,000 then 500 is not 500 then 1,000
    expect(b.accountFamilyEach).not.toEqual(first.bills[0]!.accountFamilyEach);
    expect(summaryCell('accountFamily')).toBe(money(moved.totals.accountFamily));
    expect(summaryCell('cash')).toBe(money(moved.totals.cash));

    await user.click(screen.getByRole('button', { name: '删除 配偶' }));
    expect(order()).toEqual(['父母']);
  });

  it('residents have no own account; a bill inside the waiting period pays nothing and says why', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.person = { region: '110000', scheme: 'resident', category: 'elderly', age: '68', hardship: false };
      d.bills = [newBill('2025-04-01', { total: '20000' })];
    });
    expect(screen.queryByLabelText('本人个人账户余额')).toBeNull();
    await user.click(screen.getByLabelText('不是连续参保，或未在集中参保期内参保'));
    const start = screen.getByLabelText('参保缴费日期');
    await user.clear(start);
    await user.type(start, '2025-03-01');
    await user.click(screen.getByLabelText('在集中参保期内参保'));
    await user.type(screen.getByLabelText('断保年数'), '2');
    const person = {
      region: '110000',
      scheme: 'resident',
      category: 'elderly',
      age: 68,
      hardship: false,
      enrolment: { start: '2025-03-01', inWindow: false, brokenYears: 2, extraYears: 0 },
    };
    const expected = settleYear(tables, {
      person,
      bills: [{ date: '2025-04-01', setting: 'inpatient', level: 'tertiary', total: '20000' }],
    });
    const w = expected.bills[0]!.warnings.find((x) => x.code === 'waiting')!;
    expect(expected.bills[0]!.fund).toBe('0.00');
    expect(within(billNamed(1)).getByRole('note')).toHaveTextContent(w.message.zh);
    expect(summaryCell('fund')).toBe('0.00');
  });

  it('shows relatives’ resident premiums paid from the account, flagging national minimums', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.own = '1000';
      d.bills = [newBill('2025-03-01', { total: '100' })];
    });
    await user.click(screen.getByRole('button', { name: '添加缴费亲属' }));
    await user.click(screen.getByRole('button', { name: '添加缴费亲属' }));
    const expected = premiumsFor(tables, {
      year: 2025,
      relatives: [
        { category: 'elderly', region: '110000' },
        { category: 'elderly', region: '110000' },
      ],
      balance: '1000',
    });
    expect(expected.relatives[0]!.minimum).toBe(true);
    expect(screen.getAllByText('（全国最低标准）')).toHaveLength(2);
    expect(screen.getByText(new RegExp(`缴费后个人账户余额 ${money(expected.balanceLeft)} 元`))).toBeInTheDocument();
  });

  it('pays the premiums from the account before the bills after their date, and says when it falls short', async () => {
    const user = userEvent.setup();
    renderYear((d) => {
      d.own = '1000';
      d.bills = [newBill('2025-03-01', { total: '12000' })];
    });
    await user.click(screen.getByRole('button', { name: '添加缴费亲属' }));
    await user.click(screen.getByRole('button', { name: '添加缴费亲属' }));
    // No date: the two national-floor premiums (2 × 400) leave the account before the bill.
    await waitFor(() => expect(summaryCell('premiumsFromAccount')).toBe('800.00'));
    expect(summaryCell('accountOwn')).toBe('200.00');
    expect(within(billNamed(1)).getByText('个人账户：200.00')).toBeInTheDocument();
    expect(screen.queryByText(/余额不足/)).toBeNull();
    // Paid in June instead: the March bill takes the whole balance and the premiums find nothing.
    await user.type(screen.getByLabelText('缴费日期'), '2025-06-01');
    await waitFor(() => expect(summaryCell('accountOwn')).toBe('1,000.00'));
    expect(summaryCell('premiumsFromAccount')).toBe('0.00');
    expect(summaryCell('premiumsCash')).toBe('800.00');
    expect(screen.getByText('个人账户余额不足：800.00 元需以现金缴纳')).toBeInTheDocument();
  });

  it('shows how far catastrophic insurance is, from a slip', async () => {
    renderYear((d) => {
      d.person = { region: '110000', scheme: 'resident', category: 'elderly', age: '68', hardship: false };
      d.bills = [newBill('2019-05-01', { total: '40000', settledBasic: '25000' })];
    });
    // the engine's outlook for this year (test/engine/outlook.test.ts): 15,404 to go
    expect(screen.getByText('另需自付 15,404.00 元后大病保险开始报销')).toBeInTheDocument();
    expect(within(billNamed(1)).getByText('按结算单，大病保险二次报销 0.00 元')).toBeInTheDocument();
    expect(summaryCell('catastrophic')).toBe('0.00');
  });

  it('a slip’s basic figure gives the catastrophic second reimbursement per bill and for the year', () => {
    renderYear((d) => {
      d.person = { region: '370000', scheme: 'resident', category: 'working-age', age: '', hardship: false };
      d.bills = [
        newBill('2014-06-01', { total: '60000', settledBasic: '30000' }),
        newBill('2014-09-01', { total: '50000', settledBasic: '20000' }),
      ];
    });
    const expected = settleYear(tables, {
      person: { region: '370000', scheme: 'resident', category: 'working-age', hardship: false },
      bills: [
        { date: '2014-06-01', setting: 'inpatient', level: 'tertiary', total: '60000', settled: { basic: '30000' } },
        { date: '2014-09-01', setting: 'inpatient', level: 'tertiary', total: '50000', settled: { basic: '20000' } },
      ],
    });
    expect(Number(expected.totals.catastrophic)).toBeGreaterThan(0);
    expect(
      within(billNamed(2)).getByText(`按结算单，大病保险二次报销 ${money(expected.bills[1]!.catastrophic)} 元`),
    ).toBeInTheDocument();
    expect(summaryCell('catastrophic')).toBe(money(expected.totals.catastrophic));
  });

  it('staged (the app’s first draw in one column), the bills and summary follow a task after the inputs', async () => {
    const doc = defaultYear(TODAY);
    doc.bills = [newBill('2025-03-01', { total: '12000' })];
    const store = new YearStore(doc, TODAY, tables);
    render(YearPage, { props: { store, lang: 'zh', staged: true } });
    expect(screen.getByLabelText('个人账户余额', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('article')).toBeNull();
    expect(summaryCell('total')).toBeUndefined();
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(summaryCell('total')).toBe(money(store.settled.result!.totals.total));
  });
});
