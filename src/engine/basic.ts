/**
 * Steps 2–4 of DOMAIN.md §2 for one bill: deductible, the basic fund's bands up to its annual cap,
 * and the layers that pay in-scope cost beyond the trigger point (大额互助, retiree top-up).
 */
import type { OffsiteName, SettingName, SettingRules, TierTable } from '../tables/schema';
import { bandLines, bandStep, payWithCap, roomUnder, slicesOf } from './bands';
import { cite, isUnknown, need, readCap, ruleFor } from './cite';
import { deductibleOwed, payDeductible } from './deductible';
import { firstMatch, skippedForAge, type Subject } from './match';
import { adjusted, ratioAdjustment } from './ratio';
import { names, warningMessages } from './messages';
import { ZERO, min, sum, type Dec } from './money';
import type { Cite, Warning } from './result';
import type { RawStep } from './steps';
import { paidSoFar, type YearState } from './state';
import { unknownCapWarning } from './warnings';

export interface BasicOutcome {
  deductiblePaid: Dec;
  basic: Dec;
  supplementary: Dec;
  topUp: Dec;
  steps: RawStep[];
  warnings: Warning[];
  /** Where the deductible used goes in the year state (null: per admission). */
  deductibleKey: string | null;
}

export function basicChain(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  state: YearState,
  inScope: Dec,
  offsite: OffsiteName,
): BasicOutcome {
  const steps: RawStep[] = [];
  const warnings: Warning[] = [];
  const ded = deductibleOwed(table, setting, rules, who, state);
  const { paid: deductiblePaid, step } = payDeductible(ded, inScope);
  steps.push(step);

  const path = `settings.${setting}.bands`;
  const known = isUnknown(rules.bands) ? null : rules.bands;
  const [schedule, si] = ruleFor(table, path, known && { key: 'schedules', items: known.schedules }, who, names.ratios);
  const bands = known!;
  if (bands.schedules.slice(0, si).some((s) => skippedForAge(s.when, who))) {
    warnings.push({ code: 'ageUnknown', message: warningMessages.ageUnknown(), cites: [] });
  }

  const extra: Cite[] = rules.basicPayer ? [cite(table, `settings.${setting}.basicPayer`, rules.basicPayer)] : [];
  const adjustment = ratioAdjustment(table, path, bands, who, offsite);
  extra.push(...adjustment.cites);

  const start = bands.counting === 'admission' ? ZERO : state.position[setting];
  const offset = bands.from === 'deductible' ? ded.full : ZERO;
  const lines = bandLines(
    table,
    `${path}.schedules[${si}].bands`,
    schedule.bands,
    offset,
    (r) => adjusted(adjustment, r),
    extra,
  );
  // Counted per admission the stretch starts at 0: nothing to add.
  const [low, high] = start.isZero() ? [deductiblePaid, inScope] : [start.plus(deductiblePaid), start.plus(inScope)];
  const slices = slicesOf(table, low, high, lines, names.ratios);

  const cap = readCap(table, `settings.${setting}.cap`, rules.cap);
  const { paid, beyond } = payWithCap(slices, roomUnder(cap, paidSoFar(state, `basic:${setting}`)));
  for (const p of paid) steps.push(bandStep(p, 'band', 'basic'));
  const basic = sum(paid.map((p) => p.amount));
  warnings.push(...unknownCapWarning('basic', cap, basic));

  const out = { supplementary: ZERO, topUp: ZERO };
  if (beyond.length > 0) {
    const capCites = cap.cite ? [cap.cite] : [];
    const length = sum(beyond.map((b) => b.to.minus(b.from)));
    const range = { from: beyond[0]!.from, to: beyond.at(-1)!.to };
    steps.push({
      kind: 'beyondCap',
      party: 'patient',
      base: length,
      amount: length,
      ...range,
      cites: capCites,
    });
    rules.overflow.forEach((layer, li) => {
      const lpath = `settings.${setting}.overflow[${li}]`;
      const rhit = firstMatch(layer.ratios, who);
      if (!rhit) return;
      const ratio = need(table, `${lpath}.ratios[${rhit[1]}].ratio`, rhit[0].ratio, names[`${layer.payer}Ratio`]);
      const lcap = readCap(table, `${lpath}.cap`, layer.cap);
      const room = roomUnder(lcap, paidSoFar(state, `${layer.payer}:${setting}`));
      // The layers together never pay more than the cost beyond the trigger point.
      const due = min(ratio.value.times(length), length.minus(out.supplementary).minus(out.topUp));
      const amount = room === null ? due : min(due, room);
      steps.push({
        kind: 'overflow',
        party: layer.payer,
        base: length,
        ratio: ratio.value,
        amount,
        ...range,
        cites: [ratio.cite, ...capCites],
      });
      out[layer.payer] = out[layer.payer].plus(amount);
      warnings.push(...unknownCapWarning(layer.payer, lcap, amount));
    });
  }
  return { deductiblePaid, basic, ...out, steps, warnings, deductibleKey: ded.key };
}
