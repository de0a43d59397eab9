/**
 * The tier-table file format: one scheme of one region for one effective period.
 *
 * One zod schema does three jobs (STYLE.md §2): it is the TypeScript type, it validates a file at
 * load, and `npm run schema` turns it into `tiers/tier.schema.json` for editors. No transforms:
 * numbers stay decimal strings here and become Decimals only inside the engine.
 */
import { z } from 'zod';
import { MONEY_PATTERN } from '../input/amount';
import { SHAPE_MESSAGES } from './problem-words';
import * as terms from '../text/terms';
import { CATEGORIES, GRADES, LEVELS, OFFSITE, SCHEMES, SETTINGS } from '../text/vocabulary';

// Zod's fast path compiles parsers with `new Function`, which the page's Content-Security-Policy
// forbids (and merely probing for it is reported as a violation): parse without it, everywhere.
z.config({ jitless: true });

/** Each identifier with its Chinese term, for the descriptions editors show (`tertiary 三级`). */
const glossary = <K extends string>(group: Readonly<Record<K, terms.Term>>) =>
  (Object.entries(group) as [K, terms.Term][]).map(([id, t]) => `${id} ${t.short.zh}`).join(', ');

export const Level = z.enum(LEVELS).describe(`${terms.FIELDS.level.long.zh}: ${glossary(terms.LEVEL_TERMS)}`);
export const Setting = z.enum(SETTINGS).describe(glossary(terms.SETTING_TERMS));
export const Category = z
  .enum(CATEGORIES)
  .describe(`${terms.FIELDS.category.long.zh}: ${glossary(terms.CATEGORY_TERMS)}`);
export const Scheme = z.enum(SCHEMES).describe(glossary(terms.SCHEME_TERMS));
export const Offsite = z.enum(OFFSITE).describe(glossary(terms.OFFSITE_TERMS));
export const Grade = z
  .enum(GRADES)
  .describe(
    'A verbatim official text; A- official text via a faithful copy; B practitioner source consistent with A; C secondary or recalled, unverified',
  );

/** A non-negative amount in yuan with at most two decimals, below 10¹², as a string. */
export const Money = z.string().regex(MONEY_PATTERN, SHAPE_MESSAGES.money);
/** A fraction between 0 and 1, as a string ("0.85"). */
export const Rate = z.string().regex(/^(0(\.\d+)?|1(\.0+)?)$/, SHAPE_MESSAGES.rate);
/** Signed percentage points as a fraction from −1 to 1 ("0.05" is five points more, "-0.10" ten less). */
export const Points = z.string().regex(/^[+-]?(0(\.\d+)?|1(\.0+)?)$/, SHAPE_MESSAGES.points);
export const IsoDate = z.iso.date();

/**
 * Words a table shows: a plain string is shown as it is in either language (a document's title or
 * a quoted clause, in the document's own language); our own words are given in both.
 */
export const Text = z.union([z.string().min(1), z.strictObject({ zh: z.string().min(1), en: z.string().min(1) })]);

/** Where a value came from: a source id from `sources`, the clause, and the grade. */
const citation = {
  source: z.string().min(1).describe('id of an entry in `sources`'),
  clause: Text.describe('the article, paragraph or page the value comes from, quoted where possible'),
  grade: Grade,
  note: Text.optional().describe('the reading the table takes where the source is ambiguous'),
};
export const Citation = z.strictObject(citation);

/** A value nobody has verified: recorded so the engine and the page can say so, never guessed. */
export const Unknown = z.strictObject({
  unknown: z.literal(true),
  note: Text.describe('what is not known and what to do about it'),
  source: z.string().optional(),
  clause: Text.optional(),
  grade: Grade.optional(),
});

const known = <T extends z.ZodType>(value: T) => z.strictObject({ value, ...citation });
export const KnownMoney = known(Money);
export const KnownRate = known(Rate);
export const KnownPoints = known(Points);
export const MaybeMoney = z.union([KnownMoney, Unknown]);
export const MaybeRate = z.union([KnownRate, Unknown]);
/** An annual cap: an amount, explicitly none, or unknown. */
export const Cap = z.union([KnownMoney, known(z.literal('none')), Unknown]);

/** Who a rule applies to. Every key present must match; an empty condition matches everyone. */
export const Condition = z.strictObject({
  level: z.array(Level).min(1).optional(),
  category: z.array(Category).min(1).optional(),
  admission: z
    .enum(['first', 'later'])
    .optional()
    .describe("the admission's order in the benefit year (inpatient): first ≡ admissionMax 2, later ≡ admissionMin 2"),
  admissionMin: z
    .int()
    .min(1)
    .optional()
    .describe('applies from this admission of the benefit year on (1-based, inclusive; inpatient)'),
  admissionMax: z
    .int()
    .min(1)
    .optional()
    .describe('applies to admissions of the benefit year before this one (1-based, exclusive; inpatient)'),
  ageMin: z.int().min(0).optional().describe('applies from this age (inclusive); needs the age to be known'),
  ageMax: z.int().min(0).optional().describe('applies below this age (exclusive); needs the age to be known'),
  hardship: z.boolean().optional(),
});

