/**
 * The page's state objects, built in one place: the reader's preferences, the calculator, and the
 * form kept in the address bar (share/url-state).
 *
 * The link machinery is loaded after the first paint: its codec brings zod, which would double the
 * first load. A plain visit (no query) paints the form at once and hands that same form object to
 * the address bar when it arrives; a visit through a shared link waits for it, so the form opens
 * with the link's values and nothing typed can be lost.
 */
import { defaultForm } from '../share/form';
import type { UrlDeps, UrlState } from '../share/url-state.svelte';
import { Calculator, today } from './state/calculator.svelte';
import { Prefs } from './state/prefs.svelte';
import { TableStore } from './state/tables.svelte';

export class LinkSlot {
  /** The address-bar state, once loaded. */
  state: UrlState | null = $state.raw(null);
  /** True while the page was opened with a query and the link has not been read yet. */
  opening: boolean = $state(false);
}

export interface Page {
  prefs: Prefs;
  calc: Calculator;
  link: LinkSlot;
  /** Settles when the link state is in place (or failed to load). */
  ready: Promise<void>;
}

export function createPage(opts: { tables?: TableStore; deps?: UrlDeps; load?: () => Promise<typeof import('../share/url-state.svelte')> } = {}): Page {
  const calc = new Calculator(opts.tables ?? new TableStore(), defaultForm(today()));
  const link = new LinkSlot();
  const search = opts.deps?.location.search ?? (typeof location === 'undefined' ? '' : location.search);
  link.opening = search.length > 1;
  const load = opts.load ?? (() => import('../share/url-state.svelte'));
  const ready = load()
    .then(({ UrlState }) => {
      const url = new UrlState($state.snapshot(calc.form), opts.deps);
      // One form object for both: the calculator's edits are what the address bar writes.
      if (link.opening) calc.form = url.form;
      else url.form = calc.form;
      link.state = url;
    })
    .catch(() => {
      /* without the link machinery the page still calculates; it just cannot share */
    })
    .finally(() => {
      link.opening = false;
    });
  return { prefs: new Prefs(), calc, link, ready };
}
