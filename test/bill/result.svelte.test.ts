import { screen, within } from '@testing-library/svelte';
import { money, percent } from '../../src/text/format';
import { say } from '../../src/text/msg';
import { SLIP_LINES } from '../../src/ui/common/slip-lines';
import { closePages, engineSays, openPage, slip, slipShown } from './harness';

afterEach(closePages);

// A retired Beijing employee, tertiary, first admission, 120,000 with 1,000 of class B, in 2025:
// every basic band, the cap, 大额互助 and the retiree top-up, and unknown-value warnings.
const person = { region: '110000', scheme: 'employee', category: 'retired', hardship: false };
const bill = { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '120000', classB: '1000' };
const link = '?v=1&c=r&tt=120000&cb=1000&d=2025-06-01';

describe('the result', () => {
  it('lays out every slip line as the engine gives it', async () => {
    await openPage(link);
    await slipShown();
    const r = engineSays(person, bill);
    for (const [key] of SLIP_LINES) expect([key, slip(key)]).toEqual([key, money(r[key])]);
    expect(screen.getByRole('row', { name: /^大额互助/ })).toHaveTextContent(money(r.supplementary));
    expect(Number(r.supplementary)).toBeGreaterThan(0);
  });

  it('lists the steps in the engine’s order with their clauses and grades', async () => {
    await openPage(link);
    await slipShown();
    const r = engineSays(person, bill);
    const list = screen.getByRole('heading', { name: '计算步骤' }).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(r.steps.length);
    r.steps.forEach((s, i) => {
      for (const c of s.cites) {
        expect(items[i]).toHaveTextContent(say(c.clause, 'zh'));
        expect(items[i]).toHaveTextContent(`可信度 ${c.grade}`);
      }
    });
    // Hand-checked (DOMAIN.md §4): a retiree's first band at tertiary is 1 − 0.6 × 0.15 = 91%.
    expect(
      items.some((li) => li.textContent!.includes('1,300.00 至 30,000.00 元部分 28,700.00 × 91% = 26,117.00（三级）')),
    ).toBe(true);
    // The trigger point is not a whole number of fen: shown rounded, marked ≈.
    expect(items.some((li) => /≈106,477\.32/.test(li.textContent!))).toBe(true);
  });

  it('shows every warning as a visible caution, and which table was used', async () => {
    await openPage(link);
    await slipShown();
    const r = engineSays(person, bill);
    const note = screen.getByRole('note', { name: '请注意' });
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['unknownClassBRate', 'unknownCap']));
    for (const w of r.warnings) expect(note).toHaveTextContent(w.message.zh);
    expect(screen.getByText(/所用规则表/).parentElement).toHaveTextContent(
      /北京市 · 职工医保 · 生效日期 2010年5月1日 · 版本 2/,
    );
  });

  it('a grade-C value and a table older than the bill are cautioned', async () => {
    // Secondary level, 35,000: the 3万–4万 band at 二级 is grade C; a 2026 bill is past the table's last confirmation.
    await openPage('?v=1&l=2&tt=35000&d=2026-03-01');
    await slipShown();
    const r = engineSays(
      { ...person, category: 'active' },
      { date: '2026-03-01', setting: 'inpatient', level: 'secondary', total: '35000' },
    );
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(['gradeC', 'staleTable']));
    const note = screen.getByRole('note', { name: '请注意' });
    for (const w of r.warnings) expect(note).toHaveTextContent(w.message.zh);
    expect(slip('basic')).toBe(money(r.basic));
  });

  it('the bar and the two big numbers are the engine’s fund and out-of-pocket', async () => {
    await openPage(link);
    await slipShown();
    const r = engineSays(person, bill);
    expect(document.getElementById('sum-fund')).toHaveTextContent(money(r.fund));
    expect(document.getElementById('sum-oop')).toHaveTextContent(money(r.outOfPocket));
    expect(screen.getByRole('img', { name: /基金支付占总额/ })).toHaveAccessibleName(
      `基金支付占总额 ${percent(r.effectiveRatio)}`,
    );
    expect(percent(r.effectiveRatio)).toBe('93.48%');
  });
});
