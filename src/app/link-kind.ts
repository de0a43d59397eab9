/**
 * Which page a link was made for, read from the year link's own keys (year/link-codes.ts) rather
 * than from its codec, which the first load does not carry.
 */
import type { AddressDeps } from '../link/address';
import { stateIn } from '../link/kernel';
import { YEAR_KEYS, YEAR_VERSION_KEY } from '../year/link-codes';
import type { Mode } from './mode.svelte';

/** The page a link opens, or null for the plain address. */
export function linkKind(location: AddressDeps['location']): Exclude<Mode, 'rules'> | null {
  const state = stateIn(location);
  if (state.where === 'none') return null;
  try {
    const params = new URLSearchParams(state.text.replace(/^[#?]/, ''));
    return params.has(YEAR_VERSION_KEY) || params.has(YEAR_KEYS.bills) ? 'year' : 'one';
  } catch {
    return 'one';
  }
}
