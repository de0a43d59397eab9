import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import UpdateNotice from '../../src/app/UpdateNotice.svelte';
import type { OfflineDeps } from '../../src/app/offline.svelte';

function fakes(prod = true) {
  let options: RegisterSWOptions | null = null;
  const updates: (boolean | undefined)[] = [];
  const deps: OfflineDeps = {
    prod,
    register: async (o) => {
      options = o;
      return async (reload?: boolean) => void updates.push(reload);
    },
  };
  return { deps: () => deps, options: () => options, updates };
}

describe('the update notice', () => {
  it('registers nothing outside production builds', async () => {
    const f = fakes(false);
    render(UpdateNotice, { lang: 'zh', deps: f.deps });
    await Promise.resolve();
    expect(f.options()).toBeNull();
  });

  it('has the worker registered once the page has loaded, not while it loads', async () => {
    const f = fakes();
    render(UpdateNotice, { lang: 'zh', deps: f.deps });
    await vi.waitFor(() => expect(f.options()).not.toBeNull());
    expect(f.options()!.immediate).toBe(false);
  });

  it('says nothing until a new build waits, then offers to reload into it', async () => {
    const f = fakes();
    render(UpdateNotice, { lang: 'zh', deps: f.deps });
    await vi.waitFor(() => expect(f.options()).not.toBeNull());
    expect(screen.queryByRole('status')).toBeNull();
    f.options()!.onNeedRefresh!();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('新版本已就绪');
    await userEvent.click(screen.getByRole('button', { name: '刷新使用新版本' }));
    expect(f.updates).toEqual([true]);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('speaks English when the page does', async () => {
    const f = fakes();
    render(UpdateNotice, { lang: 'en', deps: f.deps });
    await vi.waitFor(() => expect(f.options()).not.toBeNull());
    f.options()!.onNeedRefresh!();
    expect(await screen.findByRole('button', { name: 'Reload to use it' })).toBeInTheDocument();
  });
});
