/**
 * exactOf (money.ts): an input amount's own text stands for it in a step exactly where it is what
 * exact() writes, so a step says the same with or without it.
 */
import fc from 'fast-check';
import { Dec, exact, exactOf } from '../../src/engine/money';

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
