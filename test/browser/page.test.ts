/**
 * The built page in headless Chromium (issue 3, item 6): a bill entered shows the engine's numbers;
 * the page's link reproduces them in a fresh browser; 50+ malformed links leave a usable page with no
 * error; and nothing is ever requested from another origin.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { decodeForm } from '../../src/bill/codec';
import { signed } from '../../src/link/kernel';
import { defaultForm } from '../../src/bill/doc';
import { T } from '../../src/bill/words';
import { V } from '../../src/bill/result-words';
import { W } from '../../src/ui/common/words';
import { startSite, watch, type Site } from './harness';
import { MALFORMED_LINKS } from './links';
import { engineSays, expected, slipShows, type Row } from './slip';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(async () => {
  await site?.close();
});

const totalField = (page: Page) => page.getByLabel(W.total.zh, { exact: true });

/** The bill of test 1, and the link it leaves in the address bar, for test 2. */
let entered: { want: Record<Row, string>; url: string } | null = null;

/**
 * Opens one malformed link and types a total. Usable means: no error, the notice lists what was
 * ignored, and the page shows exactly what the engine says for the form the link decodes to — the
 * figures, or the engine's own reason where it refuses (an unknown rule is never guessed).
 */
async function openMalformed(ctx: BrowserContext, query: string, where: 'query' | 'hash'): Promise<string[]> {
  const page = await ctx.newPage();
  const problems = watch(page);
  // As an older link (in the query, no checksum) or as a link of now (after #, its checksum right).
  const text = where === 'hash' ? signed(query) : query;
  try {
    await page.goto(`${site.origin}/${where === 'hash' ? '#' : '?'}${text}`);
    await totalField(page).waitFor({ timeout: 5000 });
    const date = await page.getByLabel(W.date.zh, { exact: true }).inputValue();
    const { form, ignored } = decodeForm(text, defaultForm(date), where);
    if (ignored.length > 0)
      await page.getByRole('note').filter({ hasText: T.linkIgnored.zh }).waitFor({ timeout: 3000 });
    await totalField(page).fill('5000');
    const says = engineSays({ ...form, total: '5000' });
    if (says.ok) {
      const got = await slipShows(page, says.want, 5000);
      if (JSON.stringify(got) !== JSON.stringify(says.want))
        problems.push(`slip ${JSON.stringify(got)}, engine ${JSON.stringify(says.want)}`);
    } else {
      await page.getByText(says.reason).first().waitFor({ timeout: 5000 });
    }
    if (await page.evaluate(() => '__xss' in window)) problems.push('injected script ran');
  } catch (e) {
    problems.push(String(e).split('\n')[0]!);
  }
  await page.close();
  return problems;
}

