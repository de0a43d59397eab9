/**
 * The share link: a FormState as a short ASCII query string and back (issue 3, item 4).
 *
 * The link holds a format version, the effective date of the table the result used (so it keeps
 * giving the same numbers when a newer table arrives), the bill's date, and only the fields that
 * differ from the defaults pinned in codes.ts. Decoding never throws: it keeps every valid part,
 * takes the caller's fallback for the rest, and says what it ignored (STYLE.md §6).
 * Pure: no DOM, no clock.
 */
import type { Msg } from '../engine/messages';
import { CATEGORIES_OF, CODES, KEYS, PINNED_DEFAULTS, VERSION_KEY, type EnumField } from './link-codes';
import type { FormState } from './doc';
import { linkMessages, type Why } from './link-messages';
import { canonicalAge, canonicalAmount, isAge, isIsoDate, isMoney, isRegion } from '../input/values';

export const LINK_VERSION = 1;
/** Longer queries are not read at all: no real link comes near this, and it bounds the work. */
export const MAX_QUERY_LENGTH = 2000;
/** At most this many notices; the rest are counted in one more. */
const MAX_NOTICES = 8;

/** One thing a link had that the page did not use, and why, for the page to show. */
export interface IgnoredPart {
  /** The URL key as it appeared (shortened), '' for the link as a whole. */
  key: string;
  /** The form field that fell back to its default, when there is one. */
  field?: keyof FormState;
  reason: Msg;
}

const ENUM_FIELDS = Object.keys(CODES) as EnumField[];
const FLAG_FIELDS = ['hardship', 'referral', 'emergency'] as const;
const AMOUNT_FIELDS = ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const;

/** Query parameters that messengers and trackers append (WeChat adds `from` and `isappinstalled`); dropped silently. */
const HARMLESS = /^(from|isappinstalled|fbclid|gclid|utm_[a-z]+)$/i;

/**
 * The query string (without '?') for a form and the effective date of the table its result used
 * ('' when no table was used: then the link does not pin one).
 */
export function encodeForm(form: FormState, tableEffective: string): string {
  const parts: string[] = [`${VERSION_KEY}=${LINK_VERSION}`];
  const put = (field: keyof FormState, value: string) => parts.push(`${KEYS[field]}=${value}`);
  if (isIsoDate(tableEffective)) put('pinned', tableEffective);
  if (isIsoDate(form.date)) put('date', form.date);
  if (isRegion(form.region) && form.region !== PINNED_DEFAULTS.region) put('region', form.region);
  for (const f of ENUM_FIELDS) {
    const code = (CODES[f] as Record<string, string>)[form[f]];
    if (code !== undefined && form[f] !== PINNED_DEFAULTS[f]) put(f, code);
  }
  const age = canonicalAge(form.age);
  if (age) put('age', age);
  for (const f of FLAG_FIELDS) if (form[f] !== PINNED_DEFAULTS[f]) put(f, form[f] ? '1' : '0');
  for (const f of AMOUNT_FIELDS) {
    const amount = canonicalAmount(form[f]);
    if (amount) put(f, amount);
  }
  return parts.join('&');
}

/** Reads one field's raw link value, or says why it cannot be used. */
function readField(
  field: keyof FormState,
  raw: string,
): { ok: true; value: string | boolean } | { ok: false; why: Why } {
  if ((ENUM_FIELDS as string[]).includes(field)) {
    const entry = Object.entries(CODES[field as EnumField]).find(([, code]) => code === raw);
    return entry ? { ok: true, value: entry[0] } : { ok: false, why: 'code' };
  }
  if ((FLAG_FIELDS as readonly string[]).includes(field))
    return raw === '1' || raw === '0' ? { ok: true, value: raw === '1' } : { ok: false, why: 'flag' };
  if ((AMOUNT_FIELDS as readonly string[]).includes(field))
    return isMoney(raw) ? { ok: true, value: raw } : { ok: false, why: 'amount' };
  if (field === 'date' || field === 'pinned')
    return isIsoDate(raw) ? { ok: true, value: raw } : { ok: false, why: 'date' };
  if (field === 'age') return isAge(raw) ? { ok: true, value: raw } : { ok: false, why: 'age' };
  return isRegion(raw) ? { ok: true, value: raw } : { ok: false, why: 'region' };
}

