/**
 * The year outlook as sentences: what is left under each cap ("统筹基金还可支付 X 元"), unknown
 * caps as 未知, and how much more personal burden comes before catastrophic insurance pays.
 * Amounts are the engine's (yearOutlook); this only chooses the words.
 */
import type { Left, YearOutlook } from '../engine';
import type { Msg } from '../text/msg';
import { money } from '../text/format';
import { yearMessages as M } from './words';

const capLine = (left: Left, amount: (x: string) => Msg, unknown: () => Msg): Msg | null =>
  left.kind === 'amount' ? amount(money(left.left)) : left.kind === 'unknown' ? unknown() : null;

export function outlookLines(o: YearOutlook): Msg[] {
  const out: Msg[] = [];
  const c = o.catastrophic;
  if (c && c.untilThreshold !== null)
    out.push(c.untilThreshold === '0.00' ? M.catastrophicStarted() : M.untilCatastrophic(money(c.untilThreshold)));
  for (const s of ['inpatient', 'outpatient'] as const) {
    const b = o.basic[s];
    if (b) {
      const line = capLine(
        b,
        (x) => M.basicLeft(s, x),
        () => M.basicLeftUnknown(s),
      );
      if (line) out.push(line);
    }
    const sup = o.supplementary[s];
    if (sup) {
      const line = capLine(sup, M.supplementaryLeft, M.supplementaryLeftUnknown);
      if (line) out.push(line);
    }
  }
  if (c) {
    const line = capLine(c.cap, M.catastrophicLeft, M.catastrophicLeftUnknown);
    if (line) out.push(line);
  }
  return out;
}
