import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkTable } from '../../src/tables/check';
import { collectTables, type TableFileJson } from '../../src/tables/collection';
import { tierJsonSchema } from '../../src/tables/json-schema';
import { readTables, tablePaths } from '../../src/tables/node';
import { TIERS as root } from '../tiers';

const json = (rel: string) => JSON.parse(readFileSync(resolve(root, rel), 'utf8'));
const file = (rel: string, body: unknown = json(rel)): TableFileJson => ({ path: `tiers/${rel}`, json: body });

describe('tier tables', () => {
  it('all load without a problem, each path matching its region, scheme and effective date', () => {
    const { tables, problems } = readTables(root);
    expect(problems).toEqual([]);
    expect(tables.map((t) => t.id)).toEqual([
      '100000-employee-2022-07-26',
      '100000-resident-2022-07-26',
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
    for (const f of tablePaths(root))
      expect(JSON.parse(readFileSync(f, 'utf8')).$schema).toBe('../../tier.schema.json');
  });

  it('tiers/tier.schema.json is the schema generated from the zod schema (run `npm run schema` when this fails)', () => {
    expect(readFileSync(resolve(root, 'tier.schema.json'), 'utf8')).toBe(tierJsonSchema());
  });

  it('the 2019 Beijing resident table lists only what changed from 2018, and is the whole table once read', () => {
    const patch = json('110000/resident/2019-01-01.json');
    expect(patch.extends).toBe('2018-01-01');
    expect(patch.settings).toBeUndefined();
    const t = readTables(root).tables.find((x) => x.id === '110000-resident-2019-01-01')!;
    const base = readTables(root).tables.find((x) => x.id === '110000-resident-2018-01-01')!;
    expect(t.settings).toEqual(base.settings);
    expect(t.sources.map((s) => s.id)).toEqual(['bj-resident-2018', 'bj-catastrophic-2019']);
    expect(t.catastrophic).toEqual(patch.catastrophic);
    expect(t.readings!.length).toBe(base.readings!.length + patch.readings.length);
  });
});

describe('table checks', () => {
  const good = () => json('110000/employee/2010-05-01.json');
  const paths = (r: ReturnType<typeof checkTable>) => (r.ok ? [] : r.problems.map((p) => p.path));

  it('names the JSON path of a citation to a source that does not exist', () => {
    const t = good();
    t.settings.inpatient.cap.source = 'nowhere';
    const r = checkTable(t);
    expect(!r.ok && r.problems).toContainEqual({
      path: '$.settings.inpatient.cap.source',
      message: 'no source with id "nowhere"',
      says: { zh: '没有编号为“nowhere”的来源', en: 'no source with id "nowhere"' },
    });
  });

  it('names a misspelt key itself (strict objects)', () => {
    const t = good();
    t.settings.inpatient.capp = t.settings.inpatient.cap;
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.capp']);
  });

  it('reports a bad value inside a union at the value, not at the union', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[0].grade = 'D';
    const r = checkTable(t);
    expect(paths(r)).toEqual(['$.settings.inpatient.bands.schedules[0].bands[0].grade']);
    expect(!r.ok && r.problems[0]!.message).toContain('"A-"');
  });

  it('says what a cap should be when it is written as a number', () => {
    const t = good();
    t.settings.inpatient.cap = 100000;
    const r = checkTable(t);
    expect(!r.ok && r.problems).toEqual([
      {
        path: '$.settings.inpatient.cap',
        message: 'expected object',
        says: { zh: '类型不对：应为对象 {…}', en: 'wrong kind: expected object' },
      },
    ]);
  });

  it('rejects a ratio written as a percentage and an amount with three decimals', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[0].ratio = '85';
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.bands.schedules[0].bands[0].ratio']);
    const u = good();
    u.settings.inpatient.cap.value = '100000.001';
    expect(paths(checkTable(u))).toEqual(['$.settings.inpatient.cap.value']);
  });

  it('rejects bands whose limits do not rise or whose last band has a limit', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[1].upTo = '20000';
    expect(paths(checkTable(t))).toContain('$.settings.inpatient.bands.schedules[0].bands[1].upTo');
    const u = good();
    u.settings.inpatient.bands.schedules[0].bands[2].upTo = '50000';
    expect(checkTable(u).ok).toBe(false);
  });

  // DOMAIN.md §3a: what zod cannot see of the local rule shapes.
  it('refuses a table adjusting ratios both by points and by the share factor, at the points', () => {
    const t = good();
    const { factor } = t.settings.inpatient.bands.personalShareFactors[0];
    t.settings.inpatient.bands.ratioPoints = [{ points: { ...factor, value: '0.05' } }];
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.bands.ratioPoints']);
    delete t.settings.inpatient.bands.personalShareFactors;
    expect(checkTable(t).ok).toBe(true);
  });

  it('refuses a condition no one meets, and an admission order said two ways', () => {
    const t = good();
    const when = t.settings.inpatient.deductible.rules[0].when;
    Object.assign(when, { admission: undefined, admissionMin: 3, admissionMax: 3 });
    delete when.admission;
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.deductible.rules[0].when.admissionMax']);
    Object.assign(when, { admissionMin: 2, admissionMax: 3, ageMin: 70, ageMax: 60 });
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.deductible.rules[0].when.ageMax']);
    Object.assign(when, { ageMin: 60, ageMax: 70, admission: 'first' });
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.deductible.rules[0].when.admission']);
  });

  it('refuses two layers of one payer (its cap counts all it paid)', () => {
    const t = good();
    const [layer] = t.settings.inpatient.overflow;
    t.settings.inpatient.overflow.push(structuredClone(layer));
    expect(paths(checkTable(t))).toEqual(['$.settings.inpatient.overflow[2].payer']);
  });

  it('says each problem plainly for the page too, in both languages', () => {
    const t = good();
    t.settings.inpatient.bands.schedules[0].bands[1].upTo = '20000';
    t.settings.inpatient.bands.schedules[0].bands[0].ratio = '85%';
    t.settings.inpatient.caps = {};
    const r = checkTable(t);
    expect(r.ok).toBe(false);
    const says = Object.fromEntries((r.ok ? [] : r.problems).map((p) => [p.path, p.says?.zh]));
    expect(says).toEqual({
      '$.settings.inpatient.bands.schedules[0].bands[0].ratio': '比例应在 0% 到 100% 之间',
      '$.settings.inpatient.caps': '不认识的键（请检查拼写）',
    });
    delete t.settings.inpatient.caps;
    t.settings.inpatient.bands.schedules[0].bands[0].ratio = '0.85';
    const q = checkTable(t);
    expect(!q.ok && q.problems.map((p) => p.says)).toEqual([{ zh: '分段上限必须递增', en: 'band limits must rise' }]);
  });

  it('rejects a resident category in an employee table', () => {
    const t = good();
    t.categories.push('student');
    expect(paths(checkTable(t))).toContain('$.categories[2]');
  });

  it('rejects a last confirmation before the table came into force', () => {
    const t = good();
    t.lastConfirmed.date = '2010-04-30';
    expect(paths(checkTable(t))).toEqual(['$.lastConfirmed.date']);
  });

  it('requires a source cited for a grade A or A- value to say where its text can be read', () => {
    const t = good();
    delete t.sources[0].via;
    const r = checkTable(t);
    expect(!r.ok && r.problems).toEqual([
      {
        path: '$.sources[0]',
        message: expect.stringMatching(
          /source "bj-regulation" is cited as grade A- \(\d+ values, the first at \$\.settings/,
        ),
        says: expect.objectContaining({ zh: expect.stringContaining('bj-regulation') }),
      },
    ]);
    t.sources[0].docNo = '京政发〔…〕';
    expect(checkTable(t).ok).toBe(true);
  });
});

