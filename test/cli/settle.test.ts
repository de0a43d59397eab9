/**
 * `npm run settle` settles a case file's person and bills: the slips and the year's totals, or the
 * engine's result as JSON; a person's own tables (--tables, inline) settle with a warning that they
 * are unverified; anything wrong is one line on stderr naming the field or the table's file and
 * JSON path, exit 2 for bad input and 1 for an unknown rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/settle';
import { settleYear } from '../../src/engine';
import { tables } from '../tiers';

const ROOT = resolve(import.meta.dirname, '../..');
const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const BEIJING = join(ROOT, 'test/cases/shared/beijing-employee-active-tertiary-12000.json');
const beijing = read('test/cases/shared/beijing-employee-active-tertiary-12000.json');
const hypothetical = read('test/cases/own/hypothetical/h-employee-retired-five-points.json');
const {
  tables: [ownTable],
  ...ownCase
} = hypothetical;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'settle-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const put = (name: string, body: unknown) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, typeof body === 'string' ? body : JSON.stringify(body));
  return p;
};
const json = (args: string[]) => {
  const r = run(['--json', ...args]);
  expect(r).toMatchObject({ stderr: '', code: 0 });
  return JSON.parse(r.stdout);
};
/** A refusal: exit `code`, nothing on stdout, exactly one line on stderr; returns that line. */
const refused = (args: string[], code = 2): string => {
  const r = run(args);
  expect(r.stdout).toBe('');
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(/^error: [^\n]+\n$/);
  return r.stderr.trimEnd();
};
const badGrade = () => {
  const t = structuredClone(ownTable);
  t.settings.inpatient.bands.schedules[0].bands[0].grade = 'D';
  return t;
};

