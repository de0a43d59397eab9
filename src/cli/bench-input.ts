/** The bill `npm run bench` compares at every level, shared with the test that checks its reference. */
import type { BillIn, PersonIn } from '../engine';

/** A Beijing retiree with accounts: the share factor applies and the accounts pay part of the rest. */
export const BENCH_PERSON = {
  region: '110000',
  scheme: 'employee',
  category: 'retired',
  age: 68,
  accounts: { own: '3000.00', family: ['5000.00'] },
} as const satisfies PersonIn;

/** One tertiary admission large enough to cross every band, short of the cap. */
export const BENCH_BILL = {
  date: '2025-03-01',
  setting: 'inpatient',
  level: 'tertiary',
  total: '48000.00',
  outOfCatalog: '2100.50',
  overLimit: '300.00',
  classB: '0',
} as const satisfies BillIn;
