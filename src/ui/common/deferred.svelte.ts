/**
 * Parts of a page that follow their source a moment later, in idle time (as React's
 * useDeferredValue): a keystroke paints what it must — the figures the person is watching — and
 * the rest of the result (the slip, the steps, the comparison) is rebuilt after it, one stage per
 * idle callback, so each is a short task of its own and the next keystroke never waits behind them.
 * A newer source drops the stages not yet run. Until a stage has run once it holds `undefined`.
 *
 * Each stage's `compute` runs when its turn comes, outside any reactive context: what it reads is
 * read then, so work it does (a comparison across levels) is left out of the keystroke's task, and
 * done once for the newest value however many changes came before its turn.
 * Create it during a component's initialisation (it owns an effect).
 */
import { whenIdle } from './idle';

/** A value a stage holds: `current` is undefined until its first turn. */
class Stage<T> {
  current: T | undefined = $state.raw(undefined);
  constructor(readonly compute: () => T) {}
}

export class Deferred {
  #stages: Stage<unknown>[] = [];
  /** The stages were built at once, with the component: the effect's first run has nothing to do. */
  #builtAtOnce: boolean;
  /** True from a change of the source until every stage has caught up. */
  pending: boolean;

  /**
   * `source`: what the stages follow (read for its changes only); `atOnce`: the first value is
   * built whole with the component, before its first paint (a page opened on a result, where parts
   * arriving one by one would move what is on screen).
   */
  constructor(source: () => unknown, atOnce = false) {
    this.#builtAtOnce = atOnce;
    this.pending = $state(!atOnce);
    $effect(() => {
      source();
      if (this.#builtAtOnce) {
        this.#builtAtOnce = false;
        return;
      }
      this.pending = true;
      let i = 0;
      let cancel = (): void => {};
      const next = (): void => {
        const stage = this.#stages[i++];
        if (!stage) {
          this.pending = false;
          return;
        }
        stage.current = stage.compute();
        cancel = whenIdle(next);
      };
      cancel = whenIdle(next);
      return () => cancel();
    });
  }

  /** A stage after those added before it. */
  stage<T>(compute: () => T): { readonly current: T | undefined } {
    const s = new Stage(compute);
    if (this.#builtAtOnce) s.current = compute();
    this.#stages.push(s as Stage<unknown>);
    return s;
  }
}
