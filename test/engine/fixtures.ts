/** The real tables and a few people the unit tests share. */
import { isSettlementError, type PersonIn, type SettlementError } from '../../src/engine';
import type { TierTable } from '../../src/tables/schema';

import { tables } from '../tiers';
export { tables };

export const tableById = (id: string): TierTable => {
  const t = tables.find((x) => x.id === id);
  if (!t) throw new Error(`no table ${id}`);
  return t;
};

export const bjActive: PersonIn = { region: '110000', scheme: 'employee', category: 'active', age: 45 };
export const bjRetired: PersonIn = { region: '110000', scheme: 'employee', category: 'retired', age: 66 };
export const bjResident: PersonIn = { region: '110000', scheme: 'resident', category: 'working-age', age: 40 };

/** The SettlementError `run` throws; fails the test when it throws nothing or something else. */
export function errorOf(run: () => unknown): SettlementError {
  try {
    run();
  } catch (e) {
    if (isSettlementError(e)) return e;
    throw e;
  }
  throw new Error('expected a SettlementError, got a result');
}

/** A reason in both languages: Chinese first (with Chinese characters), then English. */
export const bilingual = (r: { zh: string; en: string }): boolean =>
  /[\u4e00-\u9fff]/.test(r.zh) && /[a-z]/i.test(r.en);
