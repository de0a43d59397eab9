/**
 * Reading values out of a table: each read returns the value with its citation, or throws an
 * unknown-rule error naming the table path. Unknown values are never replaced by a guess.
 */
import type { Cap, Condition, GradeName, MaybeMoney, MaybeRate, TierTable, Unknown } from '../tables/schema';
import { firstMatch, type Subject } from './match';
import { SettlementError } from './errors';
import type { Words } from '../text/msg';
import { errorMessages, type Msg } from './messages';
import { Dec, tableDec } from './money';
import type { Cite, TableRef } from './result';

interface Cited {
  source: string;
  clause: Words;
  grade: GradeName;
  note?: Words;
}

export const isUnknown = (v: object): v is Unknown => 'unknown' in v;

const cites = new WeakMap<TierTable, Map<string, Cite>>();

/** The citation of the value at `path`; built once per table and path (tables are never mutated). */
export function cite(table: TierTable, path: string, c: Cited): Cite {
  let byPath = cites.get(table);
  if (!byPath) cites.set(table, (byPath = new Map()));
  let made = byPath.get(path);
  if (!made) {
    const source = table.sources.find((s) => s.id === c.source)!;
    made = Object.freeze({ path, source, clause: c.clause, grade: c.grade, ...(c.note ? { note: c.note } : {}) });
    byPath.set(path, made);
  }
  return made;
}

export const unknownRule = (table: TierTable, path: string, what: Msg): SettlementError =>
  new SettlementError('unknown-rule', `${table.id}:${path}`, errorMessages.unknownRule(what));

/**
 * The first entry of a rule list that applies to `who`, with its index: the table's rules unknown
 * or none applying is an unknown-rule error naming the path (never a guess).
 */
export function ruleFor<T extends { when?: Condition | undefined }>(
  table: TierTable,
  path: string,
  /** The list under `path` (`{ list: key, items }`), or null where the table records the rules as unknown. */
  rules: { key: string; items: readonly T[] } | null,
  who: Subject,
  what: Msg,
): [T, number] {
  if (!rules) throw unknownRule(table, path, what);
  const hit = firstMatch(rules.items, who);
  if (!hit) throw unknownRule(table, `${path}.${rules.key}`, what);
  return hit;
}

export interface Valued {
  value: Dec;
  cite: Cite;
}

/** A money, rate or points value that must be known. */
export function need(
  table: TierTable,
  path: string,
  v: MaybeMoney | MaybeRate | ({ value: string } & Cited),
  what: Msg,
): Valued {
  if (isUnknown(v)) throw unknownRule(table, path, what);
  return { value: tableDec(v.value), cite: cite(table, path, v) };
}

/** A cap: a finite amount, none (`null` value), or unknown (`null` value and `unknown`). */
export interface CapValue {
  limit: Dec | null;
  unknown: boolean;
  cite: Cite | null;
}

export function readCap(table: TierTable, path: string, c: Cap): CapValue {
  if (isUnknown(c)) return { limit: null, unknown: true, cite: null };
  return { limit: c.value === 'none' ? null : tableDec(c.value), unknown: false, cite: cite(table, path, c) };
}

const refs = new WeakMap<TierTable, TableRef>();

/** What a result says of its table: made once per table (tables never change), as its citations are. */
export function tableRef(t: TierTable): TableRef {
  let ref = refs.get(t);
  if (!ref) refs.set(t, (ref = refOf(t)));
  return ref;
}

const refOf = (t: TierTable): TableRef => ({
  id: t.id,
  region: t.region,
  regionName: t.regionName,
  scheme: t.scheme,
  effective: t.effective,
  version: t.version,
  lastConfirmed: t.lastConfirmed.date,
  enteredByUser: t.enteredBy === 'user',
});
