/**
 * A year's warnings (warnings.ts distinctOver) are distinctWarnings of all its bills' warnings in
 * order, without joining the lists: each once, where first given, as last given.
 */
import fc from 'fast-check';
import type { Warning, WarningCode } from '../../src/engine';
import { distinctOver, distinctWarnings } from '../../src/engine/warnings';

/** A few warnings, some of them different objects with the same code and wording. */
const make = (code: WarningCode, zh: string): Warning => ({ code, message: { zh, en: zh }, cites: [] });
const POOL = [
  make('gradeC', 'a'),
  make('gradeC', 'b'),
  make('gradeC', 'a'),
  make('staleTable', 'a'),
  make('staleTable', 'a'),
  make('unknownCap', 'c'),
];

describe('distinctOver', () => {
  it('is distinctWarnings of the lists joined, object for object', () => {
    const lists = fc.array(fc.array(fc.constantFrom(...POOL), { maxLength: 5 }), { maxLength: 30 });
    fc.assert(
      fc.property(lists, (ls) => {
        const mine = distinctOver(ls);
        const joined = distinctWarnings(ls.flat());
        expect(mine.length).toBe(joined.length);
        mine.forEach((w, i) => expect(w).toBe(joined[i]));
      }),
      { numRuns: 3000 },
    );
  });
});
