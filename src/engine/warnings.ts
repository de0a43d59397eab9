/** Building and merging warnings; their wording lives in messages.ts. */
import type { CapValue } from './cite';
import type { Payer } from './input';
import { positive, type Dec } from './money';
import { names, warningMessages } from './messages';
import type { Warning } from './result';

export const settledWarning = (payer: Payer): Warning => ({
  code: 'settledTaken',
  message: warningMessages.settledTaken(names[payer]),
  cites: [],
});

export const unknownLayerWarning = (payer: 'catastrophic' | 'assistance'): Warning => ({
  code: 'unknownLayer',
  message: warningMessages.unknownLayer(names[payer]),
  cites: [],
});

/**
 * Each warning once (same code and wording), where it was first given, as it was last given. A
 * bill has a few: they are compared with each other. A year has thousands, mostly the same few
 * objects over again (the engine makes most warnings once): each object's key is made once.
 */
export function distinctWarnings(ws: readonly Warning[]): Warning[] {
  if (ws.length <= 8) {
    const out: Warning[] = [];
    for (const w of ws) {
      const i = out.findIndex((o) => o === w || (o.code === w.code && o.message.zh === w.message.zh));
      if (i < 0) out.push(w);
      else out[i] = w;
    }
    return out;
  }
  return distinctOver([ws]);
}

/**
 * distinctWarnings of several lists one after another (a year's bills), without joining them
 * first: the same few objects come back bill after bill, so an object met just before is passed
 * over (its key already holds it) and each object's key is made once.
 */
export function distinctOver(lists: readonly (readonly Warning[])[]): Warning[] {
  const keys = new Map<Warning, string>();
  const byKey = new Map<string, Warning>();
  let last: Warning | null = null;
  for (const ws of lists)
    for (const w of ws) {
      if (w === last) continue;
      last = w;
      let k = keys.get(w);
      if (k === undefined) keys.set(w, (k = `${w.code}|${w.message.zh}`));
      byKey.set(k, w);
    }
  return [...byKey.values()];
}

const unknownCaps = new Map<Payer, Warning>();

/** A payer paid under a cap the table does not know: it could pay less. Each payer's warning is made once. */
export function unknownCapWarning(payer: Payer, cap: CapValue, amount: Dec): Warning[] {
  if (!cap.unknown || !positive(amount)) return [];
  let w = unknownCaps.get(payer);
  if (!w)
    unknownCaps.set(payer, (w = { code: 'unknownCap', message: warningMessages.unknownCap(names[payer]), cites: [] }));
  return [w];
}
