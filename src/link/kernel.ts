/**
 * The kernel both links share (the single bill's and the year's): where a link's state is in the
 * address, its format version, its checksum, the keys messengers add, repeated keys, and the
 * notices built from it. Pure: no DOM, no clock; never throws.
 *
 * Where the state is (DOMAIN.md §6): after `#`, which browsers never send to a server. A link is
 * `#<key>=<version>&…&k=<checksum>` — the checksum covers everything before it, so a link cut
 * short or altered is noticed and refused as a whole instead of giving other numbers. Parts after
 * `k` (the rules part of issue 7) carry checks of their own, so a broken one is refused alone.
 * Links made before the state moved to `#` carry it in the query, without a checksum: they are
 * still read (and the page then moves their state to `#`).
 */
import type { Msg } from '../text/msg';
import { checksum } from './checksum';
import { linkMessages } from './words';

/** At most this many notices from one link; the rest are counted in one more. */
export const MAX_NOTICES = 8;

/**
 * The longest tail (the independent parts after the checksum: a person's own rules) a link may
 * carry. Its owner checks it on its own terms; this only bounds the work a hostile link can cause.
 */
export const MAX_TAIL_LENGTH = 12_000;

/** One thing a link had that the page did not use, and why. `key` is safe to show (see `echo`). */
export interface Notice {
  key: string;
  reason: Msg;
}

/** Query parameters that messengers and trackers append (WeChat adds `from` and `isappinstalled`): dropped silently. */
const HARMLESS = /^(from|isappinstalled|fbclid|gclid|utm_[a-z]+)$/i;

/**
 * A key as the person may be shown it. Only a short plain ASCII key is repeated back, so a link
 * cannot put words of its own on the page ('' stands for "a part"): the one echo policy of every
 * notice built from a link.
 */
export const echo = (key: string): string => (/^[A-Za-z0-9_.-]{1,12}$/.test(key) ? key : '');

/** The notices, at most MAX_NOTICES: the last says how many more there were. Each once. */
export function capNotices(notices: readonly Notice[]): Notice[] {
  const unique = [...new Map(notices.map((n) => [`${n.key}|${n.reason.zh}`, n])).values()];
  if (unique.length <= MAX_NOTICES) return unique;
  const shown = unique.slice(0, MAX_NOTICES - 1);
  return [...shown, { key: '', reason: linkMessages.more(unique.length - shown.length) }];
}

/** Where an address keeps a link's state: after `#` (links of now), else in the query (older links). */
export function stateIn(location: { readonly search: string; readonly hash: string }): {
  text: string;
  where: 'hash' | 'query' | 'none';
} {
  const hash = location.hash.replace(/^#/, '');
  if (hash) return { text: hash, where: 'hash' };
  const query = location.search.replace(/^\?/, '');
  return query ? { text: query, where: 'query' } : { text: '', where: 'none' };
}

/** A link's parts: each key's value, and which keys could not be used because they were repeated. */
export interface Params {
  values: Map<string, string>;
  notices: Notice[];
}

/**
 * Reads `key=value&…`. One policy for repeated keys: the same value twice is one value; differing
 * values make the key unusable (it could mean either), and say so. Harmless keys are dropped.
 */
export function readParams(text: string): Params {
  const values = new Map<string, string>();
  const conflicting = new Set<string>();
  for (const [k, v] of new URLSearchParams(text)) {
    if (HARMLESS.test(k)) continue;
    const seen = values.get(k);
    if (seen !== undefined && seen !== v) conflicting.add(k);
    values.set(k, seen ?? v);
  }
  const notices: Notice[] = [];
  for (const k of conflicting) {
    values.delete(k);
    notices.push({ key: echo(k), reason: linkMessages.repeated(echo(k)) });
  }
  return { values, notices };
}

/** Splits a signed link into what the checksum covers, the checksum, and the parts after it. */
function splitSigned(text: string): { body: string; sum: string | null; tail: string } {
  const at = text.search(/(^|&)k=/);
  if (at < 0) return { body: text, sum: null, tail: '' };
  const start = at === 0 ? 0 : at + 1;
  const rest = text.slice(start + 2);
  const end = rest.indexOf('&');
  return {
    body: text.slice(0, at),
    sum: end < 0 ? rest : rest.slice(0, end),
    tail: end < 0 ? '' : rest.slice(end + 1),
  };
}

/** `body&k=<checksum>`, plus independent parts after it. */
export const signed = (body: string, tail: readonly string[] = []): string =>
  [body, `k=${checksum(body)}`, ...tail].join('&');

export type Opened =
  | { ok: true; params: Params; tail: Params }
  /** Nothing in it: the plain page. */
  | { ok: true; empty: true }
  | { ok: false; notice: Notice };

/**
 * Opens a link's state text. `signed`: the state came after `#`, where links carry a checksum; a
 * missing or wrong one refuses the whole link. `maxLength`: a longer state (before the tail) is
 * not read at all (no real link comes near it, and it bounds the work a hostile one can cause);
 * the tail may add at most MAX_TAIL_LENGTH.
 */
export function openLink(
  text: string,
  { signed: isSigned, maxLength }: { signed: boolean; maxLength: number },
): Opened {
  try {
    if (text === '') return { ok: true, empty: true };
    const tooLong = (length: number, max: number): Opened => ({
      ok: false,
      notice: { key: '', reason: linkMessages.tooLong(length, max) },
    });
    if (text.length > maxLength + (isSigned ? MAX_TAIL_LENGTH : 0))
      return tooLong(text.length, maxLength + (isSigned ? MAX_TAIL_LENGTH : 0));
    if (!isSigned) return { ok: true, params: readParams(text), tail: readParams('') };
    const { body, sum, tail } = splitSigned(text);
    if (body.length > maxLength) return tooLong(body.length, maxLength);
    if (sum === null || checksum(body) !== sum)
      return { ok: false, notice: { key: '', reason: linkMessages.broken() } };
    return { ok: true, params: readParams(body), tail: readParams(tail) };
  } catch {
    return { ok: false, notice: { key: '', reason: linkMessages.unreadable() } };
  }
}

export type VersionCheck = { ok: true; version: number; notices: Notice[] } | { ok: false; notice: Notice };

/**
 * The link's format version, under `key`: a version this page reads (`known`), or a reason to
 * ignore the whole link. A link with no version is read as `assumed`, and says so.
 */
export function checkVersion(params: Params, key: string, known: readonly number[], assumed: number): VersionCheck {
  if (params.notices.some((n) => n.key === key))
    return { ok: false, notice: { key, reason: linkMessages.badVersion() } };
  const v = params.values.get(key);
  if (v === undefined)
    return { ok: true, version: assumed, notices: [{ key, reason: linkMessages.noVersion(assumed) }] };
  if (!/^[1-9]\d{0,5}$/.test(v)) return { ok: false, notice: { key, reason: linkMessages.badVersion() } };
  if (!known.includes(Number(v))) return { ok: false, notice: { key, reason: linkMessages.newerVersion(v) } };
  return { ok: true, version: Number(v), notices: [] };
}
