/**
 * 我的规则 as a person uses it (issue 7): copy Beijing's rules, change them without JSON, see a
 * plain message beside a bad value while the last valid version keeps the numbers, find it all
 * again after a reload; derive rules from a slip; import a file.
 */
import { screen, waitFor, within } from '@testing-library/svelte';
import { exportFile } from '../../src/rules/file';
import { claim } from '../../src/rules/user';
import { tables } from '../tiers';
import { closePages, field, messageOf, openRules } from './harness';

afterEach(closePages);

const schedule0 = '$.settings.inpatient.bands.schedules[0].bands';

async function copyBeijing() {
  const opened = await openRules();
  const { user } = opened;
  await waitFor(() => expect(screen.getByLabelText('选择要复制的规则表')).not.toBeDisabled());
  await user.selectOptions(screen.getByLabelText('选择要复制的规则表'), '110000-employee-2010-05-01');
  await user.click(screen.getByRole('button', { name: '复制内置规则再修改' }));
  await screen.findByRole('heading', { name: /^编辑“北京市 职工医保/ });
  return opened;
}

/** The trial result's basic fund line, for a bill typed into the preview. */
const trialBasic = () =>
  within(screen.getByRole('region', { name: '用这些规则试算' })).getByRole('row', { name: /^统筹基金/ });

describe('the rules editor', () => {
  it('copies Beijing’s rules as the person’s own: same values, ready to use', async () => {
    await copyBeijing();
    expect(field('$.settings.inpatient.deductible.rules[0].amount').value).toBe('1300');
    expect(field(`${schedule0}[0].ratio`).value).toBe('85%');
    expect(screen.getByText(/已自动保存在这台设备上 · 可以使用/)).toBeInTheDocument();
  });

  it('takes a ratio as people write it, and says plainly why 120 is no ratio while the trial keeps the last valid rules', async () => {
    const { user } = await copyBeijing();
    await user.type(screen.getByLabelText('医疗费总额'), '12000');
    // DOMAIN.md's worked case under the copied rules: (12,000 − 1,300) × 85%.
    await waitFor(() => expect(within(trialBasic()).getByRole('cell').textContent).toBe('9,095.00'));
    const ratio = field(`${schedule0}[0].ratio`);
    await user.clear(ratio);
    await user.type(ratio, '90');
    await waitFor(() => expect(within(trialBasic()).getByRole('cell').textContent).toBe('9,630.00'));
    // Typed over the selection in one go, so no keystroke along the way ("1", "12") is a ratio itself.
    await user.tripleClick(ratio);
    await user.paste('120');
    expect(ratio).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(ratio)).toBe('比例应在 0% 到 100% 之间，如 85% 或 0.85');
    expect(screen.getByText('规则有需要修改的地方：下面仍是上次可用版本的结果。')).toBeInTheDocument();
    expect(within(trialBasic()).getByRole('cell').textContent).toBe('9,630.00');
  });

  it('adds a band, asks for its limit, and says when limits do not rise', async () => {
    const { user } = await copyBeijing();
    const before = document.querySelectorAll('.band').length;
    await user.click(screen.getAllByRole('button', { name: '＋ 添加一分段' })[0]!);
    expect(document.querySelectorAll('.band').length).toBe(before + 1);
    // The new band sits before the open-ended last one, its limit and ratio to be typed.
    const limit = field(`${schedule0}[2].upTo`);
    expect(limit.value).toBe('');
    await waitFor(() => expect(messageOf(limit)).toBe('必填'));
    expect(screen.getByText(/有 \d+ 处需要修改；计算仍用上次可用的版本/)).toBeInTheDocument();
    await user.type(limit, '50000');
    await waitFor(() => expect(messageOf(limit)).toBeNull());
    await user.type(field(`${schedule0}[2].ratio`), '93');
    await waitFor(() => expect(screen.getByText(/已自动保存在这台设备上 · 可以使用/)).toBeInTheDocument());
    await user.clear(limit);
    await user.type(limit, '20000');
    await waitFor(() => expect(messageOf(limit)).toBe('分段上限必须递增'));
    const list = screen.getByText('需要修改的地方').closest('details')!;
    expect(within(list).getByRole('link', { name: '分段上限必须递增' })).toBeInTheDocument();
  });

  it('keeps every change on the device: a reload finds the set, its edits and a half-typed value', async () => {
    const { user } = await copyBeijing();
    const name = screen.getByLabelText('名称');
    await user.clear(name);
    await user.type(name, '上海职工');
    const region = field('$.region');
    await user.clear(region);
    await user.type(region, '310000');
    const regionName = field('$.regionName.zh');
    await user.clear(regionName);
    await user.type(regionName, '上海市');
    await user.clear(field(`${schedule0}[1].ratio`));
    await user.type(field(`${schedule0}[1].ratio`), '9x');
    closePages();

    const { user: again } = await openRules({ keepStorage: true });
    const card = screen.getByRole('heading', { name: '上海职工' }).closest('li')!;
    expect(within(card).getByText(/上海市 · 职工医保/)).toBeInTheDocument();
    await again.click(within(card).getByRole('button', { name: '编辑' }));
    expect(field('$.region').value).toBe('310000');
    const ratio = field(`${schedule0}[1].ratio`);
    expect(ratio.value).toBe('9x');
    expect(messageOf(ratio)).toBe('比例应在 0% 到 100% 之间，如 85% 或 0.85');
  });

  it('renames, copies and deletes a set, and brings a deleted one back', async () => {
    const { user } = await copyBeijing();
    await user.click(screen.getByRole('button', { name: '完成' }));
    const first = screen.getAllByRole('listitem').find((li) => li.classList.contains('set'))!;
    await user.click(within(first).getByRole('button', { name: '复制' }));
    expect(screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent)).toEqual([
      '北京市 职工医保 · 自 2010年5月1日（副本）',
      '北京市 职工医保 · 自 2010年5月1日（副本）（副本）',
    ]);
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(within(first).getByRole('button', { name: '删除' }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(2);
  });
});

