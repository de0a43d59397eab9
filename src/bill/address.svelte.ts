/**
 * The single bill kept in the address bar: read once from the link at start, written back after
 * `#` as the person types (src/link/address.ts: replaceState, throttled). An older link's query
 * is read, then moved after `#` at once, so nothing typed stays in the part sent to a server.
 */
import { AddressWriter, browserAddress, linkFor, type AddressDeps } from '../link/address';
import { stateIn, type Params } from '../link/kernel';
import { decodeForm, formFragment, type IgnoredPart } from './codec';
import type { FormState } from './doc';

/**
 * The form as it stands, its own pinned date included (dropping the pin is an edit): its fields as
 * text, not as the link encodes them, so that opening a page encodes nothing (the link is encoded
 * only when written).
 */
const formKey = (f: FormState) => JSON.stringify(f);

export class BillAddress {
  #deps: AddressDeps;
  #writer: AddressWriter;
  #stop: () => void;

  /** The form; the page binds its fields to this. */
  form: FormState = $state()!;
  /** What the opening link had that was not used, for the page to show (it may clear the list). */
  ignored: IgnoredPart[] = $state([]);
  /** The opening link's independent parts after its checksum (the rules part), for their owner to read. */
  readonly tail: Params | null;
  /** Effective date of the table the shown result used; the page sets it so the link pins that table. */
  effective = $state('');
  /** Independent parts to write after the checksum (the rules part), set by their owner. */
  extra: readonly string[] = $state([]);
  /** Settles once `extra` holds the parts for what is in use now (the rules are compressed off the main path). */
  extraReady: Promise<unknown> = Promise.resolve();
  /** The text after `#` describing the form now. */
  readonly fragment: string = $derived(formFragment(this.form, this.effective || this.form.pinned, this.extra));

  /** The full link to share. */
  get url(): string {
    return linkFor(this.#deps.location, this.fragment);
  }

  /** `fallback`: the page's defaults, used where the link says nothing valid. */
  constructor(fallback: FormState, deps: AddressDeps = browserAddress(), throttleMs?: number) {
    this.#deps = deps;
    this.#writer = new AddressWriter(deps, throttleMs);
    const state = stateIn(deps.location);
    const opened = state.where === 'none' ? null : decodeForm(state.text, fallback, state.where);
    this.form = opened?.form ?? fallback;
    this.ignored = opened?.ignored ?? [];
    this.tail = opened?.tail ?? null;
    // An older link's state leaves the query at once (it is the same state, now after `#`).
    if (state.where === 'query') this.#writer.write(formFragment(this.form, this.form.pinned));
    // The address is otherwise left as opened until the form changes: opening a link is not an edit.
    // Dropping the form's pinned date (recompute with the table in force) is an edit, though the
    // table date written is then the result's.
    this.#openedKey = formKey(this.form);
    this.#stop = $effect.root(() => {
      $effect(() => {
        // What the link is made of, read without encoding it: the writer encodes once per write
        // (throttled), not at every keystroke. A new table date alone is written too, once the form
        // has been edited.
        void formKey(this.form);
        void this.effective;
        void this.extra;
        if (this.asOpened) return;
        this.#edited = true;
        this.#writer.schedule(() => this.fragment);
      });
    });
  }

  #openedKey: string;
  #edited = false;

  /** The form is still as the address opened it: nothing has been edited yet. */
  get asOpened(): boolean {
    return !this.#edited && formKey(this.form) === this.#openedKey;
  }

  /** Writes a pending change now (e.g. before sharing or leaving). */
  flush(): void {
    this.#writer.schedule(() => this.fragment);
    this.#writer.flush();
  }

  /** Stops watching the form and drops a pending write. */
  dispose(): void {
    this.#writer.cancel();
    this.#stop();
  }
}
