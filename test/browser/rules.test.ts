/**
 * A person's own rules in the built page (issue 7): typed into the editor without JSON, used for a
 * bill, shared, and opened in a fresh browser with the same numbers, said to be someone's and
 * unverified, with a button to keep them; a rules part altered on the way is refused alone.
 */
import type { Page } from 'playwright-core';
import { fieldId } from '../../src/rules/editor/context';
import { startSite, watch, type Site } from './harness';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const at = (page: Page, path: string) => page.locator(`#${fieldId(path)}`);
const basicOnSlip = (page: Page) => page.locator('#slip-basic');

/** The link made in the first test, for the later ones. */
let shared = '';

describe('rules of one’s own in the built page', () => {
  it('are typed in, settle a bill and go into the share link', async () => {
    const ctx = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/`);
    await page.getByRole('button', { name: '我的规则' }).click();
    await page.getByRole('button', { name: '从空白开始' }).click();
    await page.getByLabel('地区名称').fill('上海市');
    await page.getByLabel('地区代码（6 位）').fill('310000');
    await at(page, '$.settings.inpatient.deductible.rules[0].amount').fill('1200');
    await at(page, '$.settings.inpatient.bands.schedules[0].bands[0].ratio').fill('85%');
    await page.getByRole('radio', { name: '不封顶' }).first().check();
    await page.getByText('已自动保存在这台设备上 · 可以使用').waitFor({ timeout: 5000 });
    await page.getByRole('button', { name: '完成' }).click();
    await page.getByRole('button', { name: '用它计算单笔费用' }).click();

    await page.getByLabel('医疗费总额', { exact: true }).fill('12000');
    // (12,000 − 1,200) × 85%, by hand.
    await expectText(basicOnSlip(page), '9,180.00');
    await page.getByText('按你填写的规则计算，未经核实').first().waitFor();
    await page.getByRole('button', { name: '分享链接' }).click();
    await page.getByRole('status').filter({ hasText: '链接已复制' }).waitFor({ timeout: 5000 });
    shared = await page.evaluate(() => navigator.clipboard.readText());
    const hash = new URL(shared).hash;
    expect(hash).toMatch(/&k=[0-9a-z]+&r=1\.z\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(2000);
    expect(new URL(shared).search).toBe('');
    expect(problems).toEqual([]);
  });

  it('open in a fresh browser with the same numbers, said to be someone’s and unverified, and can be kept', async () => {
    expect(shared, 'the previous test makes the link').not.toBe('');
    const page = await (await site.context()).newPage();
    const problems = watch(page);
    await page.goto(shared);
    await expectText(basicOnSlip(page), '9,180.00');
    await page.getByText('这个链接带来了别人填写的规则，结果按这些规则计算，未经核实。').waitFor();
    expect(await page.getByText('按你填写的规则计算，未经核实').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '保存到我的规则' }).click();
    await page.getByText('已保存到“我的规则”。').waitFor();
    await page.getByRole('button', { name: '我的规则' }).click();
    await page.getByRole('heading', { name: '上海市（来自链接）' }).waitFor({ timeout: 5000 });
    expect(problems).toEqual([]);
  });

  it('refuses a rules part altered on the way, with a message, and keeps the rest of the link', async () => {
    const altered = shared.replace(/(.)$/, (c) => (c === 'A' ? 'B' : 'A'));
    const page = await (await site.context()).newPage();
    const problems = watch(page);
    await page.goto(altered);
    await page.getByText('链接中的自定义规则已损坏（可能被截断或改动），没有使用；链接的其余部分照常打开。').waitFor({
      timeout: 5000,
    });
    expect(await page.getByLabel('医疗费总额', { exact: true }).inputValue()).toBe('12000');
    expect(problems).toEqual([]);
  });
});

async function expectText(locator: ReturnType<Page['locator']>, text: string) {
  await locator.filter({ hasText: text }).waitFor({ timeout: 8000 });
  expect((await locator.textContent())?.trim()).toBe(text);
}
