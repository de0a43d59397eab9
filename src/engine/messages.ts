/**
 * Every message the engine can give, in one place (as Dinero.js keeps its messages), Chinese
 * first, its terms from the catalogue (src/text/terms.ts). The page renders these; tests match on
 * `code`, never on the wording.
 */
import { inputMessages } from '../input/messages';
import { formatDate } from '../text/dates';
import { THEIR_RULES } from '../text/their-rules';
import type { Msg } from '../text/msg';
import { CATEGORY_TERMS, LEVEL_TERMS, PAYER_TERMS, SCHEME_TERMS, TERMS } from '../text/terms';
import type { CategoryName, Level, Payer, SchemeName } from '../text/vocabulary';

export type { Msg };

const { deductible, ratio, catastrophic, classB, preSelfPay, table, basic, slip, inScope, total, supplementary } =
  TERMS;
const T = table.short;

/**
 * "-0.125" → "12.5": the size of signed points in percent, by moving the decimal point (no
 * decimal.js here: these words reach the first load, and the engine's money type is not needed).
 */
export function percentPoints(points: string): string {
  const [whole = '0', frac = ''] = points.replace(/^[-+]/, '').split('.');
  const digits = `${whole}${frac.padEnd(2, '0')}`;
  const at = whole.length + 2;
  const int = digits.slice(0, at).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(at).replace(/0+$/, '');
  return rest ? `${int}.${rest}` : int;
}

/** Signed points as people say them: "-0.10" is 降低10个百分点. */
export function pointsWords(points: string): Msg {
  const size = percentPoints(points);
  return points.startsWith('-')
    ? { zh: `降低${size}个百分点`, en: `${size} percentage points down` }
    : { zh: `提高${size}个百分点`, en: `${size} percentage points up` };
}

/** What the engine names in its messages: payers and the rules a table may not know. */
export const names = {
  ...Object.fromEntries(Object.entries(PAYER_TERMS).map(([k, t]) => [k, { zh: t.long.zh, en: `the ${t.long.en}` }])),
  deductible: deductible.short,
  ratios: { zh: `报销${ratio.short.zh}`, en: 'fund ratios' },
  catastrophicRatios: { zh: `${catastrophic.long.zh}${ratio.long.zh}`, en: 'catastrophic ratios' },
  shareFactor: {
    zh: `${CATEGORY_TERMS.retired.long.zh}个人${ratio.long.zh}`,
    en: "retirees' personal share factor",
  },
  offsiteFactor: { zh: `异地就医${ratio.long.zh}`, en: 'offsite ratio factor' },
  ratioPoints: { zh: `${ratio.short.zh}调整`, en: 'ratio adjustment' },
  offsitePoints: { zh: `异地就医${ratio.short.zh}调整`, en: 'offsite ratio adjustment' },
  supplementaryRatio: { zh: `${supplementary.long.zh}${ratio.long.zh}`, en: 'supplementary ratio' },
  topUpRatio: { zh: `${TERMS.topUp.long.zh}${ratio.short.zh}`, en: 'top-up ratio' },
} as Record<Payer, Msg> &
  Record<
    | 'deductible'
    | 'ratios'
    | 'catastrophicRatios'
    | 'shareFactor'
    | 'offsiteFactor'
    | 'ratioPoints'
    | 'offsitePoints'
    | 'supplementaryRatio'
    | 'topUpRatio',
    Msg
  >;

const list = (xs: readonly Msg[]): Msg => ({ zh: xs.map((x) => x.zh).join('、'), en: xs.map((x) => x.en).join(', ') });

export const errorMessages = {
  required: (): Msg => inputMessages.required,
  notAmount: (): Msg => inputMessages.notMoneyString,
  notDate: (): Msg => inputMessages.notDate,
  notAge: (): Msg => inputMessages.notAge,
  notCount: (): Msg => inputMessages.notCount,
  notRegion: (): Msg => inputMessages.notRegion,
  notOneOf: (allowed: readonly string[]): Msg => ({
    zh: `应为以下之一：${allowed.join('、')}`,
    en: `must be one of: ${allowed.join(', ')}`,
  }),
  unexpected: (): Msg => ({ zh: '无法识别的字段', en: 'is not a known field' }),
  malformed: (): Msg => ({ zh: '格式不正确', en: 'is malformed' }),
  partsAboveTotal: (): Msg => ({
    zh: `${TERMS.outOfCatalog.short.zh}、${TERMS.overLimit.short.zh}和${classB.short.zh}金额之和不能超过${total.long.zh}`,
    en: 'out-of-catalogue, over-limit and class-B amounts together cannot exceed the total',
  }),
  settledAboveInScope: (): Msg => ({
    zh: `${slip.short.zh}上的${TERMS.fund.short.zh}合计不能超过${inScope.long.zh}`,
    en: 'the settled fund payments cannot exceed the in-scope amount',
  }),
  unknownRegion: (region: string, scheme: SchemeName): Msg => ({
    zh: `没有地区 ${region} ${SCHEME_TERMS[scheme].long.zh}的${T.zh}`,
    en: `no tier table for region ${region}, ${SCHEME_TERMS[scheme].long.en}`,
  }),
  noTableOnDate: (date: string, first: string): Msg => ({
    zh: `${formatDate(date, 'zh')} 没有生效的${T.zh}（最早的表自 ${formatDate(first, 'zh')} 起生效）`,
    en: `no tier table is in force on ${formatDate(date, 'en')} (the earliest starts ${formatDate(first, 'en')})`,
  }),
  categoryNotInTable: (allowed: readonly CategoryName[]): Msg => {
    const names = list(allowed.map((c) => CATEGORY_TERMS[c].long));
    return { zh: `此${T.zh}的人员类别为：${names.zh}`, en: `this table's categories are: ${names.en}` };
  },
  levelNotInTable: (allowed: readonly Level[]): Msg => {
    const names = list(allowed.map((l) => LEVEL_TERMS[l].long));
    return { zh: `此${T.zh}的医院等级为：${names.zh}`, en: `this table's hospital levels are: ${names.en}` };
  },
  settingNotInTable: (): Msg => ({
    zh: `此${T.zh}没有这种就医类型的规则`,
    en: 'this table has no rules for this setting',
  }),
  unknownRule: (what: Msg): Msg => ({
    zh: `此${T.zh}未记录${what.zh}（未知，不作猜测）；如有${slip.short.zh}，可填入其上的${basic.long.zh}支付金额`,
    en: `this table does not know the ${what.en} (unknown, not guessed); if you have a settlement slip, enter the basic-fund amount it shows`,
  }),
} as const;

