/**
 * What the share link tells the user it ignored, in one place, Chinese first.
 * Field names follow the README vocabulary and the settlement slip.
 */
import type { Msg } from '../engine/messages';
import type { FormState } from './doc';

export const FIELD_NAMES: Record<keyof FormState, Msg> = {
  pinned: { zh: '规则表生效日期', en: 'table effective date' },
  date: { zh: '就诊日期', en: 'date' },
  region: { zh: '地区', en: 'region' },
  scheme: { zh: '险种', en: 'scheme' },
  category: { zh: '人员类别', en: 'category' },
  age: { zh: '年龄', en: 'age' },
  hardship: { zh: '困难人员', en: 'hardship' },
  setting: { zh: '住院或门诊', en: 'setting' },
  level: { zh: '医院等级', en: 'hospital level' },
  admission: { zh: '本年第几次住院', en: 'admission' },
  offsite: { zh: '异地就医', en: 'offsite status' },
  referral: { zh: '转诊', en: 'referral' },
  emergency: { zh: '急诊', en: 'emergency' },
  total: { zh: '医疗费总额', en: 'total' },
  outOfCatalog: { zh: '全自费', en: 'out-of-catalogue' },
  overLimit: { zh: '超限价自费', en: 'over-limit' },
  classB: { zh: '乙类', en: 'class B' },
  settledBasic: { zh: '结算单统筹基金支付', en: 'basic fund paid on the slip' },
};

/** Why a value was not accepted, as a phrase. */
export const WHY = {
  amount: {
    zh: '不是有效金额（不小于0、最多两位小数、小于100亿）',
    en: 'is not a valid amount (at least 0, at most two decimals, below 10 billion)',
  },
  date: { zh: '不是有效日期', en: 'is not a real date' },
  code: { zh: '不是可识别的选项', en: 'is not a known option' },
  age: { zh: '不是0到150之间的整数', en: 'is not a whole number from 0 to 150' },
  region: { zh: '不是六位地区代码', en: 'is not a six-digit region code' },
  flag: { zh: '应为 0 或 1', en: 'should be 0 or 1' },
  repeated: { zh: '出现多次且取值不同', en: 'appears more than once with different values' },
  categoryScheme: { zh: '与险种不符', en: 'does not belong to the scheme' },
} satisfies Record<string, Msg>;
export type Why = keyof typeof WHY;

export const linkMessages = {
  badField: (field: keyof FormState, why: Why): Msg => ({
    zh: `链接中的“${FIELD_NAMES[field].zh}”${WHY[why].zh}，已改用默认值`,
    en: `The link's ${FIELD_NAMES[field].en} ${WHY[why].en}; the default is used instead.`,
  }),
  unknownKey: (key: string): Msg =>
    key
      ? { zh: `链接中有无法识别的参数“${key}”，已忽略`, en: `The link has an unknown part "${key}"; it was ignored.` }
      : { zh: '链接中有无法识别的参数，已忽略', en: 'The link has an unknown part; it was ignored.' },
  tooLong: (length: number, max: number): Msg => ({
    zh: `链接过长（${length} 个字符，上限 ${max}），已全部忽略，改用默认值`,
    en: `The link is too long (${length} characters, at most ${max}); all of it was ignored and defaults are used.`,
  }),
  newerVersion: (version: string): Msg => ({
    zh: `链接来自更新版本的计算器（格式 ${version}），无法可靠读取，已全部忽略，改用默认值`,
    en: `The link was made by a newer version of the calculator (format ${version}) and cannot be read reliably; all of it was ignored and defaults are used.`,
  }),
  badVersion: (): Msg => ({
    zh: '链接的格式版本无效，已全部忽略，改用默认值',
    en: "The link's format version is not valid; all of it was ignored and defaults are used.",
  }),
  noVersion: (version: number): Msg => ({
    zh: `链接没有格式版本，按版本 ${version} 读取`,
    en: `The link has no format version; it was read as version ${version}.`,
  }),
  more: (count: number): Msg => ({
    zh: `另有 ${count} 处被忽略`,
    en: `${count} more parts were ignored.`,
  }),
  unreadable: (): Msg => ({
    zh: '链接无法读取，已全部忽略，改用默认值',
    en: 'The link could not be read; all of it was ignored and defaults are used.',
  }),
};
