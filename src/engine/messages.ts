/**
 * Every message the engine can give, in one place (as Dinero.js keeps its messages), Chinese first.
 * The page renders these; tests match on `code`, never on the wording.
 */
import { formatDate } from '../text/dates';
import type { Msg } from '../text/msg';

export type { Msg };

/** What the engine names in its messages: payers and the rules a table may not know. */
export const names = {
  basic: { zh: '统筹基金', en: 'the basic fund' },
  supplementary: { zh: '大额医疗互助', en: 'the supplementary fund' },
  topUp: { zh: '补充支付', en: 'the top-up' },
  catastrophic: { zh: '大病保险', en: 'catastrophic insurance' },
  assistance: { zh: '医疗救助', en: 'medical assistance' },
  deductible: { zh: '起付线', en: 'deductible' },
  ratios: { zh: '报销比例', en: 'fund ratios' },
  catastrophicRatios: { zh: '大病保险支付比例', en: 'catastrophic ratios' },
  shareFactor: { zh: '退休人员个人支付比例', en: "retirees' personal share factor" },
  offsiteFactor: { zh: '异地就医支付比例', en: 'offsite ratio factor' },
  supplementaryRatio: { zh: '大额医疗互助支付比例', en: 'supplementary ratio' },
  topUpRatio: { zh: '补充支付比例', en: 'top-up ratio' },
} as const satisfies Record<string, Msg>;

export const errorMessages = {
  required: (): Msg => ({ zh: '必填', en: 'is required' }),
  notAmount: (): Msg => ({
    zh: '应为不小于0的金额，最多两位小数',
    en: 'must be an amount of at least 0 with at most two decimals',
  }),
  notDate: (): Msg => ({ zh: '应为日期 YYYY-MM-DD', en: 'must be a date YYYY-MM-DD' }),
  notOneOf: (allowed: readonly string[]): Msg => ({
    zh: `应为以下之一：${allowed.join('、')}`,
    en: `must be one of: ${allowed.join(', ')}`,
  }),
  notAge: (): Msg => ({ zh: '年龄应为0到150之间的整数', en: 'age must be a whole number from 0 to 150' }),
  unexpected: (): Msg => ({ zh: '无法识别的字段', en: 'is not a known field' }),
  malformed: (): Msg => ({ zh: '格式不正确', en: 'is malformed' }),
  partsAboveTotal: (): Msg => ({
    zh: '全自费、超限价和乙类金额之和不能超过医疗费总额',
    en: 'out-of-catalogue, over-limit and class-B amounts together cannot exceed the total',
  }),
  settledAboveInScope: (): Msg => ({
    zh: '结算单上的基金支付合计不能超过符合政策范围金额',
    en: 'the settled fund payments cannot exceed the in-scope amount',
  }),
  unknownRegion: (region: string, scheme: string): Msg => ({
    zh: `没有地区 ${region} ${scheme === 'employee' ? '职工' : '城乡居民'}医保的规则表`,
    en: `no tier table for region ${region}, ${scheme} insurance`,
  }),
  noTableOnDate: (date: string, first: string): Msg => ({
    zh: `${formatDate(date, 'zh')} 没有生效的规则表（最早的表自 ${formatDate(first, 'zh')} 起生效）`,
    en: `no tier table is in force on ${formatDate(date, 'en')} (the earliest starts ${formatDate(first, 'en')})`,
  }),
  categoryNotInTable: (allowed: readonly string[]): Msg => ({
    zh: `此规则表的人员类别为：${allowed.join('、')}`,
    en: `this table's categories are: ${allowed.join(', ')}`,
  }),
  levelNotInTable: (allowed: readonly string[]): Msg => ({
    zh: `此规则表的医院等级为：${allowed.join('、')}`,
    en: `this table's hospital levels are: ${allowed.join(', ')}`,
  }),
  settingNotInTable: (): Msg => ({
    zh: '此规则表没有这种就医类型的规则',
    en: 'this table has no rules for this setting',
  }),
  unknownRule: (what: Msg): Msg => ({
    zh: `此规则表未记录${what.zh}（未知，不作猜测）；如有结算单，可填入其上的统筹基金支付金额`,
    en: `this table does not know the ${what.en} (unknown, not guessed); if you have a settlement slip, enter the basic-fund amount it shows`,
  }),
} as const;

export const warningMessages = {
  gradeC: (what: string): Msg => ({
    zh: `使用了未经核实的数值（C级）：${what}`,
    en: `an unverified value (grade C) was used: ${what}`,
  }),
  unknownCap: (payer: Msg): Msg => ({
    zh: `${payer.zh}的年度封顶线未知，实际支付可能更少`,
    en: `the annual cap of ${payer.en} is unknown; it could pay less`,
  }),
  staleTable: (confirmed: string): Msg => ({
    zh: `此规则表最近一次被确认有效是 ${formatDate(confirmed, 'zh')}，费用日期更晚，规则可能已调整`,
    en: `this table was last confirmed in force on ${formatDate(confirmed, 'en')}; the bill is later and the rules may have changed`,
  }),
  unknownClassBRate: (): Msg => ({
    zh: '乙类先行自付比例未知，先行自付按0计算，实际个人负担可能更高',
    en: 'the class-B self-pay rate is unknown; pre-self-pay was taken as 0, so the real personal share may be higher',
  }),
  unknownOffsite: (): Msg => ({
    zh: '异地就医的调整规则未知，按本地规则计算，实际报销可能更少',
    en: 'the offsite adjustments are unknown; settled as local, so the funds may pay less',
  }),
  noReferral: (): Msg => ({
    zh: '需先在基层首诊：没有转诊（且非急诊）时，此门诊费用基金不予支付',
    en: 'primary care first: without a referral (and outside an emergency) the funds pay nothing for this outpatient care',
  }),
  ageUnknown: (): Msg => ({
    zh: '未填年龄：按不区分年龄的规则计算',
    en: 'age not given: settled with the rule that does not depend on age',
  }),
  settledTaken: (payer: Msg): Msg => ({
    zh: `${payer.zh}采用结算单上的金额`,
    en: `${payer.en}: taken from the settlement slip`,
  }),
  waiting: (until: string): Msg => ({
    zh: `处于待遇等待期（至 ${formatDate(until, 'zh')}），各项基金不予支付`,
    en: `inside the waiting period (until ${formatDate(until, 'en')}); no fund pays`,
  }),
  unknownLayer: (layer: Msg): Msg => ({
    zh: `${layer.zh}的规则未知，未计算${layer.zh}`,
    en: `the rules of ${layer.en} are unknown; it was not computed`,
  }),
} as const;
