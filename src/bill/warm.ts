/**
 * Runs the result's code once before the first keystroke, in idle time, on a sample bill that
 * no one sees: the engine's functions, the tables' rule plans and the result's components (their
 * templates are parsed on first use) are then warm when the first digit arrives. Without it the
 * first digit paid for all of that at once — with the CPU slowed 4x, a key task of about 0.4 s,
 * then one long task per part of the result.
 *
 * Each piece is its own idle task (settle, then each part's mount into a detached element, whose
 * own stages follow in idle time too), so a key pressed meanwhile waits for one piece at most — no
 * longer than the same work would have taken inside its own task. Nothing is added to the document,
 * and the sample's calculator is the page's tables and engine with a copy of the form: the person's
 * calculator, address and storage are not touched.
 */
import { mount, unmount, type Component } from 'svelte';
import type { Lang } from '../text/msg';
import { whenIdle } from '../ui/common/idle';
import type { BillAddress } from './address.svelte';
import type { Calculator } from './calculator.svelte';

/**
 * The sample's total: not a rule, only a bill large enough to pass a deductible and reach the
 * bands, so that the code a typed total runs is the code warmed.
 */
export const SAMPLE_TOTAL = '20000';

/** How many idle turns the detached parts are kept for, so that their own stages have run. */
const KEPT_TURNS = 12;

interface WarmUp {
  calc: Calculator;
  address: BillAddress;
  view: Component<Record<string, unknown>>;
  lang: Lang;
  title: string;
}

/** Starts the warm-up; returns the stop (a keystroke's result arriving makes the rest pointless). */
export function warmUp({ calc, address, view, lang, title }: WarmUp): () => void {
  const sample = calc.withTotal(SAMPLE_TOTAL);
  const mounted: Record<string, unknown>[] = [];
  let stopped = false;
  let cancel = (): void => {};
  const pieces: (() => boolean)[] = [
    () => sample.result !== null,
    ...(['result', 'compare'] as const).map((part) => () => {
      const result = sample.result;
      if (result)
        mounted.push(
          mount(view, {
            target: document.createElement('div'),
            props: { calc: sample, address, lang, title, result, part },
          }),
        );
      return result !== null;
    }),
    ...Array.from({ length: KEPT_TURNS }, () => () => true),
  ];
  const stop = (): void => {
    stopped = true;
    cancel();
    for (const m of mounted.splice(0)) void unmount(m);
  };
  let i = 0;
  const next = (): void => {
    const piece = pieces[i++];
    const goOn = piece?.() === true;
    // A stop may come from within a piece (a mount's own code): what it mounted is taken back too.
    if (!goOn || stopped) return stop();
    cancel = whenIdle(next);
  };
  cancel = whenIdle(next);
  return stop;
}
