/**
 * Step 6 of DOMAIN.md §2: medical assistance (医疗救助) pays a share of the in-scope burden still
 * left, for the people its variants name, up to its annual cap.
 */
import type { TierTable } from '../tables/schema';
import { roomUnder } from './bands';
import { cite, isUnknown, readCap } from './cite';
import { firstMatch, type Subject } from './match';
import { ZERO, exact, min, positive, type Dec } from './money';
import type { Step, Warning } from './result';
import { paidSoFar, type YearState } from './state';
import { unknownCapWarning, unknownLayerWarning } from './warnings';

export interface AssistanceOutcome {
  amount: Dec;
  steps: readonly Step[];
  warnings: readonly Warning[];
}

/** What a bill gets where no assistance applies (most bills: most tables have none), one object for all. */
const NO_ASSISTANCE: AssistanceOutcome = Object.freeze({
  amount: ZERO,
  steps: Object.freeze([]),
  warnings: Object.freeze([]),
});

export function assistanceLayer(table: TierTable, who: Subject, state: YearState, left: Dec): AssistanceOutcome {
  const hit = table.assistance ? firstMatch(table.assistance.variants, who) : null;
  if (!hit || !positive(left)) return NO_ASSISTANCE;
  const [variant, i] = hit;
  const path = `assistance.variants[${i}]`;
  if (isUnknown(variant.ratio)) {
    return { amount: ZERO, steps: [], warnings: [unknownLayerWarning('assistance')] };
  }
  const cap = readCap(table, `${path}.cap`, variant.cap);
  const due = left.times(variant.ratio.value);
  const room = roomUnder(cap, paidSoFar(state, 'assistance'));
  const amount = room === null ? due : min(due, room);
  const cites = [cite(table, `${path}.ratio`, variant.ratio), ...(cap.cite ? [cap.cite] : [])];
  return {
    amount,
    steps: [
      {
        kind: 'assistance',
        party: 'assistance',
        base: exact(left),
        ratio: variant.ratio.value,
        amount: exact(amount),
        cites,
      },
    ],
    warnings: unknownCapWarning('assistance', cap, amount),
  };
}
