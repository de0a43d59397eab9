/**
 * The year as one share link and back, through the link kernel (src/link/kernel.ts: `#`, version,
 * checksum, repeated keys, notices), like the single bill's. Pure: no DOM, no clock. Decoding never
 * throws: it keeps every valid part (a bill with a bad optional field keeps the rest of the bill;
 * a bill without a valid date or total is left out), falls back to defaults for the rest and lists
 * what it ignored. Relatives' names never go in: they stay on this device.
 */
import { canonicalAge, isAge } from '../input/age';
import { canonicalAmount, isMoney } from '../input/amount';
import { canonicalCount } from '../input/count';
import { isIsoDate } from '../input/date';
import { isRegion } from '../input/region';
import { capNotices, checkVersion, echo, openLink, signed, type Notice, type Params } from '../link/kernel';
import { linkMessages } from '../link/words';
import { CATEGORIES_OF } from '../text/vocabulary';
import { PRIOR_AMOUNTS, defaultYear, newBill, newId, type BillDoc, type YearDoc } from './doc';
import {
  FIELD_SEP,
  FLAG_EMERGENCY,
  FLAG_REFERRAL,
  LIST_SEP,
  MAX_BILLS,
  MAX_RELATIVES,
  MAX_YEAR_QUERY,
  YEAR_CODES,
  YEAR_KEYS,
  YEAR_LINK_VERSION,
  YEAR_PINNED_DEFAULTS,
  YEAR_VERSION_KEY,
} from './link-codes';
import { yearLinkMessages } from './link-words';

export type YearIgnored = Notice;

const compactDate = (iso: string): string => iso.replaceAll('-', '');
const isoOf = (d: string): string | null => {
  if (!/^\d{8}$/.test(d)) return null;
  const iso = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  return isIsoDate(iso) ? iso : null;
};
/** An amount as the link writes it: canonical, '' for none or for what does not parse. */
const amt = (typed: string): string => canonicalAmount(typed) ?? '';
const trimTrailing = (fields: string[]): string => {
  let n = fields.length;
  while (n > 0 && fields[n - 1] === '') n--;
  return fields.slice(0, n).join(FIELD_SEP);
};
const code = (table: Record<string, string>, value: string): string => table[value] ?? '';
const decodeCode = (table: Record<string, string>, c: string): string | undefined =>
  Object.entries(table).find(([, v]) => v === c)?.[0];

function encodeBill(b: BillDoc): string | null {
  const total = amt(b.total);
  if (!isIsoDate(b.date) || total === '') return null;
  const flags =
    code(YEAR_CODES.offsite, b.offsite) + (b.referral ? FLAG_REFERRAL : '') + (b.emergency ? FLAG_EMERGENCY : '');
  return trimTrailing([
    compactDate(b.date),
    code(YEAR_CODES.setting, b.setting) + code(YEAR_CODES.level, b.level),
    total,
    amt(b.outOfCatalog),
    amt(b.overLimit),
    amt(b.classB),
    amt(b.settledBasic),
    flags,
  ]);
}

/**
 * The parts of a year's link, before signing. Bills that could not be settled for want of a date
 * or a total are left out; amounts that do not parse are written as empty.
 */
