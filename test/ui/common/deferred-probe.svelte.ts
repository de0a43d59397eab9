/** A Deferred with a source the test sets, and a count of each stage's computations (runes need a .svelte.ts module). */
import { Deferred } from '../../../src/ui/common/deferred.svelte';

export function probe(atOnce = false) {
  const source = $state({ value: 1 });
  const computed = { first: 0, second: 0 };
  let stages!: { first: { readonly current: number | undefined }; second: { readonly current: string | undefined } };
  let deferred!: Deferred;
  const stop = $effect.root(() => {
    deferred = new Deferred(() => source.value, atOnce);
    stages = {
      first: deferred.stage(() => (computed.first++, source.value * 10)),
      second: deferred.stage(() => (computed.second++, `#${source.value}`)),
    };
  });
  return {
    set: (v: number) => (source.value = v),
    stages,
    computed,
    get pending() {
      return deferred.pending;
    },
    stop,
  };
}