describe('collecting table files', () => {
  const employee = '110000/employee/2010-05-01.json';

  it('refuses a file whose name is not its effective date, instead of ignoring it', () => {
    const r = collectTables([{ path: 'tiers/110000/employee/2010-5-1.json', json: json(employee) }]);
    expect(r.tables).toEqual([]);
    expect(r.problems).toEqual([
      { file: 'tiers/110000/employee/2010-5-1.json', path: '$', message: expect.stringContaining('file name must be') },
    ]);
  });

  it('refuses a table a person entered until its values cite their sources', () => {
    const r = collectTables([file(employee, { ...json(employee), enteredBy: 'user' })]);
    expect(r.tables).toEqual([]);
    expect(r.problems).toEqual([{ file: `tiers/${employee}`, path: '$.enteredBy', message: expect.any(String) }]);
  });

  it('refuses a file whose content says another period than its name', () => {
    const r = collectTables([{ path: 'tiers/110000/employee/2011-05-01.json', json: json(employee) }]);
    expect(r.problems.map((p) => p.path)).toEqual(['$.effective']);
  });

  it('refuses a patch that extends nothing, or a later period', () => {
    const patch = json('110000/resident/2019-01-01.json');
    const alone = collectTables([file('110000/resident/2019-01-01.json', patch)]);
    expect(alone.problems).toEqual([
      {
        file: 'tiers/110000/resident/2019-01-01.json',
        path: '$.extends',
        message: 'no usable table of 110000/resident in force from 2018-01-01',
      },
    ]);
    const later = collectTables([
      file('110000/resident/2018-01-01.json'),
      file('110000/resident/2019-01-01.json', { ...patch, extends: '2020-01-01' }),
    ]);
    expect(later.problems.map((p) => p.path)).toEqual(['$.extends']);
  });

  it('checks a patch as the whole table it makes, and names the patch file', () => {
    const patch = json('110000/resident/2019-01-01.json');
    patch.catastrophic.variants[0].bands[0].ratio = '1.5';
    const r = collectTables([file('110000/resident/2018-01-01.json'), file('110000/resident/2019-01-01.json', patch)]);
    expect(r.tables.map((t) => t.id)).toEqual(['110000-resident-2018-01-01']);
    expect(r.problems).toEqual([
      {
        file: 'tiers/110000/resident/2019-01-01.json',
        path: '$.catastrophic.variants[0].bands[0].ratio',
        message: expect.stringContaining('a fraction from 0 to 1'),
      },
    ]);
  });

  it('refuses two files for the same period', () => {
    const t = json(employee);
    const r = collectTables([file(employee, t), { path: `./tiers/${employee}`, json: t }]);
    expect(r.tables).toHaveLength(1);
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('the same period as')]);
  });

  it('says plainly when a file is not a JSON object', () => {
    expect(collectTables([file(employee, [])]).problems).toEqual([
      { file: `tiers/${employee}`, path: '$', message: 'must be a JSON object' },
    ]);
  });
});
