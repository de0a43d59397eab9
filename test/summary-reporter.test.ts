/**
 * The closing line counts every way a run can go wrong: the fixtures hold a passing file, a file
 * that cannot load, a beforeAll that throws, an afterAll that throws and an error left behind by a
 * passing test. They run in a Vitest of their own, as CI would see them.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

it('counts files that fail to load, hooks that throw and stray errors as failed', () => {
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/fixtures/reporter/vitest.config.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true', NO_COLOR: '1' },
    },
  );
  expect(run.status).not.toBe(0);
  const last = run.stdout.trim().split('\n').at(-1);
  expect(last).toBe('3 passed, 4 failed, 2 skipped');
});
