/**
 * What counts as a valid value in a share link, and the canonical form the link writes.
 * Pure string checks: no floats, no clock.
 */

/** An amount in yuan: non-negative, at most two decimals, no leading zeros, below 10,000,000,000. */
const MONEY = /^(0|[1-9]\d{0,9})(\.\d{1,2})?$/;
const REGION = /^\d{6}$/;
const AGE = /^(0|[1-9]\d{0,2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The highest age the engine accepts (its input schema says 150). */
const AGE_MAX = 150;

export const isMoney = (s: string): boolean => MONEY.test(s);
export const isRegion = (s: string): boolean => REGION.test(s);
export const isAge = (s: string): boolean => AGE.test(s) && Number(s) <= AGE_MAX;

/** A real calendar date (2025-02-30 is not), years 1900–2199. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2199) return false;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** Full-width digits and point (what Chinese input methods type) to ASCII. */
const halfWidth = (s: string): string =>
  s.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => (c === '\uFF0E' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)));

/**
 * The canonical amount for a link from what the user typed ("１２,０００元" → "12000"), '' for
 * nothing typed, null when it is not an amount. The form keeps what was typed; the link must not
 * drop a total the page accepted just because it had a separator or a 元 in it.
 */
export function canonicalAmount(typed: string): string | null {
  const s = halfWidth(typed)
    .replace(/[\s,，_']/g, '')
    .replace(/^[¥￥]/, '')
    .replace(/(元|圆|RMB|CNY)$/i, '');
  if (s === '') return typed.trim() === '' ? '' : null;
  const unpadded = s.replace(/^0+(?=\d)/, '');
  return isMoney(unpadded) ? unpadded : null;
}

/** The canonical age ('' for none, null when not an age). */
export function canonicalAge(typed: string): string | null {
  const s = halfWidth(typed).trim().replace(/岁$/, '').replace(/^0+(?=\d)/, '');
  if (s === '') return typed.trim() === '' ? '' : null;
  return isAge(s) ? s : null;
}
