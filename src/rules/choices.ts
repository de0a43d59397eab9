/**
 * The person's rule sets as choices beside the built-in regions (both pages' region field): a
 * choice's value is `mine:<id>`, never a region code, so it cannot be mistaken for one.
 */
import type { Lang } from '../text/msg';
import { LINKED, type RuleBook } from './book.svelte';
import { R } from './words';

const PREFIX = 'mine:';
/** The choice that opens 我的规则 to enter another city's rules. */
export const NEW_RULES = 'new-rules';

export const ruleChoice = (id: string): string => `${PREFIX}${id}`;
export const isRuleChoice = (value: string): boolean => value.startsWith(PREFIX);
export const ruleOfChoice = (value: string): string => value.slice(PREFIX.length);

/** The kept sets, the link's rules while not kept, and (`offerNew`) a way to enter more, under their own group. */
export function ruleChoices(
  book: RuleBook | null,
  lang: Lang,
  offerNew = false,
): { value: string; label: string; group: string }[] {
  if (!book) return [];
  const group = R.mineGroup[lang];
  const sets = book.sets.filter((s) => s.valid).map((s) => ({ value: ruleChoice(s.id), label: s.name, group }));
  const linked = book.linked ? [{ value: ruleChoice(LINKED), label: R.linkedOption[lang], group }] : [];
  const more = offerNew ? [{ value: NEW_RULES, label: R.enterOther[lang], group }] : [];
  return [...linked, ...sets, ...more];
}