describe('deriving rules from a slip', () => {
  it('finds the deductible and the ratio, shows the slip settled again to the fen, and opens them to refine', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: '从结算单推算' }));
    await user.type(screen.getByLabelText('地区名称'), '上海市');
    await user.type(screen.getByLabelText('地区代码（6 位）'), '310000');
    await user.type(screen.getByLabelText('医疗费总额'), '12000');
    await user.type(screen.getByLabelText('起付线'), '1300');
    await user.type(screen.getByLabelText('统筹基金支付'), '9095');
    await user.click(screen.getByRole('button', { name: '推算' }));
    expect(await screen.findByText('住院 三级医院：起付线 1300 元，基金支付 85%')).toBeInTheDocument();
    expect(screen.getByText(/第 1 张结算单 — 与结算单一致，分毫不差/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存并打开编辑' }));
    await screen.findByRole('heading', { name: '编辑“上海市”' });
    expect(field(`${schedule0}[0].ratio`).value).toBe('85%');
  });

  it('says which amount is wrong instead of deriving from it', async () => {
    const { user } = await openRules();
    await user.click(screen.getByRole('button', { name: '从结算单推算' }));
    await user.type(screen.getByLabelText('地区代码（6 位）'), '310000');
    await user.type(screen.getByLabelText('医疗费总额'), '5000');
    await user.type(screen.getByLabelText('起付线'), '1300');
    await user.type(screen.getByLabelText('统筹基金支付'), '4000');
    await user.click(screen.getByRole('button', { name: '推算' }));
    const basic = screen.getByLabelText('统筹基金支付');
    await waitFor(() => expect(basic).toHaveAttribute('aria-invalid', 'true'));
    expect(messageOf(basic)).toBe('统筹基金支付不能超过扣除起付线后的金额');
    expect(screen.queryByRole('button', { name: '保存并打开编辑' })).toBeNull();
  });
});

describe('importing a rules file', () => {
  const beijing = claim(
    tables.find((t) => t.id === '110000-employee-2010-05-01')!,
    '2026-12-01',
  );
  const file = (text: string, name = 'rules.json') => new File([text], name, { type: 'application/json' });

  it('names each problem of a bad file by its JSON path, and keeps nothing from it', async () => {
    const { user } = await openRules();
    const json = JSON.parse(exportFile(beijing).text);
    json.settings.inpatient.bands.schedules[0].bands[0].ratio = '85%';
    await user.upload(
      screen.getByLabelText('导入规则文件', { selector: 'input' }),
      file(JSON.stringify(json), 'bad.json'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('“bad.json”不是可用的规则文件');
    expect(within(alert).getByText('$.settings.inpatient.bands.schedules[0].bands[0].ratio')).toBeInTheDocument();
    expect(alert.textContent).toContain('比例应在 0% 到 100% 之间');
    expect(screen.getByText('还没有自定义规则。')).toBeInTheDocument();
  });

  it('takes a good file as a set of the person’s own, opened in the editor', async () => {
    const { user } = await openRules();
    await user.upload(screen.getByLabelText('导入规则文件', { selector: 'input' }), file(exportFile(beijing).text));
    await screen.findByRole('heading', { name: '编辑“北京市”' });
    expect(field('$.settings.inpatient.deductible.rules[1].amount').value).toBe('650');
  });
});
