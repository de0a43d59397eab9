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
 * the same text as toFixed(2) (which copies and rounds first, several times slower); zero, the
 * most common figure of all, is said without reading any digits.
 */
export function fen(x: Dec): string {
  if (x.isZero()) return '0.00';
  const places = x.decimalPlaces();
  if (places > 2) return x.toFixed(2, Dec.ROUND_HALF_UP);
  const plain = exact(x);
  return places === 2 ? plain : places === 1 ? `${plain}0` : `${plain}.00`;
}

/** A money string already written as fen() writes it: whole yuan without leading zeros, then two decimals. */
const AS_FEN = /^(?:0|[1-9]\d*)\.\d\d$/;

/** fen() of a money string (an input amount): the string itself where it is already written so, else read and written. */
export const fenOf = (s: string): string => (s === '0' ? '0.00' : AS_FEN.test(s) ? s : fen(money(s)));

/** How many of the Decimals last written exact() remembers the text of (by the object, never by value). */
const WRITTEN = 16;
const writtenDecs: (Dec | null)[] = new Array<Dec | null>(WRITTEN).fill(null);
const writtenTexts: string[] = new Array<string>(WRITTEN).fill('');
let writtenNext = 0;

/**
 * An exact decimal string, no exponent, no trailing zeros beyond what is needed ("0" for zero, as
 * toFixed says it). A bill writes many of its amounts more than once, and as the same Decimal
 * (Decimals are immutable): the in-scope cost in the split's step, as a band's width and in the
 * result; the out-of-pocket share as the cash step and in the result; the year's count where one
 * bill's band ends and the next one's starts. The texts of the last few Decimals written are
 * kept by the object itself (a memo of sixteen, never a store) and given again for that object.
 */
export function exact(x: Dec): string {
  if (x.isZero()) return '0';
  for (let i = 0; i < WRITTEN; i++) if (writtenDecs[i] === x) return writtenTexts[i]!;
  const text = x.toFixed();
  writtenDecs[writtenNext] = x;
  writtenTexts[writtenNext] = text;
  writtenNext = (writtenNext + 1) % WRITTEN;
  return text;
}

