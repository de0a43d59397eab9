/**
 * Dates as people read them: "2025年3月1日", "March 1, 2025". Dates travel as ISO strings
 * (YYYY-MM-DD, a calendar day with no time zone); only the words on screen are formatted.
 * Written out here rather than through Intl.DateTimeFormat: the first one a page makes loads the
 * locale's calendar data, which on a phone (CPU slowed 4x) cost ~140 ms inside the first
 * keystroke's result. The words are the ones Intl gives for these two forms (test/text/dates.test.ts).
 */
import type { Lang } from './msg';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An ISO date in words; anything that is not an ISO date is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? Number(m[2]) : 0;
  const day = m ? Number(m[3]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) return iso;
  const year = Number(m[1]);
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${MONTHS[month - 1]} ${day}, ${year}`;
}
