/** A rule set as a file: exported to validate against tiers/tier.schema.json, imported back with problems by path. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { exportFile, importFile } from '../../src/rules/file';
import { claim } from '../../src/rules/user';
import { checkTable } from '../../src/tables/check';
import { TIERS, tables } from '../tiers';

const schema = JSON.parse(readFileSync(resolve(TIERS, 'tier.schema.json'), 'utf8'));
// The published schema's structure is what other tools read; its formats (date, uri) are the
// zod checker's to enforce, so ajv is told not to (and not to warn about them on every run).
const validate = new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
const mine = claim(beijing, '2026-12-01', { zh: '复制', en: 'copied' });

describe('exportFile', () => {
  it('writes a tier file that validates against tiers/tier.schema.json, named as tiers/ names it', () => {
    const { name, text } = exportFile(mine);
    expect(name).toBe('110000-employee-2010-05-01.json');
    const json = JSON.parse(text);
    expect(json.$schema).toBe('../../tier.schema.json');
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The schema is not a formality: a ratio written as a percentage does not validate.
    json.settings.inpatient.bands.schedules[0].bands[0].ratio = '85%';
    expect(validate(json)).toBe(false);
  });
});

describe('importFile', () => {
  it('reads an exported file back as the same table, the person’s', () => {
    const r = importFile(exportFile(mine).text, checkTable);
    expect(r.ok && r.table).toEqual(mine);
  });

  it('names every problem of a bad file by its JSON path, in plain words', () => {
    const json = JSON.parse(exportFile(mine).text);
    json.settings.inpatient.bands.schedules[0].bands[1].upTo = '20000';
    json.settings.inpatient.cap.value = '10万';
    json.levles = json.levels;
    const r = importFile(JSON.stringify(json), checkTable);
    expect(!r.ok && 'problems' in r && r.problems.map((p) => [p.path, p.says?.zh])).toEqual([
      ['$.settings.inpatient.cap.value', '金额应为不小于 0 的数，最多两位小数'],
      ['$.levles', '不认识的键（请检查拼写）'],
    ]);
    delete json.levles;
    json.settings.inpatient.cap.value = '100000';
    const q = importFile(JSON.stringify(json), checkTable);
    expect(!q.ok && 'problems' in q && q.problems.map((p) => [p.path, p.says?.zh])).toEqual([
      ['$.settings.inpatient.bands.schedules[0].bands[1].upTo', '分段上限必须递增'],
    ]);
  });

  it('says what a file is when it is no table: not JSON, a patch', () => {
    const notJson = importFile('{ "id": ', checkTable);
    expect(!notJson.ok && 'reason' in notJson && notJson.reason.zh).toBe('不是 JSON 文件');
    const patch = readFileSync(resolve(TIERS, '110000/resident/2019-01-01.json'), 'utf8');
    const r = importFile(patch, checkTable);
    expect(!r.ok && 'reason' in r && r.reason.en).toMatch(/extends/);
  });
});
