/**
 * Builds the production page once for every browser test file (building per file cost a build each
 * on a two-core machine) and finds the Chromium they drive. Both go to the files through `inject`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildPage } from '../../src/cli/bench-page';
import { findChromium } from '../../src/cli/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built page (a folder with index.html). */
    dist: string;
    chromium: { executablePath: string; env: Record<string, string> };
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const work = mkdtempSync(join(tmpdir(), 'page-test-'));
  const dist = join(work, 'dist');
  const [chromium] = await Promise.all([findChromium(), buildPage(dist)]);
  project.provide('dist', dist);
  project.provide('chromium', { executablePath: chromium.executablePath, env: chromium.env as Record<string, string> });
  return () => rmSync(work, { recursive: true, force: true });
}
