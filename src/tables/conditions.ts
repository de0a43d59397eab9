/** The conditions (`when`) of a table, wherever they are, and what they say of the admission order. */
import type { Condition, TierTable } from './schema';

/** Every condition anywhere under `node`, with its path. */
export function conditionsIn(
  node: unknown,
  at: PropertyKey[] = [],
  out: { when: Condition; at: PropertyKey[] }[] = [],
): { when: Condition; at: PropertyKey[] }[] {
  if (Array.isArray(node)) node.forEach((v, i) => conditionsIn(v, [...at, i], out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'when' && v && typeof v === 'object') out.push({ when: v as Condition, at: [...at, k] });
      else conditionsIn(v, [...at, k], out);
    }
  }
  return out;
}

/**
 * The admission orders at which the table's rules change, from 1: Beijing's first/later gives
 * [1, 2]; "第二次减半，第三次及以上免除" gives [1, 2, 3]. Each stands for itself up to the next,
 * the last for itself and every later one: the choices a single bill needs to offer.
 */
export function admissionOrders(table: TierTable): number[] {
  const at = new Set([1]);
  for (const { when } of conditionsIn([table.settings.inpatient, table.catastrophic, table.assistance])) {
    if (when.admission) at.add(2);
    if (when.admissionMin !== undefined) at.add(when.admissionMin);
    if (when.admissionMax !== undefined) at.add(when.admissionMax);
  }
  return [...at].sort((a, b) => a - b);
}
