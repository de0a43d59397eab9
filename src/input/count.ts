/** Whole numbers people type as counts: admissions so far, years without insurance, extra years paid. */
import { inputMessages as M, type Parsed } from './messages';
import { normalise } from './normalise';

const COUNT = /^(0|[1-9]\d{0,2})$/;

/** A count from 0 to 999; empty text is 0 (nothing to count). */
export function parseCount(text: string): Parsed<number> {
  const s = normalise(text).replace(/^0+(?=\d)/, '');
  if (s === '') return { ok: true, value: 0 };
  return COUNT.test(s) ? { ok: true, value: Number(s) } : { ok: false, reason: M.notCount };
}

/** The canonical count for a link: '' for nothing typed, null when it is not a count. */
export function canonicalCount(typed: string): string | null {
  const s = normalise(typed).replace(/^0+(?=\d)/, '');
  if (s === '') return '';
  return COUNT.test(s) ? s : null;
}