/** A non-negative decimal written as exact() writes it: no leading zeros, no trailing zeros after the point. */
const AS_EXACT = /^(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;

/**
 * exact() of an input amount `x` read from `text`: the text itself where it is already written
 * that way (most amounts people type, "1234.56"), so a step's figures are not written again.
 */
export const exactOf = (text: string, x: Dec): string => (AS_EXACT.test(text) ? text : exact(x));

/** x > 0, read off its sign and digits: comparing with 0 would first make a Decimal of it. */
export const positive = (x: Dec): boolean => x.isPositive() && !x.isZero();

/**
 * The order of two Decimals as a.cmp(b) says it (−1, 0 or 1), read off their digits where they
 * are: cmp first copies its argument into a new Decimal (decimal.js converts whatever it is
 * given), and a year of bills compares some ten thousand amounts. It reads only a Decimal's
 * documented d (digits, base 10⁷, normalised), e (exponent) and s (sign), the way cmp reads them;
 * NaN and ±Infinity (no digits) are left to cmp.
 */
export function compare(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.cmp(b);
  const as = a.s;
  if (!ad[0] || !bd[0]) return ad[0] ? as : bd[0] ? -b.s : 0;
  if (as !== b.s) return as;
  const up = as > 0 ? 1 : -1;
  if (a.e !== b.e) return a.e > b.e ? up : -up;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! ? up : -up;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? up : -up;
}

/**
 * The order of |a| and |b| as a.abs().cmp(b.abs()) says it, read off their digits as compare
 * reads them (without the two copies abs makes, nor the one cmp makes); NaN and ±Infinity are
 * left to decimal.js.
 */
export function compareAbs(a: Dec, b: Dec): number {
  const ad = a.d;
  const bd = b.d;
  if (!ad || !bd) return a.abs().cmp(b.abs());
  if (!ad[0] || !bd[0]) return ad[0] ? 1 : bd[0] ? -1 : 0;
  if (a.e !== b.e) return a.e > b.e ? 1 : -1;
  const n = Math.min(ad.length, bd.length);
  for (let i = 0; i < n; i++) if (ad[i] !== bd[i]) return ad[i]! > bd[i]! ? 1 : -1;
  return ad.length === bd.length ? 0 : ad.length > bd.length ? 1 : -1;
}

export const min = (a: Dec, b: Dec): Dec => (compare(a, b) < 0 ? a : b);
export const max = (a: Dec, b: Dec): Dec => (compare(a, b) > 0 ? a : b);

/** a + b, where adding 0 (most payers on most bills) makes no new Decimal. */
export const plus = (a: Dec, b: Dec): Dec => (b.isZero() ? a : a.isZero() ? b : a.plus(b));

/** a − b, a itself where b is 0 (most parts of most bills). */
export const less = (a: Dec, b: Dec): Dec => (b.isZero() ? a : a.minus(b));

/** The exact sum. Adding zero changes nothing, so zeros (most payers on most bills) are not added. */
export function sum(xs: readonly Dec[]): Dec {
  let s = ZERO;
  for (const x of xs) if (!x.isZero()) s = s.isZero() ? x : s.plus(x);
  return s;
}

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

const TWENTY_THOUSAND = new Dec(20000);

/**
 * fund ÷ total to four decimals, half-up (a result's effectiveRatio), without a division: a
 * decimal.js quotient costs as much as the rest of a bill's arithmetic. The ratio is the whole
 * number n of ten-thousandths with (2n − 1) × total ≤ 2 × 10⁴ × fund < (2n + 1) × total, that
 * is −total ≤ 2 × 10⁴ × fund − 2n × total < total, which is checked exactly in decimal.js (two
 * products and a difference, then compared in place with the total); a float of the two amounts
 * only says which n to check first (and the next one, should it be off by one). This is the
 * quotient to 60 digits rounded to four decimals: a quotient of amounts below 10¹² yuan is
 * either a half exactly or further than 10⁻¹⁹ from one. A fund of 0 is 0 of any total. Anything
 * but fund ≥ 0, total > 0 and a ratio below 10⁶ is divided as before.
 */
export function ratio4(fund: Dec, total: Dec, guess = fund.toNumber() / total.toNumber()): string {
  // Far above 1 (never a fund against its bill) n would pass what a float counts exactly.
  if (fund.isNeg() || total.isNeg() || total.isZero() || !(guess >= -1 && guess <= 1e6))
    return fund.dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP);
  if (fund.isZero()) return '0.0000';
  const scaled = fund.times(TWENTY_THOUSAND);
  let n = Math.floor(guess * 10000 + 0.5);
  for (let tries = 0; ; tries++) {
    // A float that was far off (never the quotient of the two amounts): divide after all.
    if (tries > 4) return fund.dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP);
    const off = scaled.minus(total.times(2 * n));
    const against = compareAbs(off, total);
    if (off.isNeg() ? against > 0 : against >= 0) n += off.isNeg() ? -1 : 1;
    else break;
  }
  const digits = String(n).padStart(5, '0');
  return `${digits.slice(0, -4)}.${digits.slice(-4)}`;
}

/** How many input amounts `money` keeps read at most; past that it starts again (a memo, never a store). */
const MONEY_MEMO = 4096;
const moneyValues = new Map<string, Dec>();
/**
 * A Decimal for a money string of the input (a bill's amounts, a slip's figures). Validation,
 * the split, the settlement and the result all need the same few amounts of a bill, and a year
 * validates every bill before settling any: each string is read once, not at every step. "0",
 * most parts of most bills, is never read at all.
 */
export function money(s: string): Dec {
  if (s === '0') return ZERO;
  let d = moneyValues.get(s);
  if (!d) {
    if (moneyValues.size >= MONEY_MEMO) moneyValues.clear();
    moneyValues.set(s, (d = new Dec(s)));
  }
  return d;
}
