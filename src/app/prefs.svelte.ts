/**
 * The reader's preferences: language and large text. Kept in localStorage so they survive a reload;
 * mirrored on <html> (lang attribute, `large-text` class) so CSS and assistive technology follow.
 */
export type Lang = 'zh' | 'en';

const KEYS = { lang: 'yibao:lang', large: 'yibao:large-text' } as const;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked (private mode, sandbox): preferences just do not persist
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* see read() */
  }
}

export class Prefs {
  lang: Lang = $state(read(KEYS.lang) === 'en' ? 'en' : 'zh');
  large: boolean = $state(read(KEYS.large) === '1');

  constructor() {
    this.#apply();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    write(KEYS.lang, lang);
    this.#apply();
  }

  setLarge(on: boolean): void {
    this.large = on;
    write(KEYS.large, on ? '1' : '0');
    this.#apply();
  }

  #apply(): void {
    if (typeof document === 'undefined') return;
    const html = document.documentElement;
    html.lang = this.lang === 'zh' ? 'zh-CN' : 'en';
    html.classList.toggle('large-text', this.large);
  }
}
