/** A text in both of the page's languages, Chinese first: every word the product shows is one. */
export interface Msg {
  zh: string;
  en: string;
}

/** The page's languages: Chinese by default, English second. */
export type Lang = keyof Msg;
