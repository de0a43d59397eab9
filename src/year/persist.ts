/**
 * Keeping the year on this device (localStorage), versioned. A stored value that is broken, from
 * an older format or partly wrong never stops the page: each part is checked on its own, usable
 * parts are kept, the rest takes defaults, and the caller is told something was dropped.
 */
import { z } from 'zod';
import { CATEGORIES, LEVELS, OFFSITE, SCHEMES, SETTINGS } from '../tables/schema';
import { defaultYear, newId, type YearDoc } from './doc';

export const STORAGE_KEY = 'yibao.year';
export const STORAGE_VERSION = 1;

/** The part of the Storage interface used here, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const str = z.string().max(200);
const bool = z.boolean();

/** Each field with its own fallback: `.catch` keeps a broken field from spoiling its neighbours. */
function schemaFor(d: YearDoc) {
  const bill = z.object({
    date: str,
    setting: z.enum(SETTINGS),
    level: z.enum(LEVELS),
    total: str,
    outOfCatalog: str.catch(''),
    overLimit: str.catch(''),
    classB: str.catch(''),
    settledBasic: str.catch(''),
    offsite: z.enum(OFFSITE).catch('local'),
    referral: bool.catch(false),
    emergency: bool.catch(false),
  });
  return {
    person: z.object({
      region: z
        .string()
        .regex(/^\d{6}$/)
        .catch(d.person.region),
      scheme: z.enum(SCHEMES).catch(d.person.scheme),
      category: z.enum(CATEGORIES).catch(d.person.category),
      age: str.catch(''),
      hardship: bool.catch(false),
    }),
    own: str,
    relative: z.object({ label: str.catch(''), balance: str }),
    prior: z.object({
      on: bool,
      admissions: str.catch(''),
      outpatientInScope: str.catch(''),
      basicInpatient: str.catch(''),
      basicOutpatient: str.catch(''),
      catastrophicBase: str.catch(''),
      catastrophicPaid: str.catch(''),
    }),
    enrolment: z.object({
      on: bool,
      start: str,
      inWindow: bool.catch(true),
      brokenYears: str.catch(''),
      extraYears: str.catch(''),
    }),
    bill,
    premiumRelative: z.object({
      label: str.catch(''),
      category: z.enum(['working-age', 'elderly', 'student']),
      region: str.catch(''),
    }),
    premiumYear: str,
    pinned: str,
  };
}

export interface Loaded {
  doc: YearDoc;
  /** True when something stored could not be used (the page says so once). */
  dropped: boolean;
}

/** The stored year, or the default year; never throws. */
export function loadYear(store: KeyValueStore | undefined, today: string): Loaded {
  const fresh = defaultYear(today);
  let raw: string | null;
  try {
    raw = store?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return { doc: fresh, dropped: false };
  }
  if (raw === null) return { doc: fresh, dropped: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { doc: fresh, dropped: true };
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as { v?: unknown }).v !== STORAGE_VERSION)
    return { doc: fresh, dropped: true };
  const stored = (parsed as { year?: unknown }).year;
  if (!stored || typeof stored !== 'object') return { doc: fresh, dropped: true };
  const s = stored as Record<string, unknown>;
  const S = schemaFor(fresh);
  let dropped = false;
  const take = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    dropped = true;
    return fallback;
  };
  const list = (value: unknown): unknown[] => {
    if (Array.isArray(value)) return value.slice(0, 500);
    if (value !== undefined) dropped = true;
    return [];
  };
  const person = take(S.person, s.person, fresh.person);
  const doc: YearDoc = {
    person,
    own: take(S.own, s.own, ''),
    relatives: list(s.relatives).flatMap((r) => {
      const ok = S.relative.safeParse(r);
      if (!ok.success) dropped = true;
      return ok.success ? [{ id: newId('r'), ...ok.data }] : [];
    }),
    prior: take(S.prior, s.prior, fresh.prior),
    enrolment: take(S.enrolment, s.enrolment, fresh.enrolment),
    bills: list(s.bills).flatMap((b) => {
      const ok = S.bill.safeParse(b);
      if (!ok.success) dropped = true;
      return ok.success ? [{ id: newId('b'), ...ok.data }] : [];
    }),
    premiums: {
      year: take(S.premiumYear, (s.premiums as { year?: unknown } | undefined)?.year ?? '', ''),
      relatives: list((s.premiums as { relatives?: unknown } | undefined)?.relatives).flatMap((r) => {
        const ok = S.premiumRelative.safeParse(r);
        if (!ok.success) dropped = true;
        return ok.success ? [{ id: newId('p'), ...ok.data }] : [];
      }),
    },
    pinned: take(S.pinned, s.pinned ?? '', ''),
  };
  return { doc, dropped };
}

/** Stores the year (ids are not stored: they are local to one page load). Never throws (quota, private mode). */
export function saveYear(store: KeyValueStore | undefined, doc: YearDoc): void {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  const { region, scheme, category, age, hardship } = doc.person;
  const year = {
    ...doc,
    // The person may be the single-bill page's form (shared): keep only the person's fields.
    person: { region, scheme, category, age, hardship },
    relatives: doc.relatives.map(strip),
    bills: doc.bills.map(strip),
    premiums: { year: doc.premiums.year, relatives: doc.premiums.relatives.map(strip) },
  };
  try {
    store?.setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, year }));
  } catch {
    // Storage full or disabled: the year still works for this visit.
  }
}
