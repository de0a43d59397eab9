/**
 * Paying relatives' resident-insurance premiums from an employee's personal account (家庭共济,
 * DOMAIN.md §4): for each relative the premium the tables give for their category and year, and
 * what the account pays and leaves. The relatives are paid in the order given; once the balance
 * is used up the rest is paid in cash. A premium no table knows is reported unknown and paid by
 * nobody here — never guessed.
 *
 * Where a premium comes from: the relative's regional table first (the local price); else the
 * national table (region 100000), whose figures are floors and are flagged `minimum`.
 */
import { z } from 'zod';
import { IsoDate, Money, type TierTable } from '../tables/schema';
import { RESIDENT_CATEGORIES, type CategoryName } from '../text/vocabulary';
import { cite, isUnknown } from './cite';
import { byIso } from '../input/date';
import { SettlementError } from './errors';
import { errorMessages, premiumMessages, type Msg } from './messages';
import { Dec, fen, min, sum } from './money';
import type { Cite } from './result';
import { NATIONAL_REGION } from '../tables/files';

export const PremiumsInput = z.strictObject({
  year: z.int().min(2000).max(2999),
  relatives: z.array(
    z.strictObject({
      category: z.enum(RESIDENT_CATEGORIES),
      region: z
        .string()
        .regex(/^\d{6}$/)
        .optional(),
    }),
  ),
  balance: Money,
});
export type PremiumsIn = z.input<typeof PremiumsInput>;

/** The premiums of a year of bills: paid from the own account's balance as it stands on `date`. */
export const YearPremiumsInput = PremiumsInput.omit({ balance: true }).extend({
  /** The day the premiums leave the account; without it, before the year's first bill. */
  date: IsoDate.optional(),
});
export type YearPremiumsIn = z.input<typeof YearPremiumsInput>;

export interface PremiumLine {
  category: CategoryName;
  /** The region asked for, if any. */
  region: string | null;
  /** The premium for the year; null where no table knows it. */
  amount: string | null;
  /** The table's subsidy per person, where it records one. */
  fiscal: string | null;
  /** True where the figure is a floor (the national one), not the local price. */
  minimum: boolean;
  /** The table the figure came from; null where unknown. */
  table: { id: string; region: string; regionName: { zh: string; en: string } } | null;
  cites: Cite[];
  /** Why the figure is missing, or why the national floor stands in. */
  note: Msg | null;
  fromAccount: string;
  cash: string;
}

export interface PremiumsResult {
  year: number;
  relatives: PremiumLine[];
  /** Sum of the known premiums. */
  total: string;
  fromAccount: string;
  cash: string;
  /** The account's balance after paying: never below 0. */
  balanceLeft: string;
  /** How many relatives' premiums are unknown (not in `total`). */
  unknown: number;
}

type Found = { table: TierTable; index: number; premium: NonNullable<TierTable['premiums']>[number] };

/** The premium entry of a region for a year and category: from the latest-effective table that has one. */
function findPremium(tables: readonly TierTable[], region: string, year: number, category: CategoryName): Found | null {
  const mine = tables
    .filter((t) => t.region === region && t.scheme === 'resident')
    .sort((a, b) => byIso(b.effective, a.effective));
  for (const table of mine) {
    const index = (table.premiums ?? []).findIndex((p) => p.year === year && p.category.includes(category));
    if (index >= 0) return { table, index, premium: table.premiums![index]! };
  }
  return null;
}

const notes = premiumMessages;

export const parseYearPremiums = (value: unknown): z.output<typeof YearPremiumsInput> =>
  parseWith(YearPremiumsInput, value);

const parse = (value: unknown): z.output<typeof PremiumsInput> => parseWith(PremiumsInput, value);

function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const keys = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const field = keys.reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : `${acc}.${String(k)}`),
    'premiums',
  );
  const reason =
    issue.code === 'invalid_value'
      ? errorMessages.notOneOf(issue.values.map(String))
      : issue.code === 'invalid_type' && issue.input === undefined
        ? errorMessages.required()
        : issue.code === 'invalid_format' && keys.at(-1) === 'balance'
          ? errorMessages.notAmount()
          : errorMessages.malformed();
  throw new SettlementError('invalid-input', field, reason);
}

/**
 * Each relative's premium for `year` and what paying them from an account holding `balance`
 * leaves. Input is untrusted (money as strings); a bad field throws an invalid-input error.
 */
export function premiumsFor(tables: readonly TierTable[], input: unknown): PremiumsResult {
  const { year, relatives, balance } = parse(input);
  let left = new Dec(balance);
  const lines: PremiumLine[] = relatives.map(({ category, region }) => {
    const regional = region && region !== NATIONAL_REGION ? findPremium(tables, region, year, category) : null;
    const useRegional = regional !== null && !isUnknown(regional.premium.individual);
    const found = useRegional ? regional : findPremium(tables, NATIONAL_REGION, year, category);
    const base = { category, region: region ?? null, fromAccount: '0.00', cash: '0.00' };
    if (!found || isUnknown(found.premium.individual)) {
      return { ...base, amount: null, fiscal: null, minimum: false, table: null, cites: [], note: notes.unknown(year) };
    }
    const { table, index, premium } = found;
    const individual = premium.individual as Exclude<typeof premium.individual, { unknown: true }>;
    const amount = new Dec(individual.value);
    const paid = min(amount, left);
    left = left.minus(paid);
    const cites = [cite(table, `premiums[${index}].individual`, individual)];
    const fiscal = premium.fiscal && !isUnknown(premium.fiscal) ? premium.fiscal : null;
    if (fiscal) cites.push(cite(table, `premiums[${index}].fiscal`, fiscal));
    return {
      ...base,
      amount: fen(amount),
      fiscal: fiscal ? fen(new Dec(fiscal.value)) : null,
      minimum: premium.minimum === true,
      table: { id: table.id, region: table.region, regionName: table.regionName },
      cites,
      note: region && !useRegional ? notes.national() : null,
      fromAccount: fen(paid),
      cash: fen(amount.minus(paid)),
    };
  });
  const known = lines.filter((l) => l.amount !== null);
  const total = sum(known.map((l) => new Dec(l.amount!)));
  const fromAccount = sum(known.map((l) => new Dec(l.fromAccount)));
  return {
    year,
    relatives: lines,
    total: fen(total),
    fromAccount: fen(fromAccount),
    cash: fen(total.minus(fromAccount)),
    balanceLeft: fen(left),
    unknown: lines.length - known.length,
  };
}
