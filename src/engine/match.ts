/** Matching a rule's condition against the person and bill it would apply to. */
import type { CategoryName, Condition, Level } from '../tables/schema';

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
