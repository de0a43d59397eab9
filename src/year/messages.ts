/**
 * Every text of the year page in one place, Chinese first. Components pick `zh` or `en`; tests
 * find elements by these same names, so a wording change cannot silently break a test's meaning.
 */
import type { Msg } from '../engine/messages';
import type { Level, SettingName } from '../tables/schema';

export type Lang = 'zh' | 'en';
export const say = (m: Msg, lang: Lang): string => m[lang];
const m = (zh: string, en: string): Msg => ({ zh, en });

export const yearMessages = {
  notAmount: () => m('应为金额，如 1,200 或 1200.50', 'must be an amount, e.g. 1,200 or 1200.50'),
  notCount: () => m('应为整数', 'must be a whole number'),
  notDate: () => m('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'),
  notAge: () => m('年龄应为0到150之间的整数', 'age must be a whole number from 0 to 150'),
  required: () => m('必填', 'is required'),
  billLeftOut: () => m('此笔费用有误，未计入全年合计', 'this bill has an error and is left out of the year'),
  caps: {
    unknown: () => m('未知', 'unknown'),
    none: () => m('不设封顶', 'no cap'),
  },
  untilCatastrophic: (x: string) => m(`另需自付 ${x} 元后大病保险开始报销`, `${x} more of personal burden before catastrophic insurance pays`),
  catastrophicStarted: () => m('大病保险已开始报销', 'catastrophic insurance is paying'),
  basicLeft: (setting: string, x: string) => m(`${setting}统筹基金还可支付 ${x} 元`, `the basic fund can still pay ${x} (${setting})`),
  basicLeftUnknown: (setting: string) => m(`${setting}统筹基金封顶线未知`, `the basic fund's cap is unknown (${setting})`),
  supplementaryLeft: (x: string) => m(`大额互助还可支付 ${x} 元`, `supplementary can still pay ${x}`),
  supplementaryLeftUnknown: () => m('大额互助封顶线未知', "supplementary's cap is unknown"),
  catastrophicLeft: (x: string) => m(`大病保险还可支付 ${x} 元`, `catastrophic can still pay ${x}`),
  catastrophicLeftUnknown: () => m('大病保险封顶线未知', "catastrophic's cap is unknown"),
  storedBroken: () => m('本机保存的全年数据无法完整读取，已保留可用部分', 'the year stored on this device could not be fully read; usable parts were kept'),
  updated: () => m('已更新到新版本', 'updated to a new version'),
};

export const SETTING_NAMES: Record<SettingName, Msg> = { inpatient: m('住院', 'inpatient'), outpatient: m('门诊', 'outpatient') };
export const LEVEL_NAMES: Record<Level, Msg> = {
  community: m('社区', 'community'),
  primary: m('一级', 'primary'),
  secondary: m('二级', 'secondary'),
  tertiary: m('三级', 'tertiary'),
};
