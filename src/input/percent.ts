/**
 * Ratios and percentage points as people write them: "85%", "85", "８５％", "0.85" all mean a
 * fund pays 85%, stored as the fraction "0.85" (tables hold fractions, DOMAIN.md §3). A bare
 * number above 1 is a percentage; one from 0 to 1 is already a fraction — no ratio is 1% or
 * less, while "0.9" for 90% is how many notices print it. Points are always points: "5", "+5",
 * "-10%" add 0.05 or take 0.10. Exact: the digits move, nothing is computed in floating point.
 */
import DecimalBase from 'decimal.js';
import { inputMessages as M, type Parsed } from './messages';
import { normalise } from './normalise';

// A private constructor (never the global one, STYLE.md §3); moving digits by two needs no precision.
const Decimal = DecimalBase.clone({ precision: 40, toExpNeg: -40, toExpPos: 40 });

const NUMBER = /^([+-]?)(\d+(?:\.\d+)?|\.\d+)(%?)$/;
/** At most this many decimals in a stored fraction (a ratio of 85.125% is "0.85125"). */
const MAX_DECIMALS = 6;

const read = (text: string) => {
  const s = normalise(text)
    .replace(/个?百分点$/, '')
    .replace(/^百分之/, '');
  const m = NUMBER.exec(s);
  return m ? { sign: m[1] === '-' ? -1 : 1, value: new Decimal(m[2]!), percent: m[3] === '%' } : null;
};

const fraction = (d: InstanceType<typeof Decimal>): string =>
  d.toFixed(Math.max(2, Math.min(d.decimalPlaces(), MAX_DECIMALS)));

/** A ratio from 0% to 100%, as a fraction string ("0.85"); empty text is null. */
export function parsePercent(text: string): Parsed<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const r = read(text);
  if (!r || r.sign < 0) return { ok: false, reason: M.notPercent };
  const f = r.percent || r.value.greaterThan(1) ? r.value.dividedBy(100) : r.value;
  if (f.greaterThan(1) || f.decimalPlaces() > MAX_DECIMALS) return { ok: false, reason: M.notPercent };
  return { ok: true, value: fraction(f) };
}

/** Signed percentage points, as a fraction string ("5" → "0.05", "-10" → "-0.10"); empty text is null. */
export function parsePoints(text: string): Parsed<string | null> {
  if (text.trim() === '') return { ok: true, value: null };
  const r = read(text);
  if (!r) return { ok: false, reason: M.notPoints };
  const f = r.value.dividedBy(100);
  if (f.greaterThan(1) || f.decimalPlaces() > MAX_DECIMALS) return { ok: false, reason: M.notPoints };
  const s = fraction(f);
  return { ok: true, value: r.sign < 0 && !f.isZero() ? `-${s}` : s };
}

/** A stored fraction as the percentage people read ("0.85" → "85", "0.915" → "91.5"). */
export const percentOf = (fractionText: string): string => new Decimal(fractionText).times(100).toFixed();

/** Stored points as people read them ("0.05" → "+5", "-0.10" → "-10"). */
export function pointsOf(fractionText: string): string {
  const d = new Decimal(fractionText).times(100);
  return d.isNegative() && !d.isZero() ? d.toFixed() : `+${d.abs().toFixed()}`;
}
