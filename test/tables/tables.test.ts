import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTable } from '../../src/tables/check';
import { tierJsonSchema } from '../../src/tables/json-schema';
import { loadTablesFrom, tablePaths } from '../../src/tables/node';

const root = resolve(import.meta.dirname, '../../tiers');

describe('tier tables', () => {
  it.each(tablePaths(root))('%s validates against the schema and its own checks', (file) => {
    const r = checkTable(JSON.parse(readFileSync(file, 'utf8')));
    expect(r.ok ? [] : r.problems).toEqual([]);
  });

  it('all load, each path matching its region, scheme and effective date', () => {
    expect(loadTablesFrom(root).map((t) => t.id)).toEqual([
      '100000-resident-2024-01-01',
      '100000-resident-2025-01-01',
      '110000-employee-2010-05-01',
      '110000-resident-2018-01-01',
      '110000-resident-2019-01-01',
      '120000-resident-2014-07-01',
      '370000-resident-2014-04-01',
      '440100-resident-2026-01-01',
    ]);
  });

  it('every table points its editor at the generated schema', () => {
    for (const file of tablePaths(root))
      expect(JSON.parse(readFileSync(file, 'utf8')).$schema).toBe('../../tier.schema.json');
  });

  it('tiers/tier.schema.json is the schema generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(readFileSync(resolve(root, 'tier.schema.json'), 'utf8')).toBe(tierJsonSchema());
  });
});

describe('table checks', () => {
  const good = () => JSON.parse(readFileSync(resolve(root, '110000/employee/2010-05-01.json'), 'utf8'));

  it('names the JSON path of a citation to a source that does not exist', () => {
    const t = good();
    t.settings.inpatient.cap.source = 'nowhere';
    const r = checkTable(t);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toContainEqual({
      path: '$.settings.inpatient.cap.source',
      message: 'no source with id "nowhere"',
    });
  });

  it('rejects a typo in a key (strict objects)', () => {
    const t = good();
    t.settings.inpatient.capp = t.settings.inpatient.cap;
    expect(checkTable(t).ok).toBe(false);
  });

  it('rejects a ratio written as a percentage and an amount with three decimals', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[0].ratio = '85';
    expect(checkTable(t).ok).toBe(false);
    const u = good();
    u.settings.inpatient.cap.value = '100000.001';
    expect(checkTable(u).ok).toBe(false);
  });

  it('rejects bands whose limits do not rise or whose last band has a limit', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[1].upTo = '20000';
    const r = checkTable(t);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain('$.settings.inpatient.bands.schedules[0].bands[1].upTo');
    const u = good();
    u.settings.inpatient.bands.schedules[0].bands[2].upTo = '50000';
    expect(checkTable(u).ok).toBe(false);
  });

  it('rejects a resident category in an employee table', () => {
    const t = good();
    t.categories.push('student');
    const r = checkTable(t);
    expect(!r.ok && r.problems.map((p) => p.path)).toContain('$.categories[2]');
  });
});
