/** What the year link tells the user it ignored, Chinese first (the shared notices are src/share/messages.ts). */
import type { Msg } from '../engine/messages';

const PARTS = {
  person: { zh: '参保人信息', en: 'person' },
  own: { zh: '个人账户余额', en: 'own account balance' },
  family: { zh: '家庭共济账户余额', en: "relatives' account balances" },
  prior: { zh: '本年已发生的数额', en: '"already this year" figures' },
  enrolment: { zh: '参保信息（等待期）', en: 'enrolment (waiting period)' },
  pinned: { zh: '规则表生效日期', en: 'table effective date' },
  premiums: { zh: '亲属缴费', en: "relatives' premiums" },
  kind: { zh: '住院/门诊或医院等级', en: 'setting or level' },
  outOfCatalog: { zh: '全自费', en: 'out-of-catalogue' },
  overLimit: { zh: '超限价自费', en: 'over-limit' },
  classB: { zh: '乙类', en: 'class B' },
  settledBasic: { zh: '结算单统筹基金支付', en: 'basic fund paid on the slip' },
  flags: { zh: '异地/转诊/急诊标记', en: 'offsite, referral or emergency marks' },
} satisfies Record<string, Msg>;

export const yearLinkMessages = {
  part: (p: keyof typeof PARTS): Msg => ({
    zh: `链接中的“${PARTS[p].zh}”有误，已忽略有误的部分`,
    en: `The link's ${PARTS[p].en} is not valid; the invalid part was ignored.`,
  }),
  billPart: (n: number, p: keyof typeof PARTS): Msg => ({
    zh: `链接中第 ${n} 笔费用的“${PARTS[p].zh}”有误，已改用默认值`,
    en: `Bill ${n} in the link has an invalid ${PARTS[p].en}; the default is used instead.`,
  }),
  billDropped: (n: number): Msg => ({
    zh: `链接中第 ${n} 笔费用缺少有效的日期或总额，未导入`,
    en: `Bill ${n} in the link has no valid date or total; it was left out.`,
  }),
  tooMany: (max: number): Msg => ({
    zh: `链接中条目过多，只读取前 ${max} 条`,
    en: `The link has too many entries; only the first ${max} were read.`,
  }),
  repeated: (key: string): Msg => ({
    zh: `链接中的“${key}”出现多次且取值不同，只用第一个`,
    en: `"${key}" appears more than once with different values; the first was used.`,
  }),
};
