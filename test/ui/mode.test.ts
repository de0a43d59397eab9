// @vitest-environment jsdom
import { screen } from '@testing-library/svelte';
import { closePages, openPage } from './harness';

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
