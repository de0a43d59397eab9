/**
 * The engine's steps in plain words, in both languages, from the catalogue's terms. Amounts are the
 * step's own (exact, shown to the fen with ≈ where digits are hidden); nothing is computed here,
 * only said.
 */
import type { Party, Step } from '../../engine/result';
import { exactMoney as m, percent } from '../../text/format';
import { fillMsg, type Msg } from '../../text/msg';
import { W } from './words';
import { LEVEL_TERMS, PAYER_TERMS, TERMS } from '../../text/terms';
import type { Level } from '../../text/vocabulary';

const {
  outOfCatalog,
  overLimit,
  classB,
  preSelfPay,
  inScope,
  deductible,
  annualCap,
  basic,
  catastrophic,
  slip,
  referral,
  emergency,
  waitingPeriod,
  accountOwn,
  accountFamily,
  cash,
} = TERMS;

const PARTY: Record<Party, Msg> = {
  ...Object.fromEntries(Object.entries(PAYER_TERMS).map(([k, t]) => [k, t.short])),
  patient: { zh: '个人', en: 'you' },
  accountOwn: accountOwn.long,
  accountFamily: accountFamily.long,
  cash: cash.long,
} as Record<Party, Msg>;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const times = (s: Step) => `${m(s.base)} × ${percent(s.ratio ?? '0')} = ${m(s.amount)}`;
const from = (s: Step) => m(s.from ?? '0');
const to = (s: Step) => m(s.to ?? '0');
const span = (s: Step): Msg => ({ zh: `${from(s)} 至 ${to(s)} 元部分`, en: `the part from ${from(s)} to ${to(s)}` });

/** How a relative is called on this device (配偶, 父母 …), else "relative n". */
export type RelativeName = (index: number) => Msg;
const relativeN: RelativeName = (i) => fillMsg(W.relativeN, { n: String(i + 1) });

/**
 * One step as a sentence. `afterCatastrophic`: a cap step that belongs to 大病, not to the basic
 * fund. `relative`: the names of the relatives' accounts, kept on this device only.
 */
