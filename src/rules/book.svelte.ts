/**
 * The person's own rule sets (自定义规则): kept on this device, renamed, copied, deleted, and the
 * rules a share link brought, until kept. Each set holds its draft as edited and its last valid
 * version, which is what every result uses — so a half-typed change never takes the numbers away.
 *
 * The tables are checked by the table schema before they are used: a stored one once, lazily (the
 * checker loads after the first paint), an edited one by the editor as the person types.
 */
import { Persisted } from '../device/persisted.svelte';
import type { DeviceStorage } from '../device/storage.svelte';
import { now as clock } from '../device/today';
import type { TierTable } from '../tables/schema';
import { RULES_STORAGE, rulesCodec, type RuleBookDoc, type RuleSet } from './persist';

/** The id standing for the rules a link brought, until the person keeps them. */
export const LINKED = 'link';

let counter = 0;
const newId = (now: Date) => `s${now.getTime().toString(36)}${(++counter).toString(36)}`;

/** The same table, whatever the order of its keys: how a link's rules are matched to a kept set. */
export const sameTable = (a: TierTable, b: TierTable): boolean => canonical(a) === canonical(b);
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

export class RuleBook {
  readonly #kept: Persisted<RuleBookDoc>;
  readonly #now: () => Date;
  #watching = false;
  /** The stored valid tables have been checked (until then results with them wait). */
  checked = $state(false);
  /** The rules the opening link brought, not kept yet. */
  linked: TierTable | null = $state.raw(null);
  /** The opening link's rules are still being read. */
  linkedPending = $state(false);
  /** The set deleted last, for 撤销 (undo). */
  removed: RuleSet | null = $state(null);

  constructor(device: DeviceStorage, now: () => Date = clock) {
    this.#now = now;
    this.#kept = new Persisted(device, RULES_STORAGE, rulesCodec, () => ({ sets: [] }), now);
  }

  get sets(): RuleSet[] {
    return this.#kept.value.sets;
  }

  /** What the start could not read from storage, to say once. */
  get notice() {
    return this.#kept.notice;
  }

  find(id: string): RuleSet | undefined {
    return this.sets.find((s) => s.id === id);
  }

  /** The table results use for `id` (a kept set's last valid version, or the link's), once checked. */
  tableOf(id: string): TierTable | null {
    if (id === LINKED) return this.linked;
    return this.checked ? (this.find(id)?.valid ?? null) : null;
  }

  /** Saves every change from now on (the page calls this once). */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    // No key until there is a set to keep: a person who never opens 我的规则 stores nothing for it.
    this.#kept.watch((doc) => doc.sets.length === 0);
  }

  /** Checks the stored valid tables with the schema; one that fails is no longer used (its draft stays). */
  async check(): Promise<void> {
    if (this.checked) return;
    const { checkTable } = await import('../tables/check');
    for (const s of this.sets) if (s.valid && !checkTable($state.snapshot(s.valid)).ok) s.valid = null;
    this.checked = true;
  }

  /** Keeps a valid table as a new set; returns its id. */
  add(name: string, table: TierTable): string {
    const id = newId(this.#now());
    this.sets.push({ id, name, draft: structuredClone(table), valid: table, pending: {}, saved: this.#stamp() });
    return id;
  }

  /** A copy of a set, named as a copy; returns its id. */
  copy(id: string, name: string): string | null {
    const s = this.find(id);
    if (!s) return null;
    const copy = $state.snapshot(s) as RuleSet;
    const next = { ...copy, id: newId(this.#now()), name, saved: this.#stamp() };
    this.sets.push(next);
    return next.id;
  }

  rename(id: string, name: string): void {
    const s = this.find(id);
    if (s) s.name = name;
  }

  /** Deletes a set; `undo` brings the last one back. */
  remove(id: string): void {
    const s = this.find(id);
    if (!s) return;
    this.removed = $state.snapshot(s) as RuleSet;
    this.#kept.value.sets = this.sets.filter((x) => x !== s);
  }

  undo(): void {
    if (this.removed && !this.find(this.removed.id)) this.sets.push(this.removed);
    this.removed = null;
  }

  /** After an edit: the draft as it is, and the table it makes where it is valid (null: keep the last valid one). */
  edited(id: string, valid: TierTable | null): void {
    const s = this.find(id);
    if (!s) return;
    if (valid) s.valid = valid;
    s.saved = this.#stamp();
  }

  /** Keeps the link's rules as a set of the person's own; returns its id. */
  keepLinked(name: string): string | null {
    if (!this.linked) return null;
    const id = this.add(name, this.linked);
    this.linked = null;
    return id;
  }

  /** A kept set whose valid table is exactly this one (a link made on this device), if any. */
  holding(table: TierTable): string | null {
    return this.sets.find((s) => s.valid && sameTable($state.snapshot(s.valid) as TierTable, table))?.id ?? null;
  }

  #stamp(): string {
    return this.#now().toISOString();
  }
}
