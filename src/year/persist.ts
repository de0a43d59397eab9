/**
 * The year as kept on this device (`yibao.year`, through src/device/persisted.svelte.ts): format
 * version 1 is `{ "v": 1, "year": { … } }`. Each part is read on its own, so one broken field or
 * bill never spoils the rest; what could not be read is named exactly (the stored text itself is
 * kept aside by Persisted, so nothing is lost). Every bill is kept: there is no silent cap.
 */
import { z } from 'zod';
import type { Codec } from '../device/persisted.svelte';
import type { Msg } from '../text/msg';
import { CATEGORIES, LEVELS, OFFSITE, RESIDENT_CATEGORIES, SCHEMES, SETTINGS } from '../text/vocabulary';
import { defaultYear, newId, type YearDoc } from './doc';
import { storedWords } from './words';

export const STORAGE_NAME = 'year';
export const STORAGE_VERSION = 1;

const str = z.string().max(200);
const bool = z.boolean();

/** Each field with its own fallback: `.catch` keeps a broken field from spoiling its neighbours. */
function schemaFor(d: YearDoc) {
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
      rules: z.string().max(40).optional().catch(undefined),
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
    bill: z.object({
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
    }),
    premiumRelative: z.object({
      label: str.catch(''),
      category: z.enum(RESIDENT_CATEGORIES),
      region: str.catch(''),
    }),
    premiumYear: str,
    premiumDate: str,
    pinned: str,
  };
}

function readYear(stored: unknown, today: string): { value: YearDoc; dropped: Msg[] } | null {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return null;
  const s = stored as Record<string, unknown>;
  const fresh = defaultYear(today);
  const S = schemaFor(fresh);
  const dropped: Msg[] = [];
  const take = <T>(schema: z.ZodType<T>, value: unknown, fallback: T, what: Msg): T => {
    if (value === undefined) return fallback;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    dropped.push(what);
    return fallback;
  };
  /** The items of a stored list that read; the rest counted as `n of m` in the notice. */
  const list = <T extends object>(
    value: unknown,
    schema: z.ZodType<T>,
    id: string,
    what: (n: number, of: number) => Msg,
  ) => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      dropped.push(what(1, 1));
      return [];
    }
    const ok = value.flatMap((v) => {
      const r = schema.safeParse(v);
      return r.success ? [{ id: newId(id), ...r.data }] : [];
    });
    if (ok.length < value.length) dropped.push(what(value.length - ok.length, value.length));
    return ok;
  };
  const premiums = (s.premiums ?? {}) as { year?: unknown; date?: unknown; relatives?: unknown };
  const doc: YearDoc = {
    person: take(S.person, s.person, fresh.person, storedWords.person),
    own: take(S.own, s.own, '', storedWords.own),
    relatives: list(s.relatives, S.relative, 'r', storedWords.relatives),
    prior: take(S.prior, s.prior, fresh.prior, storedWords.prior),
    enrolment: take(S.enrolment, s.enrolment, fresh.enrolment, storedWords.enrolment),
    bills: list(s.bills, S.bill, 'b', storedWords.bills),
    premiums: {
      year: take(S.premiumYear, premiums.year, '', storedWords.premiums),
      // Stored before payment dates existed: no date, as then (before the first bill).
      date: premiums.date === undefined ? '' : take(S.premiumDate, premiums.date, '', storedWords.premiums),
      relatives: list(premiums.relatives, S.premiumRelative, 'p', storedWords.premiumRelatives),
    },
    pinned: take(S.pinned, s.pinned, '', storedWords.pinned),
  };
  return { value: doc, dropped };
}

/** Stored without the local ids (they only key the list on one page load). */
function writeYear(doc: YearDoc): Record<string, unknown> {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  return {
    v: STORAGE_VERSION,
    year: {
      ...doc,
      relatives: doc.relatives.map(strip),
      bills: doc.bills.map(strip),
      premiums: { year: doc.premiums.year, date: doc.premiums.date, relatives: doc.premiums.relatives.map(strip) },
    },
  };
}

/** The year's codec for Persisted; `today` dates a fresh year's defaults. */
export const yearCodec = (today: string): Codec<YearDoc> => ({
  version: STORAGE_VERSION,
  read: (data) => readYear(data.year, today),
  write: writeYear,
});
