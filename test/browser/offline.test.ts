/**
 * Offline and updates (src/app/sw.ts, vite-plugin-pwa), under `vite preview` as a person's browser
 * meets the page: offline after one visit, only build files in the cache, no navigation can replace
 * the cached page, an update notice only for a new deploy, and the tab on the old version working on
 * while the new one waits. No Content-Security-Policy violation anywhere.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { W } from '../../src/ui/common/words';
import { deployNewVersion, startPreview, type Preview } from './deploy';
import { launchChromium, reportCspViolations, watch } from './harness';
import { expected, slipShows } from './slip';

const work = mkdtempSync(join(tmpdir(), 'offline-test-'));
const v2 = join(work, 'v2');
let browser: Browser;
let server: Preview;
let ctx: BrowserContext;
/** What each page opened reports (filled as the pages run): read through problems(). */
const watched: string[][] = [];
const problems = () => watched.flat();

beforeAll(async () => {
  deployNewVersion(inject('dist'), v2);
  browser = await launchChromium();
  server = await startPreview(inject('dist'));
  ctx = await browser.newContext({ locale: 'zh-CN' });
  await reportCspViolations(ctx);
});
afterAll(async () => {
  await ctx?.close();
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Opens a page of the app; `watched` false for an address meant to fail (its 404 is no problem). */
async function open(path = '/', watched_ = true): Promise<Page> {
  const page = await ctx.newPage();
  if (watched_) watched.push(watch(page));
  await page.goto(`${server.origin}${path}`);
  return page;
}

/** Resolves once the page's worker is active: it has precached every build file by then. */
const offlineReady = (page: Page) => page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));

/** Every URL in the page's caches, relative to the app, without Workbox's revision parameter. */
const cached = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const out: string[] = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) {
        const url = new URL(req.url);
        url.searchParams.delete('__WB_REVISION__');
        out.push(url.href.slice(location.origin.length + 1));
      }
    }
    return out.sort();
  });

const bill = async (page: Page, total: string) => {
  await page.getByLabel(W.total.zh, { exact: true }).fill(total);
  const date = await page.getByLabel(W.date.zh, { exact: true }).inputValue();
  const want = expected(
    { region: '110000', scheme: 'employee', category: 'active' },
    { date, setting: 'inpatient', level: 'tertiary', total },
  );
  return { want, got: await slipShows(page, want) };
};

describe('offline, under vite preview', () => {
  it('works offline after one visit: the page, the engine and the tables come from the cache', async () => {
    const first = await open();
    await offlineReady(first);
    await ctx.setOffline(true);
    const page = await open();
    const { want, got } = await bill(page, '23456.78');
    expect(got).toEqual(want);
    await ctx.setOffline(false);
    expect(problems()).toEqual([]);
  });

  it('keeps only build files in its cache, each once', async () => {
    const page = await open();
    const dist = inject('dist');
    const built = files(dist)
      .map((f) => relative(dist, f))
      .filter((f) => f !== 'sw.js');
    const keys = await cached(page);
    expect(keys).toEqual([...built].sort());
  });

  it('never lets a navigation replace the cached page: an icon opened in a tab, an unknown address', async () => {
    const icon = await open('/favicon.svg', false); // the browser also asks for /favicon.ico: a 404, not ours
    expect(await icon.evaluate(() => document.contentType)).toBe('image/svg+xml');
    await open('/no/such/page.js', false);
    const before = await cached(icon);
    await ctx.setOffline(true);
    const page = await open();
    const { want, got } = await bill(page, '8000');
    expect(got).toEqual(want);
    expect(await cached(page)).toEqual(before);
    await ctx.setOffline(false);
    expect(problems()).toEqual([]);
  });

  it('says nothing about an update on a reload or in another mode, with no new deploy', async () => {
    const page = await open();
    await page.reload();
    await page.getByRole('button', { name: '全年', exact: true }).click();
    await page.reload();
    await page.getByRole('heading', { name: '全年费用' }).waitFor();
    await page.getByRole('button', { name: '单次费用', exact: true }).click();
    await page.waitForTimeout(1000);
    expect(await page.getByText('新版本已就绪').count()).toBe(0);
  });

  it('offers a new deploy once it has installed, while the old tab keeps working on the old version', async () => {
    const old = await open();
    await offlineReady(old);
    // The new deploy: the old build's hashed files are gone from the server.
    await server.close();
    server = await startPreview(v2, server.port);
    const page = await open();
    await page.getByText('新版本已就绪').waitFor({ timeout: 15_000 });
    // The old version still runs in this tab: its engine and tables load from the old cache.
    const { want, got } = await bill(page, '54321');
    expect(got).toEqual(want);
    const deployed = () => !!document.querySelector('meta[name="deploy"]');
    expect(await page.evaluate(deployed)).toBe(false);
    await page.getByRole('button', { name: '刷新使用新版本' }).click();
    await page.waitForFunction(deployed, null, { timeout: 15_000 });
    const after = await bill(page, '54321');
    expect(after.got).toEqual(after.want);
    expect(problems()).toEqual([]);
  });

  it('reports a Content-Security-Policy violation when one happens (so "none" above means none)', async () => {
    const page = await ctx.newPage();
    const seen = watch(page);
    await page.goto(`${server.origin}/`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.head.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => '__inline' in window)).toBe(false);
    expect(seen.some((p) => p.includes('CSP violation: script-src'))).toBe(true);
  });
});
