/**
 * Which page is showing: one bill (单次费用) or the year (全年). A year link opens the year; otherwise
 * the last choice on this device. Kept apart from both pages so the app only switches.
 */
import { isYearQuery } from '../year/link';

export type Mode = 'one' | 'year';
export const MODE_KEY = 'yibao.mode';

type Store = Pick<Storage, 'getItem' | 'setItem'> | undefined;

export class ModeState {
  mode: Mode = $state('one');
  #store: Store;

  constructor(search: string, store: Store) {
    this.#store = store;
    let saved: string | null;
    try {
      saved = store?.getItem(MODE_KEY) ?? null;
    } catch {
      saved = null;
    }
    this.mode = isYearQuery(search) || saved === 'year' ? 'year' : 'one';
  }

  set(mode: Mode): void {
    this.mode = mode;
    try {
      this.#store?.setItem(MODE_KEY, mode);
    } catch {
      // storage blocked: the choice lasts for this visit
    }
  }
}
