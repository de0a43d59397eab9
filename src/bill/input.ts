/**
 * From the form (strings as typed) to the engine's input (clean strings), or the reasons some
 * fields cannot be read; and the form field an engine error names.
 */
import type { BillIn, PersonIn, PriorIn } from '../engine/input';
import { parseAge } from '../input/age';
import { parseAmount } from '../input/amount';
import { parseCount } from '../input/count';
import { inputMessages } from '../input/messages';
import type { Msg } from '../text/msg';
import type { FormState } from './doc';

export type FieldName = keyof FormState;

export interface EngineInput {
  person: PersonIn;
  bill: BillIn;
  /** A later admission: the admissions already behind the patient this benefit year. */
  prior?: PriorIn;
}

export type InputCheck =
  | { ok: true; input: EngineInput }
  /** `empty`: no total typed yet, so there is nothing to settle (not an error). */
  | { ok: false; errors: Partial<Record<FieldName, Msg>>; empty: boolean };

const AMOUNTS = ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic', 'accountOwn'] as const;

export function toEngineInput(form: FormState): InputCheck {
  const errors: Partial<Record<FieldName, Msg>> = {};
  const amounts: Partial<Record<(typeof AMOUNTS)[number], string>> = {};
  for (const f of AMOUNTS) {
    const r = parseAmount(form[f]);
    if (!r.ok) errors[f] = r.reason;
    else if (r.value !== null) amounts[f] = r.value;
  }
  const family: string[] = [];
  for (const typed of form.family) {
    const r = parseAmount(typed);
    if (!r.ok) errors.family = r.reason;
    else family.push(r.value ?? '0');
  }
  const age = parseAge(form.age);
  if (!age.ok) errors.age = age.reason;
  if (!form.date) errors.date = inputMessages.required;
  if (Object.keys(errors).length > 0) return { ok: false, errors, empty: false };
  if (amounts.total === undefined) return { ok: false, errors: {}, empty: true };

  const person: PersonIn = {
    region: form.region,
    scheme: form.scheme,
    category: form.category,
    hardship: form.hardship,
  };
  if (age.ok && age.value !== undefined) person.age = age.value;
  // Residents have no personal account (DOMAIN.md §1): the own balance counts for employees only.
  const own = form.scheme === 'employee' ? amounts.accountOwn : undefined;
  if (own !== undefined || family.length) person.accounts = { own: own ?? '0', family };
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
  // The n-th admission of the year: n − 1 admissions are already behind the patient.
  const order = parseCount(form.admission);
  const before = form.setting === 'inpatient' && order.ok && order.value > 1 ? order.value - 1 : 0;
  return { ok: true, input: before ? { person, bill, prior: { admissions: before } } : { person, bill } };
}

/** The form field behind each key of the engine's input (`bill.settled` is the slip's basic fund). */
const FIELD_OF: Readonly<Record<string, FieldName>> = {
  'bill.date': 'date',
  'bill.setting': 'setting',
  'bill.level': 'level',
  'bill.total': 'total',
  'bill.outOfCatalog': 'outOfCatalog',
  'bill.overLimit': 'overLimit',
  'bill.classB': 'classB',
  'bill.offsite': 'offsite',
  'bill.referral': 'referral',
  'bill.emergency': 'emergency',
  'bill.settled': 'settledBasic',
  'person.region': 'region',
  'person.scheme': 'scheme',
  'person.category': 'category',
  'person.age': 'age',
  'person.hardship': 'hardship',
  'person.accounts': 'accountOwn',
  prior: 'admission',
};

/** The form field an invalid-input error names (`bill.total` → total), or null for a page-level error. */
export function fieldOfError(e: { code: string; field: string }): FieldName | null {
  if (e.code !== 'invalid-input') return null;
  const [head = '', key = ''] = e.field.split('.');
  return FIELD_OF[`${head.replace(/^bills\[\d+\]$/, 'bill')}.${key}`] ?? FIELD_OF[head] ?? null;
}
