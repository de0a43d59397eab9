/**
 * npm run bench:page — the page's budgets (issue 3, item 7), measured rather than timed in tests:
 * 1. builds the app and sums the gzipped size of what the first load fetches (index.html and the
 *    JS and CSS its tags load at start) against the 60 KB budget; the chunks loaded later (tables,
 *    engine) are listed apart;
 * 2. runs Lighthouse (mobile) against a local static server of the build, when it can, and prints
 *    performance (floor 0.95) and accessibility (floor 1.0) with the audits that failed.
 * Exits non-zero when a budget is missed. `buildPage` and `serveDir` are also used by the browser tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { findChromium } from './chromium';

const root = resolve(import.meta.dirname, '../..');
const FIRST_LOAD_BUDGET = 60 * 1024;
const FLOORS = { performance: 0.95, accessibility: 1 } as const;
const YEAR_LINK =
  '?y=1&t=20100501&r=110000&ao=3000&af=5000~2000&b=20250301_it_12000~20250510_is_8000~20250901_it_150000';

/**
 * Builds the production app into `outDir` with the project's Vite config. Under Vitest NODE_ENV is
 * 'test', with which Vite would build a development bundle (import.meta.env.PROD false, Svelte in
 * dev mode): the browser tests must see what users get, so NODE_ENV is production for the build.
 */
export async function buildPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  const before = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      mode: 'production',
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

/** A tiny static server for a built folder on 127.0.0.1 (gzip when asked, as any real host does). */
export async function serveDir(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (relative(dir, file).startsWith('..')) file = dir;
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    const body = readFileSync(file);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

/** What index.html makes the browser fetch at start: module scripts, stylesheets, modulepreloads. */
export function startFiles(dir: string): string[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\b(stylesheet|modulepreload)\b/.test(rel)) refs.add(href);
  }
  return [...refs].filter((r) => !/^[a-z]+:/i.test(r)).map((r) => join(dir, r.replace(/^\.?\//, '')));
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

function reportSizes(dir: string): boolean {
  const start = [join(dir, 'index.html'), ...startFiles(dir)];
  console.log('First load (gzip -9):');
  let total = 0;
  for (const f of start) {
    total += gz(f);
    console.log(`  ${kb(gz(f)).padStart(9)}  ${relative(dir, f)}`);
  }
  const ok = total <= FIRST_LOAD_BUDGET;
  console.log(`  ${kb(total).padStart(9)}  total, budget ${kb(FIRST_LOAD_BUDGET)}: ${ok ? 'OK' : 'OVER'}`);
  const later = walk(dir).filter((f) => !start.includes(f) && /\.(js|css|json)$/.test(f));
  console.log('Loaded later, on demand (gzip -9):');
  for (const f of later.sort()) console.log(`  ${kb(gz(f)).padStart(9)}  ${relative(dir, f)}`);
  return ok;
}

interface LhAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface LhReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, LhAudit>;
}

/** Runs a command without blocking this process (the static server lives in it). */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (e) => (stderr += e.message));
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr });
    });
  });
}

/** Runs Lighthouse 12 (it supports Node 20; 13 needs 22) through npx; null when it cannot run here. */
async function lighthouse(url: string, out: string): Promise<LhReport | null> {
  const chrome = await findChromium();
  const args = [
    '-y',
    'lighthouse@12',
    url,
    '--chrome-flags=--headless --no-sandbox --disable-gpu',
    '--only-categories=performance,accessibility',
    '--form-factor=mobile',
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
  ];
  const r = await run('npx', args, { ...chrome.env, CHROME_PATH: chrome.executablePath }, 300_000);
  if (r.code !== 0 || !existsSync(out)) {
    console.log(`Lighthouse: could not run (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return null;
  }
  return JSON.parse(readFileSync(out, 'utf8')) as LhReport;
}

function reportLighthouse(report: LhReport): boolean {
  let ok = true;
  for (const [id, floor] of Object.entries(FLOORS)) {
    const cat = report.categories[id];
    const score = cat?.score ?? 0;
    const pass = score >= floor;
    ok &&= pass;
    console.log(`Lighthouse ${id}: ${score.toFixed(2)} (floor ${floor}) ${pass ? 'OK' : 'BELOW'}`);
    for (const ref of cat?.auditRefs ?? []) {
      const a = report.audits[ref.id];
      if (
        a &&
        a.score !== null &&
        a.score < 1 &&
        !['notApplicable', 'manual', 'informative'].includes(a.scoreDisplayMode)
      ) {
        console.log(
          `  failing: ${a.id} (${a.score.toFixed(2)}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`,
        );
      }
    }
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const a = report.audits[id];
    if (a?.displayValue) console.log(`  ${a.title}: ${a.displayValue}`);
  }
  return ok;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'bench-page-'));
  const dist = join(work, 'dist');
  try {
    await buildPage(dist);
    const sizesOk = reportSizes(dist);
    const server = await serveDir(dist);
    let lhOk = true;
    try {
      const report = await lighthouse(`${server.origin}/`, join(work, 'lighthouse.json'));
      if (report) lhOk = reportLighthouse(report);
      // The year page (lazily loaded after the switch) is reported too, for the record; the floors
      // of the issue are the single-bill first load's, so this does not change the exit code.
      console.log('\nYear page (a three-bill year link):');
      const year = await lighthouse(`${server.origin}/${YEAR_LINK}`, join(work, 'lighthouse-year.json'));
      if (year) reportLighthouse(year);
    } finally {
      await server.close();
    }
    process.exitCode = sizesOk && lhOk ? 0 : 1;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
