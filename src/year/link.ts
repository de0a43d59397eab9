/**
 * The year as one share link and back. Pure: no DOM, no clock. Decoding never throws: it keeps
 * every valid part (a bill with a bad optional field keeps the rest of the bill; a bill without a
 * valid date or total is left out), falls back to defaults for the rest and lists what it ignored,
 * in the style of the single-bill codec (src/share/codec.ts). Relatives' labels never go in.
 */
import type { Msg } from '../engine/messages';
import { linkMessages } from '../bill/link-messages';
import { canonicalAge, canonicalAmount, isAge, isIsoDate, isMoney, isRegion } from '../input/values';
import { CATEGORIES_OF } from '../bill/link-codes';
import { defaultYear, newBill, newId, type BillDoc, type YearDoc } from './doc';
import { canonicalCount } from './input';
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
import { yearLinkMessages } from './link-messages';

export interface YearIgnored {
  key: string;
  reason: Msg;
}

const MAX_NOTICES = 8;
const HARMLESS = /^(from|isappinstalled|fbclid|gclid|utm_[a-z]+)$/i;

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
 * The query string (without '?') for a year. Bills that could not be settled for want of a date
 * or a total are left out; amounts that do not parse are written as empty.
 */
export function encodeYear(doc: YearDoc): string {
  const parts: string[] = [`${YEAR_VERSION_KEY}=${YEAR_LINK_VERSION}`];
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

/** Whether a query is a year link (rather than a single-bill link or nothing). */
export function isYearQuery(query: string): boolean {
  try {
    const params = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
    return params.has(YEAR_VERSION_KEY) || params.has(YEAR_KEYS.bills);
  } catch {
    return false;
  }
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
  const fields = [
    'outpatientInScope',
    'basicInpatient',
    'basicOutpatient',
    'catastrophicBase',
    'catastrophicPaid',
  ] as const;
  fields.forEach((field, i) => {
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

function decodeParams(
  params: Map<string, string>,
  repeated: Set<string>,
  fallback: YearDoc,
): { doc: YearDoc; ignored: Notes } {
  const notes: Notes = [];
  const v = params.get(YEAR_VERSION_KEY);
  if (v === undefined) notes.push({ key: YEAR_VERSION_KEY, reason: linkMessages.noVersion(YEAR_LINK_VERSION) });
  else if (!/^[1-9]\d{0,5}$/.test(v) || repeated.has(YEAR_VERSION_KEY))
    return { doc: fallback, ignored: [{ key: YEAR_VERSION_KEY, reason: linkMessages.badVersion() }] };
  else if (Number(v) !== YEAR_LINK_VERSION)
    return { doc: fallback, ignored: [{ key: YEAR_VERSION_KEY, reason: linkMessages.newerVersion(v) }] };

  // Missing keys mean the pinned defaults; the link replaces the whole year, so nothing of the fallback stays but its date.
  const doc = defaultYear(fallback.enrolment.start);
  for (const key of repeated) notes.push({ key: shown(key), reason: yearLinkMessages.repeated(shown(key)) });
  for (const key of params.keys())
    if (!KNOWN_KEYS.has(key)) notes.push({ key: shown(key), reason: linkMessages.unknownKey(shown(key)) });
  const pinned = params.get(YEAR_KEYS.pinned);
  if (pinned !== undefined) {
    const iso = isoOf(pinned);
    if (iso) doc.pinned = iso;
    else notes.push({ key: YEAR_KEYS.pinned, reason: yearLinkMessages.part('pinned') });
  }
  readPerson(params, doc, notes);
  readAccounts(params, doc, notes);
  const prior = params.get(YEAR_KEYS.prior);
  if (prior !== undefined) decodePrior(prior, doc, notes);
  const enrolment = params.get(YEAR_KEYS.enrolment);
  if (enrolment !== undefined) {
    if (doc.person.scheme === 'resident') decodeEnrolment(enrolment, doc, notes);
    else notes.push({ key: YEAR_KEYS.enrolment, reason: yearLinkMessages.part('enrolment') });
  }
  const premiums = params.get(YEAR_KEYS.premiums);
  if (premiums !== undefined) decodePremiums(premiums, doc, notes);
  const bills = params.get(YEAR_KEYS.bills);
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

const shown = (key: string): string => {
  const clean = key.replace(/[\p{C}]/gu, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
};

/**
 * The year a link describes. Never throws: invalid parts are left out or take defaults and are
 * listed in `ignored` (at most a handful, then a count). `fallback` is returned for an empty or
 * unusable link.
 */
export function decodeYear(query: string, fallback: YearDoc): { doc: YearDoc; ignored: YearIgnored[] } {
  try {
    const q = query.startsWith('?') ? query.slice(1) : query;
    if (q.length > MAX_YEAR_QUERY)
      return { doc: fallback, ignored: [{ key: '', reason: linkMessages.tooLong(q.length, MAX_YEAR_QUERY) }] };
    const params = new Map<string, string>();
    const repeated = new Set<string>();
    for (const [k, v] of new URLSearchParams(q)) {
      if (HARMLESS.test(k)) continue;
      if (params.has(k) && params.get(k) !== v) repeated.add(k);
      else params.set(k, v);
    }
    if (params.size === 0) return { doc: fallback, ignored: [] };
    const { doc, ignored } = decodeParams(params, repeated, fallback);
    const unique = [...new Map(ignored.map((n) => [`${n.key}|${n.reason.zh}`, n])).values()];
    if (unique.length <= MAX_NOTICES) return { doc, ignored: unique };
    return {
      doc,
      ignored: [
        ...unique.slice(0, MAX_NOTICES - 1),
        { key: '', reason: linkMessages.more(unique.length - MAX_NOTICES + 1) },
      ],
    };
  } catch {
    return { doc: fallback, ignored: [{ key: '', reason: linkMessages.unreadable() }] };
  }
}