export const warningMessages = {
  userRules: (): Msg => THEIR_RULES,
  gradeC: (what: Msg): Msg => ({
    zh: `使用了未经核实的数值（C级）：${what.zh}`,
    en: `an unverified value (grade C) was used: ${what.en}`,
  }),
  unknownCap: (payer: Msg): Msg => ({
    zh: `${payer.zh}的年度${TERMS.annualCap.short.zh}未知，实际支付可能更少`,
    en: `the annual cap of ${payer.en} is unknown; it could pay less`,
  }),
  staleTable: (confirmed: string): Msg => ({
    zh: `此${T.zh}最近一次被确认有效是 ${formatDate(confirmed, 'zh')}，费用日期更晚，规则可能已调整`,
    en: `this table was last confirmed in force on ${formatDate(confirmed, 'en')}; the bill is later and the rules may have changed`,
  }),
  unknownClassBRate: (): Msg => ({
    zh: `${classB.short.zh}${preSelfPay.short.zh}${ratio.short.zh}未知，${preSelfPay.short.zh}按0计算，实际${TERMS.outOfPocket.short.zh}可能更高`,
    en: 'the class-B self-pay rate is unknown; pre-self-pay was taken as 0, so the real personal share may be higher',
  }),
  unknownOffsite: (): Msg => ({
    zh: '异地就医的调整规则未知，按本地规则计算，实际报销可能更少',
    en: 'the offsite adjustments are unknown; settled as local, so the funds may pay less',
  }),
  offsiteRange: (points: string): Msg => ({
    zh: `异地就医的调整规则未知：本地规则下的金额为上限，按国家规定的最大降幅（${pointsWords(points).zh}）计算的金额为下限`,
    en: `the offsite adjustments are unknown: the local figure is the upper end, the figure at the largest cut national rules allow (${pointsWords(points).en}) the lower end`,
  }),
  noReferral: (): Msg => ({
    zh: `需先在基层首诊：没有${TERMS.referral.short.zh}（且非${TERMS.emergency.short.zh}）时，此笔费用基金不予支付`,
    en: 'primary care first: without a referral (and outside an emergency) the funds pay nothing for this care',
  }),
  ageUnknown: (): Msg => ({
    zh: '未填年龄：按不区分年龄的规则计算',
    en: 'age not given: settled with the rule that does not depend on age',
  }),
  settledTaken: (payer: Msg): Msg => ({
    zh: `${payer.zh}采用${slip.short.zh}上的金额`,
    en: `${payer.en}: taken from the settlement slip`,
  }),
  waiting: (until: string): Msg => ({
    zh: `处于${TERMS.waitingPeriod.long.zh}（至 ${formatDate(until, 'zh')}），各项基金不予支付`,
    en: `inside the waiting period (until ${formatDate(until, 'en')}); no fund pays`,
  }),
  unknownLayer: (layer: Msg): Msg => ({
    zh: `${layer.zh}的规则未知，未计算${layer.zh}`,
    en: `the rules of ${layer.en} are unknown; it was not computed`,
  }),
} as const;

export const premiumMessages = {
  unknown: (year: number): Msg => ({
    zh: `${T.zh}未记录${year}年度此类人员的${TERMS.premium.long.zh}标准（未知，不作猜测）`,
    en: `no table records the ${year} resident premium for this category (unknown, not guessed)`,
  }),
  national: (): Msg => ({
    zh: `此地区未记录本年度${TERMS.premium.short.zh}标准，显示${TERMS.national.short.zh}最低标准；当地实际标准可能更高`,
    en: "this region's premium for the year is not recorded; the national floor is shown, and the local price may be higher",
  }),
} as const;
