import { screen } from '@testing-library/svelte';
import { closePages, openPage } from '../bill/harness';

afterEach(closePages);

describe('one bill or the year', () => {
  it('the switch shows the year page in place of the single bill, and back', async () => {
    const { user } = await openPage();
    const one = screen.getByRole('button', { name: '单次费用' });
    const year = screen.getByRole('button', { name: '全年' });
    expect(one).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('医疗费总额')).toBeInTheDocument();
    await user.click(year);
    expect(year).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByLabelText('医疗费总额')).toBeNull();
    await user.click(one);
    expect(screen.getByLabelText('医疗费总额')).toBeInTheDocument();
  });
});

describe('a year link', () => {
  const YEAR_LINK = '?y=1&t=20100501&ao=3000&b=20250301_i3_12000';

  it('opens the year page at first paint', async () => {
    await openPage(YEAR_LINK);
    expect(screen.getByRole('button', { name: '全年' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('is not read as a single-bill link: switching to one bill shows no ignored-parts notice', async () => {
    const { user } = await openPage(YEAR_LINK);
    await user.click(screen.getByRole('button', { name: '单次费用' }));
    expect(screen.getByLabelText('医疗费总额')).toBeInTheDocument();
    expect(screen.queryByText(/链接中有部分内容无法使用/)).toBeNull();
  });
});

describe('a single-bill link', () => {
  it('opens the single bill even where this browser last used the year', async () => {
    localStorage.clear();
    localStorage.setItem('yibao.mode', JSON.stringify({ v: 1, mode: 'year' }));
    await openPage('?v=1&tt=12000&d=2025-06-01', { keepStorage: true });
    expect(screen.getByRole('button', { name: '单次费用' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('row', { name: /^统筹基金 9,095\.00$/ }, { timeout: 5000 })).toBeInTheDocument();
  });

  it('while the plain address opens the page last used', async () => {
    localStorage.clear();
    localStorage.setItem('yibao.mode', JSON.stringify({ v: 1, mode: 'year' }));
    await openPage('', { keepStorage: true });
    expect(screen.getByRole('button', { name: '全年' })).toHaveAttribute('aria-pressed', 'true');
  });
});
