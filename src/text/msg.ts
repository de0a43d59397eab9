/** A text in both of the page's languages, Chinese first: every word the product shows is one. */
export interface Msg {
  zh: string;
  en: string;
}

/** The page's languages: Chinese by default, English second. */
export type Lang = keyof Msg;

export const msg = (zh: string, en: string): Msg => ({ zh, en });

/** The same words starting with a capital in English ("basic fund" → "Basic fund"), for labels. */
export const capital = (m: Msg): Msg => ({ zh: m.zh, en: m.en.charAt(0).toUpperCase() + m.en.slice(1) });

/** Fills {name} placeholders of a text in one language. */
export const fill = (text: string, values: Readonly<Record<string, string>>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** Fills {name} placeholders in both languages; a value may itself be words in both. */
export const fillMsg = (m: Msg, values: Readonly<Record<string, string | Msg>>): Msg => {
  const pick = (lang: Lang) =>
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'string' ? v : v[lang]]));
  return { zh: fill(m.zh, pick('zh')), en: fill(m.en, pick('en')) };
};

/** Words that are either the same in both languages (a quoted clause, a document's title) or given in both. */
export type Words = string | Msg;

/** Words in one language: a plain string is shown as it is. */
export const say = (w: Words, lang: Lang): string => (typeof w === 'string' ? w : w[lang]);

/** Words as a Msg (a plain string the same in both). */
export const asMsg = (w: Words): Msg => (typeof w === 'string' ? { zh: w, en: w } : w);
