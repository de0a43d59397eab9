/**
 * The reader's preferences: language and large text, kept on this device (`yibao.prefs`) and
 * mirrored on <html> (lang attribute, `large-text` class) so CSS and assistive technology follow.
 */
import type { Codec } from '../device/persisted.svelte';
import { Persisted } from '../device/persisted.svelte';
import type { DeviceStorage } from '../device/storage.svelte';
import type { Lang } from '../text/msg';

export type { Lang };

interface PrefsValue {
  lang: Lang;
  large: boolean;
}

const codec: Codec<PrefsValue> = {
  version: 1,
  read: (d) => ({ value: { lang: d.lang === 'en' ? 'en' : 'zh', large: d.large === true }, dropped: [] }),
  write: (p) => ({ v: 1, lang: p.lang, large: p.large }),
};

/** Preferences written by versions before the one key style (`yibao:lang`, `yibao:large-text`). */
function moveOldKeys(device: DeviceStorage): void {
  const lang = device.readKey('yibao:lang');
  const large = device.readKey('yibao:large-text');
  if (lang === null && large === null) return;
  if (device.read('prefs') === null)
    device.write('prefs', JSON.stringify(codec.write({ lang: lang === 'en' ? 'en' : 'zh', large: large === '1' })));
  device.removeKey('yibao:lang');
  device.removeKey('yibao:large-text');
}

export class Prefs {
  #kept: Persisted<PrefsValue>;

  constructor(device: DeviceStorage) {
    moveOldKeys(device);
    this.#kept = new Persisted(device, 'prefs', codec, () => ({ lang: 'zh', large: false }));
    this.#apply();
  }

  get lang(): Lang {
    return this.#kept.value.lang;
  }

  get large(): boolean {
    return this.#kept.value.large;
  }

  setLang(lang: Lang): void {
    this.#kept.value.lang = lang;
    this.#kept.save();
    this.#apply();
  }

  setLarge(on: boolean): void {
    this.#kept.value.large = on;
    this.#kept.save();
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    const html = document.documentElement;
    html.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    html.classList.toggle('large-text', this.large);
  }
}
