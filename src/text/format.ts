/**
 * Showing the engine's numbers. Money arrives as strings; these functions only regroup digits and,
 * for the exact (unrounded) step amounts, round half-up to the fen for display, marking with ≈ where
 * that hides digits. String work only: no floats touch money.
 */

/** Adds one to a string of decimal digits ("0999" → "1000"). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
  }
  return `1${out.join('')}`;
}

const group = (int: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface Shown {
  text: string;
  /** True when rounding for display hid non-zero digits. */
  approx: boolean;
}

/** Rounds a decimal string half-up to `places` decimals, as a string. */
export function roundText(value: string, places: number): Shown {
  const neg = value.startsWith('-');
  const [int = '0', frac = ''] = (neg ? value.slice(1) : value).split('.');
  let digits = int + frac.slice(0, places).padEnd(places, '0');
  const rest = frac.slice(places);
  if (rest !== '' && rest[0]! >= '5') digits = increment(digits);
  const cut = digits.length - places;
  const whole = digits.slice(0, cut).replace(/^0+(?=\d)/, '') || '0';
  const text = places > 0 ? `${whole}.${digits.slice(cut)}` : whole;
  const zero = /^[0.]*$/.test(text);
  return { text: neg && !zero ? `-${text}` : text, approx: /[1-9]/.test(rest) };
}

/** "12000.00" → "12,000.00". For the engine's two-decimal money strings. */
export function money(value: string): string {
  const { text } = roundText(value, 2);
  const neg = text.startsWith('-');
  const [int = '0', frac = '00'] = (neg ? text.slice(1) : text).split('.');
  return `${neg ? '-' : ''}${group(int)}.${frac}`;
}

/** An exact step amount for display: two decimals, "≈" in front where digits were hidden. */
export function exactMoney(value: string): string {
  const r = roundText(value, 2);
  return `${r.approx ? '≈' : ''}${money(r.text)}`;
}

/** A ratio "0.91" as "91%"; up to two decimals of a percent, "≈" where more were hidden. */
export function percent(ratio: string): string {
  const [int = '0', frac = ''] = ratio.split('.');
  // Moving the point two places is exact: "0.975" → "97.5".
  const shifted = `${int}${frac.slice(0, 2).padEnd(2, '0')}.${frac.slice(2)}`;
  const r = roundText(shifted, 2);
  const text = r.text.replace(/\.?0+$/, '').replace(/^$/, '0');
  return `${r.approx ? '≈' : ''}${text}%`;
}
