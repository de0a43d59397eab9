/**
 * The browser tests' setting: the production build served on 127.0.0.1 and one headless Chromium
 * for the whole file. Every request any page makes is recorded, so a test can assert that the page
 * talks to no other origin. Chromium missing is a failure, never a skip (CI installs it).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, buildPage, serveDir } from '../../src/cli/bench-page';

export interface Site {
  origin: string;
  browser: Browser;
  /** Every URL requested by any page of any context made through `context()`. */
  requests: string[];
  context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: the browser tests need it (apt-get install -y chromium; .ci/run does this). They never skip.`);
  }
  const work = mkdtempSync(join(tmpdir(), 'page-test-'));
  await buildPage(join(work, 'dist'));
  const server = await serveDir(join(work, 'dist'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    origin: server.origin,
    browser,
    requests,
    async context(options) {
      const ctx = await browser.newContext({ locale: 'zh-CN', ...options });
      ctx.on('request', (r) => requests.push(r.url()));
      contexts.push(ctx);
      return ctx;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** Errors a page reports: uncaught exceptions, console errors, dialogs (alert from injected script). */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return problems;
}
