/**
 * The single-bill page's own words, Chinese first, composed from the catalogue of terms; the
 * words both pages share are in src/ui/common/words.ts.
 */
import { capital, msg, type Msg } from '../text/msg';
import { TERMS } from '../text/terms';
import { W } from '../ui/common/words';

const { total, classB, preSelfPay, basic, catastrophic, slip, table, fund, outOfPocket } = TERMS;

export const T = {
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
  details: msg('查看明细', 'See the details'),
  resultHeading: msg('计算结果', 'Result'),
  enterTotal: { zh: `输入${total.long.zh}即可看到结果。`, en: 'Enter the total bill to see the result.' },
  loading: msg('正在加载计算规则…', 'Loading the rules…'),
  fundPays: capital(fund.short),
  youPay: capital(outOfPocket.short),
  tableProblems: W.tableProblems,
  noTable: { zh: `没有这个地区和险种的${table.short.zh}`, en: 'there is no table for this region and scheme' },
  engineFailed: (why: string): Msg => ({
    zh: `计算程序未能加载（${why}），请刷新页面`,
    en: `the calculator could not load (${why}); please reload the page`,
  }),
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
} as const;
