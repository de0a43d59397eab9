import { CATEGORIES_OF, CODES, KEYS } from '../../src/bill/link-codes';
import {
  CATEGORIES,
  EMPLOYEE_CATEGORIES,
  LEVELS,
  OFFSITE,
  RESIDENT_CATEGORIES,
  SCHEMES,
  SETTINGS,
} from '../../src/tables/schema';

describe('the link vocabulary', () => {
  it('knows the same categories per scheme as the table schema', () => {
    expect(CATEGORIES_OF).toEqual({ employee: [...EMPLOYEE_CATEGORIES], resident: [...RESIDENT_CATEGORIES] });
  });

  it('has a code for every value of every enumerated field, each code used once per field', () => {
    const all = {
      scheme: SCHEMES,
      category: CATEGORIES,
      setting: SETTINGS,
      level: LEVELS,
      offsite: OFFSITE,
      admission: ['first', 'later'],
    };
    for (const [field, values] of Object.entries(all)) {
      const codes = CODES[field as keyof typeof CODES] as Record<string, string>;
      expect(Object.keys(codes).sort(), field).toEqual([...values].sort());
      expect(new Set(Object.values(codes)).size, field).toBe(values.length);
    }
  });

  it('uses each URL key once, short ASCII, and never the version key', () => {
    const keys = Object.values(KEYS);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z]{1,2}$/);
    expect(keys).not.toContain('v');
  });
});
