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
  const YEAR_LINK = '?y=1&t=20100501&ao=3000&b=20250301_it_12000';

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
