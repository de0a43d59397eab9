/**
 * The browser tests' setting: the production build (made once, test/browser/global-setup.ts) served
 * on 127.0.0.1 and one headless Chromium for the whole file. Every request any page makes is
 * recorded, so a test can assert that the page talks to no other origin. No Chromium is a failure,
 * never a skip; where the machine has none, the one from the npm registry is used (src/cli/chromium.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { serveDir } from '../../src/cli/bench-page';
import { CHROMIUM_ARGS } from '../../src/cli/chromium';

export interface Site {
  origin: string;
  browser: Browser;
  /** Every URL requested by any page of any context made through `context()`. */
  requests: string[];
  context(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** The Chromium of this run (see global-setup.ts). */
export function launchChromium(): Promise<Browser> {
  const { executablePath, env } = inject('chromium');
  return chromium.launch({ executablePath, env, args: CHROMIUM_ARGS });
}

/** A server of the built page: a plain static host by default. */
type Serve = (dist: string) => Promise<{ origin: string; close(): Promise<void> }>;

export async function startSite(serve: Serve = serveDir): Promise<Site> {
  const server = await serve(inject('dist'));
  const browser = await launchChromium();
  const requests: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    origin: server.origin,
    browser,
    requests,
    async context(options) {
      const ctx = await browser.newContext({ locale: 'zh-CN', ...options });
      ctx.on('request', (r) => requests.push(r.url()));
      await reportCspViolations(ctx);
      contexts.push(ctx);
      return ctx;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Makes every Content-Security-Policy violation in the context's pages a console error, which
 * `watch` collects: the tests then assert there are none while they use the page.
 */
export async function reportCspViolations(ctx: BrowserContext): Promise<void> {
  await ctx.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
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
