/**
 * Every text of the year page in one place, Chinese first. Components pick `zh` or `en`; tests
 * find elements by these same names, so a wording change cannot silently break a test's meaning.
 */
import type { Msg } from '../engine/messages';

const m = (zh: string, en: string): Msg => ({ zh, en });

export const yearMessages = {
  notCount: () => m('应为整数', 'must be a whole number'),
  notDate: () => m('应为日期 YYYY-MM-DD', 'must be a date YYYY-MM-DD'),
  required: () => m('必填', 'is required'),
  billLeftOut: () => m('此笔费用未计入全年合计', 'this bill is not counted in the year'),
  caps: {
    unknown: () => m('未知', 'unknown'),
    none: () => m('不设封顶', 'no cap'),
  },
  untilCatastrophic: (x: string) =>
    m(
      `另需自付 ${x} 元后大病保险开始报销`,
      `Catastrophic insurance starts paying after ${x} more of your own in-scope costs`,
    ),
  catastrophicStarted: () => m('大病保险已开始报销', 'Catastrophic insurance is paying'),
  basicLeft: (setting: Msg, x: string) =>
    m(`${setting.zh}统筹基金还可支付 ${x} 元`, `The basic fund can still pay ${x} (${setting.en.toLowerCase()})`),
  basicLeftUnknown: (setting: Msg) =>
    m(`${setting.zh}统筹基金封顶线：未知`, `The basic fund's cap (${setting.en.toLowerCase()}): unknown`),
  supplementaryLeft: (x: string) => m(`大额互助还可支付 ${x} 元`, `The supplementary fund can still pay ${x}`),
  supplementaryLeftUnknown: () => m('大额互助封顶线：未知', "The supplementary fund's cap: unknown"),
  catastrophicLeft: (x: string) => m(`大病保险还可支付 ${x} 元`, `Catastrophic insurance can still pay ${x}`),
  catastrophicLeftUnknown: () => m('大病保险封顶线：未知', "Catastrophic insurance's cap: unknown"),
  storedBroken: () =>
    m(
      '本机保存的全年数据无法完整读取，已保留可用部分',
      'the year stored on this device could not be fully read; usable parts were kept',
    ),
};

