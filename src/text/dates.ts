/**
 * Dates as people read them: "2025年3月1日", "March 1, 2025". Dates travel as ISO strings
 * (YYYY-MM-DD, a calendar day with no time zone); only the words on screen are formatted, through
 * Intl.DateTimeFormat, made once per language and on first use (building one costs a few ms on a
 * slow phone). Each date's words are kept once made: a result shows the same few dates again on
 * every keystroke, and formatting one costs more than looking it up.
 */
import type { Lang } from './msg';

const formats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const made = new Map<string, string>();

/** An ISO date in words; anything that is not an ISO date is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const key = `${lang}${iso}`;
  const known = made.get(key);
  if (known !== undefined) return known;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const format = (formats[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }));
  // Read as UTC midnight and formatted in UTC, so no time zone moves the day.
  const words = format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  made.set(key, words);
  return words;
}
