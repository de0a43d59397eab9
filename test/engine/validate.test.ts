/**
 * Untrusted input is rejected, never computed (DOMAIN.md §2.1): one SettlementError
 * 'invalid-input' naming the bad field as a path into the input, with a reason in both languages.
 */
import { settleYear, startState, type BillIn } from '../../src/engine';
import { bilingual, bjActive, errorOf, tables } from './fixtures';

const ok: BillIn = { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000.00' };

/** Settles a year whose second bill has `change` applied; returns the error's code and field. */
function rejectSecond(change: Record<string, unknown>, person: unknown = bjActive) {
  const e = errorOf(() => settleYear(tables, { person, bills: [ok, { ...ok, date: '2025-04-01', ...change }] }));
  expect(bilingual(e.reason)).toBe(true);
  return { code: e.code, field: e.field };
}

describe('input validation', () => {
  it('accepts the good bill the other cases change (so each rejection is the change’s doing)', () => {
    expect(settleYear(tables, { person: bjActive, bills: [ok, { ...ok, date: '2025-04-01' }] }).bills).toHaveLength(2);
  });

  it.each([
    ['total', '12000.001'],
    ['outOfCatalog', '1.999'],
    ['overLimit', '0.125'],
    ['classB', '10.5050'],
  ])('rejects more than two decimals in %s', (field, value) => {
    expect(rejectSecond({ [field]: value })).toEqual({ code: 'invalid-input', field: `bills[1].${field}` });
  });

  it.each([
    ['total', '-1'],
    ['outOfCatalog', '-0.01'],
    ['overLimit', '-5'],
    ['classB', '-100.00'],
  ])('rejects a negative %s', (field, value) => {
    expect(rejectSecond({ [field]: value })).toEqual({ code: 'invalid-input', field: `bills[1].${field}` });
  });

  it.each([
    ['a number instead of a string (floats never enter)', 12000.5],
    ['an exponent', '1e4'],
    ['a thousands separator', '12,000'],
    ['an empty string', ''],
    ['a leading zero', '012000'],
  ])('rejects a total given as %s', (_what, total) => {
    expect(rejectSecond({ total })).toEqual({ code: 'invalid-input', field: 'bills[1].total' });
  });

  it('rejects a missing total and a missing date', () => {
    expect(rejectSecond({ total: undefined })).toEqual({ code: 'invalid-input', field: 'bills[1].total' });
    expect(rejectSecond({ date: undefined })).toEqual({ code: 'invalid-input', field: 'bills[1].date' });
  });

  it('rejects a date that does not exist', () => {
    expect(rejectSecond({ date: '2025-02-30' })).toEqual({ code: 'invalid-input', field: 'bills[1].date' });
  });

  it('rejects parts above the total, naming the part that passes it', () => {
    expect(rejectSecond({ total: '100', outOfCatalog: '100.01' })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].outOfCatalog',
    });
    expect(rejectSecond({ total: '100', outOfCatalog: '60', overLimit: '30', classB: '10.01' })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].classB',
    });
    expect(rejectSecond({ total: '100', overLimit: '150' })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].overLimit',
    });
    // Exactly the total is allowed.
    expect(
      settleYear(tables, {
        person: bjActive,
        bills: [{ ...ok, total: '100', outOfCatalog: '60', overLimit: '30', classB: '10' }],
      }).bills[0]!.inScope,
    ).toBe('10.00');
  });

  it('names overLimit when overLimit alone passes the total', () => {
    expect(rejectSecond({ total: '100', overLimit: '150' })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].overLimit',
    });
  });

  it('rejects unknown keys in a bill, its settled amounts, the person and the accounts', () => {
    expect(rejectSecond({ totl: '1' })).toEqual({ code: 'invalid-input', field: 'bills[1].totl' });
    expect(rejectSecond({ settled: { basicc: '1' } })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].settled.basicc',
    });
    expect(rejectSecond({}, { ...bjActive, nickname: 'x' })).toEqual({
      code: 'invalid-input',
      field: 'person.nickname',
    });
    expect(rejectSecond({}, { ...bjActive, accounts: { own: '1', spouse: '2' } })).toEqual({
      code: 'invalid-input',
      field: 'person.accounts.spouse',
    });
  });

  it('rejects an unknown category, level, setting, scheme and offsite', () => {
    expect(rejectSecond({}, { ...bjActive, category: 'worker' })).toEqual({
      code: 'invalid-input',
      field: 'person.category',
    });
    expect(rejectSecond({}, { ...bjActive, scheme: 'private' })).toEqual({
      code: 'invalid-input',
      field: 'person.scheme',
    });
    expect(rejectSecond({ level: 'quaternary' })).toEqual({ code: 'invalid-input', field: 'bills[1].level' });
    expect(rejectSecond({ setting: 'dental' })).toEqual({ code: 'invalid-input', field: 'bills[1].setting' });
    expect(rejectSecond({ offsite: 'abroad' })).toEqual({ code: 'invalid-input', field: 'bills[1].offsite' });
  });

  it('rejects a category the table does not have (a resident category under the employee table)', () => {
    expect(rejectSecond({}, { ...bjActive, category: 'student' })).toEqual({
      code: 'invalid-input',
      field: 'person.category',
    });
  });

  it('rejects a bad age and a bad relative’s balance', () => {
    expect(rejectSecond({}, { ...bjActive, age: 45.5 })).toEqual({ code: 'invalid-input', field: 'person.age' });
    expect(rejectSecond({}, { ...bjActive, age: -1 })).toEqual({ code: 'invalid-input', field: 'person.age' });
    expect(rejectSecond({}, { ...bjActive, accounts: { own: '1', family: ['5', '2.345'] } })).toEqual({
      code: 'invalid-input',
      field: 'person.accounts.family[1]',
    });
  });

  it('rejects settled fund payments above the in-scope amount', () => {
    expect(rejectSecond({ total: '1000', outOfCatalog: '500', settled: { basic: '500.01' } })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].settled',
    });
  });

  it('names the bad field of the prior figures', () => {
    const e = errorOf(() =>
      settleYear(tables, { person: bjActive, bills: [ok], prior: { basicPaid: { inpatient: '1.234' } } }),
    );
    expect({ code: e.code, field: e.field }).toEqual({ code: 'invalid-input', field: 'prior.basicPaid.inpatient' });
    expect(errorOf(() => startState(bjActive, { admissions: -1 })).field).toBe('prior.admissions');
  });

  it('rejects an amount of 10¹² yuan or more, in the engine itself, and takes one just below', () => {
    expect(rejectSecond({ total: '1000000000000' })).toEqual({ code: 'invalid-input', field: 'bills[1].total' });
    expect(rejectSecond({ total: '1000000000000', classB: '1' })).toEqual({
      code: 'invalid-input',
      field: 'bills[1].total',
    });
    const e = errorOf(() => settleYear(tables, { person: bjActive, bills: [{ ...ok, total: '10000000000000.00' }] }));
    expect(e.reason.zh).toContain('1 万亿元');
    expect(settleYear(tables, { person: bjActive, bills: [{ ...ok, total: '999999999999.99' }] }).totals.total).toBe(
      '999999999999.99',
    );
  });

  it('says a bad count is a bad count and a bad age a bad age', () => {
    const count = errorOf(() => startState(bjActive, { admissions: -1 }));
    expect(count.reason.en).toContain('whole number from 0 to 999');
    expect(count.reason.en).not.toContain('age');
    const age = errorOf(() => settleYear(tables, { person: { ...bjActive, age: 151 }, bills: [ok] }));
    expect(age.reason.en).toContain('age must be');
  });

  it('says which bill an error is about, by its place in the list given', () => {
    expect(errorOf(() => settleYear(tables, { person: bjActive, bills: [ok, { ...ok, total: 'x' }] })).bill).toBe(1);
    // An unknown rule names the table, and still the bill it stopped at: here the third, the first
    // class-B amount under a Beijing resident table with inpatient ratios unknown.
    const resident = { region: '110000', scheme: 'resident', category: 'elderly' };
    const e = errorOf(() =>
      settleYear(tables, {
        person: resident,
        bills: [
          { date: '2025-03-01', setting: 'outpatient', level: 'community', total: '100' },
          { date: '2025-01-01', setting: 'outpatient', level: 'community', total: '100' },
          { date: '2025-02-01', setting: 'inpatient', level: 'tertiary', total: '20000' },
        ],
      }),
    );
    expect({ code: e.code, bill: e.bill }).toEqual({ code: 'unknown-rule', bill: 2 });
    expect(e.field).toMatch(/^110000-resident-2019-01-01:settings\.inpatient\.bands/);
  });
});
