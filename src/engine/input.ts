/**
 * What a caller gives the engine: a person and bills, money as strings (never floats).
 * The same shapes are the case-file format of DOMAIN.md §5 (less `expect`).
 */
import { z } from 'zod';
import { Category, IsoDate, Level, Money, Offsite, Scheme, Setting } from '../tables/schema';

export { PAYERS, type Payer } from '../text/vocabulary';

/** Counts people type (admissions so far, years without insurance): 0 to 999, as the forms take them. */
const Count = z.int().min(0).max(999);

export const Enrolment = z.strictObject({
  start: IsoDate,
  inWindow: z.boolean(),
  brokenYears: Count.default(0),
  extraYears: Count.default(0),
});

export const PersonInput = z.strictObject({
  region: z.string().regex(/^\d{6}$/),
  scheme: Scheme,
  category: Category,
  age: z.int().min(0).max(150).optional(),
  hardship: z.boolean().default(false),
  accounts: z.strictObject({ own: Money.default('0'), family: z.array(Money).default([]) }).optional(),
  enrolment: Enrolment.optional(),
});

export const Settled = z.strictObject({
  basic: Money.optional(),
  supplementary: Money.optional(),
  topUp: Money.optional(),
  catastrophic: Money.optional(),
  assistance: Money.optional(),
});

export const BillInput = z.strictObject({
  date: IsoDate,
  setting: Setting,
  level: Level,
  total: Money,
  outOfCatalog: Money.default('0'),
  overLimit: Money.default('0'),
  classB: Money.default('0'),
  offsite: Offsite.default('local'),
  settled: Settled.default({}),
  referral: z.boolean().default(false),
  emergency: z.boolean().default(false),
});

/** What is already behind the patient this benefit year, for a year not listed bill by bill. */
export const PriorInput = z.strictObject({
  admissions: Count.default(0).describe('inpatient admissions earlier this benefit year'),
  outpatientInScope: Money.default('0').describe('outpatient in-scope cost earlier this benefit year'),
  basicPaid: z
    .strictObject({ inpatient: Money.default('0'), outpatient: Money.default('0') })
    .default({ inpatient: '0', outpatient: '0' }),
  catastrophicBase: Money.default('0').describe('in-scope personal burden already accumulated for 大病'),
  catastrophicPaid: Money.default('0'),
});

export type PersonIn = z.input<typeof PersonInput>;
export type Person = z.output<typeof PersonInput>;
export type BillIn = z.input<typeof BillInput>;
export type Bill = z.output<typeof BillInput>;
export type PriorIn = z.input<typeof PriorInput>;
export type Prior = z.output<typeof PriorInput>;
