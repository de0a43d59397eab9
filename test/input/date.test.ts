import fc from 'fast-check';
import { byIso } from '../../src/input/date';

describe('byIso', () => {
  it('orders ISO dates as dates, equal dates as equal', () => {
    expect(['2025-03-01', '2019-12-31', '2025-01-10', '2025-01-10'].sort(byIso)).toEqual([
      '2019-12-31',
      '2025-01-10',
      '2025-01-10',
      '2025-03-01',
    ]);
    expect(byIso('2025-01-10', '2025-01-10')).toBe(0);
  });

  it('agrees with the calendar for any two dates', () => {
    const day = fc
      .integer({ min: 0, max: 200 * 366 })
      .map((n) => new Date(Date.UTC(1950, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => Math.sign(byIso(a, b)) === Math.sign(Date.parse(a) - Date.parse(b))),
      { numRuns: 1000 },
    );
  });
});
