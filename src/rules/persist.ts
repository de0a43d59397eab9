/**
 * The person's rule sets as kept on this device (`yibao.rules`, through
 * src/device/persisted.svelte.ts): format version 1 is `{ "v": 1, "sets": [ … ] }`. Each set is
 * read on its own, so one broken set never costs the others; a set that cannot be read is named
 * in the notice (and the stored text itself is kept aside by Persisted, so nothing is lost).
 * Plain checks only: the tables inside are checked by the table schema when they are used.
 */
import type { Codec } from '../device/persisted.svelte';
import type { TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import { R } from './words';

export const RULES_STORAGE = 'rules';
export const RULES_VERSION = 1;

export interface RuleSet {
  /** Local identity, never in a link. */
  id: string;
  name: string;
  /** The table as edited: may not be a valid table while the person is in the middle of a change. */
  draft: TierTable;
  /** The last valid version of the draft: what results are computed with. */
  valid: TierTable | null;
  /** Text typed into a field that cannot be read yet, by JSON path, so it is not lost on reload. */
  pending: Record<string, string>;
  /** When it was last changed (ISO date and time). */
  saved: string;
}

export interface RuleBookDoc {
  sets: RuleSet[];
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

function readSet(v: unknown): RuleSet | null {
  if (!isObject(v) || typeof v.id !== 'string' || typeof v.name !== 'string' || !isObject(v.draft)) return null;
  const pending = isObject(v.pending)
    ? Object.fromEntries(Object.entries(v.pending).filter((e): e is [string, string] => typeof e[1] === 'string'))
    : {};
  return {
    id: v.id,
    name: v.name.slice(0, 200),
    draft: v.draft as unknown as TierTable,
    valid: isObject(v.valid) ? (v.valid as unknown as TierTable) : null,
    pending,
    saved: typeof v.saved === 'string' ? v.saved : '',
  };
}

export const rulesCodec: Codec<RuleBookDoc> = {
  version: RULES_VERSION,
  read(data) {
    if (!Array.isArray(data.sets)) return null;
    const sets = data.sets.map(readSet);
    const kept = sets.filter((s): s is RuleSet => s !== null);
    const ids = new Set<string>();
    const unique = kept.filter((s) => !ids.has(s.id) && ids.add(s.id));
    const dropped: Msg[] = unique.length < sets.length ? [R.setsUnreadable(sets.length - unique.length)] : [];
    return { value: { sets: unique }, dropped };
  },
  write: (doc) => ({ v: RULES_VERSION, sets: doc.sets }),
};