export function stepWords(s: Step, level: Level, afterCatastrophic = false, relative: RelativeName = relativeN): Msg {
  const payer = PARTY[s.party];
  const P = cap(payer.en);
  switch (s.kind) {
    case 'outOfCatalog':
      return {
        zh: `${outOfCatalog.long.zh}（目录外）项目 ${m(s.amount)} 元，由个人全部负担`,
        en: `Out-of-catalogue items ${m(s.amount)}: paid by you in full`,
      };
    case 'overLimit':
      return {
        zh: `超出限价部分 ${m(s.amount)} 元，由个人全部负担`,
        en: `The part above price limits, ${m(s.amount)}: paid by you in full`,
      };
    case 'preSelfPay':
      return s.cites.some((c) => c.path.startsWith('offsite'))
        ? { zh: `异地就医${preSelfPay.short.zh}：${times(s)}`, en: `Offsite pre-self-pay: ${times(s)}` }
        : { zh: `${classB.short.zh}${preSelfPay.short.zh}：${times(s)}`, en: `Class-B pre-self-pay: ${times(s)}` };
    case 'inScope':
      return {
        zh: `${inScope.long.zh} ${m(s.amount)} 元（${TERMS.total.short.zh}减去${outOfCatalog.short.zh}、${overLimit.short.zh}和${preSelfPay.short.zh}）`,
        en: `In-scope amount ${m(s.amount)} (the total less out-of-catalogue, over-limit and pre-self-pay)`,
      };
    case 'notCovered':
      return {
        zh: `未经${referral.short.zh}（非${emergency.short.zh}）：${inScope.short.zh}的 ${m(s.amount)} 元基金不予支付`,
        en: `No referral (not an emergency): the funds pay nothing of the in-scope ${m(s.amount)}`,
      };
    case 'waiting':
      return {
        zh: `${waitingPeriod.long.zh}内：${inScope.short.zh}的 ${m(s.amount)} 元基金不予支付`,
        en: `Inside the waiting period: the funds pay nothing of the in-scope ${m(s.amount)}`,
      };
    case 'deductible':
      return s.base === s.amount
        ? {
            zh: `${deductible.short.zh}：个人先付 ${m(s.amount)} 元`,
            en: `Deductible: you pay the first ${m(s.amount)}`,
          }
        : {
            zh: `${deductible.short.zh}：尚余 ${m(s.base)} 元，本次个人先付 ${m(s.amount)} 元`,
            en: `Deductible: ${m(s.base)} still owed; you pay ${m(s.amount)} of it now`,
          };
    case 'band': {
      const at = LEVEL_TERMS[level].short;
      return {
        zh: `${payer.zh}：${span(s).zh} ${times(s)}（${at.zh}）`,
        en: `${P}: ${span(s).en}, ${times(s)} (${at.en})`,
      };
    }
    case 'beyondCap':
      return afterCatastrophic
        ? {
            zh: `超过${catastrophic.short.zh}${annualCap.short.zh}的 ${m(s.base)} 元，${catastrophic.short.zh}不再支付`,
            en: `Beyond the catastrophic cap: ${m(s.base)} it no longer pays`,
          }
        : {
            zh: `超过${basic.short.zh}年度${annualCap.long.zh}：累计 ${from(s)} 元以上的 ${m(s.base)} 元${basic.short.zh}不再支付`,
            en: `Beyond the basic fund's annual cap: it pays nothing of the ${m(s.base)} above ${from(s)}`,
          };
    case 'overflow':
      return { zh: `${payer.zh}：${annualCap.short.zh}以上 ${times(s)}`, en: `${P}, above the cap: ${times(s)}` };
    case 'settled':
      return {
        zh: `${payer.zh}：按${slip.short.zh} ${m(s.amount)} 元`,
        en: `${P}: ${m(s.amount)} as on the settlement slip`,
      };
    case 'catastrophicThreshold':
      return {
        zh: `${catastrophic.short.zh}：本次计入${TERMS.outOfPocket.short.zh} ${m(s.base)} 元（本年累计由 ${from(s)} 到 ${to(s)} 元），其中 ${m(s.amount)} 元在${deductible.short.zh}以下`,
        en: `Catastrophic insurance: ${m(s.base)} of your burden counts (year to date from ${from(s)} to ${to(s)}); ${m(s.amount)} of it is below the threshold`,
      };
    case 'catastrophic':
      return {
        zh: `${payer.zh}：累计${TERMS.outOfPocket.short.zh}${span(s).zh} ${times(s)}`,
        en: `${P}: ${span(s).en} of your burden, ${times(s)}`,
      };
    case 'assistance':
      return { zh: `${payer.zh}：${times(s)}`, en: `${P}: ${times(s)}` };
    case 'rounding': {
      // The engine rounds a cost two payers share once, then splits it: this payer moved by a fen or so.
      const signed = s.amount.startsWith('-') ? m(s.amount) : `+${m(s.amount)}`;
      return {
        zh: `${payer.zh}：共同负担的部分合并舍入到分，本项调整 ${signed} 元`,
        en: `${P}: the share paid together is rounded to the fen once; this payer moves by ${signed}`,
      };
    }
    case 'account':
      if (s.party === 'accountFamily') {
        const who = relative(s.index ?? 0);
        return {
          zh: `${accountFamily.long.zh}（${who.zh}）支付 ${m(s.amount)} 元`,
          en: `Family account (${who.en}) pays ${m(s.amount)}`,
        };
      }
      return { zh: `${payer.zh}支付 ${m(s.amount)} 元`, en: `${P} pays ${m(s.amount)}` };
  }
}

/** Each step with its words, in the engine's order. */
export function describeSteps(
  steps: readonly Step[],
  level: Level,
  relative?: RelativeName,
): { step: Step; words: Msg }[] {
  let afterCatastrophic = false;
  return steps.map((step) => {
    if (step.kind === 'catastrophicThreshold') afterCatastrophic = true;
    return { step, words: stepWords(step, level, afterCatastrophic, relative) };
  });
}
