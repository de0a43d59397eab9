/**
 * Steps 2–4 of DOMAIN.md §2 for one bill: deductible, the basic fund's bands up to its annual cap,
 * and the layers that pay in-scope cost beyond the trigger point (大额互助, retiree top-up).
 */
import type { OffsiteName, SettingName, SettingRules, TierTable } from '../tables/schema';
import { bandLines, bandStep, payWithCap, roomUnder, slicesOf } from './bands';
import { cite, isUnknown, need, readCap, ruleFor, unknownRule, type CapValue, type Valued } from './cite';
import { deductibleRule, owedOf, payDeductible, type DeductibleRule } from './deductible';
import { firstMatch, skippedForAge, subjectCode, subjectKey, type Subject } from './match';
import { adjusted, ratioAdjustment } from './ratio';
import { names, warningMessages, type Msg } from './messages';
import { ZERO, exact, less, min, plus, sum, type Dec } from './money';
import type { Cite, Step, Warning } from './result';
import type { BandLine } from './bands';
import { paidSoFar, type YearState } from './state';
import { unknownCapWarning } from './warnings';

export interface BasicOutcome {
  deductiblePaid: Dec;
  basic: Dec;
  supplementary: Dec;
  topUp: Dec;
  steps: Step[];
  warnings: Warning[];
  /** Where the deductible used goes in the year state (null: per admission). */
  deductibleKey: string | null;
  /** The year's in-scope count after this bill, where the bands count over the year (null: per admission). */
  positionAfter: Dec | null;
}

/** A layer above the cap as the table gives it for a subject; its ratio unknown is an error only once it pays. */
interface LayerPlan {
  payer: 'supplementary' | 'topUp';
  ratio: Valued | { unknownAt: string; what: Msg };
  cap: CapValue;
  /** Key of what it has paid this year (YearState.paid). */
  paidKey: string;
  /** Where the ratio is known: its text and the citations of a step it pays (the same for every bill). */
  ratioText?: string;
  cites?: Cite[];
}

/**
 * Everything the basic chain reads from the table for one setting, subject and offsite status:
 * the deductible rule, the bands with their ratios as paid, the cap, the layers above it. The
 * tables never change, so this is read once, in the order (and with the errors) of reading it
 * bill by bill; what the year has used is applied to it for each bill.
 */
interface ChainPlan {
  ded: DeductibleRule;
  ageUnknown: boolean;
  /** Bands counted per admission (from 0 each time) rather than over the benefit year. */
  perAdmission: boolean;
  lines: readonly BandLine[];
  cap: CapValue;
  capCites: Cite[];
  paidKey: string;
  layers: readonly LayerPlan[];
}

// By table, by subjectCode (a number), or by string where the code cannot say.
const plans = new WeakMap<TierTable, Map<number | string, ChainPlan>>();

function planFor(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  offsite: OffsiteName,
): ChainPlan {
  let made = plans.get(table);
  if (!made) plans.set(table, (made = new Map()));
  const code = subjectCode(setting, offsite, who);
  const key = code >= 0 ? code : `${setting}|${offsite}|${subjectKey(who)}`;
  let plan = made.get(key);
  if (!plan) made.set(key, (plan = readPlan(table, setting, rules, who, offsite)));
  return plan;
}

