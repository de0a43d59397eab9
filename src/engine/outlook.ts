/**
 * Where a year stands, for planning: what is left under each cap, and how much more personal
 * in-scope burden comes before catastrophic insurance starts to pay ("另需自付 X 元后大病保险开始报销").
 * Figures come from the table in force on `date` and the state the year has reached.
 */
import type { SettingName, TierTable } from '../tables/schema';
import { tableFor } from './table';
import { isUnknown, readCap, type CapValue } from './cite';
import { firstMatch } from './match';
import { Dec, ZERO, fen, max } from './money';
import { enterYear, paidSoFar, type YearState } from './state';
import { parsePerson } from './validate';

/** What is left under a cap: an amount, 'none' (no cap) or 'unknown'. */
export type Left = { kind: 'amount'; left: string; cap: string } | { kind: 'none' } | { kind: 'unknown' };

export interface YearOutlook {
  yearStart: string;
  basic: Partial<Record<SettingName, Left>>;
  supplementary: Partial<Record<SettingName, Left>>;
  catastrophic: null | { threshold: string | null; base: string; untilThreshold: string | null; cap: Left };
}

const left = (cap: CapValue, paid: Dec): Left =>
  cap.unknown
    ? { kind: 'unknown' }
    : cap.limit === null
      ? { kind: 'none' }
      : { kind: 'amount', left: fen(max(cap.limit.minus(paid), ZERO)), cap: fen(cap.limit) };

export function yearOutlook(
  tables: readonly TierTable[],
  personIn: unknown,
  from: YearState,
  date: string,
): YearOutlook {
  const person = parsePerson(personIn);
  const table = tableFor(tables, person.region, person.scheme, date);
  const state = enterYear(from, table, date);
  const basic: YearOutlook['basic'] = {};
  const supplementary: YearOutlook['supplementary'] = {};
  for (const setting of ['inpatient', 'outpatient'] as const) {
    const rules = table.settings[setting];
    if (!rules) continue;
    basic[setting] = left(readCap(table, `settings.${setting}.cap`, rules.cap), paidSoFar(state, `basic:${setting}`));
    const i = rules.overflow.findIndex((o) => o.payer === 'supplementary');
    const sup = rules.overflow[i];
    if (sup)
      supplementary[setting] = left(
        readCap(table, `settings.${setting}.overflow[${i}].cap`, sup.cap),
        paidSoFar(state, `supplementary:${setting}`),
      );
  }
  let catastrophic: YearOutlook['catastrophic'] = null;
  const layer = table.catastrophic;
  if (layer && !isUnknown(layer)) {
    const who = {
      level: table.levels[0]!,
      category: person.category,
      admission: null,
      age: person.age,
      hardship: person.hardship,
    };
    const hit = firstMatch(layer.variants, who);
    if (hit) {
      const [v, vi] = hit;
      const threshold = isUnknown(v.threshold) ? null : new Dec(v.threshold.value);
      catastrophic = {
        threshold: threshold && fen(threshold),
        base: fen(state.catastrophicBase),
        untilThreshold: threshold && fen(max(threshold.minus(state.catastrophicBase), ZERO)),
        cap: left(readCap(table, `catastrophic.variants[${vi}].cap`, v.cap), paidSoFar(state, 'catastrophic')),
      };
    }
  }
  return { yearStart: state.yearStart!, basic, supplementary, catastrophic };
}
