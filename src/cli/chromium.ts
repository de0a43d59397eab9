/**
 * Which Chromium the browser tests and `npm run bench:page` drive. In order: `CHROME_PATH` when set,
 * a system Chromium (Debian's, which `.ci/run` installs for speed), else the headless Chromium that
 * ships inside the npm package `@sparticuz/chromium` — so `npm install && npm test` works on a
 * machine that has no browser and can reach nothing but the npm registry.
 *
 * The package unpacks its binary into the temp folder on first use. It also carries the few shared
 * libraries Chromium needs beyond glibc (NSS, NSPR, expat) but only unpacks them on Amazon Linux;
 * here they are unpacked too and put on the child's LD_LIBRARY_PATH, so a bare machine without
 * Debian's libnss3 still starts it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';

export interface ChromiumBinary {
  executablePath: string;
  /** Environment for the browser process (adds the packaged libraries where they are used). */
  env: NodeJS.ProcessEnv;
  /** Where it came from, for messages. */
  origin: 'CHROME_PATH' | 'system' | '@sparticuz/chromium';
}

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags every launch uses: headless, no sandbox (root in CI), and no calls to Google's hosts. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Unpacks one of the package's `.tar.br` archives into `into` with the system's tar. */
function untarBrotli(file: string, into: string): void {
  mkdirSync(into, { recursive: true });
  const r = spawnSync('tar', ['-x', '-C', into], { input: brotliDecompressSync(readFileSync(file)) });
  if (r.status !== 0) throw new Error(`tar could not unpack ${file}: ${r.stderr?.toString() ?? r.error}`);
}

async function packaged(): Promise<ChromiumBinary> {
  const { default: chromium } = await import('@sparticuz/chromium');
  const executablePath = await chromium.executablePath();
  // The package's own folder: the nearest one above its entry file that has bin/ (its layout differs by version).
  let bin = dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium'));
  while (!existsSync(join(bin, 'bin', 'al2023.tar.br')) && dirname(bin) !== bin) bin = dirname(bin);
  bin = join(bin, 'bin');
  const libs = join(tmpdir(), 'sparticuz-libs');
  if (!existsSync(join(libs, 'lib', 'libnss3.so'))) untarBrotli(join(bin, 'al2023.tar.br'), libs);
  const path = [join(libs, 'lib'), process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  return { executablePath, env: { ...process.env, LD_LIBRARY_PATH: path }, origin: '@sparticuz/chromium' };
}

/** The Chromium to use; throws with a plain message when none can be found or unpacked. */
export async function findChromium(): Promise<ChromiumBinary> {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
    return { executablePath: fromEnv, env: process.env, origin: 'CHROME_PATH' };
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { executablePath: system, env: process.env, origin: 'system' };
  try {
    return await packaged();
  } catch (e) {
    throw new Error(
      `no Chromium: CHROME_PATH is not set, none of ${SYSTEM.join(', ')} exists, and @sparticuz/chromium could not be unpacked (${String(e)})`,
      { cause: e },
    );
  }
}
