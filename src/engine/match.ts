/** Matching a rule's condition against the person and bill it would apply to. */
import type { CategoryName, Condition, Level, OffsiteName, SettingName } from '../tables/schema';
import { CATEGORIES, LEVELS, OFFSITE, SETTINGS } from '../text/vocabulary';

export interface Subject {
  level: Level;
  category: CategoryName;
  /** The 1-based order of this admission in the benefit year; null outside inpatient care. */
  admission: number | null;
  age: number | undefined;
  hardship: boolean;
}

/**
 * Everything about a subject a condition can look at, as one string: rules read for one subject
 * hold for every subject with the same key (the tables never change), so they are read once.
 */
export const subjectKey = (s: Subject): string => `${s.level}|${s.category}|${s.admission}|${s.age}|${s.hardship}`;

/**
 * subjectKey with a setting and an offsite status, as one whole number: each name by its place in
 * its list, the admission and the age as themselves, composed so that no two subjects share one
 * (and below 2⁵³, so exact). A bill looks its rules up by it: a number is found in a Map without
 * building and hashing a string of forty characters for every bill. −1 where it cannot say
 * (a name not in its list, an admission or age beyond what it counts): the caller keys by string.
 */
export function subjectCode(setting: SettingName, offsite: OffsiteName, s: Subject): number {
  const si = SETTINGS.indexOf(setting);
  const oi = OFFSITE.indexOf(offsite);
  const li = LEVELS.indexOf(s.level);
  const ci = CATEGORIES.indexOf(s.category);
  if (si < 0 || oi < 0 || li < 0 || ci < 0) return -1;
  // Admission null → 0, else 1 + its order; age undefined → 0, else 1 + age (at most 150).
  const admission = s.admission === null ? 0 : s.admission + 1;
  const age = s.age === undefined ? 0 : s.age + 1;
  if (!Number.isInteger(admission) || admission < 0 || admission > 1e9) return -1;
  if (!Number.isInteger(age) || age < 0 || age > 151) return -1;
  const place = ((si * OFFSITE.length + oi) * LEVELS.length + li) * CATEGORIES.length + ci;
  return ((admission * 152 + age) * 2 + (s.hardship ? 1 : 0)) * PLACES + place;
}

/** How many settings, offsite statuses, levels and categories there are together (subjectCode). */
const PLACES = SETTINGS.length * OFFSITE.length * LEVELS.length * CATEGORIES.length;

/** Whether every key of the condition holds; an age bound never matches an unknown age. */
export function matches(when: Condition | undefined, s: Subject): boolean {
  if (!when) return true;
  if (when.level && !when.level.includes(s.level)) return false;
  if (when.category && !when.category.includes(s.category)) return false;
  // `first` is admissionMax 2 and `later` admissionMin 2 (DOMAIN.md §3a); no order matches no bound.
  const order = s.admission;
  if (when.admission === 'first' && order !== 1) return false;
  if (when.admission === 'later' && (order === null || order < 2)) return false;
  if (when.admissionMin !== undefined && (order === null || order < when.admissionMin)) return false;
  if (when.admissionMax !== undefined && (order === null || order >= when.admissionMax)) return false;
  if (when.hardship !== undefined && when.hardship !== s.hardship) return false;
  if (when.ageMin !== undefined && (s.age === undefined || s.age < when.ageMin)) return false;
  if (when.ageMax !== undefined && (s.age === undefined || s.age >= when.ageMax)) return false;
  return true;
}

/** True where a rule was passed over only because the age is not known. */
export const skippedForAge = (when: Condition | undefined, s: Subject): boolean =>
  s.age === undefined &&
  !!when &&
  (when.ageMin !== undefined || when.ageMax !== undefined) &&
  matches({ ...when, ageMin: undefined, ageMax: undefined }, s);

/** The first entry whose `when` matches, with its index. */
export function firstMatch<T extends { when?: Condition | undefined }>(
  list: readonly T[],
  s: Subject,
): [T, number] | null {
  const i = list.findIndex((x) => matches(x.when, s));
  return i < 0 ? null : [list[i]!, i];
}
