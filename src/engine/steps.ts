/**
 * Steps as the engine computes them, and as a result gives them. Every step of a bill is
 * recorded while it is settled, its figures still Decimals; their strings (a decimal.js
 * conversion per figure, most of a step's cost) are written when the steps are first read. A
 * year or a comparison that never reads a bill's steps never pays for them, and a reader sees
 * the same steps, the same array each time, as if they had been written at once.
 */
import { Dec, exact } from './money';
import type { Cite, Party, Step, StepKind } from './result';

/**
 * A figure of a step: a Decimal as computed, a string taken as it is (a table's rate, a slip's
 * figure), or how to compute a Decimal that only the step shows.
 */
export type Figure = Dec | string | (() => Dec);

/** A Step whose figures may still be Decimals; the same keys, in the same order. */
export interface RawStep {
  kind: StepKind;
  party: Party;
  /** Which relative's account, for family mutual-aid steps (before `base`, as a Step has it). */
  index?: number;
  base: Figure;
  ratio?: Figure;
  amount: Figure;
  from?: Figure;
  to?: Figure;
  cites: Cite[];
}

/** The Step a raw step stands for: each Decimal written exactly, every key where it was. */
export function toStep(raw: RawStep): Step {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw))
    out[k] = v instanceof Dec ? exact(v) : typeof v === 'function' ? exact((v as () => Dec)()) : v;
  return out as unknown as Step;
}

/** Reads the steps once, on first use, and gives the same array ever after. */
export function lazySteps(raw: readonly RawStep[]): () => Step[] {
  let made: Step[] | undefined;
  return () => (made ??= raw.map(toStep));
}
