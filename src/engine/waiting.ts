/**
 * The waiting period (待遇等待期, 国办发〔2024〕38号) for residents who enrolled outside the
 * enrolment window or after a break: a fixed part, plus a variable part per broken year that each
 * extra year paid shortens (never below zero). No fund pays for a bill inside it.
 *
 * The rule is data: the person's own regional table if it has `waitingPeriod`, else the national
 * table (region 100000) of the same scheme. Both are taken as in force on the enrolment's start
 * date, because the document sets the period at enrolment ("参保后") for enrolments from 2025: an
 * enrolment that started before any table carries a rule has no waiting period.
 */
import type { TierTable } from '../tables/schema';
import { cite } from './cite';
import { addMonths } from '../input/date';
import { inForce } from '../tables/select';
import { SettlementError } from './errors';
import type { Person } from './input';
import { errorMessages } from './messages';
import type { Cite } from './result';

import { NATIONAL_REGION } from '../tables/files';

export { NATIONAL_REGION, addMonths };

type WaitingRule = NonNullable<TierTable['waitingPeriod']>;

/** The table whose waiting-period rule applies to an enrolment starting on `date`: regional first, else national. */
export function waitingRuleTable(
  tables: readonly TierTable[],
  region: string,
  scheme: string,
  date: string,
): (TierTable & { waitingPeriod: WaitingRule }) | null {
  for (const r of [region, NATIONAL_REGION]) {
    const r2 = inForce(tables, r, scheme, date);
    const t = r2.ok ? r2.table : undefined;
    if (t?.waitingPeriod) return t as TierTable & { waitingPeriod: WaitingRule };
  }
  return null;
}

/** The waiting period's length in months under a rule, or 0 where none applies to this person. */
export function waitingMonths(rule: WaitingRule, person: Person): number {
  const e = person.enrolment;
  if (!e || person.scheme !== 'resident' || (e.inWindow && e.brokenYears === 0)) return 0;
  // Extra years paid repair only the variable part (the table's stated reading of 38号).
  const variable = Math.max(
    0,
    e.brokenYears * rule.perBrokenYearMonths.value - e.extraYears * rule.perExtraYearMonths.value,
  );
  return rule.fixedMonths.value + variable;
}

export interface Waiting {
  /** First day any fund pays. */
  until: string;
  months: number;
  /** The rule's values that made the period this long. */
  cites: Cite[];
}

/**
 * Whether a resident's bill on `date` falls inside the waiting period; null where it does not (or
 * none applies). A bill before the enrolment's start is not covered either and is reported here,
 * with `until` the start itself. Throws no-table where a waiting period may apply but `tables`
 * holds no national table of the scheme (the caller did not load them).
 */
export function waitingPeriodEnd(tables: readonly TierTable[], person: Person, date: string): Waiting | null {
  const e = person.enrolment;
  if (!e || person.scheme !== 'resident') return null;
  const table = waitingRuleTable(tables, person.region, person.scheme, e.start);
  // The page loads tables per region: without the national ones a waiting period would silently vanish.
  const needsRule = !(e.inWindow && e.brokenYears === 0);
  if (needsRule && !table && !tables.some((t) => t.region === NATIONAL_REGION && t.scheme === person.scheme)) {
    throw new SettlementError(
      'no-table',
      'person.enrolment',
      errorMessages.unknownRegion(NATIONAL_REGION, person.scheme),
    );
  }
  const months = table ? waitingMonths(table.waitingPeriod, person) : 0;
  const until = addMonths(e.start, months);
  if (date >= until) return null;
  const cites: Cite[] = [];
  if (table && months > 0) {
    const w = table.waitingPeriod;
    cites.push(cite(table, 'waitingPeriod.fixedMonths', w.fixedMonths));
    if (e.brokenYears > 0) cites.push(cite(table, 'waitingPeriod.perBrokenYearMonths', w.perBrokenYearMonths));
    if (e.extraYears > 0) cites.push(cite(table, 'waitingPeriod.perExtraYearMonths', w.perExtraYearMonths));
  }
  return { until, months, cites };
}
