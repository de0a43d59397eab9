import { screen, within } from '@testing-library/svelte';
import { compareLevels, startState } from '../../src/engine';
import { money } from '../../src/text/format';
import { closePages, openPage, slipShown, tables, detailsShown } from './harness';

afterEach(closePages);

const comparison = () => screen.getByRole('table', { name: '同一笔费用在各级医院的结算' });
const rowOf = (name: RegExp) => within(comparison()).getByRole('row', { name });

describe('comparing hospital levels', () => {
  it('has one entry per level of the table, each with the engine’s numbers', async () => {
    await openPage('?v=1&tt=12000&d=2025-06-01');
    await slipShown();
    const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
    const bill = { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '12000' };
    const outcomes = compareLevels(tables, person, bill, startState(person));
    const table = comparison();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(outcomes.length);
    expect(outcomes.map((o) => o.level)).toEqual(['community', 'primary', 'secondary', 'tertiary']);
    const names = [/^社区卫生服务机构/, /^一级医院/, /^二级医院/, /^三级医院/];
    outcomes.forEach((o, i) => {
      const cells = within(within(table).getByRole('row', { name: names[i] })).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(money(o.result!.fund));
      expect(cells[1]).toHaveTextContent(money(o.result!.outOfPocket));
    });
    // Hand-checked: secondary 87% on 10,700 = 9,309 → pays 2,691, that is 214 less than tertiary.
    expect(screen.getByText('在二级医院比在三级医院少付 214.00 元')).toBeInTheDocument();
  });

  it('says where a level’s figures rest on an unverified (grade C) ratio', async () => {
    await openPage('?v=1&tt=12000&d=2025-06-01');
    await slipShown();
    // Beijing employee inpatient: the primary ratios (used for community too) are grade C; Art. 36's tertiary ones are A-.
    expect(within(rowOf(/^一级医院/)).getAllByRole('cell')[2]).toHaveTextContent('含未经核实的比例（C级）');
    expect(within(rowOf(/^社区卫生服务机构/)).getAllByRole('cell')[2]).toHaveTextContent('含未经核实的比例（C级）');
    expect(within(rowOf(/^三级医院/)).getAllByRole('cell')[2]).toHaveTextContent(/^$/);
  });

  it('a Beijing elderly resident’s outpatient bill at tertiary: not covered without referral, primary care covered', async () => {
    await openPage('?v=1&s=r&c=e&t=o&tt=12000&d=2025-06-01');
    await slipShown();
    const person = { region: '110000', scheme: 'resident', category: 'elderly', hardship: false };
    const bill = { date: '2025-06-01', setting: 'outpatient', level: 'tertiary', total: '12000' };
    const outcomes = compareLevels(tables, person, bill, startState(person));
    const tertiary = outcomes.find((o) => o.level === 'tertiary')!.result!;
    expect(tertiary.covered).toBe(false);
    expect(within(rowOf(/^三级医院/)).getAllByRole('cell')[2]).toHaveTextContent('没有转诊不予报销');
    expect(within(rowOf(/^二级医院/)).getAllByRole('cell')[2]).toHaveTextContent('没有转诊不予报销');
    expect(within(rowOf(/^一级医院/)).getAllByRole('cell')[2]).toHaveTextContent(/^$/);
    const primary = outcomes.find((o) => o.level === 'primary')!.result!;
    expect(within(rowOf(/^一级医院/)).getAllByRole('cell')[1]).toHaveTextContent(money(primary.outOfPocket));
    expect(screen.getByRole('note', { name: '请注意' })).toHaveTextContent('需先在基层首诊');
  });

  it('with a referral the same bill is covered at tertiary', async () => {
    const { user } = await openPage('?v=1&s=r&c=e&t=o&tt=12000&d=2025-06-01');
    await slipShown();
    await user.click(screen.getByRole('checkbox', { name: '有转诊单' }));
    await detailsShown();
    expect(within(rowOf(/^三级医院/)).getAllByRole('cell')[2]).not.toHaveTextContent('没有转诊不予报销');
  });

  it('draws out-of-pocket against the total, one line per level, with a text alternative from the engine', async () => {
    await openPage('?v=1&tt=12000&d=2025-06-01');
    await slipShown();
    const chart = await screen.findByRole('img', { name: /^费用越高，自己付多少/ }, { timeout: 5000 });
    expect(chart.querySelectorAll('polyline').length).toBeGreaterThanOrEqual(4);
    const data = screen.getByRole('table', { name: '个人负担（元）' });
    const header = within(data)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual(['医疗费总额（元）', '社区', '一级', '二级', '三级']);
    const row = within(data).getByRole('row', { name: /^12,000\.00/ });
    const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
    const bill = { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '12000' };
    const outcomes = compareLevels(tables, person, bill, startState(person));
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(outcomes.map((o) => money(o.result!.outOfPocket)));
    // Community and primary settle alike here (the table reads 社区 as 一级), so one line hides the other: said in the legend.
    expect(screen.getByText('（与社区卫生服务机构重合）')).toBeInTheDocument();
  });
});

describe('comparing levels for offsite care under a table without its offsite rule', () => {
  it('gives each level the range from the national maximum cut to the local figure, and the chart says its lines are local', async () => {
    await openPage('?v=1&d=2025-03-01&o=u&tt=12000');
    await slipShown();
    await detailsShown();
    const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
    const bill = { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000', offsite: 'unfiled' };
    const outcomes = compareLevels(tables, person, bill, startState(person));
    const names = {
      community: /^社区卫生服务机构/,
      primary: /^一级医院/,
      secondary: /^二级医院/,
      tertiary: /^三级医院/,
    };
    for (const o of outcomes) {
      const r = o.result!;
      expect(r.offsiteLow).not.toBeNull();
      const cells = within(rowOf(names[o.level as keyof typeof names])).getAllByRole('cell');
      expect(cells[0]).toHaveTextContent(`${money(r.offsiteLow!.fund)} – ${money(r.fund)}`);
      expect(cells[1]).toHaveTextContent(`${money(r.outOfPocket)} – ${money(r.offsiteLow!.outOfPocket)}`);
      expect(cells[2]).toHaveTextContent(/^异地就医比例未知/);
    }
    expect(screen.getByText('以上差额按本地比例计算；异地就医的实际差额可能不同。')).toBeInTheDocument();
    expect(screen.getByText(/^异地就医比例未知：图中各线按本地比例计算/)).toBeInTheDocument();
  });

  it('a local bill shows single figures and no such notes', async () => {
    await openPage('?v=1&d=2025-03-01&tt=12000');
    await slipShown();
    await detailsShown();
    expect(within(rowOf(/^三级医院/)).getAllByRole('cell')[0]).not.toHaveTextContent('–');
    expect(screen.queryByText(/异地就医/)).toBeNull();
  });
});
