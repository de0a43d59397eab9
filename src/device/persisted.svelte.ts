/**
 * One value kept on this device, in the spirit of svelte.dev's Persisted.svelte.ts: `value` is
 * state the page edits, read at start from `yibao.<name>` and written back on `save()` (or on every
 * change while `watch()` runs). Stored data is `{ "v": <format version>, … }`; the codec reads each
 * version it knows and says exactly what it could not use.
 *
 * Whatever cannot be used — unreadable JSON, a newer format, parts that fail — is put aside as it
 * was, with the date (aside.ts), before anything can overwrite it; `notice` says what was kept and
 * what was not. If it cannot be put aside (storage full or refused), the stored value is not
 * overwritten at all.
 */
import type { Msg } from '../text/msg';
import { putAside, type AsideItem, type AsideReason } from './aside';
import type { DeviceStorage } from './storage.svelte';
import { now as clock } from './today';

export interface Codec<T> {
  /** The format version `write` produces. */
  version: number;
  /**
   * Reads stored data of `version` (≤ the codec's own). `dropped`: what could not be used, in
   * words; null where nothing at all can be used.
   */
  read(data: Record<string, unknown>, version: number): { value: T; dropped: Msg[] } | null;
  write(value: T): Record<string, unknown>;
}

export interface LoadNotice {
  reason: Exclude<AsideReason, 'replaced'>;
  /** What could not be used (for 'partial'); empty where nothing could be. */
  dropped: Msg[];
  /** Where the stored text was put; null where storage refused (then it was left in place). */
  aside: AsideItem | null;
}

export class Persisted<T> {
  value: T = $state()!;
  /** What the start could not use from storage, to say once. */
  notice: LoadNotice | null = $state(null);
  readonly #device: DeviceStorage;
  readonly #name: string;
  readonly #codec: Codec<T>;
  readonly #now: () => Date;
  /** The stored text could not be used nor put aside: never overwrite it. */
  #blocked = false;

  constructor(device: DeviceStorage, name: string, codec: Codec<T>, fallback: () => T, now: () => Date = clock) {
    this.#device = device;
    this.#name = name;
    this.#codec = codec;
    this.#now = now;
    this.value = this.#load(fallback);
  }

  #load(fallback: () => T): T {
    const raw = this.#device.read(this.#name);
    if (raw === null) return fallback();
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return this.#unusable('unreadable', raw, fallback);
    }
    const v = (data as { v?: unknown } | null)?.v;
    if (
      !data ||
      typeof data !== 'object' ||
      Array.isArray(data) ||
      typeof v !== 'number' ||
      !Number.isInteger(v) ||
      v < 1
    )
      return this.#unusable('unreadable', raw, fallback);
    if (v > this.#codec.version) return this.#unusable('newer', raw, fallback);
    let read: ReturnType<Codec<T>['read']>;
    try {
      read = this.#codec.read(data as Record<string, unknown>, v);
    } catch {
      read = null;
    }
    if (!read) return this.#unusable('unreadable', raw, fallback);
    if (read.dropped.length) this.#keepAside('partial', raw, read.dropped);
    return read.value;
  }

  #unusable(reason: LoadNotice['reason'], raw: string, fallback: () => T): T {
    this.#keepAside(reason, raw, []);
    return fallback();
  }

  #keepAside(reason: LoadNotice['reason'], raw: string, dropped: Msg[]): void {
    const aside = putAside(this.#device, { of: this.#name, reason, savedAt: this.#now().toISOString(), raw });
    if (!aside) this.#blocked = true;
    this.notice = { reason, dropped, aside };
  }

  /** Writes the value; false where it could not be kept (the device's status says why). */
  save(): boolean {
    return this.#write(this.#text());
  }

  /** Writes a stored text, unless the stored one could not be used nor put aside (never overwritten). */
  #write(text: string): boolean {
    return !this.#blocked && this.#device.write(this.#name, text);
  }

  /**
   * The stored text of the value. The codec and JSON.stringify read the value's state proxy
   * directly: inside watch's effect that one pass both subscribes to every field stored and writes
   * them. ($state.snapshot first would walk the value twice more, and it clones each string and
   * number with structuredClone: most of the year page's cost per keystroke in its store.)
   */
  #text(): string {
    return JSON.stringify(this.#codec.write(this.value));
  }

  /**
   * Puts what is stored now aside (a link is replacing it: "previous year" can be restored), then
   * takes `value`. Returns the aside item, or null where storage refused it (nothing is then lost:
   * the stored value is left as it was and this value is not written).
   */
  replace(value: T): AsideItem | null {
    const raw = this.#device.read(this.#name);
    let aside: AsideItem | null = null;
    if (raw !== null) {
      aside = putAside(this.#device, { of: this.#name, reason: 'replaced', savedAt: this.#now().toISOString(), raw });
      if (!aside) this.#blocked = true;
    }
    this.value = value;
    return aside;
  }

  /** Takes a kept-aside text back as the value (恢复), if the codec can read it; the current value is put aside first. */
  restore(item: AsideItem): boolean {
    let data: unknown;
    try {
      data = JSON.parse(item.raw);
    } catch {
      return false;
    }
    const v = (data as { v?: unknown } | null)?.v;
    if (typeof v !== 'number' || v > this.#codec.version || !data || typeof data !== 'object') return false;
    const read = this.#codec.read(data as Record<string, unknown>, v);
    if (!read) return false;
    const stored = this.#device.read(this.#name);
    if (stored !== null && !this.replace(read.value)) return false; // the value now could not be kept aside
    if (stored === null) this.value = read.value;
    this.#blocked = false;
    this.notice = null;
    this.save();
    return true;
  }

  /**
   * Saves on every change of the value until the returned function is called. `unless` names a
   * value not worth creating the key for (an empty rule book): it is written only over a stored one.
   */
  watch(unless?: (value: T) => boolean): () => void {
    return $effect.root(() => {
      $effect(() => {
        const text = this.#text();
        if (unless?.(this.value) && this.#device.read(this.#name) === null) return;
        this.#write(text);
      });
    });
  }
}
