import { render, screen } from '@testing-library/svelte';
import App from '../../src/app/App.svelte';
import { createPage } from '../../src/app/page.svelte';
import { closePages, openPage } from '../bill/harness';

afterEach(closePages);

describe('large text and language', () => {
  it('the large-text toggle reports its state, scales the page and is remembered', async () => {
    const { user } = await openPage();
    const toggle = screen.getByRole('button', { name: '大字模式' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).not.toHaveClass('large-text');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-text');
    expect(localStorage.getItem('yibao:large-text')).toBe('1');

    // A new visit (same storage) starts in large text.
    document.body.innerHTML = '';
    document.documentElement.className = '';
    const page = createPage();
    render(App, { props: page });
    expect(screen.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-text');
    page.link.dispose();
  });

  it('switches to English and back, with the lang attribute and the labels following', async () => {
    const { user } = await openPage();
    expect(document.documentElement.lang).toBe('zh-CN');
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByLabelText('Total bill')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Large text' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByLabelText('医疗费总额')).toBeInTheDocument();
  });

  it('the slip keeps Chinese first with English second in either language', async () => {
    const { user } = await openPage('?v=1&tt=12000&d=2025-06-01');
    await screen.findByRole('row', { name: /^统筹基金 Basic fund/ }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('row', { name: /^统筹基金 Basic fund 9,095\.00$/ })).toBeInTheDocument();
  });
});
