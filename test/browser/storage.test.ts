/**
 * Nothing a person entered is lost (issue 11), in the built page: the year keeps its own person
 * across a reopen; every stored key corrupted in turn opens a working page that keeps what it
 * could not read aside, exactly as it was; a full storage is said and the page keeps working; a
 * year link puts the year it replaces aside, restorable.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { startSite, watch, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const card = (page: Page, n: number) => page.getByRole('article', { name: new RegExp(`^第 ${n} 笔`) });

async function openYear(page: Page): Promise<void> {
  const tab = page.getByRole('button', { name: '全年', exact: true });
  if ((await tab.getAttribute('aria-pressed')) !== 'true') await tab.click();
  await page.getByRole('heading', { name: '全年费用' }).waitFor();
}

async function addBill(page: Page, n: number, date: string, total: string): Promise<void> {
  await page.getByRole('button', { name: /添加一笔费用/ }).click();
  await card(page, n).getByLabel('费用日期', { exact: true }).fill(date);
  await card(page, n).getByLabel('医疗费总额', { exact: true }).fill(total);
  await card(page, n)
    .getByRole('button', { name: `完成 第 ${n} 笔` })
    .click();
}

const stored = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])));

/** A Shandong elderly resident's year of two bills, entered through the page. */
async function shandongYear(ctx: BrowserContext): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${site.origin}/`);
  await openYear(page);
  await page.getByLabel('地区', { exact: true }).selectOption('370000');
  await page.getByLabel('险种', { exact: true }).selectOption('resident');
  await page.getByLabel('人员类别', { exact: true }).selectOption('elderly');
  await addBill(page, 1, '2015-03-01', '20000');
  await addBill(page, 2, '2015-06-01', '3000');
  await page.waitForFunction(() => (localStorage.getItem('yibao.year') ?? '').includes('"3000"'));
  return page;
}

describe('nothing the person entered is lost', () => {
  it('reopening the plain address restores the last year exactly, with its own person', async () => {
    const ctx = await site.context();
    const first = await shandongYear(ctx);
    const before = (await stored(first))['yibao.year'];
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/`); // what the installed app's icon opens
    await page.getByRole('heading', { name: '全年费用' }).waitFor();
    expect(await page.getByLabel('地区', { exact: true }).inputValue()).toBe('370000');
    expect(await page.getByLabel('险种', { exact: true }).inputValue()).toBe('resident');
    expect(await page.getByLabel('人员类别', { exact: true }).inputValue()).toBe('elderly');
    expect(await page.getByRole('article').count()).toBe(2);
    await page.waitForTimeout(300);
    expect((await stored(page))['yibao.year']).toBe(before);
    expect(problems).toEqual([]);
  });

  it('opens a working page for every stored key corrupted in turn, keeping what it could not read aside', async () => {
    const ctx = await site.context();
    const first = await shandongYear(ctx);
    await first.getByRole('button', { name: 'English' }).click();
    await first.getByRole('button', { name: '中文' }).click();
    const good = await stored(first);
    expect(Object.keys(good).sort()).toEqual(['yibao.mode', 'yibao.prefs', 'yibao.year']);
    for (const key of Object.keys(good)) {
      const broken = good[key]!.slice(0, Math.floor(good[key]!.length / 2));
      await first.evaluate(
        ([all, k, v]) => {
          localStorage.clear();
          for (const [a, b] of Object.entries(all as Record<string, string>)) localStorage.setItem(a, b);
          localStorage.setItem(k as string, v as string);
        },
        [good, key, broken] as const,
      );
      const page = await ctx.newPage();
      const problems = watch(page);
      await page.goto(`${site.origin}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForTimeout(300);
      const now = await stored(page);
      const aside = Object.entries(now).filter(([k]) => k.startsWith('yibao.aside.'));
      // What could not be read is kept aside exactly as it was, with the date, never overwritten.
      expect(
        aside.map(([, v]) => JSON.parse(v).raw),
        key,
      ).toEqual([broken]);
      expect(JSON.parse(aside[0]![1]).savedAt, key).toMatch(/^\d{4}-\d\d-\d\dT/);
      if (key === 'yibao.year') {
        await page.getByText('本机保存的全年数据无法读取').waitFor();
        await page.getByText(/另存的数据/).waitFor();
      } else {
        // The other keys are the person's choices, not their entries: the year is all there.
        await openYear(page);
        await page.getByRole('article').nth(1).waitFor();
        expect(await page.getByRole('article').count(), key).toBe(2);
      }
      expect(problems, key).toEqual([]);
      await page.close();
    }
  });

  it('a bill that cannot be read is left out and named, the others restored', async () => {
    const ctx = await site.context();
    const first = await shandongYear(ctx);
    await first.evaluate(() => {
      const v = JSON.parse(localStorage.getItem('yibao.year')!);
      v.year.bills[0].level = 'quaternary';
      localStorage.setItem('yibao.year', JSON.stringify(v));
    });
    const page = await ctx.newPage();
    await page.goto(`${site.origin}/`);
    await page.getByText('2 笔费用中的 1 笔无法读取').waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    const aside = Object.entries(await stored(page)).filter(([k]) => k.startsWith('yibao.aside.'));
    expect(JSON.parse(JSON.parse(aside[0]![1]).raw).year.bills[0].level).toBe('quaternary');
  });

  it('a full storage is said once and the page keeps working; what was kept stays as it was', async () => {
    const ctx = await site.context();
    const page = await shandongYear(ctx);
    const keptBefore = (await stored(page))['yibao.year']!;
    // Fill what is left of this origin's storage.
    await page.evaluate(() => {
      const chunk = 'x'.repeat(256 * 1024);
      for (let i = 0; ; i++) {
        try {
          localStorage.setItem(`filler.${i}`, chunk);
        } catch {
          break;
        }
      }
      for (let n = 1024; n >= 1; n = Math.floor(n / 2)) {
        try {
          for (let i = 0; ; i++) localStorage.setItem(`filler.small.${n}.${i}`, 'x'.repeat(n));
        } catch {
          // full at this size; try smaller
        }
      }
    });
    const problems = watch(page);
    await addBill(page, 3, '2015-09-01', '5000');
    await page.getByText('本机存储空间已满，最近的修改没有保存').waitFor();
    // The page keeps working with the bill entered; storage keeps what it had, untouched.
    expect(await page.getByRole('article').count()).toBe(3);
    await card(page, 3).getByRole('button', { name: '编辑 第 3 笔' }).click();
    expect(await card(page, 3).getByLabel('医疗费总额', { exact: true }).inputValue()).toBe('5000');
    expect((await stored(page))['yibao.year']).toBe(keptBefore);
    expect(problems).toEqual([]);
  });

  it('a year link puts the year it replaces aside, and 恢复 brings it back', async () => {
    const ctx = await site.context();
    await shandongYear(ctx);
    const page = await ctx.newPage();
    await page.goto(`${site.origin}/?y=1&b=20250301_it_12000`);
    await page.getByText('打开的链接替换了本机保存的全年数据').waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    await page.getByRole('button', { name: '恢复' }).click();
    await page.getByLabel('地区', { exact: true }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('article').length === 2);
    expect(await page.getByLabel('地区', { exact: true }).inputValue()).toBe('370000');
    // The link's year is kept aside in its turn.
    const aside = Object.entries(await stored(page)).filter(([k]) => k.startsWith('yibao.aside.'));
    expect(aside.map(([, v]) => JSON.parse(JSON.parse(v).raw).year.bills.length)).toEqual([1]);
  });
});
