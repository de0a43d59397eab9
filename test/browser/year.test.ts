/**
 * The year page in the built app, in headless Chromium (issue 4, item 8): build a three-bill year,
 * reload and find it kept, share it, and open the link offline in a fresh browser context after a
 * first visit — the same numbers each time, all of them the engine's (run here in Node).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { settleYear } from '../../src/engine';
import { money } from '../../src/text/format';
import { startSite, watch, type Site } from './harness';
import { tables } from './slip';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const BILLS = [
  { date: '2025-03-01', level: 'tertiary', total: '12,000', engineTotal: '12000' },
  { date: '2025-05-10', level: 'secondary', total: '8000元', engineTotal: '8000' },
  { date: '2025-09-01', level: 'tertiary', total: '150000', engineTotal: '150000' },
] as const;
const KEYS = ['total', 'fund', 'outOfPocket', 'basic', 'supplementary', 'accountOwn', 'cash'] as const;

const want = (() => {
  const y = settleYear(tables, {
    person: {
      region: '110000',
      scheme: 'employee',
      category: 'active',
      hardship: false,
      accounts: { own: '2000', family: [] },
    },
    bills: BILLS.map((b) => ({ date: b.date, setting: 'inpatient', level: b.level, total: b.engineTotal })),
  });
  return Object.fromEntries(KEYS.map((k) => [k, money(y.totals[k])])) as Record<(typeof KEYS)[number], string>;
})();

async function summary(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const k of KEYS)
    out[k] = ((await page.locator(`td[data-key="${k}"]`).first().textContent({ timeout: 10_000 })) ?? '').trim();
  return out;
}

/** Waits until the summary shows `want` (tables and engine load lazily), then returns what it shows. */
async function summaryShows(page: Page, timeoutMs = 15_000): Promise<Record<string, string>> {
  const until = Date.now() + timeoutMs;
  await page.locator('td[data-key="total"]').first().waitFor({ timeout: timeoutMs });
  let got = await summary(page);
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < until) {
    await page.waitForTimeout(100);
    got = await summary(page);
  }
  return got;
}

async function openYear(page: Page): Promise<void> {
  const tab = page.getByRole('button', { name: '全年', exact: true });
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
  await page.getByRole('heading', { name: '全年费用' }).waitFor();
}

async function addBill(page: Page, n: number, b: (typeof BILLS)[number]): Promise<void> {
  await page.getByRole('button', { name: /添加一笔费用/ }).click();
  const card = page.getByRole('article', { name: new RegExp(`^第 ${n} 笔`) });
  await card.getByLabel('费用日期', { exact: true }).fill(b.date);
  await card.getByLabel('医院等级', { exact: true }).selectOption(b.level);
  await card.getByLabel('医疗费总额', { exact: true }).fill(b.total);
  await card.getByRole('button', { name: `完成 第 ${n} 笔` }).click();
}

/** Resolves once the page's service worker is active (it precaches every build file before it activates). */
const offlineReady = (page: Page) => page.evaluate(() => navigator.serviceWorker.ready.then(() => true));

describe('the year in the built page', () => {
  let link = '';
  let first: BrowserContext;

  it('builds a three-bill year whose totals are the engine’s', async () => {
    first = await site.context();
    const page = await first.newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/`);
    await openYear(page);
    await page.getByText('个人负担的支付顺序').click();
    await page.getByLabel('本人个人账户余额', { exact: true }).fill('2000');
    for (const [i, b] of BILLS.entries()) await addBill(page, i + 1, b);
    expect(await summaryShows(page)).toEqual(want);
    expect(Number(want.supplementary.replace(/,/g, ''))).toBeGreaterThan(0); // the year reaches past the basic cap
    expect(problems).toEqual([]);
  });

  it('keeps the year over a reload', async () => {
    const page = first.pages()[0]!;
    await page.reload();
    await page.getByRole('heading', { name: '全年费用' }).waitFor();
    expect(await summaryShows(page)).toEqual(want);
    expect(await page.getByRole('article').count()).toBe(3);
  });

  it('shares the year as one short ASCII link', async () => {
    const page = first.pages()[0]!;
    await page.getByRole('button', { name: '分享全年' }).click();
    link = await page.getByLabel('全年分享链接').inputValue();
    expect(link.startsWith(`${site.origin}/#y=2&`)).toBe(true);
    expect(link).toMatch(/^[\x21-\x7e]+$/);
    expect(link.length).toBeLessThan(300);
  });

  it('opens the link offline in a fresh context after a first visit, with the same numbers', async () => {
    const ctx = await site.context();
    const visit = await ctx.newPage();
    await visit.goto(`${site.origin}/`);
    await offlineReady(visit);
    await ctx.setOffline(true);
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(link);
    await page.getByRole('heading', { name: '全年费用' }).waitFor({ timeout: 15_000 });
    expect(await summaryShows(page)).toEqual(want);
    expect(problems).toEqual([]);
    // Truly offline: anything not cached fails, so the page above came from the service worker's cache.
    expect(
      await page.evaluate(() =>
        fetch(`./not-cached-${Date.now()}`).then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    expect(site.requests.filter((u) => !u.startsWith(site.origin))).toEqual([]);
  });
});