export function encodeYear(doc: YearDoc, version = YEAR_LINK_VERSION): string {
  const parts: string[] = [`${YEAR_VERSION_KEY}=${version}`];
  const put = (key: string, value: string) => value !== '' && parts.push(`${key}=${value}`);
  if (isIsoDate(doc.pinned)) put(YEAR_KEYS.pinned, compactDate(doc.pinned));
  const p = doc.person;
  if (isRegion(p.region) && p.region !== YEAR_PINNED_DEFAULTS.region) put(YEAR_KEYS.region, p.region);
  if (p.scheme !== YEAR_PINNED_DEFAULTS.scheme) put(YEAR_KEYS.scheme, code(YEAR_CODES.scheme, p.scheme));
  if (p.category !== YEAR_PINNED_DEFAULTS.category) put(YEAR_KEYS.category, code(YEAR_CODES.category, p.category));
  put(YEAR_KEYS.age, canonicalAge(p.age) ?? '');
  if (p.hardship) put(YEAR_KEYS.hardship, '1');
  if (p.scheme === 'employee') put(YEAR_KEYS.own, amt(doc.own));
  if (doc.relatives.length) put(YEAR_KEYS.family, doc.relatives.map((r) => amt(r.balance) || '0').join(LIST_SEP));
  const q = doc.prior;
  if (q.on) {
    const prior = trimTrailing([
      canonicalCount(q.admissions) ?? '',
      amt(q.outpatientInScope),
      amt(q.basicInpatient),
      amt(q.basicOutpatient),
      amt(q.catastrophicBase),
      amt(q.catastrophicPaid),
    ]);
    put(YEAR_KEYS.prior, prior || '0');
  }
  const e = doc.enrolment;
  if (p.scheme === 'resident' && e.on && isIsoDate(e.start)) {
    put(
      YEAR_KEYS.enrolment,
      trimTrailing([
        compactDate(e.start),
        e.inWindow ? '1' : '0',
        canonicalCount(e.brokenYears) ?? '',
        canonicalCount(e.extraYears) ?? '',
      ]),
    );
  }
  if (p.scheme === 'employee' && doc.premiums.relatives.length) {
    const year = /^\d{4}$/.test(doc.premiums.year) ? doc.premiums.year : '';
    put(
      YEAR_KEYS.premiums,
      [
        year,
        ...doc.premiums.relatives.map(
          (r) => code(YEAR_CODES.category, r.category) + (isRegion(r.region) ? r.region : ''),
        ),
      ].join(LIST_SEP),
    );
    if (isIsoDate(doc.premiums.date)) put(YEAR_KEYS.premiumDate, compactDate(doc.premiums.date));
  }
  put(
    YEAR_KEYS.bills,
    doc.bills
      .map(encodeBill)
      .filter((b): b is string => b !== null)
      .join(LIST_SEP),
  );
  return parts.join('&');
}

