/**
 * Every word of the year page, Chinese first, composed from the catalogue of terms (the words
 * both pages share are in src/ui/common/words.ts). Components pick `zh` or `en`; tests find
 * elements by these same words, so a wording change cannot silently break a test's meaning.
 */
import { capital, msg, type Msg } from '../text/msg';
import { W } from '../ui/common/words';
import { YEAR_LOADING } from './loading-words';
import { PAYER_TERMS, SCHEME_TERMS, SETTING_TERMS, TERMS } from '../text/terms';

const {
  basic,
  catastrophic,
  accountOwn,
  accountFamily,
  cash,
  premium,
  slip,
  table,
  total,
  fund,
  outOfPocket,
  waitingPeriod,
  inScope,
  secondReimbursement,
} = TERMS;
const inpatient = SETTING_TERMS.inpatient.long;
const outpatient = SETTING_TERMS.outpatient.long;

export const yearMessages = {
  notDate: () => msg('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'),
  required: () => msg('必填', 'is required'),
  billLeftOut: () => msg('此笔费用未计入全年合计', 'this bill is not counted in the year'),
  caps: {
    unknown: () => msg('未知', 'unknown'),
    none: () => msg('不设封顶', 'no cap'),
  },
};

/** What the year kept on this device could not give back, part by part. */
export const storedWords = {
  person: msg('参保人信息', 'the person'),
  own: { zh: `${accountOwn.long.zh}余额`, en: 'the own account balance' } as Msg,
  relatives: (n: number, of: number): Msg => ({
    zh: `${of} 个${accountFamily.long.zh}账户中的 ${n} 个`,
    en: `${n} of ${of} relatives' accounts`,
  }),
  prior: msg('“本年已发生”的数额', 'the "already this year" figures'),
  enrolment: msg('参保情况', 'the enrolment'),
  bills: (n: number, of: number): Msg => ({ zh: `${of} 笔费用中的 ${n} 笔`, en: `${n} of ${of} bills` }),
  premiums: { zh: `${premium.short.zh}年度`, en: 'the premium year' } as Msg,
  premiumRelatives: (n: number, of: number): Msg => ({
    zh: `${of} 位${premium.short.zh}亲属中的 ${n} 位`,
    en: `${n} of ${of} relatives whose premiums are paid`,
  }),
  pinned: { zh: `${table.short.zh}日期`, en: 'the table date' } as Msg,
  what: msg('本机保存的全年数据', 'The year kept on this device'),
  partial: (dropped: readonly Msg[]): Msg => ({
    zh: `本机保存的全年数据中，${dropped.map((d) => d.zh).join('、')}无法读取，已略去；其余内容已恢复。原始数据已原样另存，可下载。`,
    en: `In the year kept on this device, ${dropped.map((d) => d.en).join(', ')} could not be read and were left out; the rest was restored. The stored data is kept aside as it was, to download.`,
  }),
  unreadable: msg(
    '本机保存的全年数据无法读取，没有恢复任何内容；原始数据已原样另存，可下载。',
    'The year kept on this device could not be read, so nothing of it was restored; the stored data is kept aside as it was, to download.',
  ),
  newer: msg(
    '本机保存的全年数据来自更新版本的计算器，此版本无法读取；已原样另存，可在新版本中恢复，或下载。',
    'The year kept on this device was saved by a newer version of the calculator and cannot be read here; it is kept aside as it was, to restore there or download.',
  ),
  notKept: msg(
    '本机保存的全年数据无法读取，也无法另存（存储空间已满或不可用）：它保持原样未被覆盖，本次的修改不会保存。',
    'The year kept on this device could not be read, nor kept aside (storage is full or refused): it is left untouched, and changes made now are not saved.',
  ),
  replaced: msg(
    '打开的链接替换了本机保存的全年数据；原来的数据已另存，可恢复。',
    'The link you opened replaced the year kept on this device; the earlier year is kept aside, to restore.',
  ),
};

