/** The engine's words: signed points said as percentage points, without decimal.js in the first load. */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { percentPoints, pointsWords } from '../../src/engine/messages';

describe('percentage points', () => {
  it('are the points times 100, as decimal.js computes it, for any table-valid points', () => {
    const points = fc
      .tuple(
        fc.boolean(),
        fc.integer({ min: 0, max: 1 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 4 }),
      )
      .map(
        ([neg, whole, frac, width]) =>
          `${neg ? '-' : ''}${whole}${width ? `.${String(frac).padStart(width, '0').slice(0, width)}` : ''}`,
      );
    fc.assert(
      fc.property(points, (p) => {
        expect(percentPoints(p)).toBe(new Decimal(p).times(100).abs().toString());
      }),
      { numRuns: 500 },
    );
  });

  it('say which way the ratio moves', () => {
    expect(pointsWords('-0.10').zh).toBe('降低10个百分点');
    expect(pointsWords('0.05').en).toBe('5 percentage points up');
  });
});
