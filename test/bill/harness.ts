/**
 * Opening the calculator page in jsdom the way a browser would: at an address (a shared link or
 * none), with fresh storage, the link state loaded, and the engine's tables from disk for
 * computing the expected numbers independently of the page.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { settleBill, startState } from '../../src/engine';
import App from '../../src/app/App.svelte';
import { createApp, type AppOptions, type AppState } from '../../src/app/page.svelte';

import { tables } from '../tiers';
export { tables };

const opened: AppState[] = [];

/** Opens the page at `address` ('', '#…' for a link, '?…' for an older link), with fresh storage unless kept. */
export async function openPage(address = '', opts: AppOptions & { keepStorage?: boolean } = {}) {
  window.history.replaceState(null, '', `/${address}`);
  if (!opts.keepStorage) localStorage.clear();
  document.documentElement.lang = 'zh-CN';
  document.documentElement.className = '';
  const user = userEvent.setup();
  const page = createApp(opts);
  opened.push(page);
  const view = render(App, { props: { app: page } });
  // The region's tables arrive after the first paint, as in a browser (on the bill page); the engine
  // comes with them for a link that holds a bill, else once someone taps or types (BillPage).
  if (page.mode.mode === 'one')
    await vi.waitFor(() => expect(page.calc.entry?.status ?? 'loading').not.toBe('loading'), { timeout: 5000 });
  return { page, user, view };
}

/** Waits until the parts built after the figures (slip, steps, comparison) have caught up with them. */
export const detailsShown = () =>
  vi.waitFor(
    () => {
      expect(document.querySelector('.details')).not.toBeNull();
      expect(document.querySelector('[aria-busy="true"]')).toBeNull();
    },
    { timeout: 5000 },
  );

/** Stops the address-bar writers of the pages opened, so one test's link cannot leak into the next. */
export function closePages() {
  for (const p of opened.splice(0)) p.address.dispose();
}

/** The text of a slip line's value ("slip-basic" …). */
export const slip = (key: string) => document.getElementById(`slip-${key}`)?.textContent?.trim();

/** Waits until the slip shows, and the rest of the result with it (the engine and tables load after the first paint). */
export async function slipShown() {
  const row = await screen.findByRole('row', { name: /^统筹基金/ }, { timeout: 5000 });
  await detailsShown();
  return row;
}

/** What the engine says for a bill, as the test's own independent call. */
export function engineSays(
  person: Record<string, unknown>,
  bill: Record<string, unknown>,
  prior?: Record<string, unknown>,
) {
  return settleBill(tables, person, bill, startState(person, prior)).result;
}

/** The bill date the page is using (defaults to today). */
export const pageDate = () => (screen.getByLabelText('费用日期') as HTMLInputElement).value;
