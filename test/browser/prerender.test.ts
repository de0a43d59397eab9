/**
 * The first screen is in the built index.html (issue 8, item 1): its words are there before any
 * script runs; the script hydrates that markup in place (the same elements, where they were, none
 * added); and a visit that shows something else (a link's state, the year page kept on this
 * device) never shows the prerendered defaults, not even for a frame.
 */
import type { Page } from 'playwright-core';
import { A } from '../../src/app/words';
import { T } from '../../src/bill/words';
import { signed } from '../../src/link/kernel';
import { W } from '../../src/ui/common/words';
import { Y } from '../../src/year/words';
import { startSite, watch, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

/** A phone's width, where the form itself also says the result (in one line under the total). */
const PHONE = { viewport: { width: 375, height: 800 } };

/** Holds the app's entry script until `release` is called: what shows meanwhile is the HTML's alone. */
async function holdScript(page: Page): Promise<() => void> {
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Every element of the app with its box (the chart's drawing aside: it is drawn by the script). */
const layout = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('#app *')]
      .filter((el) => !el.closest('figure'))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName}#${el.id}.${el.className} ${r.x},${r.y} ${r.width}x${r.height}`;
      }),
  );

/**
 * Records, on every frame from the start, whether an element whose whole text is `text` can be
 * seen (checkVisibility with visibility:hidden counted).
 */
const recordSeen = (page: Page, text: string) =>
  page.addInitScript((text) => {
    const w = window as unknown as { __seen: boolean[] };
    w.__seen = [];
    const frame = () => {
      const hit = [...document.querySelectorAll('#app p, #app h2, #app input')].some(
        (el) =>
          (el.textContent?.trim() === text || (el as HTMLInputElement).id === text) &&
          el.checkVisibility({ visibilityProperty: true }),
      );
      w.__seen.push(hit);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  }, text);

const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: boolean[] }).__seen);

describe('the prerendered first screen', () => {
  it('is in index.html before any script runs: heading, form and the defaults’ result', async () => {
    const html = await (await fetch(`${site.origin}/`)).text();
    const body = html.slice(html.indexOf('<div id="app">'));
    for (const words of [A.title.zh, A.tagline.zh, W.total.zh, T.resultHeading.zh, T.enterTotal.zh, A.footer.zh])
      expect(body).toContain(words);
    expect(body).toContain('<option value="110000" selected');
  });

  it('shows with JavaScript off as it does once hydrated', async () => {
    const ctx = await site.context({ ...PHONE, javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByRole('heading', { level: 1, name: A.title.zh }).waitFor();
    await page.getByText(T.enterTotal.zh).waitFor();
    expect(await page.getByLabel(W.total.zh, { exact: true }).count()).toBe(1);
  });

  it('is hydrated in place: the same elements, at the same places, none added, and it works', async () => {
    const ctx = await site.context(PHONE);
    const page = await ctx.newPage();
    const problems = watch(page);
    const release = await holdScript(page);
    await page.goto(`${site.origin}/`, { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    const before = await layout(page);
    // Marks every element, to find the very same objects after hydration.
    await page.evaluate(() =>
      document.querySelectorAll('#app *').forEach((el, i) => el.setAttribute('data-n', `${i}`)),
    );
    const script = page.waitForResponse(/\/assets\/index-[^/]+\.js$/);
    release();
    await script;
    // Hydration waits for the default tables (the form lists their choices): until all is fetched.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await layout(page)).toEqual(before);
    const unmarked = await page.evaluate(
      () =>
        [...document.querySelectorAll('#app *')].filter((el) => !el.closest('figure') && !el.hasAttribute('data-n'))
          .length,
    );
    expect(unmarked).toBe(0);
    expect(await page.locator('h1').count()).toBe(1);
    await page.getByLabel(W.total.zh, { exact: true }).fill('12000');
    await page.getByText(T.youPay.zh).first().waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
  });

  it('keeps a total typed before the script arrived', async () => {
    const ctx = await site.context(PHONE);
    const page = await ctx.newPage();
    const release = await holdScript(page);
    await page.goto(`${site.origin}/`, { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    await page.getByLabel(W.total.zh, { exact: true }).fill('8000');
    release();
    await page.getByText(T.youPay.zh).first().waitFor({ timeout: 10_000 });
    expect(await page.getByLabel(W.total.zh, { exact: true }).inputValue()).toBe('8000');
  });

  it('a link with state never shows the defaults: its own result comes first', async () => {
    const ctx = await site.context(PHONE);
    const page = await ctx.newPage();
    const problems = watch(page);
    await recordSeen(page, T.enterTotal.zh);
    await page.goto(`${site.origin}/#${signed('v=1&tt=5000')}`);
    await page.getByText(T.youPay.zh).first().waitFor({ timeout: 10_000 });
    expect(await page.getByLabel(W.total.zh, { exact: true }).inputValue()).toBe('5000');
    const frames = await seen(page);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter(Boolean)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('the year page kept on this device never shows the single bill’s form first', async () => {
    const ctx = await site.context();
    await ctx.addInitScript(() => localStorage.setItem('yibao.mode', JSON.stringify({ v: 1, mode: 'year' })));
    const page = await ctx.newPage();
    await recordSeen(page, 'total');
    await page.goto(`${site.origin}/`);
    await page.getByRole('heading', { name: Y.heading.zh }).first().waitFor({ timeout: 10_000 });
    const frames = await seen(page);
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.filter(Boolean)).toEqual([]);
  });
});
