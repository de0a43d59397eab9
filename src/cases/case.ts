/**
 * Case files (DOMAIN.md §5): a person, a year of bills, and what must come out, exact to the fen.
 * Reading and checking a case is pure, so `npm run verify` and the tests share it.
 *
 * A case cannot pass empty-handed: it must expect something (an amount, or an error), unknown keys
 * make it unreadable (a misspelt `expekt` is not a pass), and an expected error may name its code
 * and field, which the engine must then give.
 */
import { z } from 'zod';
import { SettlementError, isSettlementError, settleYear, type ErrorCode } from '../engine';
import { AMOUNT_KEYS, type Amounts, type BillResult } from '../engine/result';
import { readInline } from '../tables/inline';
import type { TierTable } from '../tables/schema';

/** What a case may expect: every amount but the bill's own parts (DOMAIN.md §5). */
const AMOUNT_EXPECTS = AMOUNT_KEYS.filter((k) => k !== 'total' && k !== 'outOfCatalog' && k !== 'overLimit');
/** A bill's offsite range, lower end (where its table does not know the offsite rule). */
const OFFSITE_LOW = { offsiteLowBasic: 'basic', offsiteLowFund: 'fund', offsiteLowOutOfPocket: 'outOfPocket' } as const;
/** The year's premiums paid from the employee's account before later bills (case `premiums`). */
const PREMIUM_EXPECTS = { premiumsFromAccount: 'fromAccount', premiumsCash: 'cash' } as const;
const EXPECT_KEYS = [...AMOUNT_EXPECTS, ...Object.keys(OFFSITE_LOW), ...Object.keys(PREMIUM_EXPECTS)] as (
  (typeof AMOUNT_EXPECTS)[number] | keyof typeof OFFSITE_LOW | keyof typeof PREMIUM_EXPECTS
)[];
type ExpectKey = (typeof EXPECT_KEYS)[number];

const ERROR_CODES = ['invalid-input', 'no-table', 'unknown-rule'] as const satisfies readonly ErrorCode[];

const Expect = z.partialRecord(
  z.enum(EXPECT_KEYS as [ExpectKey, ...ExpectKey[]]),
  z.string().regex(/^-?\d+\.\d{2}$/, 'an amount with two decimals'),
);

const ExpectError = z.union([
  z.literal(true),
  z.strictObject({
    code: z.enum(ERROR_CODES),
    field: z.string().min(1).optional().describe('the path the error must name, e.g. bills[0].total'),
  }),
]);

export const CaseFile = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1),
    source: z.strictObject({ title: z.string(), href: z.string().optional(), grade: z.string() }).optional(),
    person: z.unknown(),
    prior: z.unknown().optional(),
    premiums: z.unknown().optional().describe("relatives' premiums paid from the employee's account on a date"),
    bills: z.array(z.looseObject({ expect: Expect.optional() })).min(1),
    expect: Expect.optional(),
    expectError: ExpectError.optional(),
    tables: z.unknown().optional().describe('tier tables used in addition to the built-in ones (DOMAIN.md §5)'),
  })
  .refine(
    (c) =>
      c.expectError !== undefined ||
      Object.keys(c.expect ?? {}).length > 0 ||
      c.bills.some((b) => Object.keys(b.expect ?? {}).length > 0),
    { message: 'a case must check something: an `expect` with at least one amount, or `expectError`' },
  )
  .refine((c) => c.expectError === undefined || (c.expect === undefined && c.bills.every((b) => !b.expect)), {
    message: 'a case expects either an error or amounts, not both',
  });
export type CaseFile = z.infer<typeof CaseFile>;

export type ReadCase = { ok: true; case: CaseFile } | { ok: false; reason: string };

/** Reads a case file's JSON; anything that is not a readable case says why, in one line. */
export function readCase(json: unknown): ReadCase {
  const r = CaseFile.safeParse(json);
  if (r.success) return { ok: true, case: r.data };
  const issue = r.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.map(String).join('.')}: ` : '';
  const what =
    issue.code === 'unrecognized_keys' ? `unknown key ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
  return { ok: false, reason: `unreadable case: ${where}${what}` };
}

export interface Mismatch {
  where: string;
  key: string;
  expected: string;
  got: string;
}

function checkError(c: CaseFile, e: unknown): Mismatch[] {
  const want = c.expectError;
  const got = isSettlementError(e) ? `error ${e.code} at ${e.field}: ${e.reason.en}` : `crash: ${String(e)}`;
  if (!want) return [{ where: 'case', key: 'result', expected: 'a result', got }];
  if (!isSettlementError(e)) return [{ where: 'case', key: 'result', expected: 'an input error', got }];
  if (want === true) {
    // Bad input is rejected by validation or because no table covers it (unknown region, a date
    // before the first table); an unknown rule is a gap in the data, not bad input.
    return e.code !== 'unknown-rule' ? [] : [{ where: 'case', key: 'result', expected: 'an input error', got }];
  }
  const out: Mismatch[] = [];
  if (e.code !== want.code) out.push({ where: 'case', key: 'error.code', expected: want.code, got });
  if (want.field !== undefined && e.field !== want.field)
    out.push({ where: 'case', key: 'error.field', expected: want.field, got });
  return out;
}

/**
 * The tables a case settles with: the built-in ones and its own (`tables`). A bad inline table is
 * an input error at its JSON path, like any other bad input.
 */
export function tablesOf(builtIn: readonly TierTable[], c: { tables?: unknown }): TierTable[] {
  const inline = readInline(c.tables, builtIn);
  if (!inline.ok) {
    const { message, says } = inline.problem;
    throw new SettlementError('invalid-input', inline.field, says ?? { zh: message, en: message });
  }
  return [...builtIn, ...inline.tables];
}

/** A bill's figures by expect key: its amounts and, where it has one, its offsite range's lower end. */
function billFigures(r: BillResult): Partial<Record<ExpectKey, string>> {
  const out: Partial<Record<ExpectKey, string>> = { ...(r as Amounts) };
  if (r.offsiteLow) for (const [k, f] of Object.entries(OFFSITE_LOW)) out[k as ExpectKey] = r.offsiteLow[f];
  return out;
}

/** What a case differs in; an empty list is a pass. */
export function checkCase(tables: readonly TierTable[], c: CaseFile): Mismatch[] {
  const bills = c.bills.map(({ expect: _e, ...bill }) => bill);
  let year;
  try {
    const used = tablesOf(tables, c);
    year = settleYear(used, {
      person: c.person,
      bills,
      ...(c.prior !== undefined ? { prior: c.prior } : {}),
      ...(c.premiums !== undefined ? { premiums: c.premiums } : {}),
    });
  } catch (e) {
    return checkError(c, e);
  }
  if (c.expectError) {
    return [{ where: 'case', key: 'result', expected: 'an error', got: `fund ${year.totals.fund}` }];
  }
  const out: Mismatch[] = [];
  const compare = (
    where: string,
    expect: Partial<Record<ExpectKey, string>> | undefined,
    got: Partial<Record<ExpectKey, string>>,
  ) => {
    for (const [k, v] of Object.entries(expect ?? {}) as [ExpectKey, string][]) {
      const g = got[k] ?? 'none';
      if (g !== v) out.push({ where, key: k, expected: v, got: g });
    }
  };
  for (const r of year.bills) compare(`bills[${r.index}]`, c.bills[r.index]!.expect, billFigures(r));
  const p = year.premiums;
  compare('year', c.expect, {
    ...year.totals,
    ...(p ? { premiumsFromAccount: p.fromAccount, premiumsCash: p.cash } : {}),
  });
  return out;
}
