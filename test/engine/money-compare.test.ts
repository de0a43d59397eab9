/**
 * compare (money.ts) orders two Decimals as decimal.js's cmp does, without the copy cmp makes:
 * over amounts of every size and sign, long unrounded products, zeros of both signs, equal values
 * written apart, and values a last digit apart.
 */
import fc from 'fast-check';
import { Dec, compare, compareAbs, max, min } from '../../src/engine/money';

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{0,${n}}$`));

/** A decimal string: a sign, up to 40 whole digits and up to 40 decimals (leading zeros and all). */
const text = fc
  .tuple(fc.constantFrom('', '-'), digits(40), digits(40))
  .map(([sign, whole, frac]) => `${sign}${whole || '0'}${frac ? `.${frac}` : ''}`);

/** Decimals as the engine has them: read from text, or the unrounded product or sum of two. */
const dec = fc.oneof(
  text.map((t) => new Dec(t)),
  fc.tuple(text, text).map(([a, b]) => new Dec(a).times(b)),
  fc.tuple(text, text).map(([a, b]) => new Dec(a).plus(b)),
  fc.constantFrom(new Dec(0), new Dec('-0'), new Dec('1.50'), new Dec('1.5'), new Dec('10000000'), new Dec('9999999')),
);

describe('compare', () => {
  it('is cmp, for any two Decimals and for a Decimal and itself', () => {
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(compare(a, b)).toBe(a.cmp(b));
        expect(compare(b, a)).toBe(b.cmp(a));
        expect(compare(a, a)).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it('is cmp for values one unit of their last digit apart, and for equal values written apart', () => {
    fc.assert(
      fc.property(dec, fc.integer({ min: 0, max: 40 }), (a, places) => {
        const unit = new Dec(1).dividedBy(new Dec(10).pow(places));
        for (const b of [a.plus(unit), a.minus(unit), new Dec(a.toFixed(places + 5))]) {
          expect(compare(a, b)).toBe(a.cmp(b));
          expect(compare(b, a)).toBe(b.cmp(a));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves NaN and the infinities to cmp, and min and max keep which one they return', () => {
    for (const [a, b] of [
      [new Dec(NaN), new Dec(1)],
      [new Dec(Infinity), new Dec(1)],
      [new Dec(-Infinity), new Dec(Infinity)],
    ] as const) {
      expect(compare(a, b)).toEqual(a.cmp(b));
      expect(compare(b, a)).toEqual(b.cmp(a));
    }
    const [one, other] = [new Dec('1.5'), new Dec('1.50')];
    expect(min(one, other)).toBe(other);
    expect(max(one, other)).toBe(other);
  });
});

describe('compareAbs', () => {
  it('is cmp of the two magnitudes, for any two Decimals, NaN and the infinities included', () => {
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(compareAbs(a, b)).toBe(a.abs().cmp(b.abs()));
        expect(compareAbs(b, a)).toBe(b.abs().cmp(a.abs()));
        expect(compareAbs(a, a.neg())).toBe(0);
      }),
      { numRuns: 5000 },
    );
    for (const [a, b] of [
      [new Dec(NaN), new Dec(1)],
      [new Dec(-Infinity), new Dec(1)],
      [new Dec('-3'), new Dec('2')],
      [new Dec('-0'), new Dec('0')],
    ] as const)
      expect(compareAbs(a, b)).toEqual(a.abs().cmp(b.abs()));
  });
});
