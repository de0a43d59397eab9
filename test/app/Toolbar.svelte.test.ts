import { render, screen } from '@testing-library/svelte';
import App from '../../src/app/App.svelte';
import { createApp } from '../../src/app/page.svelte';
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
    expect(JSON.parse(localStorage.getItem('yibao.prefs')!)).toEqual({ v: 1, lang: 'zh', large: true });

    // A new visit (same storage) starts in large text.
    document.body.innerHTML = '';
    document.documentElement.className = '';
    const page = createApp();
    render(App, { props: { app: page } });
    expect(screen.getByRole('button', { name: '大字模式' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveClass('large-text');
    page.address.dispose();
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

  it('every word of the result follows the language: slip lines, steps, the table used', async () => {
    const { user } = await openPage('?v=1&tt=12000&d=2025-06-01');
    await screen.findByRole('row', { name: /^统筹基金 9,095\.00$/ }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('row', { name: /^Basic fund 9,095\.00$/ })).toBeInTheDocument();
    expect(screen.queryByRole('row', { name: /统筹基金/ })).toBeNull();
    const result = document.getElementById('result')!;
    // No Chinese left in the result but a quoted clause (第三十六条 …) and the source's own title.
    const quoted = [...result.querySelectorAll('.cite')].map((c) => c.textContent ?? '');
    const words = (result.textContent ?? '').replace(
      new RegExp(quoted.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '$^', 'g'),
      '',
    );
    expect(words).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('moves the preferences older versions kept under yibao:lang and yibao:large-text', async () => {
    localStorage.clear();
    localStorage.setItem('yibao:lang', 'en');
    localStorage.setItem('yibao:large-text', '1');
    await openPage('', { keepStorage: true });
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement).toHaveClass('large-text');
    expect(localStorage.getItem('yibao:lang')).toBeNull();
    expect(JSON.parse(localStorage.getItem('yibao.prefs')!)).toEqual({ v: 1, lang: 'en', large: true });
  });
});
