/**
 * What counts as a valid value in a share link, and the canonical form the link writes.
 * Pure string checks: no floats, no clock.
 */
import { parseAge, parseAmount } from './amount';

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

/**
 * The amount for a link from what the user typed ("１２,０００元" → "12000"): '' for nothing typed,
 * null when the page would not accept it either. Uses the page's own reading of amounts, so the
 * link carries exactly the amount the page computed with; a value already canonical stays as is
 * ("12.50" stays "12.50", so decoding gives back the very form that was encoded).
 */
export function canonicalAmount(typed: string): string | null {
  if (typed === '' || isMoney(typed)) return typed;
  const r = parseAmount(typed);
  return r.ok ? (r.value ?? '') : null;
}

/** The age for a link ('' for none, null when not an age), read as the page reads it. */
export function canonicalAge(typed: string): string | null {
  if (typed === '' || isAge(typed)) return typed;
  const r = parseAge(typed);
  return r.ok ? (r.value === undefined ? '' : String(r.value)) : null;
}