describe('settle', () => {
  it('prints a Beijing bill as a slip in both languages, then the year’s totals', () => {
    const r = run([BEIJING]);
    expect(r).toMatchObject({ stderr: '', code: 0 });
    const [bill, year] = r.stdout.split('\n\n');
    expect(bill).toMatch(/^第1笔 Bill 1 · 2025-03-01 · 住院 Inpatient · 三级医院 Tertiary \(level 3\) hospital/);
    for (const text of [bill, year]) {
      expect(text).toMatch(/^ {2}医疗费总额 +Total bill +12,000\.00$/m);
      expect(text).toMatch(/^ {2}起付线 +Deductible +1,300\.00$/m);
      expect(text).toMatch(/^ {2}统筹基金 +Basic fund +9,095\.00$/m);
      expect(text).toMatch(/^ {2}基金支付合计 +Funds pay in all +9,095\.00$/m);
      expect(text).toMatch(/^ {2}个人负担 +You pay +2,905\.00$/m);
      expect(text).toMatch(/^ {2}现金 +Cash +2,905\.00$/m);
      // A payer who paid nothing is left out; the accounts are always there.
      expect(text).not.toContain('大额互助');
      expect(text).toMatch(/^ {2}个人账户 +Personal account +0\.00$/m);
    }
    expect(year).toMatch(/^全年合计 \/ The year in total\n/);
    // The amounts end in one column, whatever the width of the Chinese before them.
    const ends = r.stdout.split('\n').filter((l) => /\d\.\d\d$/.test(l));
    const width = (l: string) => [...l].reduce((n, c) => n + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
    expect(new Set(ends.map(width)).size).toBe(1);
  });

  it('--json prints the engine’s year result without its state', () => {
    const out = json([BEIJING]);
    const bills = beijing.bills.map(({ expect: _e, ...b }: { expect: unknown }) => b);
    const year = settleYear(tables, { person: beijing.person, bills });
    expect(Object.keys(out)).toEqual(['bills', 'totals', 'warnings']);
    expect(out.totals).toEqual(year.totals);
    expect(out.bills[0].basic).toBe('9095.00');
  });

  it('--tables FILE and --tables DIR add a table for a region the built-ins lack, as the person’s own', () => {
    const input = put('input.json', ownCase);
    expect(refused([input])).toMatch(/^error: person\.region: .*990000/);
    const file = put('table.json', ownTable);
    put('folder/sub/table.json', ownTable);
    put('folder/notes.txt', 'not a table');
    for (const args of [
      ['--tables', file],
      [`--tables=${join(dir, 'folder')}`],
      ['--tables', join(dir, 'folder'), '--tables', join(dir, 'folder/sub/table.json')],
    ]) {
      const out = json([...args, input]);
      expect(out.totals.basic).toBe('17000.00');
      expect(out.bills[0].table.enteredByUser).toBe(true);
      expect(out.warnings.map((w: { code: string }) => w.code)).toContain('userRules');
    }
    expect(run(['--tables', file, input]).stdout).toContain(
      '按你填写的规则计算，未经核实 / Settled with rules you entered',
    );
  });

  it('uses the input’s inline tables the same way', () => {
    const out = json([put('inline.json', hypothetical)]);
    expect(out.totals.basic).toBe('17000.00');
    expect(out.warnings.map((w: { code: string }) => w.code)).toContain('userRules');
  });

  it('resolves relative paths from the folder it was started in', () => {
    put('input.json', ownCase);
    put('table.json', ownTable);
    const r = run(['--tables', 'table.json', 'input.json'], { cwd: dir });
    expect(r).toMatchObject({ stderr: '', code: 0 });
  });

  it('refuses a bad input field with exit 2, naming the field', () => {
    const bad = { ...beijing, bills: [{ ...beijing.bills[0], total: '-5' }] };
    expect(refused([put('bad.json', bad)])).toMatch(/^error: bills\[0\]\.total: \S.* \/ must be an amount/);
  });

  it('refuses a bad table with exit 2: inline at tables[0] and its path, a file by its name and path', () => {
    const path = '.settings.inpatient.bands.schedules[0].bands[0].grade';
    const inline = put('inline.json', { ...ownCase, tables: [badGrade()] });
    expect(refused([inline])).toContain(`error: tables[0]${path}: `);
    const file = put('bad-table.json', badGrade());
    expect(refused(['--tables', file, put('input.json', ownCase)])).toContain(`error: ${file} $${path}: `);
    const patch = put('patch.json', { ...ownTable, extends: '2024-01-01' });
    expect(refused(['--tables', patch, join(dir, 'input.json')])).toMatch(
      /patch\.json \$\.extends: .* one whole tier table: the extends form .* is not accepted$/,
    );
    const twice = put('twice.json', hypothetical);
    expect(refused(['--tables', put('own.json', ownTable), twice])).toContain(
      'error: tables[0].id: a table 990000-employee-2025-01-01 is already in use',
    );
  });

  it('refuses what it cannot read with exit 2: not JSON, a missing file, an unknown key, no INPUT', () => {
    expect(refused([put('broken.json', '{ "person": ')])).toMatch(/broken\.json: .*is not valid JSON \(/);
    expect(refused([join(dir, 'nowhere.json')])).toMatch(/nowhere\.json: .*cannot be read \(ENOENT\)$/);
    expect(refused(['--tables', join(dir, 'nowhere'), BEIJING])).toMatch(/nowhere: .*cannot be read \(ENOENT\)$/);
    expect(refused([put('typo.json', { ...beijing, bils: [] })])).toMatch(/^error: bils: .*is not a known field$/);
    expect(refused([])).toMatch(/^error: no INPUT\.json given \(usage: npm run settle -- /);
    expect(refused(['--tables'])).toMatch(/^error: --tables needs a FILE or DIR/);
    expect(refused(['--colour', BEIJING])).toMatch(/^error: unknown option --colour/);
    expect(refused([put('array.json', '[]')])).toMatch(/array\.json: .*must be a JSON object$/);
    expect(refused([put('no-bills.json', { person: beijing.person, bills: [] })])).toMatch(/^error: bills: /);
  });

  it('exits 1 when the tables cannot settle it: an unknown rule names the table path', () => {
    const person = { region: '110000', scheme: 'resident', category: 'working-age', age: 40 };
    const bill = { date: '2019-05-01', setting: 'inpatient', level: 'tertiary', total: '20000' };
    const line = refused([put('unknown.json', { person, bills: [bill] })], 1);
    expect(line).toMatch(
      /^error: 110000-resident-2019-01-01:settings\.inpatient\.bands \(bills\[0\]\): .* does not know the fund ratios \(unknown, not guessed\)/,
    );
  });

  it('as a command: npm run settle prints the slips with exit 0, and exits 2 on bad input', () => {
    put('input.json', beijing);
    const npm = (...args: string[]) =>
      spawnSync('npm', ['--prefix', ROOT, 'run', '-s', 'settle', '--', ...args], { cwd: dir, encoding: 'utf8' });
    const ok = npm('input.json');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^ {2}统筹基金 +Basic fund +9,095\.00$/m);
    const bad = npm('nowhere.json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/^error: nowhere\.json: .*cannot be read \(ENOENT\)\n$/);
  });
});