export const DeductibleRule = z.strictObject({
  when: Condition.optional(),
  pool: z
    .string()
    .optional()
    .describe(
      'benefit-year deductibles with different pools are used up separately (e.g. primary vs secondary-and-above)',
    ),
  amount: MaybeMoney,
});

export const Deductible = z.strictObject({
  per: z
    .enum(['admission', 'benefitYear', 'bill'])
    .describe(
      'admission: owed whole on each inpatient stay; benefitYear: used up over the year; bill: owed whole on every bill of the setting (a per-visit outpatient deductible)',
    ),
  rules: z.array(DeductibleRule).min(1).describe('the first rule whose condition matches is used'),
});

/** One band: the fund ratio for cumulative in-scope cost up to `upTo` (null: no upper end). */
export const Band = z.union([
  z.strictObject({ upTo: Money.nullable(), ratio: Rate, ...citation }),
  z.strictObject({ upTo: Money.nullable(), unknown: z.literal(true), note: Text, grade: Grade.optional() }),
]);

export const Schedule = z.strictObject({
  when: Condition.optional(),
  bands: z.array(Band).min(1).describe('in ascending order of upTo; the last has upTo null'),
});

export const Bands = z.strictObject({
  counting: z
    .enum(['admission', 'benefitYear'])
    .describe('whether the cumulative count restarts with each admission or runs over the benefit year'),
  from: z
    .enum(['zero', 'deductible'])
    .describe(
      'zero: band limits are cumulative cost counted from 0 and the deductible eats the bottom; deductible: limits are counted above the deductible',
    ),
  schedules: z.array(Schedule).min(1).describe('the first schedule whose condition matches is used'),
  personalShareFactors: z
    .array(z.strictObject({ when: Condition, factor: KnownRate }))
    .optional()
    .describe(
      "the patient's share is this factor times the share of the matched schedule: fund ratio = 1 − factor × (1 − ratio)",
    ),
  ratioPoints: z
    .array(z.strictObject({ when: Condition.optional(), points: KnownPoints }))
    .optional()
    .describe(
      "every matching entry's points are added to the schedule's ratio (retirees 5 points more is 0.05); a table uses this or personalShareFactors",
    ),
});

export const OverflowPayer = z.enum(['supplementary', 'topUp']);
/** A layer that pays in-scope cost beyond the basic fund's trigger point. */
export const Overflow = z.strictObject({
  payer: OverflowPayer,
  ratios: z.array(z.strictObject({ when: Condition.optional(), ratio: MaybeRate })).min(1),
  cap: Cap,
});

export const Referral = z.strictObject({
  categories: z.array(Category).min(1).describe('who must be seen first at primary care'),
  primaryCare: z.array(Level).min(1).describe('levels that count as primary care (基层)'),
  validDays: z.int().positive(),
  emergencyExempt: z.boolean(),
  ...citation,
});

export const SettingRules = z.strictObject({
  deductible: z.union([Deductible, Unknown]),
  bands: z.union([Bands, Unknown]),
  cap: Cap.describe("the basic fund's annual cap for this setting"),
  basicPayer: Citation.optional().describe('which fund pays, where that is itself uncertain'),
  overflow: z.array(Overflow).describe('payers above the trigger point, in chain order'),
  referral: Referral.optional(),
});

export const Catastrophic = z.strictObject({
  appliesTo: z.strictObject({ settings: z.array(Setting).min(1), ...citation }).describe('which costs feed the base'),
  from: z.enum(['zero', 'deductible']),
  variants: z
    .array(z.strictObject({ when: Condition.optional(), threshold: MaybeMoney, bands: z.array(Band).min(1), cap: Cap }))
    .min(1)
    .describe('the first variant whose condition matches is used (hardship first)'),
});

export const Assistance = z.strictObject({
  variants: z.array(z.strictObject({ when: Condition, ratio: MaybeRate, cap: Cap })).min(1),
});

export const OffsiteRule = z.union([
  z.strictObject({
    preSelfPayRate: KnownRate.optional().describe(
      'the patient first pays this share of what is left after the out-of-scope parts',
    ),
    ratioFactor: KnownRate.optional().describe('the fund ratio is multiplied by this (80% of the normal ratio: 0.80)'),
    ratioPoints: KnownPoints.optional().describe('signed points added to the fund ratio (降低10个百分点: -0.10)'),
  }),
  Unknown,
]);

/** The national ceiling of the offsite cut (医保发〔2022〕22号), as signed points (at most 10 points down: "-0.10"). */
export const OffsiteBounds = z.strictObject({
  referredOrEmergency: KnownPoints.describe('referred or emergency care'),
  otherTemporary: KnownPoints.describe('other temporary care away from home'),
});

export const Premium = z.strictObject({
  year: z.int().min(2000),
  category: z.array(Category).min(1),
  individual: MaybeMoney.describe('what the insured person pays a year'),
  fiscal: MaybeMoney.optional().describe('the government subsidy per person a year'),
  minimum: z.boolean().optional().describe('true where the figure is a national floor, not the local price'),
});

