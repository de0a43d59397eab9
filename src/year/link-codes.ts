/**
 * The year link's vocabulary, frozen for year-link version 1 (entries are only ever added; a
 * change of meaning needs a new YEAR_LINK_VERSION). The enumerated codes are the single-bill
 * link's (src/share/codes.ts), so both links spell a level or a scheme the same way.
 *
 * Layout: `y=1&t=<pinned>&r=&s=&c=&a=&h=&ao=<own>&af=<bal>~<bal>&q=<prior>&e=<enrolment>&b=<bill>~<bill>`
 * - dates are YYYYMMDD; amounts plain decimals in yuan ("12000", "12000.5");
 * - a bill is `date_<setting><level>_total_outOfCatalog_overLimit_classB_settledBasic_flags`,
 *   trailing empty fields dropped; flags: `f`/`u` offsite filed/unfiled, `r` referral, `m` emergency;
 *   an empty settledBasic means "no slip", `0` means the slip says 0;
 * - prior (`q`): admissions_outpatientInScope_basicInpatient_basicOutpatient_catastrophicBase_catastrophicPaid;
 * - enrolment (`e`): start_inWindow(1/0)_brokenYears_extraYears;
 * - premiums (`pr`): year~<category code><region?>~…, e.g. `2025~e~s440100` (labels never);
 *   their payment date (`pd`): YYYYMMDD.
 * Only `_`, `~`, `.`, digits and letters: nothing a messenger needs to escape.
 */
import { CODES } from '../bill/link-codes';

export const YEAR_VERSION_KEY = 'y';
/** Version 2 is version 1 after `#`, with a checksum (src/link/kernel.ts); version 1 is still read. */
export const YEAR_LINK_VERSION = 2;

export const YEAR_KEYS = {
  pinned: 't',
  region: 'r',
  scheme: 's',
  category: 'c',
  age: 'a',
  hardship: 'h',
  own: 'ao',
  family: 'af',
  prior: 'q',
  enrolment: 'e',
  bills: 'b',
  premiums: 'pr',
  premiumDate: 'pd',
} as const;

export const FIELD_SEP = '_';
export const LIST_SEP = '~';

export const YEAR_CODES = {
  scheme: CODES.scheme,
  category: CODES.category,
  setting: CODES.setting,
  level: CODES.level,
  offsite: { filed: 'f', unfiled: 'u' },
} as const;

export const FLAG_REFERRAL = 'r';
export const FLAG_EMERGENCY = 'm';

/** What a version-1 year link means by a missing person key; pinned, not the page's defaults. */
export const YEAR_PINNED_DEFAULTS = {
  region: '110000',
  scheme: 'employee',
  category: 'active',
  age: '',
  hardship: false,
} as const;

/** Bounds that keep decoding cheap on a hostile link; no real year comes near them. */
export const MAX_YEAR_QUERY = 12_000;
export const MAX_BILLS = 200;
export const MAX_RELATIVES = 20;
