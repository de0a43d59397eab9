/**
 * The engine's steps in plain words, Chinese or English. Amounts are the step's own (exact, shown to
 * the fen with ≈ where digits are hidden); nothing is computed here, only said.
 */
import type { Msg } from '../../engine/messages';
import type { Party, Step } from '../../engine/result';
import type { Level } from '../../tables/schema';
import { exactMoney as m, percent } from '../../text/format';
import { LEVEL_SHORT } from '../../text/terms';
import type { Lang } from '../../app/prefs.svelte';

const PAYER: Record<Party, Msg> = {
  basic: { zh: '统筹基金', en: 'Basic fund' },
  supplementary: { zh: '大额互助', en: 'Supplementary fund' },
  topUp: { zh: '补充', en: 'Top-up' },
  catastrophic: { zh: '大病保险', en: 'Catastrophic insurance' },
  assistance: { zh: '医疗救助', en: 'Medical assistance' },
  patient: { zh: '个人', en: 'You' },
  accountOwn: { zh: '个人账户', en: 'Personal account' },
  accountFamily: { zh: '家庭共济', en: 'Family account' },
  cash: { zh: '现金', en: 'Cash' },
};

const times = (s: Step) => `${m(s.base)} × ${percent(s.ratio ?? '0')} = ${m(s.amount)}`;
const span = (s: Step, lang: Lang) =>
  lang === 'zh'
    ? `${m(s.from ?? '0')} 至 ${m(s.to ?? '0')} 元部分`
    : `the part from ${m(s.from ?? '0')} to ${m(s.to ?? '0')}`;

/** One step as a sentence. `afterCatastrophic`: a cap step that belongs to 大病, not to the basic fund. */
export function describeStep(s: Step, level: Level, lang: Lang, afterCatastrophic = false): string {
  const zh = lang === 'zh';
  const payer = PAYER[s.party][lang];
  switch (s.kind) {
    case 'outOfCatalog':
      return zh
        ? `全自费（目录外）项目 ${m(s.amount)} 元，由个人全部负担`
        : `Out-of-catalogue items ${m(s.amount)}: paid by you in full`;
    case 'overLimit':
      return zh
        ? `超出限价部分 ${m(s.amount)} 元，由个人全部负担`
        : `The part above price limits, ${m(s.amount)}: paid by you in full`;
    case 'preSelfPay': {
      const offsite = s.cites.some((c) => c.path.startsWith('offsite'));
      const what = offsite
        ? zh
          ? '异地就医先行自付'
          : 'Offsite pre-self-pay'
        : zh
          ? '乙类先行自付'
          : 'Class-B pre-self-pay';
      return `${what}${zh ? '：' : ': '}${times(s)}`;
    }
    case 'inScope':
      return zh
        ? `符合政策范围金额 ${m(s.amount)} 元（总额减去全自费、超限价和先行自付）`
        : `In-scope amount ${m(s.amount)} (the total less out-of-catalogue, over-limit and pre-self-pay)`;
    case 'notCovered':
      return zh
        ? `未经转诊（非急诊）：符合政策范围的 ${m(s.amount)} 元基金不予支付`
        : `No referral (not an emergency): the funds pay nothing of the in-scope ${m(s.amount)}`;
    case 'waiting':
      return zh
        ? `待遇等待期内：符合政策范围的 ${m(s.amount)} 元基金不予支付`
        : `Inside the waiting period: the funds pay nothing of the in-scope ${m(s.amount)}`;
    case 'deductible':
      if (s.base === s.amount)
        return zh ? `起付线：个人先付 ${m(s.amount)} 元` : `Deductible: you pay the first ${m(s.amount)}`;
      return zh
        ? `起付线：尚余 ${m(s.base)} 元，本次个人先付 ${m(s.amount)} 元`
        : `Deductible: ${m(s.base)} still owed; you pay ${m(s.amount)} of it now`;
    case 'band':
      return zh
        ? `${payer}：${span(s, lang)} ${times(s)}（${LEVEL_SHORT[level].zh}）`
        : `${payer}: ${span(s, lang)}, ${times(s)} (${LEVEL_SHORT[level].en})`;
    case 'beyondCap':
      if (afterCatastrophic)
        return zh
          ? `超过大病保险封顶线的 ${m(s.base)} 元，大病保险不再支付`
          : `Beyond the catastrophic cap: ${m(s.base)} it no longer pays`;
      return zh
        ? `超过统筹基金年度最高支付限额：累计 ${m(s.from ?? '0')} 元以上的 ${m(s.base)} 元统筹基金不再支付`
        : `Beyond the basic fund's annual cap: it pays nothing of the ${m(s.base)} above ${m(s.from ?? '0')}`;
    case 'overflow':
      return zh ? `${payer}：封顶线以上 ${times(s)}` : `${payer}, above the cap: ${times(s)}`;
    case 'settled':
      return zh ? `${payer}：按结算单 ${m(s.amount)} 元` : `${payer}: ${m(s.amount)} as on the settlement slip`;
    case 'catastrophicThreshold':
      return zh
        ? `大病保险：本次计入个人负担 ${m(s.base)} 元（本年累计由 ${m(s.from ?? '0')} 到 ${m(s.to ?? '0')} 元），其中 ${m(s.amount)} 元在起付线以下`
        : `Catastrophic insurance: ${m(s.base)} of your burden counts (year to date from ${m(s.from ?? '0')} to ${m(s.to ?? '0')}); ${m(s.amount)} of it is below the threshold`;
    case 'catastrophic':
      return zh
        ? `${payer}：累计个人负担${span(s, lang)} ${times(s)}`
        : `${payer}: ${span(s, lang)} of your burden, ${times(s)}`;
    case 'assistance':
      return zh ? `${payer}：${times(s)}` : `${payer}: ${times(s)}`;
    case 'rounding': {
      // The engine rounds a cost two payers share once, then splits it: this payer moved by a fen or so.
      const signed = s.amount.startsWith('-') ? m(s.amount) : `+${m(s.amount)}`;
      return zh
        ? `${payer}：共同负担的部分合并舍入到分，本项调整 ${signed} 元`
        : `${payer}: the share paid together is rounded to the fen once; this payer moves by ${signed}`;
    }
    case 'account':
      if (s.party === 'accountFamily') {
        const who = (s.index ?? 0) + 1;
        return zh
          ? `家庭共济（亲属 ${who}）支付 ${m(s.amount)} 元`
          : `Family account (relative ${who}) pays ${m(s.amount)}`;
      }
      return zh ? `${payer}支付 ${m(s.amount)} 元` : `${payer} pays ${m(s.amount)}`;
  }
}

/** Each step with its sentence, in the engine's order. */
export function describeSteps(steps: readonly Step[], level: Level, lang: Lang): { step: Step; text: string }[] {
  let catastrophic = false;
  return steps.map((step) => {
    if (step.kind === 'catastrophicThreshold') catastrophic = true;
    return { step, text: describeStep(step, level, lang, catastrophic) };
  });
}
