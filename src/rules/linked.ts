/**
 * The rules part of a link, opened and written for a page (both pages use this): opened, it is
 * a kept set of this device's (the person opening their own link), the link's rules shown as
 * unverified until kept, or refused with a reason — never a reason to lose the rest of the link.
 */
import type { Params } from '../link/kernel';
import type { TierTable } from '../tables/schema';
import type { Msg } from '../text/msg';
import type { RuleBook } from './book.svelte';
import { RULES_KEY, encodeRules, readRules } from './link';
import { adopt } from './user';
import { R } from './words';

export type Opened =
  { kind: 'none' } | { kind: 'kept'; id: string } | { kind: 'linked' } | { kind: 'refused'; reason: Msg };

/** Whether a link's tail has a rules part at all (so the page waits for it instead of settling without). */
export const hasRulesPart = (tail: Params | null): boolean =>
  !!tail && (tail.values.has(RULES_KEY) || tail.notices.some((n) => n.key === RULES_KEY));

export async function openRules(tail: Params | null, book: RuleBook): Promise<Opened> {
  book.linkedPending = true;
  try {
    const read = await readRules(tail);
    if (!read.ok) return 'none' in read ? { kind: 'none' } : { kind: 'refused', reason: read.reason };
    const { checkTable } = await import('../tables/check');
    const checked = checkTable(read.json);
    if (!checked.ok) return { kind: 'refused', reason: R.linkRulesInvalid };
    const table = adopt(checked.table);
    await book.check();
    const id = book.holding(table);
    if (id) return { kind: 'kept', id };
    book.linked = table;
    return { kind: 'linked' };
  } finally {
    book.linkedPending = false;
  }
}

/** The parts a link writes after its checksum for the rules in use: none for the built-in tables. */
export const rulesTail = async (table: TierTable | null): Promise<string[]> =>
  table ? [await encodeRules(table)] : [];
