/**
 * Offsite care where the region's table does not know its offsite rule: the bill is settled as
 * local (the range's upper end) and again with the largest cut the national rules allow
 * (医保发〔2022〕22号, in the national tables' `offsiteBounds`), the range's lower end. Referred or
 * emergency care takes the referred ceiling, any other care the temporary one (DOMAIN.md §3a).
 */
import type { OffsiteName, TierTable } from '../tables/schema';
import { byIso } from '../input/date';
import { cite, isUnknown } from './cite';
import type { Bill } from './input';
import type { Cite } from './result';
import { NATIONAL_REGION } from '../tables/files';

export interface OffsiteBound {
  /** The national table the ceiling comes from. */
  national: TierTable;
  key: 'referredOrEmergency' | 'otherTemporary';
  /** Signed points, as the table writes them ("-0.10"). */
  points: string;
  cite: Cite;
}

/** True where a filed or unfiled bill meets a table with no known rule for it. */
export function offsiteUnknown(table: TierTable, offsite: OffsiteName): boolean {
  if (offsite === 'local') return false;
  const rule = table.offsite?.[offsite];
  return !rule || isUnknown(rule);
}

/** The ceiling of the cut for this bill: the latest national bound in force on its date, if any is loaded. */
export function offsiteBound(tables: readonly TierTable[], bill: Bill): OffsiteBound | null {
  const national = tables
    .filter((t) => t.region === NATIONAL_REGION && t.offsiteBounds && byIso(t.effective, bill.date) <= 0)
    .sort((a, b) => byIso(b.effective, a.effective))[0];
  if (!national?.offsiteBounds) return null;
  const key = bill.referral || bill.emergency ? 'referredOrEmergency' : 'otherTemporary';
  const value = national.offsiteBounds[key];
  return { national, key, points: value.value, cite: cite(national, `offsiteBounds.${key}`, value) };
}

const patched = new WeakMap<TierTable, Map<string, TierTable>>();

/**
 * The region's table with the national ceiling written in as its offsite rule, so the ordinary
 * settlement applies it in its place in the order of adjustments. Made once per table and bound.
 */
export function withBound(table: TierTable, offsite: Exclude<OffsiteName, 'local'>, bound: OffsiteBound): TierTable {
  let byKey = patched.get(table);
  if (!byKey) patched.set(table, (byKey = new Map()));
  const key = `${offsite}:${bound.national.id}:${bound.key}`;
  let made = byKey.get(key);
  if (!made) {
    const points = bound.national.offsiteBounds![bound.key];
    const source = bound.national.sources.find((s) => s.id === points.source)!;
    const other = offsite === 'filed' ? 'unfiled' : 'filed';
    made = {
      ...table,
      sources: [...table.sources.filter((s) => s.id !== source.id), source],
      offsite: {
        [other]: table.offsite?.[other] ?? { unknown: true, note: 'not known' },
        [offsite]: { ratioPoints: points },
      } as NonNullable<TierTable['offsite']>,
    };
    byKey.set(key, made);
  }
  return made;
}