/** Words of the year page (the single-bill page's words are src/ui/i18n.ts, reused where they fit). */
export const Y = {
  tabOne: m('单次费用', 'One bill'),
  tabYear: m('全年', 'The year'),
  heading: m('全年费用', 'A year of bills'),
  intro: m(
    '逐笔录入一年中的医疗费用，按日期顺序结算：起付线、住院次数、分段、封顶线和大病保险累计都会带到下一笔。',
    'Enter the year’s bills one by one; they are settled in date order, each seeing the deductibles, admissions, bands, caps and catastrophic base the earlier ones used.',
  ),
  bills: m('费用清单', 'Bills'),
  noBills: m('还没有费用，点“添加一笔费用”开始。', 'No bills yet; press “Add a bill” to start.'),
  addBill: m('添加一笔费用', 'Add a bill'),
  bill: m('第 {n} 笔', 'Bill {n}'),
  edit: m('编辑', 'Edit'),
  done: m('完成', 'Done'),
  remove: m('删除', 'Remove'),
  steps: m('计算步骤', 'Steps'),
  total: m('总额', 'Total'),
  fund: m('基金支付', 'Funds pay'),
  outOfPocket: m('个人负担', 'You pay'),
  slipCatastrophic: m('按结算单，大病保险二次报销 {x} 元', 'From the slip: catastrophic insurance pays back {x}'),
  notCounted: m('未计入', 'not counted'),
  settledBasicHint: m(
    '结算单上统筹基金已支付的金额；填写后按它推算大病保险二次报销',
    'what the slip says the basic fund paid; catastrophic insurance is estimated from it',
  ),

  summary: m('全年合计', 'The year in total'),
  summaryCaption: m('全年合计（元）', 'Year totals (yuan)'),
  item: m('项目', 'Item'),
  amount: m('金额（元）', 'Amount (yuan)'),
  byPayer: m('各支付方', 'By payer'),
  whoPays: m('个人负担由谁支付', 'Who pays your share'),
  accountOwn: m('个人账户', 'Own account'),
  accountFamily: m('家庭共济', 'Family accounts'),
  cash: m('现金', 'Cash'),
  relativeN: m('亲属{n}', 'Relative {n}'),
  balanceLeft: m('{who}剩余 {x} 元', '{who}: {x} left'),
  pair: m('{who}：{x}', '{who}: {x}'),
  outlook: m('还剩多少', 'What is left'),
  warnings: m('请注意', 'Please note'),
  noResult: m('录入费用后在这里看到全年合计。', 'The year’s totals appear here once a bill is entered.'),

  accounts: m('个人负担的支付顺序', 'Paying your share'),
  accountsIntro: m(
    '先用本人个人账户（仅职工医保），再按下列顺序用已绑定家庭共济的亲属账户，最后付现金。亲属称呼只保存在本机，不会写进分享链接。',
    'First your own personal account (employees only), then the relatives’ accounts bound for mutual aid in this order, then cash. Relatives’ names stay on this device and never go into a shared link.',
  ),
  own: m('本人个人账户余额', 'Own personal account balance'),
  relatives: m('家庭共济亲属账户', 'Relatives’ accounts (mutual aid)'),
  relativeLabel: m('称呼（如配偶、父母、子女）', 'Who (e.g. spouse, parent, child)'),
  relativeBalance: m('账户余额', 'Account balance'),
  addRelative: m('添加亲属账户', 'Add a relative’s account'),
  moveUp: m('上移', 'Move up'),
  moveDown: m('下移', 'Move down'),
  noRelatives: m('没有绑定家庭共济的亲属账户。', 'No relative’s account bound for mutual aid.'),

  prior: m('本年已发生（不逐笔录入时）', 'Already this year (instead of listing earlier bills)'),
  priorOn: m('填写本年此前已发生的数额', 'Enter what is already behind you this year'),
  priorAdmissions: m('此前住院次数', 'Earlier admissions'),
  priorOutpatient: m('此前门诊符合政策范围费用', 'Outpatient in-scope cost so far'),
  priorBasicIn: m('住院统筹基金已支付', 'Basic fund paid so far (inpatient)'),
  priorBasicOut: m('门诊统筹基金已支付', 'Basic fund paid so far (outpatient)'),
  priorCatBase: m('大病保险已累计个人负担', 'Personal burden already counted for catastrophic'),
  priorCatPaid: m('大病保险已支付', 'Catastrophic insurance paid so far'),

  enrolment: m('参保情况（待遇等待期）', 'Enrolment (waiting period)'),
  enrolmentOn: m('不是连续参保，或未在集中参保期内参保', 'Not continuously enrolled, or enrolled outside the window'),
  enrolmentStart: m('参保缴费日期', 'Enrolment date'),
  inWindow: m('在集中参保期内参保', 'Enrolled in the enrolment window'),
  brokenYears: m('断保年数', 'Years without insurance'),
  extraYears: m('补缴（多缴）年数', 'Extra years paid'),

  premiums: m('用个人账户为亲属缴纳居民医保', 'Paying relatives’ resident premiums from your account'),
  premiumsIntro: m(
    '职工可用个人账户为近亲属缴纳城乡居民医保个人缴费。按规则表列出每位亲属的缴费标准，以及缴费后账户余额。',
    'An employee’s account can pay close relatives’ resident-insurance premiums. Each relative’s premium comes from the tables; the balance left is shown.',
  ),
  premiumYear: m('缴费年度', 'Premium year'),
  premiumRelative: m('亲属类别', 'Relative’s category'),
  premiumRegion: m('参保地', 'Where insured'),
  premiumAdd: m('添加缴费亲属', 'Add a relative'),
  premiumAmount: m('缴费标准', 'Premium'),
  premiumFromAccount: m('账户支付', 'From account'),
  premiumCash: m('现金', 'Cash'),
  premiumMinimum: m('全国最低标准', 'national minimum'),
  premiumTotal: m('合计', 'Total'),
  premiumLeft: m('缴费后个人账户余额 {x} 元', '{x} left in your account after the premiums'),
  premiumUnknown: m('未知', 'unknown'),
  premiumNote: m(
    '缴费与上面的费用分开计算：费用一栏按你填写的账户余额结算。',
    'Premiums are shown apart from the bills: the bills use the balance you entered.',
  ),

  share: m('分享全年', 'Share the year'),
  shareLink: m('全年分享链接', 'Link to this year'),
  copied: m('链接已复制，可粘贴发送', 'Link copied; paste it to send'),
  csv: m('下载表格（CSV）', 'Download table (CSV)'),
  print: m('打印全年摘要', 'Print the year'),
  linkIgnored: m('链接中有部分内容无法使用：', 'Some parts of the link could not be used:'),
  pinnedOlder: m(
    '此链接使用 {old} 生效的规则表计算；已有更新的规则表。',
    'This link was settled with the table in force from {old}; a newer table exists.',
  ),
  recompute: m('按现行规则表重新计算', 'Recompute with the current tables'),
  loading: m('正在加载规则表…', 'Loading the tables…'),
  tablesFailed: m('规则表无法加载', 'The tables could not be loaded'),
  person: m('参保人', 'The insured person'),
} satisfies Record<string, Msg>;
