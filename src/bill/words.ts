/**
 * The single-bill page's own words, Chinese first, composed from the catalogue of terms; the
 * words both pages share are in src/ui/common/words.ts.
 */
import { capital, msg, type Msg } from '../text/msg';
import { TERMS } from '../text/terms';
import { W } from '../ui/common/words';

const { total, outOfCatalog, overLimit, classB, preSelfPay, basic, catastrophic, slip, table, fund, outOfPocket } =
  TERMS;

export const T = {
  outlookHeading: msg('这笔费用之后', 'After this bill'),
  outlookHint: msg(
    '同一年度内的下一笔费用，从这里继续累计。',
    'A later bill in the same benefit year carries on from here.',
  ),
  /** The offsite range: 统筹基金约支付 X – Y 元. */
  offsiteRange: {
    zh: `${basic.short.zh}约支付 {low} – {high} 元`,
    en: 'The basic fund pays about {low} – {high}',
  },
  offsiteRangeOop: {
    zh: `${outOfPocket.short.zh}约 {low} – {high} 元`,
    en: 'Your share is about {low} – {high}',
  },
  billSection: msg('费用', 'The bill'),
  personSection: msg('参保人', 'The insured person'),
  careSection: msg('就医', 'The care'),
  totalHint: { zh: `${slip.short.zh}上的${total.long.zh}，如 12,000`, en: 'the total on the bill, e.g. 12,000' },
  outOfCatalogHint: msg('目录外项目，个人全付；没有可不填', 'items outside the catalogue; leave empty if none'),
  classBHint: {
    zh: `${classB.short.zh}药品和项目的金额（个人${preSelfPay.short.zh}一部分）`,
    en: 'class-B drugs and items (you pay a share first)',
  },
  slipDetails: { zh: `已有${slip.short.zh}？`, en: 'Have a settlement slip?' },
  settledBasicHint: {
    zh: `填入${slip.short.zh}上${basic.long.zh}已支付的金额，可据此估算${catastrophic.long.zh}等后续报销`,
    en: 'what the slip says the basic fund paid; later layers such as catastrophic insurance are estimated from it',
  },
  loadingTables: { zh: `正在加载${table.short.zh}…`, en: 'Loading the tables…' },
  details: msg('查看明细', 'See the details'),
  resultHeading: msg('计算结果', 'Result'),
  enterTotal: { zh: `输入${total.long.zh}即可看到结果。`, en: 'Enter the total bill to see the result.' },
  loading: msg('正在加载计算规则…', 'Loading the rules…'),
  fundPays: capital(fund.short),
  youPay: capital(outOfPocket.short),
  fundShare: { zh: `${fund.short.zh}占${total.short.zh}`, en: 'Share paid by the funds' },
  stale: msg(
    '有输入无法识别，下面仍是上一次有效输入的结果。',
    'Some input cannot be read; the result below is still for the last valid input.',
  ),
  tableProblems: W.tableProblems,
  noTable: { zh: `没有这个地区和险种的${table.short.zh}`, en: 'there is no table for this region and scheme' },
  engineFailed: (why: string): Msg => ({
    zh: `计算程序未能加载（${why}），请刷新页面`,
    en: `the calculator could not load (${why}); please reload the page`,
  }),
  internal: (why: string): Msg => ({ zh: `计算出错：${why}`, en: `the calculation failed: ${why}` }),

  compareHeading: msg('不同医院等级比较', 'Compare hospital levels'),
  compareCaption: msg('同一笔费用在各级医院的结算', 'The same bill at each hospital level'),
  compareNote: msg('说明', 'Note'),
  notCovered: { zh: `没有${TERMS.referral.short.zh}不予报销`, en: 'Not covered without referral' },
  notCoveredWaiting: { zh: `${TERMS.waitingPeriod.short.zh}内不予报销`, en: 'Not covered in the waiting period' },
  compareGradeC: msg('含未经核实的比例（C级）', 'Uses an unverified ratio (grade C)'),
  current: msg('当前选择', 'your choice'),
  chartHeading: msg('费用越高，自己付多少', 'What you pay as the bill grows'),
  chartCaption: {
    zh: `横轴为${total.long.zh}，纵轴为${outOfPocket.short.zh}；${outOfCatalog.short.zh}、${overLimit.short.zh}、${classB.short.zh}金额保持不变。拐点处是${TERMS.deductible.short.zh}、${TERMS.band.short.zh}和${TERMS.annualCap.short.zh}。`,
    en: 'Across: total bill; up: what you pay. Out-of-catalogue, over-limit and class-B amounts stay as entered. The bends are the deductible, the bands and the cap.',
  },
  chartX: { zh: `${total.long.zh}（元）`, en: 'Total bill (yuan)' },
  chartY: { zh: `${outOfPocket.short.zh}（元）`, en: 'You pay (yuan)' },
  chartSame: msg('（与{other}重合）', ' (same line as {other})'),
  chartData: msg('图表数据', 'Chart data'),
  chartNow: msg('当前金额', 'this bill'),

  printSummary: msg('输入摘要', 'What was entered'),
  pinnedOlder: {
    zh: `此链接使用的是 {old} 生效的${table.short.zh}；现行${table.short.zh}自 {new} 起生效。`,
    en: 'This link used the table in force from {old}; the current table is in force from {new}.',
  },
  recompute: { zh: `按现行${table.short.zh}重新计算`, en: 'Recompute with the current table' },
  pinnedMissing: {
    zh: `链接指定的${table.short.zh}（{old} 生效）已不存在，已按现行${table.short.zh}计算。`,
    en: 'The table the link used (in force from {old}) no longer exists; the current table was used.',
  },
  sameNow: {
    zh: `按现行${table.short.zh}，${outOfPocket.short.zh}不变。`,
    en: 'With the current table you would pay the same.',
  },
  changeNow: (now: string, by: string, less: boolean): Msg => ({
    zh: `按现行${table.short.zh}，${outOfPocket.short.zh}为 ${now} 元，${less ? '少' : '多'} ${by} 元。`,
    en: `With the current table you would pay ${now}, ${by} ${less ? 'less' : 'more'}.`,
  }),
  linkIgnored: msg('链接中有部分内容无法使用：', 'Some parts of the link could not be used:'),

  share: msg('分享链接', 'Share link'),
  shared: msg('已分享', 'Shared'),
  copied: msg('链接已复制，可粘贴发送', 'Link copied; paste it to send'),
  copyFailed: msg('无法自动复制，请手动复制下面的链接：', 'Could not copy automatically; copy this link by hand:'),
  shareLinkLabel: msg('分享链接地址', 'Share link address'),
} as const;
