/**
 * Reading what people type into an amount field: "12,000", "12，000", "１２０００", "¥12000",
 * "12000元", " 12 000 " all mean 12000. The result is the engine's money string (no separators,
 * at most two decimals) or a short reason to show next to the field. No arithmetic happens here.
 */
import type { Msg } from '../engine/messages';

export type Parsed = { ok: true; value: string | null } | { ok: false; reason: Msg };

/** Beyond ten digits of yuan an entry is a typo, not a hospital bill (and charts could not place it). */
const MAX_INT_DIGITS = 10;

const reasons = {
  notNumber: { zh: '请输入金额，如 12000 或 12,000.50', en: 'enter an amount, e.g. 12000 or 12,000.50' },
  negative: { zh: '金额不能为负数', en: 'the amount cannot be negative' },
  decimals: { zh: '最多两位小数（精确到分）', en: 'at most two decimals (to the fen)' },
  grouping: { zh: '千位分隔符位置不对，如 12,000', en: 'thousands separators are misplaced; e.g. 12,000' },
  tooLarge: { zh: '金额过大，请检查', en: 'the amount is too large; please check it' },
} satisfies Record<string, Msg>;

/** Full-width forms (０-９ ． ， －) to ASCII; every kind of space removed. */
function normalise(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\uFF0E\u3002]/g, '.')
    .replace(/[\uFF0C\u3001]/g, ',')
    .replace(/[\uFF0D\u2212]/g, '-')
    .replace(/[\s\u00A0\u3000\u2009\u202F]/g, '');
}

/** Parses one amount. Empty text is `{ ok: true, value: null }`: the caller decides what empty means. */
export function parseAmount(text: string): Parsed {
  let s = normalise(text);
  s = s.replace(/^(?:¥|￥|RMB|CNY)/i, '').replace(/(?:元|圆|块|CNY|RMB)$/i, '');
  if (s === '') return text.trim() === '' ? { ok: true, value: null } : { ok: false, reason: reasons.notNumber };
  if (s.startsWith('-'))
    return /^-[\d,.]+$/.test(s) ? { ok: false, reason: reasons.negative } : { ok: false, reason: reasons.notNumber };
  const m = /^(\d[\d,]*|)(?:\.(\d*))?$/.exec(s);
  if (!m || (m[1] === '' && !m[2])) return { ok: false, reason: reasons.notNumber };
  const [, intPart = '', frac = ''] = m;
  if (intPart.includes(',') && !/^\d{1,3}(,\d{3})+$/.test(intPart)) return { ok: false, reason: reasons.grouping };
  if (frac.length > 2) return { ok: false, reason: reasons.decimals };
  const digits = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '') || '0';
  if (digits.length > MAX_INT_DIGITS) return { ok: false, reason: reasons.tooLarge };
  const cents = frac.replace(/0+$/, '');
  return { ok: true, value: cents ? `${digits}.${cents}` : digits };
}

export type ParsedAge = { ok: true; value: number | undefined } | { ok: false; reason: Msg };

const ageReason: Msg = { zh: '年龄应为0到150之间的整数', en: 'age must be a whole number from 0 to 150' };

/** Age in whole years, optional; full-width digits and a trailing 岁 are accepted. */
export function parseAge(text: string): ParsedAge {
  const s = normalise(text).replace(/(?:岁|周岁)$/, '');
  if (s === '') return { ok: true, value: undefined };
  if (!/^\d{1,3}$/.test(s)) return { ok: false, reason: ageReason };
  const n = Number(s);
  return n <= 150 ? { ok: true, value: n } : { ok: false, reason: ageReason };
}
