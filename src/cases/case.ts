/**
 * Case files (DOMAIN.md §5): a person, a year of bills, and what must come out, exact to the fen.
 * Checking a case is pure so the verify script and the tests share it.
 */
import { z } from 'zod';
import { isSettlementError, settleYear } from '../engine';
import type { Amounts, BillResult } from '../engine/result';
import type { TierTable } from '../tables/schema';

const EXPECT_KEYS = [
  'inScope',
  'preSelfPay',
  'deductible',
  'basic',
  'supplementary',
  'topUp',
  'catastrophic',
  'assistance',
  'fund',
  'outOfPocket',
  'accountOwn',
  'accountFamily',
  'cash',
] as const satisfies readonly (keyof Amounts)[];
type ExpectKey = (typeof EXPECT_KEYS)[number];

const Expect = z.partialRecord(z.enum(EXPECT_KEYS), z.string());
export const CaseFile = z.object({
  name: z.string().min(1),
  source: z.object({ title: z.string(), href: z.string().optional(), grade: z.string() }).optional(),
  person: z.unknown(),
  prior: z.unknown().optional(),
  bills: z.array(z.looseObject({ expect: Expect.optional() })).min(1),
  expect: Expect.optional(),
  expectError: z.boolean().optional(),
});
export type CaseFile = z.infer<typeof CaseFile>;

export interface Mismatch {
  where: string;
  key: string;
  expected: string;
  got: string;
}

/** What a case differs in; an empty list is a pass. */
export function checkCase(tables: readonly TierTable[], c: CaseFile): Mismatch[] {
  const bills = c.bills.map(({ expect: _e, ...bill }) => bill);
  let year;
  try {
    year = settleYear(tables, { person: c.person, bills, ...(c.prior !== undefined ? { prior: c.prior } : {}) });
  } catch (e) {
    // Bad input is rejected either by validation or because no table covers it (unknown region,
    // a date before the first table); an unknown rule is a gap in the data, not bad input.
    if (c.expectError && isSettlementError(e) && e.code !== 'unknown-rule') return [];
    const got = isSettlementError(e) ? `error ${e.code} at ${e.field}: ${e.reason.en}` : `crash: ${String(e)}`;
    return [{ where: 'case', key: 'result', expected: c.expectError ? 'an input error' : 'a result', got }];
  }
  if (c.expectError)
    return [{ where: 'case', key: 'result', expected: 'an input error', got: `fund ${year.totals.fund}` }];
  const out: Mismatch[] = [];
  const compare = (
    where: string,
    expect: Partial<Record<ExpectKey, string>> | undefined,
    got: Amounts | BillResult,
  ) => {
    for (const [k, v] of Object.entries(expect ?? {}) as [ExpectKey, string][]) {
      if (got[k] !== v) out.push({ where, key: k, expected: v, got: got[k] });
    }
  };
  for (const r of year.bills) compare(`bills[${r.index}]`, c.bills[r.index]!.expect, r);
  compare('year', c.expect, year.totals);
  return out;
}
