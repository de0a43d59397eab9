/** What the engine returns. Money is always a string at this edge (two decimals unless `exact`). */
import type { GradeName, Level, OffsiteName, SchemeName, SettingName, SourceInfo } from '../tables/schema';
import type { NotCovered } from './coverage';
import type { Payer } from './input';
import type { Msg, Words } from '../text/msg';

/** A table value as used: where in the table, and where it came from. */
export interface Cite {
  path: string;
  source: SourceInfo;
  /** The clause: quoted (one string, the document's language) or our summary in both languages. */
  clause: Words;
  grade: GradeName;
  note?: Words;
}

export interface TableRef {
  id: string;
  region: string;
  regionName: { zh: string; en: string };
  scheme: SchemeName;
  effective: string;
  version: number;
  lastConfirmed: string;
  /** The table is one a person entered (DOMAIN.md §3): every result built on it says so. */
  enteredByUser: boolean;
}

export type StepKind =
  | 'outOfCatalog'
  | 'overLimit'
  | 'preSelfPay'
  | 'inScope'
  | 'notCovered'
  | 'waiting'
  | 'deductible'
  | 'band'
  | 'beyondCap'
  | 'overflow'
  | 'settled'
  | 'catastrophicThreshold'
  | 'catastrophic'
  | 'assistance'
  | 'rounding'
  | 'account';

export type Party = Payer | 'patient' | 'accountOwn' | 'accountFamily' | 'cash';

/**
 * One line of the calculation. For a fund's steps, `amount` is exact (unrounded) and a fund's
 * steps add up to what it pays before its single rounding to the fen.
 */
export interface Step {
  kind: StepKind;
  party: Party;
  base: string;
  ratio?: string;
  amount: string;
  /** The stretch of the cumulative count this step covers, where it measures one. */
  from?: string;
  to?: string;
  /** Which relative's account, for family mutual-aid steps. */
  index?: number;
  cites: Cite[];
}

export type WarningCode =
  | 'gradeC'
  | 'unknownCap'
  | 'staleTable'
  | 'unknownClassBRate'
  | 'unknownOffsite'
  | 'noReferral'
  | 'ageUnknown'
  | 'unknownLayer'
  | 'settledTaken'
  | 'waiting'
  | 'userRules';

export interface Warning {
  code: WarningCode;
  message: Msg;
  cites: Cite[];
}

export interface Amounts {
  total: string;
  outOfCatalog: string;
  overLimit: string;
  preSelfPay: string;
  inScope: string;
  deductible: string;
  basic: string;
  supplementary: string;
  topUp: string;
  catastrophic: string;
  assistance: string;
  fund: string;
  outOfPocket: string;
  accountOwn: string;
  accountFamily: string;
  cash: string;
}

/** Every amount of a result, in the slip's order (the year's totals sum each; case files expect them). */
export const AMOUNT_KEYS = [
  'total',
  'outOfCatalog',
  'overLimit',
  'preSelfPay',
  'inScope',
  'deductible',
  'basic',
  'supplementary',
  'topUp',
  'catastrophic',
  'assistance',
  'fund',
  'outOfPocket',
  'accountOwn',
  'accountFamily',
  'cash',
] as const satisfies readonly (keyof Amounts)[];

export interface OffsiteLow {
  /** The national ceiling applied, signed points ("-0.10"). */
  points: string;
  basic: string;
  fund: string;
  outOfPocket: string;
  cites: Cite[];
}

export interface BillResult extends Amounts {
  /** Position of the bill in the caller's list (results come in date order). */
  index: number;
  date: string;
  setting: SettingName;
  level: Level;
  offsite: OffsiteName;
  classB: string;
  /** The 1-based order of the admission in its benefit year; null for outpatient care. */
  admission: number | null;
  /** False where the deductible could not be known (a slip gave the basic fund's figure). */
  deductibleKnown: boolean;
  /** False where no fund pays at all (no referral, waiting period). */
  covered: boolean;
  /** Why no fund pays, where none does; null for a covered bill. */
  notCovered: NotCovered | null;
  /** The payers whose figure is the settlement slip's (`settled`), not computed. */
  fromSlip: Payer[];
  accountFamilyEach: string[];
  /** fund ÷ total, four decimals. */
  effectiveRatio: string;
  /**
   * Offsite care under a table that does not know its offsite rule: the figures at the national
   * ceiling of the cut, the lower end of a range whose upper end is this (local) result. Else null.
   */
  offsiteLow: OffsiteLow | null;
  table: TableRef;
  steps: Step[];
  warnings: Warning[];
}

export interface YearResult {
  bills: BillResult[];
  totals: Amounts & { effectiveRatio: string };
  /** Distinct warnings over the year. */
  warnings: Warning[];
}
