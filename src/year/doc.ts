/**
 * What the year page holds, exactly as the user typed it (strings for amounts): the person, the
 * accounts that pay the patient's share, "already this year" figures, enrolment for the waiting
 * period, and the bills. The single source of the engine input, the link, the CSV and storage.
 * Relatives' labels (配偶, 父母 …) live here and on the device only: the link never holds them.
 */
import type { CategoryName, Level, OffsiteName, SchemeName, SettingName } from '../tables/schema';

export interface PersonFields {
  region: string;
  /** One of the person's own rule sets (src/rules/), settled with instead of the region's built-in tables; kept on the device, never in a link (the link carries the rules themselves). */
  rules?: string;
  scheme: SchemeName;
  category: CategoryName;
  /** '' when not given. */
  age: string;
  hardship: boolean;
}

export interface BillDoc {
  /** Local identity for the list (keyed rendering, errors); never in the link. */
  id: string;
  date: string;
  setting: SettingName;
  level: Level;
  total: string;
  outOfCatalog: string;
  overLimit: string;
  classB: string;
  /** What a settlement slip says the basic fund paid; '' when not given. */
  settledBasic: string;
  offsite: OffsiteName;
  referral: boolean;
  emergency: boolean;
}

export interface RelativeDoc {
  id: string;
  /** 配偶, 父母, 子女 … kept on the device only. */
  label: string;
  balance: string;
}

export interface EnrolmentDoc {
  /** Whether the person gave enrolment details (residents); off means continuously enrolled. */
  on: boolean;
  start: string;
  inWindow: boolean;
  brokenYears: string;
  extraYears: string;
}

/** "Already this year" (PriorInput), for a year not listed bill by bill. */
export interface PriorDoc {
  on: boolean;
  admissions: string;
  outpatientInScope: string;
  basicInpatient: string;
  basicOutpatient: string;
  catastrophicBase: string;
  catastrophicPaid: string;
}

/** A relative whose resident-insurance premium the employee's account pays. */
export interface PremiumRelativeDoc {
  id: string;
  /** Kept on the device only. */
  label: string;
  category: 'working-age' | 'elderly' | 'student';
  /** Where the relative is insured; '' for the person's own region. */
  region: string;
}

export interface PremiumsDoc {
  /** The premium year, '' for the year of the last bill (or this year). */
  year: string;
  /** The day the premiums leave the account, ISO; '' for before the year's first bill. */
  date: string;
  relatives: PremiumRelativeDoc[];
}

export interface YearDoc {
  person: PersonFields;
  /** The patient's own personal account balance (employees only). */
  own: string;
  /** Relatives' accounts bound for family mutual aid, in the order they pay. */
  relatives: RelativeDoc[];
  prior: PriorDoc;
  enrolment: EnrolmentDoc;
  bills: BillDoc[];
  premiums: PremiumsDoc;
  /** Latest table effective date a shared year was settled with; '' for the tables in force. */
  pinned: string;
}

export const PRIOR_AMOUNTS = [
  'outpatientInScope',
  'basicInpatient',
  'basicOutpatient',
  'catastrophicBase',
  'catastrophicPaid',
] as const;
export const BILL_AMOUNTS = ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const;

let counter = 0;
/** A fresh local id (no clock, no randomness: ids only need to be unique within the page). */
export const newId = (prefix: string): string => `${prefix}${++counter}`;

export const defaultPerson = (): PersonFields => ({
  region: '110000',
  scheme: 'employee',
  category: 'active',
  age: '',
  hardship: false,
});

export const defaultPrior = (): PriorDoc => ({
  on: false,
  admissions: '',
  outpatientInScope: '',
  basicInpatient: '',
  basicOutpatient: '',
  catastrophicBase: '',
  catastrophicPaid: '',
});

export const defaultEnrolment = (today: string): EnrolmentDoc => ({
  on: false,
  start: today,
  inWindow: true,
  brokenYears: '',
  extraYears: '',
});

/** A new bill: the same date as the last one (bills are usually entered in order), inpatient, tertiary. */
export const newBill = (date: string, over: Partial<BillDoc> = {}): BillDoc => ({
  id: newId('b'),
  date,
  setting: 'inpatient',
  level: 'tertiary',
  total: '',
  outOfCatalog: '',
  overLimit: '',
  classB: '',
  settledBasic: '',
  offsite: 'local',
  referral: false,
  emergency: false,
  ...over,
});

export const defaultYear = (today: string): YearDoc => ({
  person: defaultPerson(),
  own: '',
  relatives: [],
  prior: defaultPrior(),
  enrolment: defaultEnrolment(today),
  bills: [],
  premiums: { year: '', date: '', relatives: [] },
  pinned: '',
});
