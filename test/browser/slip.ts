/**
 * Reading the result the way a person does: the settlement slip's rows by their Chinese names, and
 * the expected figures from the engine run in Node on the same tables (never hard-coded).
 */
import type { Page } from 'playwright-core';
import { isSettlementError, settleBill, startState } from '../../src/engine';
import type { BillResult } from '../../src/engine/result';
import type { FormState } from '../../src/bill/doc';
import type { TierTable } from '../../src/tables/schema';

import { tables } from '../tiers';
export { tables };

/** The slip rows the tests read, by their names on the page. */
export const ROWS = {
  total: '医疗费总额',
  inScope: '符合政策范围',
  basic: '统筹基金',
  fund: '基金支付合计',
  outOfPocket: '个人负担',
} as const satisfies Partial<Record<keyof BillResult, string>>;
export type Row = keyof typeof ROWS;

/** The slip's figures as the engine writes them ("9,095.00" → "9095.00"); '' for a row not shown. */
export async function readSlip(page: Page): Promise<Record<Row, string>> {
  const out = {} as Record<Row, string>;
  for (const [key, zh] of Object.entries(ROWS) as [Row, string][]) {
    const cell = page.getByRole('row', { name: new RegExp(`^${zh} `) }).getByRole('cell');
    out[key] = (await cell.count()) === 1 ? ((await cell.textContent()) ?? '').trim().replace(/,/g, '') : '';
  }
  return out;
}

/** Waits until the slip shows `want` (or the timeout), then returns what it shows. */
export async function slipShows(page: Page, want: Record<Row, string>, timeoutMs = 8000): Promise<Record<Row, string>> {
  const until = Date.now() + timeoutMs;
  let got = await readSlip(page);
  while (JSON.stringify(got) !== JSON.stringify(want) && Date.now() < until) {
    await page.waitForTimeout(100);
    got = await readSlip(page);
  }
  return got;
}

/** What the engine gives for a bill, as the page would ask it (first admission: no prior). */
export const expected = (
  person: Record<string, unknown>,
  bill: Record<string, unknown>,
  prior?: Record<string, unknown>,
): Record<Row, string> => expectedWith(tables, person, bill, prior);

/**
 * What the engine says for a form (as the page's form would hand it over): the slip figures, or the
 * reason it refuses (an unknown rule, parts above the total…), which the page must then show.
 */
export function engineSays(form: FormState): { ok: true; want: Record<Row, string> } | { ok: false; reason: string } {
  const person: Record<string, unknown> = {
    region: form.region,
    scheme: form.scheme,
    category: form.category,
    hardship: form.hardship,
  };
  if (form.age !== '') person.age = Number(form.age);
  const bill = {
    date: form.date,
    setting: form.setting,
    level: form.level,
    total: form.total,
    outOfCatalog: form.outOfCatalog || '0',
    overLimit: form.overLimit || '0',
    classB: form.classB || '0',
    offsite: form.offsite,
    referral: form.referral,
    emergency: form.emergency,
    settled: form.settledBasic ? { basic: form.settledBasic } : {},
  };
  const before = form.setting === 'inpatient' ? Number(form.admission) - 1 : 0;
  const prior = before > 0 ? { admissions: before } : undefined;
  const mine = (t: TierTable) => t.region === form.region && t.scheme === form.scheme;
  const pinned = form.pinned ? tables.find((t) => mine(t) && t.effective === form.pinned) : undefined;
  const used = pinned ? tables.filter((t) => !mine(t) || t === pinned) : tables;
  try {
    return { ok: true, want: expectedWith(used, person, bill, prior) };
  } catch (e) {
    if (isSettlementError(e)) return { ok: false, reason: e.reason.zh };
    throw e;
  }
}

function expectedWith(
  used: readonly TierTable[],
  person: Record<string, unknown>,
  bill: Record<string, unknown>,
  prior?: Record<string, unknown>,
): Record<Row, string> {
  const { result } = settleBill(used, person, bill, startState(person, prior));
  return Object.fromEntries(Object.keys(ROWS).map((k) => [k, result[k as Row]])) as Record<Row, string>;
}
