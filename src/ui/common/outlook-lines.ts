/**
 * Where the year stands, as sentences both pages show: what is left under each cap ("统筹基金还可支付
 * X 元"), unknown caps as 未知, and how much more personal burden comes before catastrophic
 * insurance pays. Amounts are the engine's (yearOutlook); this only chooses the words.
 */
import type { Left, YearOutlook } from '../../engine/outlook';
import { money } from '../../text/format';
import type { Msg } from '../../text/msg';
import { SETTING_TERMS, TERMS } from '../../text/terms';
import type { SettingName } from '../../text/vocabulary';

const { basic, supplementary, catastrophic, annualCap } = TERMS;
const setting = (s: SettingName) => SETTING_TERMS[s].long;

export const outlookWords = {
  untilCatastrophic: (x: string): Msg => ({
    zh: `另需自付 ${x} 元后${catastrophic.short.zh}开始报销`,
    en: `Catastrophic insurance starts paying after ${x} more of your own in-scope costs`,
  }),
  catastrophicStarted: (): Msg => ({
    zh: `${catastrophic.short.zh}已开始报销`,
    en: 'Catastrophic insurance is paying',
  }),
  basicLeft: (s: SettingName, x: string): Msg => ({
    zh: `${setting(s).zh}${basic.short.zh}还可支付 ${x} 元`,
    en: `The basic fund can still pay ${x} (${setting(s).en})`,
  }),
  basicLeftUnknown: (s: SettingName): Msg => ({
    zh: `${setting(s).zh}${basic.short.zh}${annualCap.short.zh}：未知`,
    en: `The basic fund's cap (${setting(s).en}): unknown`,
  }),
  supplementaryLeft: (x: string): Msg => ({
    zh: `${supplementary.short.zh}还可支付 ${x} 元`,
    en: `The supplementary fund can still pay ${x}`,
  }),
  supplementaryLeftUnknown: (): Msg => ({
    zh: `${supplementary.short.zh}${annualCap.short.zh}：未知`,
    en: "The supplementary fund's cap: unknown",
  }),
  catastrophicLeft: (x: string): Msg => ({
    zh: `${catastrophic.short.zh}还可支付 ${x} 元`,
    en: `Catastrophic insurance can still pay ${x}`,
  }),
  catastrophicLeftUnknown: (): Msg => ({
    zh: `${catastrophic.short.zh}${annualCap.short.zh}：未知`,
    en: "Catastrophic insurance's cap: unknown",
  }),
};
const M = outlookWords;

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
