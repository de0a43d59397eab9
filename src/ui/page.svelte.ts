/**
 * The page's state objects, built in one place: the reader's preferences, the form kept in the
 * address bar (share/url-state), the calculator working on that same form, and which page shows
 * (one bill or the year).
 */
import { defaultForm } from '../share/form';
import { UrlState, type UrlDeps } from '../share/url-state.svelte';
import { ModeState } from '../year/mode.svelte';
import { Calculator, today } from './state/calculator.svelte';
import { Prefs } from './state/prefs.svelte';
import { TableStore } from './state/tables.svelte';

export interface Page {
  prefs: Prefs;
  link: UrlState;
  calc: Calculator;
  mode: ModeState;
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
  return { prefs: new Prefs(), link, calc, mode: new ModeState(search, storage()) };
}
