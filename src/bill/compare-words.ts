/**
 * The comparison in words: how much less or more the patient pays at each other level than at the
 * chosen one. The difference itself comes from the engine side (exact, two decimals); this only
 * reads its sign and says it.
 */
import { NAMES } from '../ui/common/words';
import type { Msg } from '../text/msg';
import { TERMS } from '../text/terms';
import type { Level } from '../tables/schema';
import { money } from '../text/format';
import type { LevelEntry } from './outcome';

export function compareWords(
  entries: readonly LevelEntry[],
  chosen: Level,
  difference: (a: string, b: string) => string,
): Msg[] {
  const base = entries.find((e) => e.level === chosen)?.result;
  if (!base) return [];
  const here = NAMES.level[chosen];
  const out: Msg[] = [];
  for (const e of entries) {
    if (e.level === chosen || !e.result) continue;
    const there = NAMES.level[e.level];
    const d = difference(base.outOfPocket, e.result.outOfPocket);
    if (/^-?0\.00$/.test(d))
      out.push({
        zh: `在${there.zh}与在${here.zh}${TERMS.outOfPocket.short.zh}相同`,
        en: `At a ${there.en.toLowerCase()} you pay the same as at a ${here.en.toLowerCase()}`,
      });
    else if (d.startsWith('-')) {
      const x = money(d.slice(1));
      out.push({
        zh: `在${there.zh}比在${here.zh}多付 ${x} 元`,
        en: `At a ${there.en.toLowerCase()} you pay ${x} more than at a ${here.en.toLowerCase()}`,
      });
    } else {
      const x = money(d);
      out.push({
        zh: `在${there.zh}比在${here.zh}少付 ${x} 元`,
        en: `At a ${there.en.toLowerCase()} you pay ${x} less than at a ${here.en.toLowerCase()}`,
      });
    }
  }
  return out;
}
