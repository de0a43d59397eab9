/**
 * What the page fetches once a result is wanted (with the engine, never in the first load): the
 * result's components, and the warm-up that runs their code once before the first total.
 */
export { default as ResultView } from './ResultView.svelte';
export { warmUp } from './warm';
