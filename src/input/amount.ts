/**
 * Amounts in yuan. What people type into an amount field — "12,000", "12，000", "１２０００",
 * "¥12000", "12000元", " 12 000 " all mean 12000 — becomes the engine's money string (no
 * separators, at most two decimals), or a short reason to show next to the field. No arithmetic.
 *
 * One bound for every caller (the forms, the links, the engine's input, case files): an amount is
 * below 10¹² 元. Beyond that an entry is a typo, not a hospital bill, and sums far past it would
 * outgrow the engine's exact precision.
 */
import { inputMessages as M, type Parsed } from './messages';
import { normalise } from './normalise';

/** At most this many digits of whole yuan: amounts below 10¹². */
export const MONEY_MAX_DIGITS = 12;

/** The money string the engine takes: non-negative, at most two decimals, no leading zeros, below 10¹². */
export const MONEY_PATTERN = new RegExp(`^(0|[1-9]\\d{0,${MONEY_MAX_DIGITS - 1}})(\\.\\d{1,2})?$`);

export const isMoney = (s: string): boolean => MONEY_PATTERN.test(s);

/** Parses one amount. Empty text is `{ ok: true, value: null }`: the caller decides what empty means. */
export function parseAmount(text: string): Parsed<string | null> {
  let s = normalise(text);
  s = s.replace(/^(?:¥|￥|RMB|CNY)/i, '').replace(/(?:元|圆|块|CNY|RMB)$/i, '');
  if (s === '') return text.trim() === '' ? { ok: true, value: null } : { ok: false, reason: M.notAmount };
  if (s.startsWith('-'))
    return /^-[\d,.]+$/.test(s) ? { ok: false, reason: M.negative } : { ok: false, reason: M.notAmount };
  const m = /^(\d[\d,]*|)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && !m[2])) return { ok: false, reason: M.notAmount };
  const [, intPart = '', frac = ''] = m;
  if (intPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(intPart)) return { ok: false, reason: M.grouping };
  if (frac.length > 2) return { ok: false, reason: M.decimals };
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '') || '0';
  if (digits.length > MONEY_MAX_DIGITS) return { ok: false, reason: M.tooLarge };
  const cents = frac.replace(/0+$/, '');
  return { ok: true, value: cents ? `${digits}.${cents}` : digits };
}

/**
 * The canonical amount for what was typed ("１２,０００元" → "12000"): '' for nothing typed, null
 * when it is not an amount. A value already canonical stays as is ("12.50" stays "12.50"), so a
 * link decodes to the very text that was encoded.
 */
export function canonicalAmount(typed: string): string | null {
  if (typed === '' || isMoney(typed)) return typed;
  const r = parseAmount(typed);
  return r.ok ? (r.value ?? '') : null;
}
