/**
 * Turns untrusted input into typed input, or throws one SettlementError naming the first bad
 * field in both languages (DOMAIN.md §2.1). Nothing is computed from input that fails here.
 */
import { z } from 'zod';
import { MONEY_PATTERN } from '../input/amount';
import { LEVELS, OFFSITE, SETTINGS } from '../text/vocabulary';
import { ZERO, compare, money } from './money';
import { SettlementError } from './errors';
import { errorMessages, type Msg } from './messages';
import { BillInput, PersonInput, PriorInput, type Bill, type Person, type Prior } from './input';

const pathText = (prefix: string, path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)),
    prefix,
  );

function reasonFor(issue: z.core.$ZodIssue): Msg {
  switch (issue.code) {
    case 'invalid_value':
      return errorMessages.notOneOf(issue.values.map(String));
    case 'unrecognized_keys':
      return errorMessages.unexpected();
    case 'invalid_type':
      return issue.input === undefined ? errorMessages.required() : errorMessages.malformed();
    case 'invalid_format':
      if (issue.format === 'date') return errorMessages.notDate();
      return issue.path.at(-1) === 'region' ? errorMessages.notRegion() : errorMessages.notAmount();
    case 'too_small':
    case 'too_big':
      // Only whole numbers have bounds here: the age, or a count (admissions, years).
      return issue.path.at(-1) === 'age' ? errorMessages.notAge() : errorMessages.notCount();
    default:
      return errorMessages.malformed();
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, prefix: string, bill?: number): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new SettlementError('invalid-input', pathText(prefix, keys), reasonFor(issue), bill);
}

export const parsePerson = (value: unknown): Person => parse(PersonInput, value, 'person');
export const parsePrior = (value: unknown): Prior => parse(PriorInput, value ?? {}, 'prior');

// The checks BillInput's fields make, for plainBill: the same pattern (Money), zod's own date
// pattern (IsoDate is z.iso.date()) and the same lists of names (Setting, Level, Offsite).
const BILL_KEYS: ReadonlySet<string> = new Set(Object.keys(BillInput.shape));
const DATE = z.regexes.date;
const isMoney = (v: unknown): v is string => typeof v === 'string' && MONEY_PATTERN.test(v);
const isIn = <T extends string>(names: readonly T[], v: unknown): v is T => names.includes(v as T);
const partOr0 = (v: unknown): string | null => (v === undefined ? '0' : isMoney(v) ? v : null);
/** No slip figures: no `settled`, or `{}` as the pages' forms give it (an own plain object, no key, not even inherited). */
function noSlip(v: unknown): boolean {
  if (v === undefined) return true;
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return false;
  for (const _ in v) return false;
  return true;
}

/**
 * BillInput's output for a bill as forms, links and case files mostly give one (no slip figures:
 * no `settled`, or an empty one),
 * or null for anything else, which zod then parses (and names what is wrong). Without zod's
 * fast path (no `new Function`, src/tables/schema.ts) parsing a bill through zod costs about as
 * much as a tenth of settling it; this checks the same fields in a few comparisons. It accepts
 * only what zod accepts and returns what zod returns: every key of the schema in its order, each
 * default filled in, a key zod does not know (also an inherited one: zod reads `for … in`) refused.
 */
export function plainBill(value: unknown): Bill | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  for (const k in v) if (!BILL_KEYS.has(k)) return null;
  const { date, setting, level, total, offsite, referral, emergency } = v;
  if (!noSlip(v.settled) || typeof date !== 'string' || !DATE.test(date)) return null;
  if (!isIn(SETTINGS, setting) || !isIn(LEVELS, level) || !isMoney(total)) return null;
  const outOfCatalog = partOr0(v.outOfCatalog);
  const overLimit = partOr0(v.overLimit);
  const classB = partOr0(v.classB);
  if (outOfCatalog === null || overLimit === null || classB === null) return null;
  if (offsite !== undefined && !isIn(OFFSITE, offsite)) return null;
  if (referral !== undefined && typeof referral !== 'boolean') return null;
  if (emergency !== undefined && typeof emergency !== 'boolean') return null;
  return {
    date,
    setting,
    level,
    total,
    outOfCatalog,
    overLimit,
    classB,
    offsite: offsite ?? 'local',
    settled: {},
    referral: referral ?? false,
    emergency: emergency ?? false,
  };
}

/**
 * A bill, checked field by field and then as a whole: its parts cannot exceed its total. `index`:
 * its place in a year's list (errors then name `bills[index]` and carry the index).
 */
export function parseBill(value: unknown, index?: number): Bill {
  const prefix = index === undefined ? 'bill' : `bills[${index}]`;
  const bill = plainBill(value) ?? parse(BillInput, value, prefix, index);
  // Name the part at which the running sum first passes the total. The total is read once and a
  // part of "0" (most of them) adds nothing: reading Decimals is most of the cost of this check.
  // Each amount is read through money(): the settlement reads the same strings again.
  const total = money(bill.total);
  let parts = ZERO;
  for (const field of ['outOfCatalog', 'overLimit', 'classB'] as const) {
    if (bill[field] === '0') continue;
    parts = parts.isZero() ? money(bill[field]) : parts.plus(money(bill[field]));
    if (compare(parts, total) > 0)
      throw new SettlementError('invalid-input', `${prefix}.${field}`, errorMessages.partsAboveTotal(), index);
  }
  return bill;
}
