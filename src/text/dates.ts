/**
 * Dates as people read them: "2025年3月1日", "March 1, 2025". Dates travel as ISO strings
 * (YYYY-MM-DD, a calendar day with no time zone); only the words on screen are formatted, through
 * Intl.DateTimeFormat, made once per language and on first use (building one costs a few ms on a
 * slow phone).
 */
import type { Lang } from './msg';

const formats: Partial<Record<Lang, Intl.DateTimeFormat>> = {};
const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** An ISO date in words; anything that is not an ISO date is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const format = (formats[lang] ??= new Intl.DateTimeFormat(LOCALES[lang], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }));
  // Read as UTC midnight and formatted in UTC, so no time zone moves the day.
  return format.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}
