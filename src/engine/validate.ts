/**
 * Turns untrusted input into typed input, or throws one SettlementError naming the first bad
 * field in both languages (DOMAIN.md §2.1). Nothing is computed from input that fails here.
 */
import { z } from 'zod';
import { ZERO, money } from './money';
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

/**
 * A bill, checked field by field and then as a whole: its parts cannot exceed its total. `index`:
 * its place in a year's list (errors then name `bills[index]` and carry the index).
 */
export function parseBill(value: unknown, index?: number): Bill {
  const prefix = index === undefined ? 'bill' : `bills[${index}]`;
  const bill = parse(BillInput, value, prefix, index);
  // Name the part at which the running sum first passes the total. The total is read once and a
  // part of "0" (most of them) adds nothing: reading Decimals is most of the cost of this check.
  // Each amount is read through money(): the settlement reads the same strings again.
  const total = money(bill.total);
  let parts = ZERO;
  for (const field of ['outOfCatalog', 'overLimit', 'classB'] as const) {
    if (bill[field] === '0') continue;
    parts = parts.isZero() ? money(bill[field]) : parts.plus(money(bill[field]));
    if (parts.greaterThan(total))
      throw new SettlementError('invalid-input', `${prefix}.${field}`, errorMessages.partsAboveTotal(), index);
  }
  return bill;
}
