/**
 * What the page's form holds: the single source of the share link and of the engine input.
 * Amounts stay as the user typed them (strings); src/bill/input.ts turns them into engine
 * input or reports which fields do not parse, so the page can keep the last good result.
 */
import type { CategoryName, Level, OffsiteName, SchemeName, SettingName } from '../text/vocabulary';
import { PINNED_DEFAULTS } from './link-codes';

export interface FormState {
  region: string;
  scheme: SchemeName;
  category: CategoryName;
  /** '' when not given. */
  age: string;
  hardship: boolean;
  setting: SettingName;
  level: Level;
  /** The order of this inpatient admission in the benefit year, as a count: '1' for the first. */
  admission: string;
  offsite: OffsiteName;
  referral: boolean;
  emergency: boolean;
  /** The bill's date, ISO. */
  date: string;
  total: string;
  outOfCatalog: string;
  overLimit: string;
  classB: string;
  /** What a settlement slip says the basic fund paid; '' when not given. */
  settledBasic: string;
  /** The own personal account's balance (employees); '' when not given. */
  accountOwn: string;
  /** Balances of relatives' accounts bound for family mutual aid, in the order they pay (names stay on the device). */
  family: string[];
  /** Effective date of the table a shared link was made with; '' to use the table in force. */
  pinned: string;
}

export const AMOUNT_FIELDS = ['total', 'outOfCatalog', 'overLimit', 'classB', 'settledBasic'] as const;
export type AmountField = (typeof AMOUNT_FIELDS)[number];

/**
 * The page's defaults, chosen so that typing one total already gives a result: today those of the
 * link's vocabulary (link-codes.ts). A default changed later is changed here, never there, so
 * older links keep their meaning. `today` comes from the caller (no clock here).
 */
export const defaultForm = (today: string): FormState => ({ ...PINNED_DEFAULTS, family: [], date: today, pinned: '' });
