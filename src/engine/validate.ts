/**
 * Turns untrusted input into typed input, or throws one SettlementError naming the first bad
 * field in both languages (DOMAIN.md §2.1). Nothing is computed from input that fails here.
 */
import { z } from 'zod';
import { Dec } from './money';
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
      return issue.format === 'date' ? errorMessages.notDate() : errorMessages.notAmount();
    case 'too_small':
    case 'too_big':
      return errorMessages.notAge();
    default:
      return errorMessages.malformed();
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, prefix: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new SettlementError('invalid-input', pathText(prefix, keys), reasonFor(issue));
}

export const parsePerson = (value: unknown): Person => parse(PersonInput, value, 'person');
export const parsePrior = (value: unknown): Prior => parse(PriorInput, value ?? {}, 'prior');

/** A bill, checked field by field and then as a whole: its parts cannot exceed its total. */
export function parseBill(value: unknown, prefix = 'bill'): Bill {
  const bill = parse(BillInput, value, prefix);
  // Name the part at which the running sum first passes the total.
  let parts = new Dec(0);
  for (const field of ['outOfCatalog', 'overLimit', 'classB'] as const) {
    parts = parts.plus(bill[field]);
    if (parts.greaterThan(bill.total))
      throw new SettlementError('invalid-input', `${prefix}.${field}`, errorMessages.partsAboveTotal());
  }
  return bill;
}
