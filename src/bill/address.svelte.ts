/**
 * The form kept in the address bar (issue 3, item 4): read once from the link at start, written
 * back as the user types — with history.replaceState, never push (the back button leaves the page
 * instead of stepping through keystrokes), and throttled (nuqs: browsers rate-limit history calls).
 * DOM access comes in through `deps`, so tests can hand in fakes.
 */
import { decodeForm, encodeForm, type IgnoredPart } from './codec';
import type { FormState } from './doc';

/** The parts of `window` this class uses. */
export interface UrlDeps {
  location: { readonly origin: string; readonly pathname: string; readonly search: string; readonly hash: string };
  history: { readonly state: unknown; replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** At most one address write per this many milliseconds; the last change is always written. */
export const THROTTLE_MS = 300;

export const browserDeps = (): UrlDeps => ({
  location: window.location,
  history: window.history,
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id as number),
});

export class UrlState {
  #deps: UrlDeps;
  #throttleMs: number;
  #timer: unknown = null;
  #stop: () => void;

  /** The form; the page binds its fields to this. */
  form: FormState = $state()!;
  /** What the opening link had that was not used, for the page to show (it may clear the list). */
  ignored: IgnoredPart[] = $state([]);
  /** Effective date of the table the shown result used; the page sets it so the link pins that table. */
  effective = $state('');
  /** The query string (no '?') describing the form now. */
  readonly query: string = $derived(encodeForm(this.form, this.effective || this.form.pinned));
  /** The full link to share (reactive through `query`). */
  get url(): string {
    return `${this.#deps.location.origin}${this.#deps.location.pathname}?${this.query}`;
  }

  /** `fallback`: the page's defaults, used where the link says nothing valid. */
  constructor(fallback: FormState, deps: UrlDeps = browserDeps(), throttleMs = THROTTLE_MS) {
    this.#deps = deps;
    this.#throttleMs = throttleMs;
    const opened = decodeForm(deps.location.search, fallback);
    this.form = opened.form;
    this.ignored = opened.ignored;
    // The address is left as opened until the form changes: opening a page (or a link) is not an edit.
    // The form's own pinned date counts as part of the form: dropping it (recompute with the table
    // in force) is an edit, though the table date written is then the result's.
    const formKey = (f: FormState) => encodeForm(f, f.pinned);
    const openedForm = formKey(opened.form);
    let edited = false;
    this.#stop = $effect.root(() => {
      $effect(() => {
        const now = formKey(this.form);
        void this.query; // a new table date alone is written too, once the form has been edited
        if (!edited && now === openedForm) return;
        edited = true;
        this.#schedule();
      });
    });
  }

  /** Writes a pending change now (e.g. before sharing or leaving). */
  flush(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
    this.#write();
  }

  /** Stops watching the form and drops a pending write. */
  dispose(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
    this.#stop();
  }

  #schedule(): void {
    if (this.#timer !== null) return; // the pending write will pick up this change too
    this.#timer = this.#deps.setTimeout(() => {
      this.#timer = null;
      this.#write();
    }, this.#throttleMs);
  }

  #write(): void {
    const { location, history } = this.#deps;
    const search = `?${this.query}`;
    if (search === location.search) return;
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }
}
