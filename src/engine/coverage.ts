/**
 * Whether any fund pays for this bill at all: not inside a resident's waiting period (国办发〔2024〕38号),
 * and not outpatient care outside primary care without the referral the table requires.
 */
import type { SettingRules, TierTable } from '../tables/schema';
import { cite } from './cite';
import type { Bill, Person } from './input';
import { warningMessages } from './messages';
import { exact, type Dec } from './money';
import type { Step, Warning } from './result';
import { waitingPeriodEnd } from './waiting';

/** Why no fund pays for a bill, with what the page needs to say it. */
export type NotCovered = { reason: 'waiting'; until: string } | { reason: 'noReferral' };

export interface Coverage {
  /** Null where the funds may pay. */
  notCovered: NotCovered | null;
  steps: Step[];
  warnings: Warning[];
}

/** What every bill the funds may pay for gets: one object, read and never added to (bill.ts). */
const COVERED: Coverage = Object.freeze({ notCovered: null, steps: [], warnings: [] });

export function coverage(
  tables: readonly TierTable[],
  table: TierTable,
  rules: SettingRules,
  person: Person,
  bill: Bill,
  inScope: Dec,
): Coverage {
  const waiting = waitingPeriodEnd(tables, person, bill.date);
  if (waiting) {
    return {
      notCovered: { reason: 'waiting', until: waiting.until },
      steps: [
        { kind: 'waiting', party: 'patient', base: exact(inScope), amount: exact(inScope), cites: waiting.cites },
      ],
      warnings: [{ code: 'waiting', message: warningMessages.waiting(waiting.until), cites: waiting.cites }],
    };
  }
  const ref = rules.referral;
  const needsReferral =
    !!ref &&
    ref.categories.includes(person.category) &&
    !ref.primaryCare.includes(bill.level) &&
    !bill.referral &&
    !(ref.emergencyExempt && bill.emergency);
  if (needsReferral) {
    return {
      notCovered: { reason: 'noReferral' },
      steps: [
        {
          kind: 'notCovered',
          party: 'patient',
          base: exact(inScope),
          amount: exact(inScope),
          cites: [cite(table, `settings.${bill.setting}.referral`, ref)],
        },
      ],
      warnings: [{ code: 'noReferral', message: warningMessages.noReferral(), cites: [] }],
    };
  }
  return COVERED;
}