describe('the built page', () => {
  it('shows the numbers the engine gives for a bill typed in', async () => {
    const page = await (await site.context()).newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/`);
    const historyAtStart = await page.evaluate(() => history.length);
    await totalField(page).fill('23,456.78元');
    await page.getByLabel(W.outOfCatalog.zh, { exact: true }).fill('1200');
    await page.getByLabel(W.classB.zh, { exact: true }).fill('３０００');
    await page.getByLabel(W.level.zh, { exact: true }).selectOption('secondary');
    const date = await page.getByLabel(W.date.zh, { exact: true }).inputValue();

    const person = { region: '110000', scheme: 'employee', category: 'active', hardship: false };
    const bill = {
      date,
      setting: 'inpatient',
      level: 'secondary',
      total: '23456.78',
      outOfCatalog: '1200',
      overLimit: '0',
      classB: '3000',
      offsite: 'local',
    };
    const want = expected(person, bill);
    expect(Number(want.basic)).toBeGreaterThan(0); // a bill the fund pays part of, so the check means something
    expect(await slipShows(page, want)).toEqual(want);

    // The two headline figures say the same as the slip.
    const headline = async (zh: string) =>
      (
        (await page.locator('dt', { hasText: zh }).locator('xpath=following-sibling::dd[1]//strong').textContent()) ??
        ''
      ).replace(/,/g, '');
    expect(await headline(T.fundPays.zh)).toBe(want.fund);
    expect(await headline(T.youPay.zh)).toBe(want.outOfPocket);

    // The address follows the form (replaceState, throttled): wait for the link to carry the bill.
    await page.waitForFunction(() => location.hash.includes('tt=23456.78') && location.hash.includes('l=2'), null, {
      timeout: 5000,
    });
    // What was typed is after #, never in the part of the address a server is sent.
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart); // replaced, never pushed
    entered = { want, url: page.url() };
    expect(problems).toEqual([]);
  });

  it('shows the same numbers when its link is opened in a fresh browser context', async () => {
    expect(entered, 'the previous test sets the link').not.toBeNull();
    const page = await (await site.context()).newPage();
    const problems = watch(page);
    await page.goto(entered!.url);
    expect(await slipShows(page, entered!.want)).toEqual(entered!.want);
    expect(await totalField(page).inputValue()).toBe('23456.78');
    expect(new URL(entered!.url).search).toBe('');
    expect(new URL(entered!.url).hash).toMatch(/^#[a-z]{1,2}=[0-9a-z.-]+(&[a-z]{1,2}=[0-9a-z.-]+)*$/);
    expect(problems).toEqual([]);
  });

  it('shares a link (copy where there is no share sheet) that gives the same numbers', async () => {
    const ctx = await site.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await ctx.newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/`);
    await totalField(page).fill('8000');
    const date = await page.getByLabel(W.date.zh, { exact: true }).inputValue();
    const want = expected(
      { region: '110000', scheme: 'employee', category: 'active' },
      { date, setting: 'inpatient', level: 'tertiary', total: '8000' },
    );
    expect(await slipShows(page, want)).toEqual(want);
    // Headless Chromium has no share sheet, so the button copies (navigator.share is reported too, in case it appears).
    const canShare = await page.evaluate(() => typeof navigator.share === 'function');
    await page.getByRole('button', { name: V.share.zh }).click();
    await page
      .getByRole('status')
      .filter({ hasText: canShare ? V.shared.zh : V.copied.zh })
      .waitFor({ timeout: 5000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${site.origin}/#v=2&`)).toBe(true);

    const fresh = await (await site.context()).newPage();
    const freshProblems = watch(fresh);
    await fresh.goto(copied);
    expect(await slipShows(fresh, want)).toEqual(want);
    expect([...problems, ...freshProblems]).toEqual([]);
  });

  it('keeps the numbers of the table a link pinned, and recomputes with the table in force on request', async () => {
    // Beijing residents: the 2018 table knows no catastrophic rules, the 2019 one does, so the two differ.
    const pinnedTo2018 = 'v=1&p=2018-01-01&d=2025-03-01&s=r&c=e&l=3&tt=200000&sb=60000';
    const fallback = defaultForm('2025-03-01');
    const then = engineSays(decodeForm(pinnedTo2018, fallback, 'query').form);
    const now = engineSays({ ...decodeForm(pinnedTo2018, fallback, 'query').form, pinned: '' });
    if (!then.ok || !now.ok) throw new Error('both tables settle this bill');
    expect(then.want.fund).not.toBe(now.want.fund);

    const page = await (await site.context()).newPage();
    const problems = watch(page);
    await page.goto(`${site.origin}/?${pinnedTo2018}`);
    expect(await slipShows(page, then.want)).toEqual(then.want);
    await page.getByRole('button', { name: T.recompute.zh }).click();
    expect(await slipShows(page, now.want)).toEqual(now.want);
    await page.waitForFunction(() => location.hash.includes('p=2019-01-01'), null, { timeout: 5000 });
    expect(problems).toEqual([]);
  });

  it(`stays usable and error-free on ${MALFORMED_LINKS.length} malformed links`, async () => {
    expect(MALFORMED_LINKS.length).toBeGreaterThanOrEqual(50);
    const ctx = await site.context();
    const failures: string[] = [];
    // A few pages at a time keeps the suite fast; each link still gets its own page.
    // Each link as an older `?` link and, every other one, signed after # as links are made now.
    const queue = MALFORMED_LINKS.flatMap((q, i) => [[q, 'query'] as const, ...(i % 2 ? [] : [[q, 'hash'] as const])]);
    const worker = async () => {
      for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
        const [query, where] = next;
        const problems = await openMalformed(ctx, query, where);
        if (problems.length)
          failures.push(
            `${query.length > 50 ? `${query.slice(0, 50)}… (${query.length} chars)` : query}: ${problems.join('; ')}`,
          );
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    expect(failures).toEqual([]);
  });

  it('makes no request to any other origin', async () => {
    // Runs last: covers every page the tests above opened.
    expect(site.requests.some((u) => /\/assets\/.*\.js$/.test(u))).toBe(true);
    const foreign = site.requests.filter((u) => !u.startsWith(`${site.origin}/`) && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
  });
});