/** Words of the year page. */
export const Y = {
  heading: YEAR_LOADING.heading,
  intro: YEAR_LOADING.intro,
  bills: msg('费用清单', 'Bills'),
  noBills: msg('还没有费用，点“添加一笔费用”开始。', 'No bills yet; press “Add a bill” to start.'),
  addBill: msg('添加一笔费用', 'Add a bill'),
  bill: msg('第 {n} 笔', 'Bill {n}'),
  edit: msg('编辑', 'Edit'),
  done: msg('完成', 'Done'),
  remove: W.remove,
  steps: { zh: `${slip.short.zh}与计算步骤`, en: 'Slip and steps' },
  total: capital(total.short),
  fund: capital(fund.short),
  outOfPocket: capital(outOfPocket.short),
  slipCatastrophic: {
    zh: `按${slip.short.zh}，${catastrophic.short.zh}${secondReimbursement.short.zh} {x} 元`,
    en: 'From the slip: catastrophic insurance pays back {x}',
  },
  notCounted: msg('未计入', 'not counted'),
  settledBasicHint: {
    zh: `${slip.short.zh}上${basic.short.zh}已支付的金额；填写后按它推算${catastrophic.short.zh}${secondReimbursement.short.zh}`,
    en: 'what the slip says the basic fund paid; catastrophic insurance is estimated from it',
  },

  summary: msg('全年合计', 'The year in total'),
  summaryCaption: msg('全年合计（元）', 'Year totals (yuan)'),
  item: msg('项目', 'Item'),
  amount: msg('金额（元）', 'Amount (yuan)'),
  byPayer: msg('各支付方', 'By payer'),
  payer: Object.fromEntries(Object.entries(PAYER_TERMS).map(([k, t]) => [k, capital(t.short)])) as Record<
    keyof typeof PAYER_TERMS,
    Msg
  >,
  whoPays: { zh: `${outOfPocket.short.zh}由谁支付`, en: 'Who pays your share' },
  accountOwn: capital(accountOwn.long),
  accountFamily: capital(accountFamily.long),
  cash: capital(cash.long),
  relativeN: W.relativeN,
  balanceLeft: msg('{who}剩余 {x} 元', '{who}: {x} left'),
  pair: msg('{who}：{x}', '{who}: {x}'),
  outlook: msg('还剩多少', 'What is left'),
  warnings: msg('请注意', 'Please note'),
  noResult: msg('录入费用后在这里看到全年合计。', 'The year’s totals appear here once a bill is entered.'),

  accounts: W.accounts,
  accountsIntro: W.accountsIntro,
  own: W.ownBalance,
  relatives: { zh: `${accountFamily.long.zh}亲属账户`, en: 'Relatives’ accounts (mutual aid)' },
  relativeLabel: W.relativeLabel,
  relativeBalance: W.relativeBalance,
  addRelative: W.addRelative,
  moveUp: msg('上移', 'Move up'),
  moveDown: msg('下移', 'Move down'),
  noRelatives: {
    zh: `没有绑定${accountFamily.long.zh}的亲属账户。`,
    en: 'No relative’s account bound for mutual aid.',
  },

  prior: msg('本年已发生（不逐笔录入时）', 'Already this year (instead of listing earlier bills)'),
  priorOn: msg('填写本年此前已发生的数额', 'Enter what is already behind you this year'),
  priorAdmissions: { zh: `此前${inpatient.zh}次数`, en: 'Earlier admissions' },
  priorOutpatient: { zh: `此前${outpatient.zh}${inScope.short.zh}费用`, en: 'Outpatient in-scope cost so far' },
  priorBasicIn: { zh: `${inpatient.zh}${basic.short.zh}已支付`, en: 'Basic fund paid so far (inpatient)' },
  priorBasicOut: { zh: `${outpatient.zh}${basic.short.zh}已支付`, en: 'Basic fund paid so far (outpatient)' },
  priorCatBase: {
    zh: `${catastrophic.short.zh}已累计${outOfPocket.short.zh}`,
    en: 'Personal burden already counted for catastrophic',
  },
  priorCatPaid: { zh: `${catastrophic.short.zh}已支付`, en: 'Catastrophic insurance paid so far' },

  enrolment: { zh: `参保情况（${waitingPeriod.long.zh}）`, en: 'Enrolment (waiting period)' },
  enrolmentOn: msg('不是连续参保，或未在集中参保期内参保', 'Not continuously enrolled, or enrolled outside the window'),
  enrolmentStart: msg('参保缴费日期', 'Enrolment date'),
  inWindow: msg('在集中参保期内参保', 'Enrolled in the enrolment window'),
  brokenYears: msg('断保年数', 'Years without insurance'),
  extraYears: msg('补缴（多缴）年数', 'Extra years paid'),

  premiums: {
    zh: `用${accountOwn.long.zh}为亲属缴纳居民医保`,
    en: 'Paying relatives’ resident premiums from your account',
  },
  premiumsIntro: {
    zh: `${SCHEME_TERMS.employee.short.zh}可用${accountOwn.long.zh}为近亲属缴纳${premium.long.zh}。按${table.short.zh}列出每位亲属的${premium.short.zh}标准，以及${premium.short.zh}后账户余额。`,
    en: 'An employee’s account can pay close relatives’ resident-insurance premiums. Each relative’s premium comes from the tables; the balance left is shown.',
  },
  premiumYear: { zh: `${premium.short.zh}年度`, en: 'Premium year' },
  premiumRelative: msg('亲属类别', 'Relative’s category'),
  premiumRegion: msg('参保地', 'Where insured'),
  premiumSameRegion: msg('与本人相同', 'same as yours'),
  premiumAdd: { zh: `添加${premium.short.zh}亲属`, en: 'Add a relative' },
  premiumAmount: { zh: `${premium.short.zh}标准`, en: 'Premium' },
  premiumFromAccount: msg('账户支付', 'From account'),
  premiumCash: capital(cash.long),
  premiumMinimum: { zh: `${TERMS.national.short.zh}最低标准`, en: 'national minimum' },
  premiumTotal: msg('合计', 'Total'),
  premiumLeft: {
    zh: `${premium.short.zh}后${accountOwn.long.zh}余额 {x} 元`,
    en: '{x} left in your account after the premiums',
  },
  premiumUnknown: msg('未知', 'unknown'),
  premiumDate: { zh: `${premium.short.zh}日期`, en: 'Paid on' },
  premiumDateHint: {
    zh: `不填：按先于当年各笔费用扣除计算（${table.short.zh}未记载集中缴费期的截止日）`,
    en: 'Empty: taken before the year’s bills (the tables do not record when the collection window ends)',
  },
  premiumNote: {
    zh: `${premium.short.zh}从${accountOwn.long.zh}扣除后，此后的费用按扣除后的余额支付。`,
    en: 'The premiums leave your account on their date; the bills after it draw on what is left.',
  },
  premiumShort: {
    zh: `${accountOwn.long.zh}余额不足：{x} 元需以${cash.long.zh}缴纳`,
    en: 'Your account falls short: {x} is to be paid in cash',
  },
  premiumPaidOn: { zh: '于 {date} 扣除', en: 'taken on {date}' },
  premiumPaidFirst: { zh: '先于当年各笔费用扣除', en: 'taken before the year’s bills' },

  share: msg('分享全年', 'Share the year'),
  shareLink: msg('全年分享链接', 'Link to this year'),
  copied: msg('链接已复制，可粘贴发送', 'Link copied; paste it to send'),
  csv: msg('下载表格（CSV）', 'Download table (CSV)'),
  print: msg('打印全年摘要', 'Print the year'),
  linkIgnored: msg('链接中有部分内容无法使用：', 'Some parts of the link could not be used:'),
  pinnedOlder: {
    zh: `此链接使用 {old} 生效的${table.short.zh}计算；已有更新的${table.short.zh}。`,
    en: 'This link was settled with the table in force from {old}; a newer table exists.',
  },
  pinnedMissing: {
    zh: `链接指定的${table.short.zh}（{old} 生效）不存在，已按现行${table.short.zh}计算。`,
    en: 'The table the link used (in force from {old}) does not exist; the tables in force were used.',
  },
  recompute: { zh: `按现行${table.short.zh}重新计算`, en: 'Recompute with the current tables' },
  loading: YEAR_LOADING.loading,
  tablesFailed: W.tableProblems,
  person: msg('参保人', 'The insured person'),
  keptYear: msg('全年数据', 'The year'),
  personNote: msg(
    '全年的参保人信息单独保存，与“单次费用”的填写互不影响。',
    'The year keeps its own person, apart from what the one-bill page holds.',
  ),
} satisfies Record<string, Msg | Record<string, Msg>>;
