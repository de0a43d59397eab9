/**
 * The identifiers of DOMAIN.md §1 that name a choice: one English identifier per Chinese term
 * (their words are in terms.ts). Every layer uses these lists: the table schema, the engine's input,
 * the links, the forms. Plain constants, so a page can use them without loading zod.
 */
export const LEVELS = ['community', 'primary', 'secondary', 'tertiary'] as const;
export const SETTINGS = ['inpatient', 'outpatient'] as const;
export const EMPLOYEE_CATEGORIES = ['active', 'retired'] as const;
export const RESIDENT_CATEGORIES = ['working-age', 'elderly', 'student'] as const;
export const CATEGORIES = [...EMPLOYEE_CATEGORIES, ...RESIDENT_CATEGORIES] as const;
export const SCHEMES = ['employee', 'resident'] as const;
export const OFFSITE = ['local', 'filed', 'unfiled'] as const;
export const GRADES = ['A', 'A-', 'B', 'C'] as const;
export const ADMISSIONS = ['first', 'later'] as const;
/** The funds of DOMAIN.md §1, in the order of the payer chain. */
export const PAYERS = ['basic', 'supplementary', 'topUp', 'catastrophic', 'assistance'] as const;

export type Level = (typeof LEVELS)[number];
export type SettingName = (typeof SETTINGS)[number];
export type CategoryName = (typeof CATEGORIES)[number];
export type ResidentCategory = (typeof RESIDENT_CATEGORIES)[number];
export type SchemeName = (typeof SCHEMES)[number];
export type OffsiteName = (typeof OFFSITE)[number];
export type GradeName = (typeof GRADES)[number];
export type AdmissionName = (typeof ADMISSIONS)[number];
export type Payer = (typeof PAYERS)[number];

/** Which categories belong to which scheme (DOMAIN.md §1). */
export const CATEGORIES_OF: Readonly<Record<SchemeName, readonly CategoryName[]>> = {
  employee: EMPLOYEE_CATEGORIES,
  resident: RESIDENT_CATEGORIES,
};