export const WaitingPeriod = z.strictObject({
  fixedMonths: known(z.int().min(0)),
  perBrokenYearMonths: known(z.int().min(0)),
  perExtraYearMonths: known(z.int().min(0)).describe('months each extra year paid takes off the variable part'),
});

/**
 * Where an official text was read when the product read it through a copy (grade A-): a public
 * repository and path, a web page, or a public code file's id in the search tools (DOMAIN.md §4).
 */
export const Via = z.union([
  z.strictObject({ repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/), path: z.string().min(1) }),
  z.strictObject({ page: z.url() }),
  z.strictObject({ fileId: z.string().regex(/^\d+$/) }),
]);

export const Source = z.strictObject({
  id: z.string().min(1),
  title: Text,
  issuer: z.string().optional(),
  docNo: z.string().optional().describe('文号, exactly as printed'),
  href: z.url().optional().describe('where the text itself can be read'),
  via: z.array(Via).min(1).optional().describe('where a faithful copy of the text was read'),
  published: IsoDate.optional(),
});

const tableFields = {
  $schema: z.string().optional(),
  id: z.string().regex(/^\d{6}-(employee|resident)-\d{4}-\d{2}-\d{2}$/),
  version: z.int().positive().describe('bumped on every correction of this period'),
  region: z
    .string()
    .regex(/^\d{6}$/)
    .describe('GB/T 2260 code'),
  regionName: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  scheme: Scheme,
  effective: IsoDate.describe(
    'first day in force; a table stays in force until a later one of the same region and scheme replaces it',
  ),
  lastConfirmed: z
    .strictObject({ date: IsoDate, ...citation })
    .describe('latest day a source shows these rules in force; later bills get a caution'),
  benefitYearStart: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .describe('MM-DD'),
  categories: z.array(Category).min(1),
  levels: z.array(Level).min(1),
  sources: z.array(Source).min(1),
  readings: z.array(Text).optional().describe('interpretations the table takes, in plain words'),
  classBSelfPayRate: MaybeRate,
  settings: z.strictObject({ inpatient: SettingRules.optional(), outpatient: SettingRules.optional() }),
  catastrophic: z.union([Catastrophic, Unknown]).optional(),
  assistance: Assistance.optional(),
  offsite: z.strictObject({ filed: OffsiteRule, unfiled: OffsiteRule }).optional(),
  offsiteBounds: OffsiteBounds.optional().describe(
    'national rules only: the largest cut of the fund ratio a region may set for offsite care, used where a table does not know its own',
  ),
  waitingPeriod: WaitingPeriod.optional(),
  premiums: z.array(Premium).optional(),
  enteredBy: z
    .literal('user')
    .optional()
    .describe(
      'the table was typed, derived or imported by a person using the calculator: every value is theirs and unverified, and every result built on it says so',
    ),
};

export const TierTable = z.strictObject(tableFields);

/**
 * A later period written as what changed: `extends` names the effective date of an earlier table
 * of the same region and scheme. Its other top-level keys replace the earlier table's, except
 * `sources` and `readings`, which add to them. The result is checked as a whole table.
 */
export const TierPatch = z.strictObject({
  ...Object.fromEntries(Object.entries(tableFields).map(([k, v]) => [k, v.optional()])),
  $schema: tableFields.$schema,
  id: tableFields.id,
  version: tableFields.version,
  effective: tableFields.effective,
  lastConfirmed: tableFields.lastConfirmed,
  extends: IsoDate.describe('effective date of the earlier table of the same region and scheme this one changes'),
}) as unknown as z.ZodType<TierPatch>;

/** What a file in tiers/ may hold: a whole table, or a later period written as what changed. */
export const TierFile = z.union([TierTable, TierPatch]);

export type TierTable = z.infer<typeof TierTable>;
export type TierPatch = Partial<Omit<TierTable, 'id' | 'version' | 'effective' | 'lastConfirmed'>> &
  Pick<TierTable, 'id' | 'version' | 'effective' | 'lastConfirmed'> & { extends: string };
export type Text = z.infer<typeof Text>;
export type Condition = z.infer<typeof Condition>;
export type Band = z.infer<typeof Band>;
export type Bands = z.infer<typeof Bands>;
export type Cap = z.infer<typeof Cap>;
export type MaybeMoney = z.infer<typeof MaybeMoney>;
export type MaybeRate = z.infer<typeof MaybeRate>;
export type Unknown = z.infer<typeof Unknown>;
export type SettingRules = z.infer<typeof SettingRules>;
export type SourceInfo = z.infer<typeof Source>;
export type Level = z.infer<typeof Level>;
export type SettingName = z.infer<typeof Setting>;
export type CategoryName = z.infer<typeof Category>;
export type SchemeName = z.infer<typeof Scheme>;
export type OffsiteName = z.infer<typeof Offsite>;
export type GradeName = z.infer<typeof Grade>;
