/**
 * Step 5 of DOMAIN.md §2: catastrophic insurance (大病, the "second reimbursement"). Its base is the
 * in-scope personal burden accumulated over the benefit year; its bands are measured on that base,
 * the threshold eating the bottom (or counted above the threshold where the table says so).
 */
import type { SettingName, TierTable } from '../tables/schema';
import { bandLines, bandStep, payWithCap, roomUnder, slicesOf } from './bands';
import { cite, isUnknown, readCap } from './cite';
import { firstMatch, type Subject } from './match';
import { names } from './messages';
import { Dec, ZERO, exact, min, sum, tableDec } from './money';
import type { Step, Warning } from './result';
import { paidSoFar, type YearState } from './state';
import { unknownCapWarning, unknownLayerWarning } from './warnings';

export interface CatastrophicOutcome {
  amount: Dec;
  /** How much this bill adds to the year's catastrophic base. */
  baseAdded: Dec;
  steps: readonly Step[];
  warnings: readonly Warning[];
}

/** The outcome of a bill the layer does not touch (most bills: most tables have no such layer), one object for all. */
const UNTOUCHED: CatastrophicOutcome = Object.freeze({
  amount: ZERO,
  baseAdded: ZERO,
  steps: Object.freeze([]),
  warnings: Object.freeze([]),
});

const none = (baseAdded: Dec, warnings?: Warning[]): CatastrophicOutcome =>
  baseAdded === ZERO && !warnings ? UNTOUCHED : { amount: ZERO, baseAdded, steps: [], warnings: warnings ?? [] };

export function catastrophicLayer(
  table: TierTable,
  setting: SettingName,
  who: Subject,
  state: YearState,
  burden: Dec,
): CatastrophicOutcome {
  const layer = table.catastrophic;
  if (!layer) return none(ZERO);
  if (isUnknown(layer)) return none(ZERO, [unknownLayerWarning('catastrophic')]);
  if (!layer.appliesTo.settings.includes(setting)) return none(ZERO);
  const applies = cite(table, 'catastrophic.appliesTo', layer.appliesTo);
  const hit = firstMatch(layer.variants, who);
  if (!hit) return none(burden, [unknownLayerWarning('catastrophic')]);
  const [variant, vi] = hit;
  const path = `catastrophic.variants[${vi}]`;
  if (isUnknown(variant.threshold)) return none(burden, [unknownLayerWarning('catastrophic')]);
  const threshold = tableDec(variant.threshold.value);
  const thresholdCite = cite(table, `${path}.threshold`, variant.threshold);

  const before = state.catastrophicBase;
  const after = before.plus(burden);
  const owed = Dec.max(threshold.minus(before), ZERO);
  const underThreshold = min(burden, owed);
  const steps: Step[] = [
    {
      kind: 'catastrophicThreshold',
      party: 'patient',
      base: exact(burden),
      amount: exact(underThreshold),
      from: exact(before),
      to: exact(after),
      cites: [thresholdCite, applies],
    },
  ];
  const offset = layer.from === 'deductible' ? threshold : ZERO;
  const lines = bandLines(table, `${path}.bands`, variant.bands, offset, (r) => r, [applies]);
  const slices = slicesOf(table, before.plus(underThreshold), after, lines, names.catastrophicRatios);
  const cap = readCap(table, `${path}.cap`, variant.cap);
  const { paid, beyond } = payWithCap(slices, roomUnder(cap, paidSoFar(state, 'catastrophic')));
  for (const p of paid) steps.push(bandStep(p, 'catastrophic', 'catastrophic'));
  const amount = sum(paid.map((p) => p.amount));
  if (beyond.length > 0) {
    const length = sum(beyond.map((b) => b.to.minus(b.from)));
    steps.push({
      kind: 'beyondCap',
      party: 'patient',
      base: exact(length),
      amount: exact(length),
      from: exact(beyond[0]!.from),
      to: exact(after),
      cites: cap.cite ? [cap.cite] : [],
    });
  }
  return { amount, baseAdded: burden, steps, warnings: unknownCapWarning('catastrophic', cap, amount) };
}
