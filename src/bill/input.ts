/**
 * From the form (strings as typed) to the engine's input (clean strings), or the reasons some
 * fields cannot be read. Also maps an engine error's `field` back to the form field it names.
 */
import type { BillIn, PersonIn, PriorIn } from '../engine/input';
import type { Msg } from '../engine/messages';
import type { FormState } from './doc';
import { parseAge, parseAmount } from '../input/amount';

export type FieldName = keyof FormState;

export interface EngineInput {
  person: PersonIn;
  bill: BillIn;
  /** "A later admission": one admission is already behind the patient this benefit year. */
  prior?: PriorIn;
}

export type InputCheck =
  | { ok: true; input: EngineInput }
  /** `empty`: no total typed yet, so there is nothing to settle (not an error). */
  | { ok: false; errors: Partial<Record<FieldName, Msg>>; empty: boolean };

const required: Msg = { zh: '必填', en: 'required' };

export function toEngineInput(form: FormState): InputCheck {
  const errors: Partial<Record<FieldName, Msg>> = {};
  const amounts: Partial<Record<'total' | 'outOfCatalog' | 'overLimit' | 'classB' | 'settledBasic', string>> = {};
  for (const f of ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const) {
    const r = parseAmount(form[f]);
    if (!r.ok) errors[f] = r.reason;
    else if (r.value !== null) amounts[f] = r.value;
  }
  const age = parseAge(form.age);
  if (!age.ok) errors.age = age.reason;
  if (!form.date) errors.date = required;
  if (Object.keys(errors).length > 0) return { ok: false, errors, empty: false };
  if (amounts.total === undefined) return { ok: false, errors: {}, empty: true };

  const person: PersonIn = {
    region: form.region,
    scheme: form.scheme,
    category: form.category,
    hardship: form.hardship,
  };
  if (age.ok && age.value !== undefined) person.age = age.value;
  const bill: BillIn = {
    date: form.date,
    setting: form.setting,
    level: form.level,
    total: amounts.total,
    outOfCatalog: amounts.outOfCatalog ?? '0',
    overLimit: amounts.overLimit ?? '0',
    classB: amounts.classB ?? '0',
    offsite: form.offsite,
    referral: form.referral,
    emergency: form.emergency,
    settled: amounts.settledBasic === undefined ? {} : { basic: amounts.settledBasic },
  };
  const later = form.setting === 'inpatient' && form.admission === 'later';
  return { ok: true, input: later ? { person, bill, prior: { admissions: 1 } } : { person, bill } };
}

const BILL_FIELDS: Readonly<Record<string, FieldName>> = {
  date: 'date',
  setting: 'setting',
  level: 'level',
  total: 'total',
  outOfCatalog: 'outOfCatalog',
  overLimit: 'overLimit',
  classB: 'classB',
  offsite: 'offsite',
  referral: 'referral',
  emergency: 'emergency',
  settled: 'settledBasic',
};
const PERSON_FIELDS: Readonly<Record<string, FieldName>> = {
  region: 'region',
  scheme: 'scheme',
  category: 'category',
  age: 'age',
  hardship: 'hardship',
};

/** The form field an engine error names ("bills[0].total" → total), or null for a page-level error. */
export function fieldOfError(path: string): FieldName | null {
  const bill = /^(?:bills\[\d+\]|bill)\.([A-Za-z]+)/.exec(path);
  if (bill) return BILL_FIELDS[bill[1]!] ?? null;
  const person = /^person\.([A-Za-z]+)/.exec(path);
  if (person) return PERSON_FIELDS[person[1]!] ?? null;
  if (/^prior\./.test(path)) return 'admission';
  return null;
}
