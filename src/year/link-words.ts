/** What the year link says of a part it could not use, Chinese first (the shared notices are src/link/words.ts). */
import type { Msg } from '../text/msg';
import { FIELDS, SETTING_TERMS, TERMS } from '../text/terms';

const { accountOwn, accountFamily, table, effective, premium, outOfCatalog, overLimit, classB, slip, basic } = TERMS;

const PARTS = {
  person: { zh: '参保人信息', en: 'person' },
  own: { zh: `${accountOwn.long.zh}余额`, en: 'own account balance' },
  family: { zh: `${accountFamily.long.zh}账户余额`, en: "relatives' account balances" },
  prior: { zh: '本年已发生的数额', en: '"already this year" figures' },
  enrolment: { zh: `参保信息（${TERMS.waitingPeriod.short.zh}）`, en: 'enrolment (waiting period)' },
  pinned: { zh: `${table.short.zh}${effective.long.zh}`, en: 'table effective date' },
  premiums: { zh: `亲属${premium.short.zh}`, en: "relatives' premiums" },
  kind: {
    zh: `${SETTING_TERMS.inpatient.long.zh}/${SETTING_TERMS.outpatient.long.zh}或${FIELDS.level.long.zh}`,
    en: 'setting or level',
  },
  outOfCatalog: outOfCatalog.short,
  overLimit: overLimit.long,
  classB: classB.short,
  settledBasic: { zh: `${slip.short.zh}${basic.long.zh}支付`, en: 'basic fund paid on the slip' },
  flags: {
    zh: `异地/${TERMS.referral.short.zh}/${TERMS.emergency.short.zh}标记`,
    en: 'offsite, referral or emergency marks',
  },
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
    zh: `链接中第 ${n} 笔费用缺少有效的日期或${TERMS.total.short.zh}，未导入`,
    en: `Bill ${n} in the link has no valid date or total; it was left out.`,
  }),
  tooMany: (max: number): Msg => ({
    zh: `链接中条目过多，只读取前 ${max} 条`,
    en: `The link has too many entries; only the first ${max} were read.`,
  }),
  tooBig: {
    zh: '全年数据太多，无法放进一个链接（链接会丢失部分费用）。请改用“下载表格（CSV）”保存或发送。',
    en: 'The year is too big for one link (it would lose bills). Use “Download table (CSV)” to keep or send it instead.',
  } satisfies Msg,
};
