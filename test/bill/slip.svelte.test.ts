/**
 * The whole slip on the single-bill page: its header, who paid the patient's share (own account,
 * each relative's account as named here, cash), the hints for a next admission, and the offsite
 * range. Every figure is the engine's, asked independently.
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import { money } from '../../src/text/format';
import { closePages, engineSays, openPage, slip, slipShown, detailsShown } from './harness';

afterEach(closePages);

const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
const bill = { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000' };

describe('the whole slip', () => {
  it('has a header with date, care, region, scheme and the table in force', async () => {
    await openPage('?v=1&d=2025-03-01&tt=12000');
    await slipShown();
    expect(slip('date')).toBe('2025年3月1日');
    expect(slip('care')).toBe('住院 · 三级医院');
    expect(slip('who')).toBe('北京市 · 职工医保');
    expect(slip('table')).toMatch(/^2010年5月1日 起施行 · 第 \d+ 版$/);
  });

  it('says who paid the patient’s share: the own account, each relative by the name given here, then cash', async () => {
    const { user } = await openPage('?v=1&d=2025-03-01&tt=12000');
    await slipShown();
    // Folded away until opened; with nothing entered, the share is all cash.
    expect(slip('cash')).toBe(money(engineSays(person, bill).outOfPocket));
    expect(slip('accountOwn')).toBe('0.00');
    await user.click(screen.getByText('个人负担的支付顺序'));
    await user.type(screen.getByLabelText('本人个人账户余额'), '1000');
    await user.click(screen.getByRole('button', { name: '添加亲属账户' }));
    await user.type(screen.getByLabelText('称呼（如配偶、父母、子女）'), '妈妈');
    await user.type(screen.getByLabelText('账户余额（妈妈）'), '1500');
    await user.click(screen.getByRole('button', { name: '添加亲属账户' }));
    await user.type(screen.getByLabelText('账户余额（亲属2）'), '5000');
    await detailsShown();
    const r = engineSays({ ...person, accounts: { own: '1000', family: ['1500', '5000'] } }, bill);
    expect([r.accountOwn, r.accountFamilyEach, r.cash]).toEqual(['1000.00', ['1500.00', '405.00'], '0.00']);
    await screen.findByText('1,000.00', { selector: '#slip-accountOwn' });
    expect(screen.getByRole('row', { name: /^共济账户（妈妈）/ })).toHaveTextContent('1,500.00');
    expect(screen.getByRole('row', { name: /^共济账户（亲属2）/ })).toHaveTextContent('405.00');
    expect(slip('cash')).toBe('0.00');
    // The balances travel in the link; the names never do.
    await waitFor(() => expect(window.location.hash).toContain('af=1500~5000'));
    expect(window.location.hash).toContain('ao=1000');
    expect(decodeURIComponent(window.location.hash)).not.toContain('妈妈');
  });

  it('a resident’s slip has no own-account line', async () => {
    await openPage('?v=1&d=2025-03-01&s=r&c=w&t=o&tt=12000');
    await slipShown();
    expect(document.getElementById('slip-accountOwn')).toBeNull();
    expect(document.getElementById('slip-cash')).not.toBeNull();
  });
});

describe('hints for a next admission', () => {
  it('says what is left of the basic fund’s cap after this bill, from the engine’s outlook', async () => {
    await openPage('?v=1&d=2025-03-01&tt=12000');
    await slipShown();
    const section = screen.getByRole('region', { name: '这笔费用之后' });
    const r = engineSays(person, bill);
    // Beijing employee inpatient cap 100,000 (the table's), less what this bill's basic fund paid.
    const left = (100000 - Number(r.basic)).toFixed(2);
    expect(within(section).getByText(`住院统筹基金还可支付 ${money(left)} 元`)).toBeInTheDocument();
  });
});

describe('offsite care as a range', () => {
  it('an unfiled bill under a table without its offsite rule shows the local figure and the national ceiling’s', async () => {
    await openPage('?v=1&d=2025-03-01&o=u&tt=12000');
    await slipShown();
    const r = engineSays(person, { ...bill, offsite: 'unfiled' });
    expect(r.offsiteLow?.basic).toBe('6955.00');
    const note = screen.getByText(/统筹基金约支付/).closest('[role="note"]') as HTMLElement;
    expect(note).toHaveTextContent(`统筹基金约支付 ${money(r.offsiteLow!.basic)} – ${money(r.basic)} 元`);
    expect(note).toHaveTextContent('医保发〔2022〕22号');
    expect(note).toHaveTextContent('可信度 B');
  });

  it('a local bill shows no range', async () => {
    await openPage('?v=1&d=2025-03-01&tt=12000');
    await slipShown();
    expect(screen.queryByText(/约支付/)).toBeNull();
  });
});
