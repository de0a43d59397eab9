/**
 * From what the user typed to what the engine takes: amounts made canonical (thousands separators,
 * full-width digits and a trailing 元 accepted, by the share link's own rules), and a message per
 * field that does not parse. A bill with a bad field is left out of the year (and says so) instead
 * of blocking the other bills; bad person-level fields fall back to "not given".
 */
import type { PersonIn, PriorIn } from '../engine/input';
import type { YearPremiumsIn } from '../engine/premiums';
import { inputMessages } from '../input/messages';
import { parseAge } from '../input/age';
import { parseAmount } from '../input/amount';
import { parseCount } from '../input/count';
import { isIsoDate } from '../input/date';
import type { Msg } from '../text/msg';
import type { BillDoc, YearDoc } from './doc';
import { yearMessages } from './words';

/** Field keys: `person.age`, `own`, `relative.<id>`, `prior.<field>`, `enrolment.<field>`, `bill.<id>.<field>`. */
export type FieldErrors = Record<string, Msg>;

export interface EngineBill {
  /** Position in the doc's bill list. */
  at: number;
  id: string;
  bill: Record<string, unknown>;
}

export interface EngineInput {
  person: PersonIn;
  prior: PriorIn | undefined;
  bills: EngineBill[];
  /** Relatives' premiums paid from the own account (employees with relatives listed), or none. */
  premiums: YearPremiumsIn | undefined;
  errors: FieldErrors;
}

/** The engine's money string for what was typed ('' for nothing typed), or '' and a message. */
function amount(errors: FieldErrors, key: string, typed: string): string {
  const a = parseAmount(typed);
  if (!a.ok) {
    errors[key] = a.reason;
    return '';
  }
  return a.value ?? '';
}

function count(errors: FieldErrors, key: string, typed: string): number {
  const c = parseCount(typed);
  if (!c.ok) errors[key] = c.reason;
  return c.ok ? c.value : 0;
}

function billInput(b: BillDoc, errors: FieldErrors): Record<string, unknown> | null {
  const before = Object.keys(errors).length;
  const key = (f: string) => `bill.${b.id}.${f}`;
  if (!isIsoDate(b.date)) errors[key('date')] = yearMessages.notDate();
  const total = amount(errors, key('total'), b.total);
  if (total === '' && !errors[key('total')]) errors[key('total')] = yearMessages.required();
  const parts = {
    outOfCatalog: amount(errors, key('outOfCatalog'), b.outOfCatalog) || '0',
    overLimit: amount(errors, key('overLimit'), b.overLimit) || '0',
    classB: amount(errors, key('classB'), b.classB) || '0',
  };
  const settledBasic = amount(errors, key('settledBasic'), b.settledBasic);
  if (Object.keys(errors).length > before) return null;
  return {
    date: b.date,
    setting: b.setting,
    level: b.level,
    total,
    ...parts,
    offsite: b.offsite,
    referral: b.referral,
    emergency: b.emergency,
    settled: settledBasic === '' ? {} : { basic: settledBasic },
  };
}

/** The engine's input for a year doc, with a message for each field that could not be used. */
/** `today` (ISO) names the premium year when neither a year nor a bill does. */
export function toEngineInput(doc: YearDoc, today: string): EngineInput {
  const errors: FieldErrors = {};
  const p = doc.person;
  const parsedAge = parseAge(p.age);
  if (!parsedAge.ok) errors['person.age'] = parsedAge.reason;
  const age = parsedAge.ok ? parsedAge.value : undefined;
  const employee = p.scheme === 'employee';
  const person: PersonIn = {
    region: p.region,
    scheme: p.scheme,
    category: p.category,
    hardship: p.hardship,
    ...(age !== undefined ? { age } : {}),
    accounts: {
      // Residents have no personal account (DOMAIN.md §1): the field is hidden and not sent.
      own: (employee ? amount(errors, 'own', doc.own) : '') || '0',
      family: doc.relatives.map((r) => amount(errors, `relative.${r.id}`, r.balance) || '0'),
    },
  };
  const e = doc.enrolment;
  if (!employee && e.on) {
    if (!isIsoDate(e.start)) errors['enrolment.start'] = yearMessages.notDate();
    else
      person.enrolment = {
        start: e.start,
        inWindow: e.inWindow,
        brokenYears: count(errors, 'enrolment.brokenYears', e.brokenYears),
        extraYears: count(errors, 'enrolment.extraYears', e.extraYears),
      };
  }
  let prior: PriorIn | undefined;
  const q = doc.prior;
  if (q.on) {
    prior = {
      admissions: count(errors, 'prior.admissions', q.admissions),
      outpatientInScope: amount(errors, 'prior.outpatientInScope', q.outpatientInScope) || '0',
      basicPaid: {
        inpatient: amount(errors, 'prior.basicInpatient', q.basicInpatient) || '0',
        outpatient: amount(errors, 'prior.basicOutpatient', q.basicOutpatient) || '0',
      },
      catastrophicBase: amount(errors, 'prior.catastrophicBase', q.catastrophicBase) || '0',
      catastrophicPaid: amount(errors, 'prior.catastrophicPaid', q.catastrophicPaid) || '0',
    };
  }
  const bills: EngineBill[] = [];
  doc.bills.forEach((b, at) => {
    const bill = billInput(b, errors);
    if (bill) bills.push({ at, id: b.id, bill });
  });
  return { person, prior, bills, premiums: premiumsInput(doc, today, errors), errors };
}

/** The premiums as the engine takes them: the year (as entered, else the last bill's), the date, each relative's region. */
function premiumsInput(doc: YearDoc, today: string, errors: FieldErrors): YearPremiumsIn | undefined {
  const list = doc.premiums.relatives;
  if (doc.person.scheme !== 'employee' || list.length === 0) return undefined;
  const year = /^\d{4}$/.test(doc.premiums.year) ? doc.premiums.year : premiumYearOf(doc, today);
  const date = doc.premiums.date.trim();
  if (date && !isIsoDate(date)) errors['premiums.date'] = inputMessages.notDate;
  return {
    year: Number(year),
    relatives: list.map((r) => ({
      category: r.category,
      region: /^\d{6}$/.test(r.region) ? r.region : doc.person.region,
    })),
    ...(isIsoDate(date) ? { date } : {}),
  };
}

/** The year premiums are for when none is entered: the year of the last bill, else this year's (`today`). */
export const premiumYearOf = (doc: YearDoc, today: string): string => (doc.bills.at(-1)?.date || today).slice(0, 4);
