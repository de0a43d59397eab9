/**
 * A person's rules in a share link: the part after the link's checksum (src/link/kernel.ts), with a
 * check of its own, so a broken rules part is refused alone and the rest of the link still opens.
 *
 *   r=1.z.<checksum>.<base64url of the table's JSON, deflate-compressed>
 *
 * `1` is this part's format version; `z` the compressed form (the browser's own CompressionStream,
 * no library), `j` the plain form for a browser without it. ASCII only, after `#` (DOMAIN.md §6).
 * Reading never throws: a table, or the reason there is none.
 */
import { checksum } from '../link/checksum';
import type { Params } from '../link/kernel';
import type { TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import { R } from './words';

export const RULES_KEY = 'r';
export const RULES_LINK_VERSION = 1;
/** A table's JSON beyond this (after decompression) is no table a person typed: refused unread. */
const MAX_JSON_BYTES = 256 * 1024;

const toBase64Url = (bytes: Uint8Array): string => {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Uint8Array => {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};

/** The bytes through a (de)compression stream; past `limit` bytes out, it stops and throws. */
async function through(bytes: Uint8Array, stream: Transform, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Written without awaiting: the stream only takes more once its output is read below.
  void writer
    .write(bytes)
    .then(() => writer.close())
    .catch(() => {});
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too big');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
type Transform = TransformStream<Uint8Array, Uint8Array>;

const canCompress = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

/** The rules part for a table: `r=…`, compressed where the browser can. */
export async function encodeRules(table: TierTable): Promise<string> {
  const { $schema: _s, ...rest } = table;
  const json = new TextEncoder().encode(JSON.stringify(rest));
  let mode: 'z' | 'j' = 'j';
  let bytes: Uint8Array = json;
  // Compressed where the browser can; the plain form always works, so the rules are never left out.
  if (canCompress()) {
    try {
      bytes = await through(json, new CompressionStream('deflate-raw') as Transform);
      mode = 'z';
    } catch {
      bytes = json;
    }
  }
  const payload = toBase64Url(bytes);
  return `${RULES_KEY}=${RULES_LINK_VERSION}.${mode}.${checksum(payload)}.${payload}`;
}

export type RulesRead =
  | { ok: true; json: unknown }
  /** No rules part in this link. */
  | { ok: false; none: true }
  | { ok: false; reason: Msg };

/**
 * The table JSON a link's tail carries, not yet checked: the caller checks it with the table
 * schema (src/tables/check.ts) and marks it as the person's.
 */
export async function readRules(tail: Params | null): Promise<RulesRead> {
  const raw = tail?.values.get(RULES_KEY);
  if (raw === undefined) {
    const repeated = tail?.notices.some((n) => n.key === RULES_KEY);
    return repeated ? { ok: false, reason: R.linkRulesBroken } : { ok: false, none: true };
  }
  const m = /^(\d{1,3})\.([zj])\.([0-9a-z]{1,8})\.([A-Za-z0-9_-]+)$/.exec(raw);
  if (!m) return { ok: false, reason: R.linkRulesBroken };
  const [, version, mode, sum, payload] = m as unknown as [string, string, 'z' | 'j', string, string];
  if (Number(version) !== RULES_LINK_VERSION) return { ok: false, reason: R.linkRulesNewer };
  if (checksum(payload) !== sum) return { ok: false, reason: R.linkRulesBroken };
  try {
    let bytes = fromBase64Url(payload);
    if (mode === 'z') {
      if (!canCompress()) return { ok: false, reason: R.linkRulesCannotOpen };
      bytes = await through(bytes, new DecompressionStream('deflate-raw') as Transform, MAX_JSON_BYTES);
    } else if (bytes.length > MAX_JSON_BYTES) return { ok: false, reason: R.linkRulesBroken };
    return { ok: true, json: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, reason: R.linkRulesBroken };
  }
}
