/**
 * What every field of the rules editor shares, through Svelte's context rather than passed down
 * ten levels: the language, the problems of the draft by JSON path (the table schema's own
 * checks, src/tables/check.ts), and the text typed into fields that cannot be read yet (kept with
 * the set, so a reload loses nothing).
 */
import { getContext, setContext } from 'svelte';
import type { Lang, Msg } from '../../text/msg';

export interface EditorContext {
  readonly lang: Lang;
  /** The problem at a path (`$.settings.inpatient.cap.value`), or at the value inside it. */
  problemAt(path: string): Msg | undefined;
  /** Typed text that does not read yet, by path. */
  readonly pending: Record<string, string>;
}

const KEY = Symbol('rules-editor');

export const provideEditor = (ctx: EditorContext): void => void setContext(KEY, ctx);
export const useEditor = (): EditorContext => getContext<EditorContext>(KEY);

/** An element id for a JSON path: what the list of problems links to. */
export const fieldId = (path: string): string => `rule${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** Paths join as JSON paths: `at(base, 'bands', 0)` is `base.bands[0]`. */
export const at = (base: string, ...keys: (string | number)[]): string =>
  keys.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : `${p}.${k}`), base);
