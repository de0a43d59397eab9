/**
 * Order of two ISO dates (or any ASCII keys): plain code-unit comparison. localeCompare gives the
 * same order for these strings but builds the browser's collator on first use (tens of ms on a
 * phone). No imports, so the page's first load can use it without pulling in the engine.
 */
export const byIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
