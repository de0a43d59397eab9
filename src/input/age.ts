/** Ages in whole years, optional: full-width digits and a trailing 岁 are accepted. */
import { inputMessages as M, type Parsed } from './messages';
import { normalise } from './normalise';

/** The highest age anyone types (the engine's input takes the same range). */
export const AGE_MAX = 150;

export const isAge = (s: string): boolean => /^(0|[1-9]\d{0,2})$/.test(s) && Number(s) <= AGE_MAX;

/** Empty text is no age (`undefined`), not an error. */
export function parseAge(text: string): Parsed<number | undefined> {
  const s = normalise(text).replace(/(?:岁|周岁)$/, '');
  if (s === '') return { ok: true, value: undefined };
  if (!/^\d{1,3}$/.test(s)) return { ok: false, reason: M.notAge };
  const n = Number(s);
  return n <= AGE_MAX ? { ok: true, value: n } : { ok: false, reason: M.notAge };
}

/** The age for a link ('' for none, null when not an age), read as the forms read it. */
export function canonicalAge(typed: string): string | null {
  if (typed === '' || isAge(typed)) return typed;
  const r = parseAge(typed);
  return r.ok ? (r.value === undefined ? '' : String(r.value)) : null;
}
