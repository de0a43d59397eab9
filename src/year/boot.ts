/**
 * Where the year page starts: a year link in the address wins (and the year kept on the device is
 * put aside, not lost); otherwise the year kept on the device; otherwise an empty year. Returns
 * what to tell the user about anything that could not be used.
 */
import type { Msg } from '../engine/messages';
import { defaultYear, type YearDoc } from './doc';
import { decodeYear, isYearQuery } from './link';
import { Y, yearMessages } from './messages';
import { STORAGE_KEY, loadYear, type KeyValueStore } from './persist';

export const PREVIOUS_KEY = 'yibao.year.previous';

export interface Start {
  doc: YearDoc;
  notices: Msg[];
  fromLink: boolean;
}

export function startYear(search: string, store: KeyValueStore | undefined, today: string): Start {
  if (isYearQuery(search)) {
    const { doc, ignored } = decodeYear(search, defaultYear(today));
    try {
      const kept = store?.getItem(STORAGE_KEY);
      if (kept) store?.setItem(PREVIOUS_KEY, kept);
    } catch {
      // storage blocked: nothing to put aside
    }
    const notices = ignored.length ? [Y.linkIgnored, ...ignored.map((i) => i.reason)] : [];
    return { doc, notices, fromLink: true };
  }
  const { doc, dropped } = loadYear(store, today);
  return { doc, notices: dropped ? [yearMessages.storedBroken()] : [], fromLink: false };
}
