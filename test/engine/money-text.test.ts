/**
 * exactOf (money.ts): an input amount's own text stands for it in a step exactly where it is what
 * exact() writes, so a step says the same with or without it.
 */
import fc from 'fast-check';
import { Dec, exact, exactOf, fen } from '../../src/engine/money';

describe('exactOf', () => {
  it('is exact() of the amount, for every way a money string may be written', () => {
    const text = fc
      .tuple(
        fc.oneof(fc.constant('0'), fc.bigInt({ min: 1n, max: 999_999_999_999n }).map(String)),
        fc.constantFrom('', '.0', '.00', '.5', '.50', '.05', '.1', '.10', '.99', '.01'),
      )
      .map(([whole, frac]) => whole + frac);
    fc.assert(
      fc.property(text, (t) => {
        expect(exactOf(t, new Dec(t))).toBe(exact(new Dec(t)));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the text where it is written that way, and writes it anew where not', () => {
    for (const t of ['0', '7', '1234.56', '0.5', '0.05', '100']) expect(exactOf(t, new Dec(t))).toBe(t);
    for (const [t, want] of [
      ['1.50', '1.5'],
      ['1.00', '1'],
      ['0.0', '0'],
      ['100.10', '100.1'],
    ] as const)
      expect(exactOf(t, new Dec(t))).toBe(want);
  });
});

describe('exact', () => {
  it('gives a Decimal it wrote a moment ago the same text again without writing it anew', () => {
    const x = new Dec('1234.5').plus('0.06');
    const toFixed = vi.spyOn(Dec.prototype, 'toFixed');
    try {
      expect(exact(x)).toBe('1234.56');
      expect(exact(x)).toBe('1234.56');
      expect(fen(x)).toBe('1234.56');
      expect(toFixed).toHaveBeenCalledTimes(1);
      // Another Decimal of the same value is another object: written for itself.
      expect(exact(new Dec('1234.56'))).toBe('1234.56');
      expect(toFixed).toHaveBeenCalledTimes(2);
    } finally {
      toFixed.mockRestore();
    }
  });

  it('is toFixed() of each Decimal, however many others were written in between', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
      .map(([n, places]) => new Dec(n.toString()).dividedBy(new Dec(10).pow(places)));
    fc.assert(
      fc.property(
        fc.array(dec, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 80 }),
        (xs, picks) => {
          for (const i of [...xs.keys(), ...picks]) {
            const x = xs[i % xs.length]!;
            expect(exact(x)).toBe(x.isZero() ? '0' : x.toFixed());
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
