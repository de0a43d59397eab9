/** Reading and writing one value of a draft table: known (the person's) or not filled in (unknown). */
import { mine, notYet } from '../user';

type Node = { value: string } | { unknown: true } | object;

/** The value of a known value, or null for an unknown one. */
export const valueOf = (node: Node | undefined): string | null =>
  node && 'value' in node && typeof node.value === 'string' ? node.value : null;

/** A known value of the person's, or unknown where nothing is typed. */
export const known = <V extends string>(value: V | null) => (value === null ? notYet() : mine(value));

/** Moves item `i` of a list one place up (the rules are read from the top). */
export function moveUp<T>(list: T[], i: number): void {
  if (i <= 0 || i >= list.length) return;
  [list[i - 1], list[i]] = [list[i]!, list[i - 1]!];
}
