/**
 * effectiveRatio without a division (money.ts ratio4): the same four decimals as fund ÷ total
 * to 60 digits rounded half-up, for any amounts the engine takes, whatever float it is told to
 * start from — exact halves, amounts a fen either side of them, and the largest totals included.
 */
import fc from 'fast-check';
import { Dec, ratio4 } from '../../src/engine/money';

const divided = (f: Dec, t: Dec) => f.dividedBy(t).toFixed(4, Dec.ROUND_HALF_UP);
const yuan = (fen: bigint) => new Dec(fen.toString()).dividedBy(100);
const MAX = 99_999_999_999_999n; // fen, just below 10¹² yuan

describe('ratio4', () => {
  it('is fund ÷ total to four decimals half-up, for fund ≤ total and fund > total', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: MAX }), fc.bigInt({ min: 1n, max: MAX }), (f, t) => {
        expect(ratio4(yuan(f), yuan(t))).toBe(divided(yuan(f), yuan(t)));
        const [lo, hi] = f <= t ? [f, t] : [t, f];
        expect(ratio4(yuan(lo), yuan(hi))).toBe(divided(yuan(lo), yuan(hi)));
      }),
      { numRuns: 3000 },
    );
  });

  it('at exact halves and a fen either side of them', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: MAX / 20000n }), fc.integer({ min: 0, max: 9999 }), (k, m) => {
        // total = 20000k fen, so fund = (2m + 1)k fen is exactly m + ½ ten-thousandths of it.
        const t = 20000n * k;
        for (const f of [(2n * BigInt(m) + 1n) * k - 1n, (2n * BigInt(m) + 1n) * k, (2n * BigInt(m) + 1n) * k + 1n])
          expect(ratio4(yuan(f), yuan(t))).toBe(divided(yuan(f), yuan(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('whatever float it starts from', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: MAX }),
        fc.bigInt({ min: 1n, max: MAX }),
        fc.double({ min: -0.0002, max: 0.0002, noNaN: true }),
        (f, t, off) => {
          const [lo, hi] = f <= t ? [f, t] : [t, f];
          const guess = Number(lo) / Number(hi) + off;
          expect(ratio4(yuan(lo), yuan(hi), guess)).toBe(divided(yuan(lo), yuan(hi)));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('zero, equal amounts and whole-yuan totals', () => {
    for (const [f, t] of [
      ['0', '1'],
      ['0', '999999999999.99'],
      ['5', '5'],
      ['1', '3'],
      ['2', '3'],
      ['0.01', '999999999999.99'],
      ['999999999999.98', '999999999999.99'],
    ] as const)
      expect(ratio4(new Dec(f), new Dec(t))).toBe(divided(new Dec(f), new Dec(t)));
  });
});
