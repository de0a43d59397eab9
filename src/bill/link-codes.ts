/**
 * The single-bill link's vocabulary, frozen since link version 1: short ASCII keys and one-letter
 * codes. Changing any entry changes what old links mean, so entries are only ever added; a change
 * of meaning needs a new version (nuqs: short stable keys, pin any default that could change).
 * Version 2 is version 1 after `#`, with a checksum (src/link/kernel.ts).
 */
import type { FormState } from './doc';

/** URL key of each form field, in the order the link writes them. `pinned` is the table's effective date. */
export const KEYS = {
  pinned: 'p',
  date: 'd',
  region: 'r',
  scheme: 's',
  category: 'c',
  age: 'a',
  hardship: 'h',
  setting: 't',
  level: 'l',
  admission: 'n',
  offsite: 'o',
  referral: 'rf',
  emergency: 'em',
  total: 'tt',
  outOfCatalog: 'oc',
  overLimit: 'ol',
  classB: 'cb',
  settledBasic: 'sb',
  accountOwn: 'ao',
  family: 'af',
} as const satisfies Record<keyof FormState, string>;

/** Between the balances of `family` (as in the year link). */
export const FAMILY_SEP = '~';
/** Relatives' accounts a link may carry. */
export const MAX_FAMILY = 10;

/**
 * The admission order's link values: version 1 knew first and later only, as `f` and `l`; a
 * later order (a table that counts on, DOMAIN.md §3a) is written as its number, 3 and up.
 */
export const ADMISSION_CODES = { '1': 'f', '2': 'l' } as const;

/** The key holding the link format version. */
export const VERSION_KEY = 'v';

/** Codes of the enumerated fields: value → code. Decoding inverts these. */
export const CODES = {
  scheme: { employee: 'e', resident: 'r' },
  category: { active: 'a', retired: 'r', 'working-age': 'w', elderly: 'e', student: 's' },
  setting: { inpatient: 'i', outpatient: 'o' },
  level: { community: 'c', primary: '1', secondary: '2', tertiary: '3' },
  offsite: { local: 'l', filed: 'f', unfiled: 'u' },
} as const satisfies { [F in keyof FormState]?: Record<FormState[F] & string, string> };

export type EnumField = keyof typeof CODES;

/**
 * What a version-1 link means by a missing key. Pinned here, not taken from the page's defaults,
 * so that changing the page's defaults later cannot change what an old link shows.
 * `date` and `pinned` have no default: the link always writes the date, and the table date when known.
 */
export const PINNED_DEFAULTS = {
  region: '110000',
  scheme: 'employee',
  category: 'active',
  age: '',
  hardship: false,
  setting: 'inpatient',
  level: 'tertiary',
  admission: '1',
  offsite: 'local',
  referral: false,
  emergency: false,
  total: '',
  outOfCatalog: '',
  overLimit: '',
  classB: '',
  settledBasic: '',
  accountOwn: '',
  family: [] as string[],
} as const satisfies Omit<FormState, 'date' | 'pinned'>;
