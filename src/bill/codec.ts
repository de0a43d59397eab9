/**
 * The single-bill link: a form as short ASCII text and back, through the link kernel
 * (src/link/kernel.ts: `#`, version, checksum, repeated keys, notices).
 *
 * The link holds its format version, the effective date of the table the result used (so it keeps
 * giving the same numbers when a newer table arrives), the bill's date, and only the fields that
 * differ from the defaults pinned in link-codes.ts. Decoding never throws: it keeps every valid
 * part, takes the caller's fallback for the rest, and says what it ignored (STYLE.md §6).
 */
import { canonicalAge, isAge } from '../input/age';
import { canonicalAmount, isMoney } from '../input/amount';
import { canonicalCount } from '../input/count';
import { isIsoDate } from '../input/date';
import { isRegion } from '../input/region';
import { capNotices, checkVersion, echo, openLink, signed, type Notice, type Params } from '../link/kernel';
import { linkMessages } from '../link/words';
import { CATEGORIES_OF } from '../text/vocabulary';
import type { FormState } from './doc';
import {
  ADMISSION_CODES,
  CODES,
  FAMILY_SEP,
  KEYS,
  MAX_FAMILY,
  PINNED_DEFAULTS,
  VERSION_KEY,
  type EnumField,
} from './link-codes';
import { badField, type Why } from './link-words';

/** The version written now: the state after `#`, with a checksum. Version 1 (in the query) is still read. */
export const LINK_VERSION = 2;
/** Longer texts are not read at all: no real link comes near this, and it bounds the work. */
export const MAX_LINK_LENGTH = 2000;

/** One thing a link had that the page did not use: `field` is the form field that fell back, if any. */
export interface IgnoredPart extends Notice {
  field?: keyof FormState;
}

const ENUM_FIELDS = Object.keys(CODES) as EnumField[];
const FLAG_FIELDS = ['hardship', 'referral', 'emergency'] as const;
const AMOUNT_FIELDS = ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic', 'accountOwn'] as const;

/** The parts of a link for a form, before signing: `v=2&p=…&d=…&…` (fields equal to the pinned defaults left out). */
export function encodeForm(form: FormState, tableEffective: string, version = LINK_VERSION): string {
  const parts: string[] = [`${VERSION_KEY}=${version}`];
  const put = (field: keyof FormState, value: string) => parts.push(`${KEYS[field]}=${value}`);
  if (isIsoDate(tableEffective)) put('pinned', tableEffective);
  if (isIsoDate(form.date)) put('date', form.date);
  if (isRegion(form.region) && form.region !== PINNED_DEFAULTS.region) put('region', form.region);
  for (const f of ENUM_FIELDS) {
    const code = (CODES[f] as Record<string, string>)[form[f]];
    if (code !== undefined && form[f] !== PINNED_DEFAULTS[f]) put(f, code);
  }
  const admission = admissionCode(form.admission);
  if (admission && form.admission !== PINNED_DEFAULTS.admission) put('admission', admission);
  const age = canonicalAge(form.age);
  if (age) put('age', age);
  for (const f of FLAG_FIELDS) if (form[f] !== PINNED_DEFAULTS[f]) put(f, form[f] ? '1' : '0');
  for (const f of AMOUNT_FIELDS) {
    const amount = canonicalAmount(form[f]);
    if (amount) put(f, amount);
  }
  // Balances only: what the person called each relative never goes into a link (DOMAIN.md §6).
  if (form.family.length) put('family', form.family.map((b) => canonicalAmount(b) || '0').join(FAMILY_SEP));
  return parts.join('&');
}

/** The admission order as the link writes it (`f`, `l`, or 3 and up), or null for no order. */
function admissionCode(order: string): string | null {
  const n = canonicalCount(order);
  if (!n || n === '0') return null;
  return ADMISSION_CODES[n as keyof typeof ADMISSION_CODES] ?? n;
}

/** The order a link's admission value means, or null. */
function admissionOf(code: string): string | null {
  const known = Object.entries(ADMISSION_CODES).find(([, c]) => c === code);
  if (known) return known[0];
  return /^([3-9]|[1-9]\d{1,2})$/.test(code) ? code : null;
}

