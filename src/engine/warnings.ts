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

/** Each warning once (same code and wording), in the order first given. */
export const distinctWarnings = (ws: readonly Warning[]): Warning[] => [
  ...new Map(ws.map((w) => [`${w.code}|${w.message.zh}`, w])).values(),
];

const unknownCaps = new Map<Payer, Warning>();

/** A payer paid under a cap the table does not know: it could pay less. Each payer's warning is made once. */
export function unknownCapWarning(payer: Payer, cap: CapValue, amount: Dec): Warning[] {
  if (!cap.unknown || !positive(amount)) return [];
  let w = unknownCaps.get(payer);
  if (!w)
    unknownCaps.set(payer, (w = { code: 'unknownCap', message: warningMessages.unknownCap(names[payer]), cites: [] }));
  return [w];
}
