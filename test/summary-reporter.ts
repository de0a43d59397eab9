/**
 * Ends a Vitest run with the plain line `N passed, M failed` (`, K skipped` where any), which CI
 * reads as the run's count whatever the runner.
 *
 * A failure is anything that went wrong, not only a failed test: a test file that could not be
 * loaded, a hook that threw (its tests then show as skipped, which must not read as a pass), and an
 * error thrown outside any test. Each counts once.
 */
import type { Reporter, SerializedError, TestModule } from 'vitest/node';

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}

export function tally(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): Tally {
  const t: Tally = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const m of modules) {
    let failedHere = 0;
    for (const test of m.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') t.passed++;
      else if (state === 'failed') failedHere++;
      else t.skipped++;
    }
    // Errors outside tests: the file's own (load, top-level hooks) and each suite's hooks.
    failedHere += m.errors().length;
    for (const s of m.children.allSuites()) failedHere += s.errors().length;
    if (failedHere === 0 && m.state() === 'failed') failedHere = 1;
    t.failed += failedHere;
  }
  return t;
}

export const summaryLine = ({ passed, failed, skipped }: Tally): string =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    process.stdout.write(`\n${summaryLine(tally(modules, unhandledErrors))}\n`);
  }
}
