/**
 * Matching a rule's condition (tables/schema.ts Condition): every key must hold, and an age bound
 * never matches an unknown age — the engine then falls through to a rule without one, and says so.
 */
import fc from 'fast-check';
import { settleYear } from '../../src/engine';
import { firstMatch, matches, skippedForAge, subjectCode, subjectKey, type Subject } from '../../src/engine/match';
import { CATEGORIES, LEVELS, OFFSITE, SETTINGS } from '../../src/text/vocabulary';
import { bjRetired, tables } from './fixtures';

const retired = (age: number | undefined): Subject => ({
  level: 'tertiary',
  category: 'retired',
  admission: null,
  age,
  hardship: false,
});

describe('matches', () => {
  it('treats ageMin as inclusive and ageMax as exclusive', () => {
    expect([69, 70, 71].map((age) => matches({ ageMin: 70 }, retired(age)))).toEqual([false, true, true]);
    expect([69, 70, 71].map((age) => matches({ ageMax: 70 }, retired(age)))).toEqual([true, false, false]);
  });

  it('never matches an age bound when the age is unknown', () => {
    expect(matches({ ageMin: 0 }, retired(undefined))).toBe(false);
    expect(matches({ ageMax: 150 }, retired(undefined))).toBe(false);
    expect(matches({ category: ['retired'] }, retired(undefined))).toBe(true);
  });

  it('needs every key to hold; no condition matches everyone', () => {
    expect(matches(undefined, retired(80))).toBe(true);
    expect(matches({}, retired(80))).toBe(true);
    expect(matches({ category: ['retired'], level: ['community'] }, retired(80))).toBe(false);
    expect(matches({ category: ['retired'], hardship: true }, retired(80))).toBe(false);
    expect(matches({ admission: 'first' }, retired(80))).toBe(false);
    expect(matches({ admission: 'first' }, { ...retired(80), admission: 1 })).toBe(true);
  });

  // DOMAIN.md §3a: admissionMin inclusive, admissionMax exclusive; first ≡ admissionMax 2.
  it('reads the admission order: admissionMin inclusive, admissionMax exclusive, first and later as their bounds', () => {
    const nth = (n: number | null) => ({ ...retired(80), admission: n });
    const orders = [null, 1, 2, 3, 4];
    const hold = (when: Parameters<typeof matches>[0]) => orders.map((n) => matches(when, nth(n)));
    expect(hold({ admissionMin: 3 })).toEqual([false, false, false, true, true]);
    expect(hold({ admissionMax: 3 })).toEqual([false, true, true, false, false]);
    expect(hold({ admissionMin: 2, admissionMax: 3 })).toEqual([false, false, true, false, false]);
    expect(hold({ admission: 'first' })).toEqual(hold({ admissionMax: 2 }));
    expect(hold({ admission: 'later' })).toEqual(hold({ admissionMin: 2 }));
  });
});

describe('skippedForAge', () => {
  it('is true only where the age bound alone kept an otherwise matching rule out', () => {
    expect(skippedForAge({ category: ['retired'], ageMin: 70 }, retired(undefined))).toBe(true);
    expect(skippedForAge({ category: ['active'], ageMin: 70 }, retired(undefined))).toBe(false);
    expect(skippedForAge({ category: ['retired'], ageMin: 70 }, retired(65))).toBe(false);
    expect(skippedForAge({ category: ['retired'] }, retired(undefined))).toBe(false);
    expect(skippedForAge(undefined, retired(undefined))).toBe(false);
  });

  it('firstMatch passes over the age-bound rule for an unknown age', () => {
    const list = [{ when: { ageMin: 70 }, v: 'old' }, { v: 'any' }];
    expect(firstMatch(list, retired(undefined))).toEqual([list[1], 1]);
    expect(firstMatch(list, retired(75))).toEqual([list[0], 0]);
    expect(firstMatch([{ when: { ageMin: 70 } }], retired(undefined))).toBeNull();
  });
});

describe('age in a settlement (Beijing retiree outpatient: 90% at 70 and over, 85% under 70 in a tertiary hospital)', () => {
  const bill = { date: '2025-03-01', setting: 'outpatient', level: 'tertiary', total: '11300' } as const;
  const settle = (person: object) => settleYear(tables, { person, bills: [bill] }).bills[0]!;

  it('uses the 70-and-over rule only for a known age of 70 or more', () => {
    // 10,000 above the 1,300 deductible.
    expect(settle({ ...bjRetired, age: 70 }).basic).toBe('9000.00');
    expect(settle({ ...bjRetired, age: 69 }).basic).toBe('8500.00');
  });

  it('falls back to the rule without an age for an unknown age, with an ageUnknown warning', () => {
    const { age: _age, ...noAge } = bjRetired;
    const r = settle(noAge);
    expect(r.basic).toBe('8500.00');
    expect(r.warnings.map((w) => w.code)).toContain('ageUnknown');
    expect(settle({ ...bjRetired, age: 69 }).warnings.map((w) => w.code)).not.toContain('ageUnknown');
  });
});

describe('subjectCode', () => {
  const subject = fc.record({
    level: fc.constantFrom(...LEVELS),
    category: fc.constantFrom(...CATEGORIES),
    admission: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1e9 - 1 })),
    age: fc.oneof(fc.constant(undefined), fc.integer({ min: 0, max: 150 })),
    hardship: fc.boolean(),
  });
  const where = fc.tuple(fc.constantFrom(...SETTINGS), fc.constantFrom(...OFFSITE), subject);
  const key = ([setting, offsite, s]: [string, string, Subject]) => `${setting}|${offsite}|${subjectKey(s)}`;

  it('gives two subjects (with setting and offsite status) one code exactly when their keys are one', () => {
    fc.assert(
      fc.property(where, where, (a, b) => {
        const [ca, cb] = [subjectCode(...a), subjectCode(...b)];
        expect(Number.isSafeInteger(ca) && ca >= 0).toBe(true);
        expect(ca === cb).toBe(key(a) === key(b));
      }),
      { numRuns: 5000 },
    );
  });

  it('tells apart subjects a step apart in any one part, and is −1 for what it does not count', () => {
    const base: Subject = { level: 'tertiary', category: 'retired', admission: 2, age: 70, hardship: false };
    const codes = [
      base,
      { ...base, level: 'secondary' },
      { ...base, category: 'active' },
      { ...base, admission: 1 },
      { ...base, admission: null },
      { ...base, age: 71 },
      { ...base, age: undefined },
      { ...base, hardship: true },
    ].map((s) => subjectCode('inpatient', 'local', s as Subject));
    codes.push(subjectCode('outpatient', 'local', base), subjectCode('inpatient', 'filed', base));
    expect(new Set(codes).size).toBe(codes.length);
    for (const s of [
      { ...base, admission: 1e9 },
      { ...base, age: 151 },
      { ...base, age: 1.5 },
      { ...base, level: 'x' },
    ])
      expect(subjectCode('inpatient', 'local', s as Subject)).toBe(-1);
  });
});
