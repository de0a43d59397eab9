/**
 * The page's state objects, built in one place: the reader's preferences, the form kept in the
 * address bar (share/url-state), the calculator working on that same form, and which page shows
 * (one bill or the year). The year link code is zod-free, so the choice is known at first paint.
 */
import { defaultForm } from '../bill/doc';
import { UrlState, browserDeps, type UrlDeps } from '../bill/address.svelte';
import { isYearQuery } from '../year/link';
import { ModeState } from './mode.svelte';
import { Calculator, today } from '../bill/calculator.svelte';
import { Prefs } from './prefs.svelte';
import { TableStore } from '../tables/library.svelte';

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
  const deps = opts.deps ?? browserDeps();
  const search = deps.location.search;
  // A year link is the year page's to read: the single-bill form starts from defaults instead of
  // reporting the year's keys as parts it could not use.
  const link = new UrlState(defaultForm(today()), isYearQuery(search) ? withoutSearch(deps) : deps);
  // One form object: the calculator's edits are what the address bar writes.
  const calc = new Calculator(opts.tables ?? new TableStore(), link.form);
  return { prefs: new Prefs(), link, calc, mode: new ModeState(search, storage()) };
}

/** The same address-bar access, but reading an empty query. */
function withoutSearch(deps: UrlDeps): UrlDeps {
  const { location } = deps;
  return {
    ...deps,
    location: {
      get origin() {
        return location.origin;
      },
      get pathname() {
        return location.pathname;
      },
      get hash() {
        return location.hash;
      },
      search: '',
    },
  };
}
