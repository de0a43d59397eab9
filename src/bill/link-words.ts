/** What the single-bill link says of a field it could not use, Chinese first, in the catalogue's terms. */
import type { Msg } from '../text/msg';
import { FIELDS, TERMS } from '../text/terms';
import type { FormState } from './doc';

const s = (t: { short: Msg }) => t.short;
const l = (t: { long: Msg }) => t.long;

export const FIELD_NAMES: Record<keyof FormState, Msg> = {
  pinned: { zh: `${TERMS.table.short.zh}${TERMS.effective.long.zh}`, en: 'table effective date' },
  date: l(FIELDS.date),
  region: s(FIELDS.region),
  scheme: l(FIELDS.scheme),
  category: l(FIELDS.category),
  age: l(FIELDS.age),
  hardship: s(TERMS.hardship),
  setting: l(FIELDS.setting),
  level: l(FIELDS.level),
  admission: l(FIELDS.admission),
  offsite: l(FIELDS.offsite),
  referral: s(TERMS.referral),
  emergency: s(TERMS.emergency),
  total: l(TERMS.total),
  outOfCatalog: s(TERMS.outOfCatalog),
  overLimit: l(TERMS.overLimit),
  classB: s(TERMS.classB),
  settledBasic: { zh: `${TERMS.slip.short.zh}${TERMS.basic.long.zh}支付`, en: 'basic fund paid on the slip' },
  accountOwn: { zh: `${TERMS.accountOwn.long.zh}余额`, en: 'personal account balance' },
  family: { zh: `${TERMS.accountFamily.short.zh}余额`, en: "relatives' account balances" },
};

/** Why a value was not accepted, as a phrase. */
export const WHY = {
  amount: {
    zh: '不是有效金额（不小于0、最多两位小数、小于1万亿）',
    en: 'is not a valid amount (at least 0, at most two decimals, below 10¹²)',
  },
  date: { zh: '不是有效日期', en: 'is not a real date' },
  code: { zh: '不是可识别的选项', en: 'is not a known option' },
  age: { zh: '不是0到150之间的整数', en: 'is not a whole number from 0 to 150' },
  region: { zh: '不是六位地区代码', en: 'is not a six-digit region code' },
  flag: { zh: '应为 0 或 1', en: 'should be 0 or 1' },
  categoryScheme: { zh: '与险种不符', en: 'does not belong to the scheme' },
} satisfies Record<string, Msg>;
export type Why = keyof typeof WHY;

export const badField = (field: keyof FormState, why: Why): Msg => ({
  zh: `链接中的“${FIELD_NAMES[field].zh}”${WHY[why].zh}，已改用默认值`,
  en: `The link's ${FIELD_NAMES[field].en} ${WHY[why].en}; the default is used instead.`,
});
