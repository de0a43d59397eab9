import { CODES, KEYS } from '../../src/bill/link-codes';
import { CATEGORIES, LEVELS, OFFSITE, SCHEMES, SETTINGS } from '../../src/text/vocabulary';

describe('the link vocabulary', () => {
  it('has a code for every value of every enumerated field, each code used once per field', () => {
    const all = {
      scheme: SCHEMES,
      category: CATEGORIES,
      setting: SETTINGS,
      level: LEVELS,
      offsite: OFFSITE,
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
