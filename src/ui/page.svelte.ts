/**
 * The page's state objects, built in one place: the reader's preferences, the form kept in the
 * address bar (share/url-state), the calculator working on that same form, and which page shows
 * (one bill or the year).
 *
 * The one-bill/year choice is loaded just after the first paint: year/mode.svelte.ts reaches
 * year/link.ts, which imports category lists from tables/schema.ts and with them all of zod
 * (~27 KB gzipped, over the first-load budget). Until it arrives the single-bill page shows; a
 * visit that should open the year switches a moment later. Import it statically again once the
 * year link code takes its lists from a zod-free module (as share/codes.ts does).
 */
import { defaultForm } from '../share/form';
import { UrlState, type UrlDeps } from '../share/url-state.svelte';
import type { Mode, ModeState } from '../year/mode.svelte';
import { Calculator, today } from './state/calculator.svelte';
import { Prefs } from './state/prefs.svelte';
import { TableStore } from './state/tables.svelte';

/** Which page shows, once known; the single bill until then. */
export class ModeSlot {
  state: ModeState | null = $state.raw(null);
  readonly mode: Mode = $derived(this.state?.mode ?? 'one');
}

export interface Page {
  prefs: Prefs;
  link: UrlState;
  calc: Calculator;
  mode: ModeSlot;
  /** Settles once the mode is known (or could not be loaded). */
  ready: Promise<void>;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // blocked: choices last for this visit
  }
}

export function createPage(opts: { tables?: TableStore; deps?: UrlDeps } = {}): Page {
  const link = new UrlState(defaultForm(today()), opts.deps);
  // One form object: the calculator's edits are what the address bar writes.
  const calc = new Calculator(opts.tables ?? new TableStore(), link.form);
  const search = opts.deps?.location.search ?? globalThis.location?.search ?? '';
  const mode = new ModeSlot();
  const ready = import('../year/mode.svelte')
    .then((m) => {
      mode.state = new m.ModeState(search, storage());
    })
    .catch(() => {
      /* without it the single-bill page works as before; only the switch is missing */
    });
  return { prefs: new Prefs(), link, calc, mode, ready };
}
