/**
 * Which page is showing: one bill (单次费用), the year (全年) or the person's own rules (我的规则).
 * A link always opens the page it was made for; the plain address opens the last choice on this
 * device (`yibao.mode`).
 */
import type { Codec } from '../device/persisted.svelte';
import { Persisted } from '../device/persisted.svelte';
import type { DeviceStorage } from '../device/storage.svelte';

export type Mode = 'one' | 'year' | 'rules';
const MODES: readonly string[] = ['one', 'year', 'rules'] satisfies Mode[];

const codec: Codec<Mode> = {
  version: 1,
  read: (d) => ({ value: MODES.includes(d.mode as string) ? (d.mode as Mode) : 'one', dropped: [] }),
  write: (mode) => ({ v: 1, mode }),
};

export class ModeState {
  #kept: Persisted<Mode>;

  /** `link`: the kind of link the page was opened with, if any. */
  constructor(device: DeviceStorage, link: 'one' | 'year' | null) {
    // Versions before the one key style stored the bare word.
    const old = device.read('mode');
    if (old === 'one' || old === 'year') device.write('mode', JSON.stringify(codec.write(old)));
    this.#kept = new Persisted(device, 'mode', codec, () => 'one');
    if (link) this.#kept.value = link;
  }

  get mode(): Mode {
    return this.#kept.value;
  }

  set(mode: Mode): void {
    this.#kept.value = mode;
    this.#kept.save();
  }
}
