/**
 * Where the year page starts. A year link in the address wins: the year kept on this device is put
 * aside first (restorable, see src/device/aside.ts), never lost. Otherwise the year kept on this
 * device, exactly as it was left; otherwise an empty year. Returns what to tell the person about
 * anything that could not be used.
 */
import { Persisted } from '../device/persisted.svelte';
import type { DeviceStorage } from '../device/storage.svelte';
import { stateIn, type Params } from '../link/kernel';
import type { Msg } from '../text/msg';
import { decodeYear, isYearLink } from './codec';
import { defaultYear, type YearDoc } from './doc';
import { STORAGE_NAME, yearCodec } from './persist';
import { Y, storedWords } from './words';

export interface Start {
  kept: Persisted<YearDoc>;
  notices: Msg[];
  fromLink: boolean;
  /** The link's independent parts after its checksum (a person's rules), for their owner to read. */
  tail: Params | null;
}

export function startYear(
  device: DeviceStorage,
  location: { readonly search: string; readonly hash: string },
  today: string,
  now?: () => Date,
): Start {
  const kept = new Persisted(device, STORAGE_NAME, yearCodec(today), () => defaultYear(today), now);
  const notices: Msg[] = [];
  const n = kept.notice;
  if (n) {
    if (!n.aside) notices.push(storedWords.notKept);
    else if (n.reason === 'partial') notices.push(storedWords.partial(n.dropped));
    else notices.push(n.reason === 'newer' ? storedWords.newer : storedWords.unreadable);
  }
  const state = stateIn(location);
  if (state.where === 'none' || !isYearLink(state.text)) return { kept, notices, fromLink: false, tail: null };
  const { doc, ignored, tail } = decodeYear(state.text, defaultYear(today), state.where);
  const hadYear = device.read(STORAGE_NAME) !== null;
  const aside = kept.replace(doc);
  if (hadYear) notices.push(aside ? storedWords.replaced : storedWords.notKept);
  if (ignored.length) notices.push(Y.linkIgnored, ...ignored.map((i) => i.reason));
  return { kept, notices, fromLink: true, tail };
}
