/**
 * The address bar: where a link's state is written as a person edits (after `#`, never in the
 * query, DOMAIN.md §6), with history.replaceState, never push — the back button leaves the page
 * instead of stepping through keystrokes — and throttled (nuqs: browsers rate-limit history
 * calls). Writing also drops an older link's query, so its state ends up after `#` as well.
 * DOM access comes in through `deps`, so tests can hand in fakes.
 */

/** The parts of `window` the address code uses. */
export interface AddressDeps {
  location: { readonly origin: string; readonly pathname: string; readonly search: string; readonly hash: string };
  history: { readonly state: unknown; replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

export const browserAddress = (): AddressDeps => ({
  location: window.location,
  history: window.history,
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (id) => window.clearTimeout(id as number),
});

/** At most one address write per this many milliseconds; the last change is always written. */
export const THROTTLE_MS = 300;

/** The whole link for a state text: this page's address, nothing in the query, the state after `#`. */
export const linkFor = (location: AddressDeps['location'], fragment: string): string =>
  `${location.origin}${location.pathname}${fragment ? `#${fragment}` : ''}`;

export class AddressWriter {
  #deps: AddressDeps;
  #throttleMs: number;
  #timer: unknown = null;
  #next: (() => string) | null = null;

  constructor(deps: AddressDeps, throttleMs = THROTTLE_MS) {
    this.#deps = deps;
    this.#throttleMs = throttleMs;
  }

  /** Writes `fragment()` soon (at most once per throttle period; the last call wins). */
  schedule(fragment: () => string): void {
    this.#next = fragment;
    if (this.#timer !== null) return;
    this.#timer = this.#deps.setTimeout(() => {
      this.#timer = null;
      this.flush();
    }, this.#throttleMs);
  }

  /** Writes a pending change now (before sharing or leaving). */
  flush(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
    const next = this.#next;
    this.#next = null;
    if (next) this.write(next());
  }

  /** Writes the address now: the state after `#` ('' for none), the query dropped. */
  write(fragment: string): void {
    const { location, history } = this.#deps;
    const hash = fragment ? `#${fragment}` : '';
    if (hash === location.hash && location.search === '') return;
    history.replaceState(history.state, '', `${location.pathname}${hash}`);
  }

  /** Drops a pending write. */
  cancel(): void {
    if (this.#timer !== null) this.#deps.clearTimeout(this.#timer);
    this.#timer = null;
    this.#next = null;
  }
}
