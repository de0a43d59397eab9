/**
 * A person's own table (DOMAIN.md §3): an ordinary tier table whose every value cites one source,
 * "entered by you", graded C, and which says `enteredBy: "user"`, so every result built on it says
 * the rules are theirs and unverified. The person may name the document they took it from (title,
 * 文号, URL): still their reading of it, still unverified.
 */
import type { SchemeName, TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import { CATEGORIES_OF } from '../text/vocabulary';
import { R } from './words';

export const USER_SOURCE = 'user';

/** The citation of a value the person entered. */
export const userCitation = () => ({ source: USER_SOURCE, clause: R.enteredClause, grade: 'C' as const });

/** A value the person entered, cited as theirs. */
export const mine = <V extends string>(value: V) => ({ value, ...userCitation() });

/** A value not filled in yet: unknown, as the format records it (never a guess). */
export const notYet = () => ({ unknown: true as const, note: R.notFilled });

/** The table's id, from what it says of itself (src/tables/check.ts requires exactly this). */
export const idOf = (t: Pick<TierTable, 'region' | 'scheme' | 'effective'>): string =>
  `${t.region}-${t.scheme}-${t.effective}`;

/** Every citation in a value re-made as the person's (a copied table's values are theirs now). */
function recite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(recite);
  if (!node || typeof node !== 'object') return node;
  const o = { ...(node as Record<string, unknown>) };
  if (o.unknown === true) {
    // An unknown stays unknown, with its note; whose unknown it was no longer matters.
    delete o.source;
    delete o.clause;
    delete o.grade;
  } else if (typeof o.source === 'string') {
    Object.assign(o, userCitation());
    delete o.note;
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'source') o[k] = recite(v);
  return o;
}

/**
 * A copy made the person's: every value re-cited as theirs, one source, marked `enteredBy` — a
 * built-in table copied for another city vouches for nothing there. `from`: where it started, said
 * in the table's readings.
 */
export function claim(table: TierTable, today: string, from?: Msg): TierTable {
  const { $schema: _schema, ...rest } = recite(table) as TierTable;
  const own = table.sources.find((s) => s.id === USER_SOURCE);
  return {
    ...rest,
    version: table.enteredBy === 'user' ? table.version : 1,
    lastConfirmed: { date: today < table.effective ? table.effective : today, ...userCitation() },
    sources: [own ?? { id: USER_SOURCE, title: R.enteredTitle }],
    ...(from ? { readings: [from] } : {}),
    enteredBy: 'user',
  };
}

/**
 * A table taken as it is (an imported file, a link's rules): its citations kept, but marked as the
 * person's, so every result says it is unverified; the person's own source is added for what they
 * change in it.
 */
export function adopt(table: TierTable): TierTable {
  const { $schema: _schema, ...rest } = table;
  const hasOwn = table.sources.some((s) => s.id === USER_SOURCE);
  return {
    ...rest,
    sources: hasOwn ? table.sources : [...table.sources, { id: USER_SOURCE, title: R.enteredTitle }],
    enteredBy: 'user',
  };
}

/** A blank table for a scheme: the shape every table has, every value not filled in yet. */
export function skeleton(scheme: SchemeName, today: string): TierTable {
  const effective = `${today.slice(0, 4)}-01-01`;
  return {
    id: idOf({ region: '', scheme, effective }),
    version: 1,
    region: '',
    regionName: { zh: '', en: '' },
    scheme,
    effective,
    lastConfirmed: { date: today, ...userCitation() },
    benefitYearStart: '01-01',
    categories: [...CATEGORIES_OF[scheme]],
    levels: ['primary', 'secondary', 'tertiary'],
    sources: [{ id: USER_SOURCE, title: R.enteredTitle }],
    classBSelfPayRate: notYet(),
    settings: {
      inpatient: {
        deductible: { per: 'admission', rules: [{ amount: notYet() }] },
        bands: { counting: 'admission', from: 'zero', schedules: [{ bands: [{ upTo: null, ...notYet() }] }] },
        cap: notYet(),
        overflow: [],
      },
    },
    enteredBy: 'user',
  };
}