/**
 * A key as the user may be shown it: only a short plain ASCII key is repeated back, so a tampered
 * link cannot put words of its own on the page ('' stands for "a part").
 */
const shown = (key: string): string => (/^[A-Za-z0-9_.-]{1,12}$/.test(key) ? key : '');

const FIELD_OF_KEY = new Map(Object.entries(KEYS).map(([field, key]) => [key as string, field as keyof FormState]));

/** Version check: null to go on reading, or the reason to ignore the whole link. */
function versionProblem(values: string[] | undefined, notices: IgnoredPart[]): Msg | null {
  if (!values) {
    notices.push({ key: VERSION_KEY, reason: linkMessages.noVersion(LINK_VERSION) });
    return null;
  }
  const v = values[0]!;
  if (new Set(values).size > 1 || !/^[1-9]\d{0,5}$/.test(v)) return linkMessages.badVersion();
  return Number(v) === LINK_VERSION ? null : linkMessages.newerVersion(v);
}

function decodeParams(params: Map<string, string[]>, fallback: FormState): { form: FormState; ignored: IgnoredPart[] } {
  const ignored: IgnoredPart[] = [];
  const whole = versionProblem(params.get(VERSION_KEY), ignored);
  if (whole) return { form: { ...fallback }, ignored: [{ key: VERSION_KEY, reason: whole }] };

  // Missing keys mean the pinned default (that is why the encoder left them out); a link that
  // pins no table means the table in force; a link without a date takes the caller's date.
  const form: FormState = { ...PINNED_DEFAULTS, date: fallback.date, pinned: '' };
  const set = form as unknown as Record<keyof FormState, string | boolean>;
  for (const [key, values] of params) {
    if (key === VERSION_KEY) continue;
    const field = FIELD_OF_KEY.get(key);
    if (!field) {
      ignored.push({ key: shown(key), reason: linkMessages.unknownKey(shown(key)) });
      continue;
    }
    const read: ReturnType<typeof readField> =
      new Set(values).size > 1 ? { ok: false, why: 'repeated' } : readField(field, values[0]!);
    if (read.ok) set[field] = read.value;
    else {
      set[field] = fallback[field];
      ignored.push({ key, field, reason: linkMessages.badField(field, read.why) });
    }
  }

  // A category belongs to one scheme; a tampered pair keeps the scheme and falls back on the category.
  const allowed: readonly string[] = CATEGORIES_OF[form.scheme];
  if (!allowed.includes(form.category)) {
    form.category = (allowed.includes(fallback.category) ? fallback.category : allowed[0]) as FormState['category'];
    ignored.push({
      key: KEYS.category,
      field: 'category',
      reason: linkMessages.badField('category', 'categoryScheme'),
    });
  }
  return { form, ignored };
}

/** Groups a query's values by key, in order of first appearance, leaving out what messengers append. */
function paramsOf(query: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(query)) {
    if (HARMLESS.test(k)) continue;
    const list = params.get(k);
    if (list) list.push(v);
    else params.set(k, [v]);
  }
  return params;
}

/**
 * The form a link describes. Never throws: invalid parts take `fallback`'s value and are listed in
 * `ignored` (at most a handful, then a count). An empty query is the plain page: `fallback`, nothing ignored.
 */
export function decodeForm(query: string, fallback: FormState): { form: FormState; ignored: IgnoredPart[] } {
  try {
    const q = query.startsWith('?') ? query.slice(1) : query;
    if (q.length > MAX_QUERY_LENGTH)
      return {
        form: { ...fallback },
        ignored: [{ key: '', reason: linkMessages.tooLong(q.length, MAX_QUERY_LENGTH) }],
      };
    const params = paramsOf(q);
    if (params.size === 0) return { form: { ...fallback }, ignored: [] };
    const { form, ignored } = decodeParams(params, fallback);
    if (ignored.length <= MAX_NOTICES) return { form, ignored };
    return {
      form,
      ignored: [
        ...ignored.slice(0, MAX_NOTICES - 1),
        { key: '', reason: linkMessages.more(ignored.length - MAX_NOTICES + 1) },
      ],
    };
  } catch {
    // Nothing above should throw; if something does, the page still opens with its defaults.
    return { form: { ...fallback }, ignored: [{ key: '', reason: linkMessages.unreadable() }] };
  }
}
