/**
 * `npm run verify` cannot pass empty-handed: nothing to check, a case that checks nothing, an
 * unknown key, anything unreadable is a failure; an unreadable file never stops its neighbours;
 * a bad tier table is one line naming the file and the JSON path; an expected error can name its
 * code and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run, verify } from '../../src/cli/verify';
import { TIERS, tables } from '../tiers';

const ROOT = resolve(import.meta.dirname, '../..');
const good = JSON.parse(
  readFileSync(join(ROOT, 'test/cases/shared/beijing-employee-active-tertiary-12000.json'), 'utf8'),
);
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'verify-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, body: unknown) => {
  const p = join(dir, name);
  writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
  return p;
};

describe('verify', () => {
  it('passes a good case and counts it', () => {
    const r = verify([put('good.json', good)], tables);
    expect(r.lines.at(-1)).toBe('1 passed, 0 failed');
  });

  it('fails an empty folder and a folder of other files: nothing was checked', () => {
    expect(verify([dir], tables)).toMatchObject({ passed: 0, failed: 1 });
    put('notes.txt', 'hello');
    const r = verify([dir], tables);
    expect(r.failed).toBe(1);
    expect(r.lines.join('\n')).toContain('no case files (.json) here');
  });

  it('fails a case with an unknown key (a misspelt expekt), a case that expects nothing, a JSON array', () => {
    const { expect: _e, ...rest } = good;
    const cases = [
      put('typo.json', { ...rest, expekt: { fund: '1.00' } }),
      put('nothing.json', { ...rest, bills: good.bills.map(({ expect: _x, ...b }: { expect: unknown }) => b) }),
      put('array.json', '[1, 2]'),
      put('broken.json', '{ "name": '),
    ];
    const r = verify(cases, tables);
    expect(r).toMatchObject({ passed: 0, failed: 4 });
    const text = r.lines.join('\n');
    expect(text).toContain('unknown key "expekt"');
    expect(text).toContain('a case must check something');
    expect(text).toMatch(/array\.json\n\s+unreadable case: Invalid input: expected object, received array/);
    expect(text).toContain('unreadable case: not JSON');
  });

  it('runs every readable case in a folder when a neighbour cannot be read (a dangling link)', () => {
    put('a-good.json', good);
    symlinkSync(join(dir, 'nowhere.json'), join(dir, 'b-dangling.json'));
    put('c-good.json', { ...good, name: 'again' });
    const r = verify([dir], tables);
    expect(r).toMatchObject({ passed: 2, failed: 1 });
    expect(r.lines.join('\n')).toMatch(/FAIL .*b-dangling\.json\n\s+cannot be read \(ENOENT\)/);
  });

  it('checks an expected error’s code and field when the case names them', () => {
    const bad = { ...good, bills: [{ ...good.bills[0], total: '-1', expect: undefined }], expect: undefined };
    const right = put('right.json', { ...bad, expectError: { code: 'invalid-input', field: 'bills[0].total' } });
    const wrongField = put('wrong-field.json', {
      ...bad,
      expectError: { code: 'invalid-input', field: 'bills[0].classB' },
    });
    const wrongCode = put('wrong-code.json', { ...bad, expectError: { code: 'no-table' } });
    const r = verify([right, wrongField, wrongCode], tables);
    expect(r).toMatchObject({ passed: 1, failed: 2 });
    expect(r.lines.join('\n')).toContain('case.error.field: expected bills[0].classB');
  });

  it('reports a bad tier table in one line per problem, naming the file and the JSON path', () => {
    const tiers = join(dir, 'tiers');
    cpSync(TIERS, tiers, { recursive: true });
    const file = join(tiers, '110000/employee/2010-05-01.json');
    const t = JSON.parse(readFileSync(file, 'utf8'));
    t.settings.inpatient.bands.schedules[0].bands[0].grade = 'D';
    writeFileSync(file, JSON.stringify(t));
    mkdirSync(join(dir, 'cases'));
    const r = run(tiers, [put('cases/good.json', good)]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      expect.stringMatching(
        /^FAIL table tiers\/110000\/employee\/2010-05-01\.json \$\.settings\.inpatient\.bands\.schedules\[0\]\.bands\[0\]\.grade: /,
      ),
      '0 passed, 1 failed',
    ]);
  });

  it('as a command: exit 0 for the project’s cases, 1 on any failure, 2 without arguments', () => {
    const npm = (...args: string[]) =>
      spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/verify.ts', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const ok = npm('test/cases/shared');
    expect(ok.status).toBe(0);
    expect(ok.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
    expect(npm(dir).status).toBe(1);
    expect(npm().status).toBe(2);
  });
});