/** The text after `#` for a form: its parts and their checksum. `tail`: independent parts (the rules). */
export const formFragment = (form: FormState, tableEffective: string, tail: readonly string[] = []): string =>
  signed(encodeForm(form, tableEffective), tail);

/** Reads one field's raw link value, or says why it cannot be used. */
function readField(
  field: keyof FormState,
  raw: string,
): { ok: true; value: string | boolean | string[] } | { ok: false; why: Why } {
  if (field === 'family') {
    const list = raw.split(FAMILY_SEP);
    return list.length <= MAX_FAMILY && list.every(isMoney) ? { ok: true, value: list } : { ok: false, why: 'amount' };
  }
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
  if (field === 'admission') {
    const order = admissionOf(raw);
    return order ? { ok: true, value: order } : { ok: false, why: 'code' };
  }
  return isRegion(raw) ? { ok: true, value: raw } : { ok: false, why: 'region' };
}

const FIELD_OF_KEY = new Map(Object.entries(KEYS).map(([field, key]) => [key as string, field as keyof FormState]));

function decodeParams(params: Params, fallback: FormState): { form: FormState; ignored: IgnoredPart[] } {
  const version = checkVersion(params, VERSION_KEY, [1, LINK_VERSION], 1);
  if (!version.ok) return { form: { ...fallback }, ignored: [version.notice] };
  const ignored: IgnoredPart[] = [...version.notices, ...params.notices];

  // Missing keys mean the pinned default (that is why the encoder left them out); a link that
  // pins no table means the table in force; a link without a date takes the caller's date.
  const form: FormState = { ...PINNED_DEFAULTS, family: [], date: fallback.date, pinned: '' };
  const set = form as unknown as Record<keyof FormState, string | boolean | string[]>;
  for (const [key, raw] of params.values) {
    if (key === VERSION_KEY) continue;
    const field = FIELD_OF_KEY.get(key);
    if (!field) {
      ignored.push({ key: echo(key), reason: linkMessages.unknownKey(echo(key)) });
      continue;
    }
    const read = readField(field, raw);
    if (read.ok) set[field] = read.value;
    else {
      set[field] = fallback[field];
      ignored.push({ key, field, reason: badField(field, read.why) });
    }
  }
  for (const n of params.notices) {
    const field = FIELD_OF_KEY.get(n.key);
    if (field) set[field] = fallback[field];
  }

  // A category belongs to one scheme; a tampered pair keeps the scheme and falls back on the category.
  const allowed: readonly string[] = CATEGORIES_OF[form.scheme];
  if (!allowed.includes(form.category)) {
    form.category = (allowed.includes(fallback.category) ? fallback.category : allowed[0]) as FormState['category'];
    ignored.push({ key: KEYS.category, field: 'category', reason: badField('category', 'categoryScheme') });
  }
  return { form, ignored };
}

/**
 * The form a link's state describes (`where`: after `#`, signed, or an older link's query).
 * Never throws: invalid parts take `fallback`'s value and are listed in `ignored` (a handful, then
 * a count). No state is the plain page: `fallback`, nothing ignored. `tail`: the independent parts.
 */
export function decodeForm(
  text: string,
  fallback: FormState,
  where: 'hash' | 'query' = 'hash',
): { form: FormState; ignored: IgnoredPart[]; tail: Params | null } {
  const opened = openLink(text.replace(/^[#?]/, ''), { signed: where === 'hash', maxLength: MAX_LINK_LENGTH });
  if (!opened.ok) return { form: { ...fallback }, ignored: [opened.notice], tail: null };
  if ('empty' in opened) return { form: { ...fallback }, ignored: [], tail: null };
  if (opened.params.values.size === 0 && opened.params.notices.length === 0)
    return { form: { ...fallback }, ignored: [], tail: opened.tail };
  const { form, ignored } = decodeParams(opened.params, fallback);
  return { form, ignored: capNotices(ignored) as IgnoredPart[], tail: opened.tail };
}
