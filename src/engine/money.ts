/**
 * Exact money. A private Decimal constructor (never the global one, STYLE.md §3) with enough
 * precision that a division at a trigger point (remaining cap ÷ ratio) loses nothing that could
 * reach the fen.
 */
import DecimalBase from 'decimal.js';

export const Dec = DecimalBase.clone({
  precision: 60,
  rounding: DecimalBase.ROUND_HALF_UP,
  toExpNeg: -60,
  toExpPos: 60,
});
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);

/**
 * Round once, half-up, to the fen (DOMAIN.md §2.7). Most amounts are whole fen already, and
 * Decimals are immutable, so those are returned as they are: rounding copies and re-normalises,
 * which is most of the cost of settling a bill when done for every figure.
 */
export const toFen = (x: Dec): Dec => (x.decimalPlaces() <= 2 ? x : x.toDecimalPlaces(2, Dec.ROUND_HALF_UP));

/**
 * The money string at the edge: always two decimals. For whole fen the plain string padded is
 * the same text as toFixed(2) (which copies and rounds first, several times slower).
 */
export function fen(x: Dec): string {
  const places = x.decimalPlaces();
  if (places > 2) return x.toFixed(2, Dec.ROUND_HALF_UP);
  const plain = x.toFixed();
  return places === 2 ? plain : places === 1 ? `${plain}0` : `${plain}.00`;
}

/** An exact decimal string, no exponent, no trailing zeros beyond what is needed. */
export const exact = (x: Dec): string => x.toFixed();

export const min = (a: Dec, b: Dec): Dec => (a.lessThan(b) ? a : b);
export const max = (a: Dec, b: Dec): Dec => (a.greaterThan(b) ? a : b);
export const sum = (xs: readonly Dec[]): Dec => xs.reduce((a, b) => a.plus(b), ZERO);

export const ONE = new Dec(1);

const tableValues = new Map<string, Dec>();
/**
 * A Decimal for a value read from a tier table. Tables hold few distinct strings and Decimals are
 * immutable, so each is parsed once (parsing is most of the engine's time otherwise).
 */
export function tableDec(value: string): Dec {
  let d = tableValues.get(value);
  if (!d) tableValues.set(value, (d = new Dec(value)));
  return d;
}