function readPlan(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  offsite: OffsiteName,
): ChainPlan {
  const ded = deductibleRule(table, setting, rules, who);
  const path = `settings.${setting}.bands`;
  const known = isUnknown(rules.bands) ? null : rules.bands;
  const [schedule, si] = ruleFor(table, path, known && { key: 'schedules', items: known.schedules }, who, names.ratios);
  const bands = known!;
  const ageUnknown = bands.schedules.slice(0, si).some((s) => skippedForAge(s.when, who));

  const extra: Cite[] = rules.basicPayer ? [cite(table, `settings.${setting}.basicPayer`, rules.basicPayer)] : [];
  const adjustment = ratioAdjustment(table, path, bands, who, offsite);
  extra.push(...adjustment.cites);
  const offset = bands.from === 'deductible' ? ded.full : ZERO;
  const lines = bandLines(
    table,
    `${path}.schedules[${si}].bands`,
    schedule.bands,
    offset,
    (r) => adjusted(adjustment, r),
    extra,
  );
  const cap = readCap(table, `settings.${setting}.cap`, rules.cap);
  const capCites = cap.cite ? [cap.cite] : [];

  const layers: LayerPlan[] = [];
  rules.overflow.forEach((layer, li) => {
    const lpath = `settings.${setting}.overflow[${li}]`;
    const rhit = firstMatch(layer.ratios, who);
    if (!rhit) return;
    const at = `${lpath}.ratios[${rhit[1]}].ratio`;
    const what = names[`${layer.payer}Ratio`];
    const ratio = isUnknown(rhit[0].ratio) ? { unknownAt: at, what } : need(table, at, rhit[0].ratio, what);
    layers.push({
      payer: layer.payer,
      ratio,
      cap: readCap(table, `${lpath}.cap`, layer.cap),
      paidKey: `${layer.payer}:${setting}`,
      ...('value' in ratio ? { ratioText: exact(ratio.value), cites: [ratio.cite, ...capCites] } : {}),
    });
  });
  return {
    ded,
    ageUnknown,
    perAdmission: bands.counting === 'admission',
    lines,
    cap,
    capCites,
    paidKey: `basic:${setting}`,
    layers,
  };
}

let ageUnknownWarning: Warning | undefined;

export function basicChain(
  table: TierTable,
  setting: SettingName,
  rules: SettingRules,
  who: Subject,
  state: YearState,
  inScope: Dec,
  offsite: OffsiteName,
): BasicOutcome {
  const plan = planFor(table, setting, rules, who, offsite);
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  const ded = owedOf(plan.ded, setting, state);
  const { paid: deductiblePaid, step } = payDeductible(ded, inScope);
  steps.push(step);
  if (plan.ageUnknown)
    warnings.push((ageUnknownWarning ??= { code: 'ageUnknown', message: warningMessages.ageUnknown(), cites: [] }));

  const start = plan.perAdmission ? ZERO : state.position[setting];
  // Counted per admission the stretch starts at 0: nothing to add. Its end is where the year's
  // count stands after the bill: the state takes it from here rather than adding it up again.
  const low = plus(start, deductiblePaid);
  const high = plus(start, inScope);
  // Where no deductible is paid the stretch is the in-scope cost itself: its length is known.
  const slices = slicesOf(table, low, high, plan.lines, names.ratios, deductiblePaid.isZero() ? inScope : undefined);

  const { cap } = plan;
  const { paid, beyond } = payWithCap(slices, roomUnder(cap, paidSoFar(state, plan.paidKey)));
  for (const p of paid) steps.push(bandStep(p, 'band', 'basic'));
  const basic = sum(paid.map((p) => p.amount));
  warnings.push(...unknownCapWarning('basic', cap, basic));

  const out = { supplementary: ZERO, topUp: ZERO };
  if (beyond.length > 0) {
    const { capCites } = plan;
    const length = sum(beyond.map((b) => b.to.minus(b.from)));
    const from = exact(beyond[0]!.from);
    const to = exact(beyond.at(-1)!.to);
    const lengthText = exact(length);
    // Written out, not spread: a spread after the first key is built key by key at run time.
    steps.push({
      kind: 'beyondCap',
      party: 'patient',
      base: lengthText,
      amount: lengthText,
      from,
      to,
      cites: capCites,
    });
    for (const layer of plan.layers) {
      const { ratio } = layer;
      if ('unknownAt' in ratio) throw unknownRule(table, ratio.unknownAt, ratio.what);
      const room = roomUnder(layer.cap, paidSoFar(state, layer.paidKey));
      // The layers together never pay more than the cost beyond the trigger point.
      const due = min(ratio.value.times(length), less(less(length, out.supplementary), out.topUp));
      const amount = room === null ? due : min(due, room);
      steps.push({
        kind: 'overflow',
        party: layer.payer,
        base: lengthText,
        ratio: layer.ratioText!,
        amount: exact(amount),
        from,
        to,
        cites: layer.cites!,
      });
      out[layer.payer] = plus(out[layer.payer], amount);
      warnings.push(...unknownCapWarning(layer.payer, layer.cap, amount));
    }
  }
  return {
    deductiblePaid,
    basic,
    supplementary: out.supplementary,
    topUp: out.topUp,
    steps,
    warnings,
    deductibleKey: ded.key,
    positionAfter: plan.perAdmission ? null : high,
  };
}