/** Whether a link's state is a year's (rather than a single bill's or nothing). */
export function isYearLink(text: string): boolean {
  try {
    const params = new URLSearchParams(text.replace(/^[#?]/, ''));
    return params.has(YEAR_VERSION_KEY) || params.has(YEAR_KEYS.bills);
  } catch {
    return false;
  }
}

export type YearLink =
  | { ok: true; fragment: string }
  /** The year is too big for a link its decoder would read: offer the CSV instead. */
  | { ok: false; reason: 'length'; length: number; max: number }
  | { ok: false; reason: 'bills'; bills: number; max: number };

/**
 * The text after `#` for a year, signed — or why no link can carry it. A link longer than the
 * decoder reads, or with more bills than it takes, is never made: it would silently lose bills.
 */
export function yearLink(doc: YearDoc, tail: readonly string[] = []): YearLink {
  const bills = doc.bills.filter((b) => encodeBill(b) !== null).length;
  if (bills > MAX_BILLS) return { ok: false, reason: 'bills', bills, max: MAX_BILLS };
  const body = encodeYear(doc);
  // The tail (a person's rules) is bounded on its own (src/link/kernel.ts MAX_TAIL_LENGTH).
  if (body.length > MAX_YEAR_QUERY) return { ok: false, reason: 'length', length: body.length, max: MAX_YEAR_QUERY };
  return { ok: true, fragment: signed(body, tail) };
}

type Notes = YearIgnored[];

function decodeBill(raw: string, n: number, notes: Notes): BillDoc | null {
  const f = raw.split(FIELD_SEP);
  const date = isoOf(f[0] ?? '');
  const total = f[2] ?? '';
  if (!date || !isMoney(total)) {
    notes.push({ key: `${YEAR_KEYS.bills}${n}`, reason: yearLinkMessages.billDropped(n) });
    return null;
  }
  const bill = newBill(date, { total });
  const kind = f[1] ?? '';
  const setting = decodeCode(YEAR_CODES.setting, kind.slice(0, 1));
  const level = decodeCode(YEAR_CODES.level, kind.slice(1));
  if (setting) bill.setting = setting as BillDoc['setting'];
  if (level) bill.level = level as BillDoc['level'];
  if (!setting || !level || kind.length !== 2)
    notes.push({ key: `${YEAR_KEYS.bills}${n}`, reason: yearLinkMessages.billPart(n, 'kind') });
  const amounts = ['outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const;
  amounts.forEach((field, i) => {
    const v = f[3 + i] ?? '';
    if (v === '' || isMoney(v)) bill[field] = v;
    else notes.push({ key: `${YEAR_KEYS.bills}${n}`, reason: yearLinkMessages.billPart(n, field) });
  });
  const flags = f[7] ?? '';
  if (!/^[fu]?r?m?$/.test(flags) || f.length > 8)
    notes.push({ key: `${YEAR_KEYS.bills}${n}`, reason: yearLinkMessages.billPart(n, 'flags') });
  const off = /[fu]/.exec(flags)?.[0];
  if (off) bill.offsite = decodeCode(YEAR_CODES.offsite, off) as BillDoc['offsite'];
  bill.referral = flags.includes(FLAG_REFERRAL);
  bill.emergency = flags.includes(FLAG_EMERGENCY);
  return bill;
}

function decodePrior(raw: string, doc: YearDoc, notes: Notes): void {
  const f = raw.split(FIELD_SEP);
  const q = doc.prior;
  q.on = true;
  const adm = f[0] ?? '';
  if (canonicalCount(adm) === adm) q.admissions = adm;
  else notes.push({ key: YEAR_KEYS.prior, reason: yearLinkMessages.part('prior') });
  PRIOR_AMOUNTS.forEach((field, i) => {
    const v = f[1 + i] ?? '';
    if (v === '' || isMoney(v)) q[field] = v;
    else notes.push({ key: YEAR_KEYS.prior, reason: yearLinkMessages.part('prior') });
  });
}

function decodeEnrolment(raw: string, doc: YearDoc, notes: Notes): void {
  const f = raw.split(FIELD_SEP);
  const start = isoOf(f[0] ?? '');
  const w = f[1] ?? '1';
  const broken = f[2] ?? '';
  const extra = f[3] ?? '';
  if (
    !start ||
    !/^[01]$/.test(w) ||
    canonicalCount(broken) !== broken ||
    canonicalCount(extra) !== extra ||
    f.length > 4
  ) {
    notes.push({ key: YEAR_KEYS.enrolment, reason: yearLinkMessages.part('enrolment') });
    if (!start) return;
  }
  doc.enrolment = {
    on: true,
    start,
    inWindow: w !== '0',
    brokenYears: canonicalCount(broken) ?? '',
    extraYears: canonicalCount(extra) ?? '',
  };
}

function decodePremiums(raw: string, doc: YearDoc, notes: Notes): void {
  const [year = '', ...list] = raw.split(LIST_SEP);
  const bad = (): void => void notes.push({ key: YEAR_KEYS.premiums, reason: yearLinkMessages.part('premiums') });
  if (doc.person.scheme !== 'employee') return bad();
  if (/^\d{4}$/.test(year)) doc.premiums.year = year;
  else if (year !== '') bad();
  if (list.length > MAX_RELATIVES)
    notes.push({ key: YEAR_KEYS.premiums, reason: yearLinkMessages.tooMany(MAX_RELATIVES) });
  for (const item of list.slice(0, MAX_RELATIVES)) {
    const m = /^([a-z])(\d{6})?$/.exec(item);
    const category = m ? decodeCode(YEAR_CODES.category, m[1]!) : undefined;
    if (category === 'working-age' || category === 'elderly' || category === 'student') {
      doc.premiums.relatives.push({ id: newId('p'), label: '', category, region: m?.[2] ?? '' });
    } else bad();
  }
}

function readPerson(params: Map<string, string>, doc: YearDoc, notes: Notes): void {
  const p = doc.person;
  const bad = (key: string) => notes.push({ key, reason: yearLinkMessages.part('person') });
  const get = (k: string) => params.get(k);
  const r = get(YEAR_KEYS.region);
  if (r !== undefined) {
    if (isRegion(r)) p.region = r;
    else bad(YEAR_KEYS.region);
  }
  const s = get(YEAR_KEYS.scheme);
  if (s !== undefined) {
    const v = decodeCode(YEAR_CODES.scheme, s);
    if (v) p.scheme = v as typeof p.scheme;
    else bad(YEAR_KEYS.scheme);
  }
  const c = get(YEAR_KEYS.category);
  const cat = c === undefined ? YEAR_PINNED_DEFAULTS.category : decodeCode(YEAR_CODES.category, c);
  const allowed: readonly string[] = CATEGORIES_OF[p.scheme];
  if (cat && allowed.includes(cat)) p.category = cat as typeof p.category;
  else {
    p.category = allowed[0] as typeof p.category;
    if (c !== undefined) bad(YEAR_KEYS.category);
  }
  const a = get(YEAR_KEYS.age);
  if (a !== undefined) {
    if (isAge(a)) p.age = a;
    else bad(YEAR_KEYS.age);
  }
  const h = get(YEAR_KEYS.hardship);
  if (h !== undefined) {
    if (h === '1' || h === '0') p.hardship = h === '1';
    else bad(YEAR_KEYS.hardship);
  }
}

function readAccounts(params: Map<string, string>, doc: YearDoc, notes: Notes): void {
  const own = params.get(YEAR_KEYS.own);
  if (own !== undefined) {
    if (isMoney(own) && doc.person.scheme === 'employee') doc.own = own;
    else notes.push({ key: YEAR_KEYS.own, reason: yearLinkMessages.part('own') });
  }
  const fam = params.get(YEAR_KEYS.family);
  if (fam !== undefined) {
    const list = fam.split(LIST_SEP);
    if (list.length > MAX_RELATIVES)
      notes.push({ key: YEAR_KEYS.family, reason: yearLinkMessages.tooMany(MAX_RELATIVES) });
    for (const bal of list.slice(0, MAX_RELATIVES)) {
      if (isMoney(bal)) doc.relatives.push({ id: newId('r'), label: '', balance: bal });
      else notes.push({ key: YEAR_KEYS.family, reason: yearLinkMessages.part('family') });
    }
  }
}

const KNOWN_KEYS = new Set<string>([YEAR_VERSION_KEY, ...Object.values(YEAR_KEYS)]);

function decodeParams(params: Params, fallback: YearDoc): { doc: YearDoc; ignored: Notes } {
  const version = checkVersion(params, YEAR_VERSION_KEY, [1, YEAR_LINK_VERSION], 1);
  if (!version.ok) return { doc: fallback, ignored: [version.notice] };
  const notes: Notes = [...version.notices, ...params.notices];
  const values = params.values;

  // Missing keys mean the pinned defaults; the link replaces the whole year, so nothing of the fallback stays but its date.
  const doc = defaultYear(fallback.enrolment.start);
  for (const key of values.keys())
    if (!KNOWN_KEYS.has(key)) notes.push({ key: echo(key), reason: linkMessages.unknownKey(echo(key)) });
  const pinned = values.get(YEAR_KEYS.pinned);
  if (pinned !== undefined) {
    const iso = isoOf(pinned);
    if (iso) doc.pinned = iso;
    else notes.push({ key: YEAR_KEYS.pinned, reason: yearLinkMessages.part('pinned') });
  }
  readPerson(values, doc, notes);
  readAccounts(values, doc, notes);
  const prior = values.get(YEAR_KEYS.prior);
  if (prior !== undefined) decodePrior(prior, doc, notes);
  const enrolment = values.get(YEAR_KEYS.enrolment);
  if (enrolment !== undefined) {
    if (doc.person.scheme === 'resident') decodeEnrolment(enrolment, doc, notes);
    else notes.push({ key: YEAR_KEYS.enrolment, reason: yearLinkMessages.part('enrolment') });
  }
  const premiums = values.get(YEAR_KEYS.premiums);
  if (premiums !== undefined) decodePremiums(premiums, doc, notes);
  const paidOn = values.get(YEAR_KEYS.premiumDate);
  if (paidOn !== undefined) {
    const iso = isoOf(paidOn);
    if (iso && doc.premiums.relatives.length) doc.premiums.date = iso;
    else notes.push({ key: YEAR_KEYS.premiumDate, reason: yearLinkMessages.part('premiums') });
  }
  const bills = values.get(YEAR_KEYS.bills);
  if (bills) {
    const list = bills.split(LIST_SEP);
    if (list.length > MAX_BILLS) notes.push({ key: YEAR_KEYS.bills, reason: yearLinkMessages.tooMany(MAX_BILLS) });
    list.slice(0, MAX_BILLS).forEach((raw, i) => {
      const b = decodeBill(raw, i + 1, notes);
      if (b) doc.bills.push(b);
    });
  }
  return { doc, ignored: notes };
}

/**
 * The year a link's state describes (`where`: after `#`, signed, or an older link's query). Never
 * throws: invalid parts are left out or take defaults and are listed in `ignored` (a handful, then
 * a count). `fallback` is returned for an empty or unusable link.
 */
export function decodeYear(
  text: string,
  fallback: YearDoc,
  where: 'hash' | 'query' = 'hash',
): { doc: YearDoc; ignored: YearIgnored[]; tail: Params | null } {
  const opened = openLink(text.replace(/^[#?]/, ''), { signed: where === 'hash', maxLength: MAX_YEAR_QUERY });
  if (!opened.ok) return { doc: fallback, ignored: [opened.notice], tail: null };
  if ('empty' in opened || (opened.params.values.size === 0 && opened.params.notices.length === 0))
    return { doc: fallback, ignored: [], tail: 'empty' in opened ? null : opened.tail };
  try {
    const { doc, ignored } = decodeParams(opened.params, fallback);
    return { doc, ignored: capNotices(ignored), tail: opened.tail };
  } catch {
    return { doc: fallback, ignored: [{ key: '', reason: linkMessages.unreadable() }], tail: null };
  }
}
