/**
 * The words of what shows once there is a result (the figures' view, its slip and steps, the
 * comparison, the chart, sharing), loaded with it after the first paint; the form's words, in the
 * first load, are in words.ts. V for view.
 */
import { msg, type Msg } from '../text/msg';
import { TERMS } from '../text/terms';

const { total, outOfCatalog, overLimit, classB, basic, fund, outOfPocket } = TERMS;

export const V = {
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
  fundShare: { zh: `${fund.short.zh}占${total.short.zh}`, en: 'Share paid by the funds' },
  stale: msg(
    '有输入无法识别，下面仍是上一次有效输入的结果。',
    'Some input cannot be read; the result below is still for the last valid input.',
  ),
  internal: (why: string): Msg => ({ zh: `计算出错：${why}`, en: `the calculation failed: ${why}` }),

  compareHeading: msg('不同医院等级比较', 'Compare hospital levels'),
  compareCaption: msg('同一笔费用在各级医院的结算', 'The same bill at each hospital level'),
  compareNote: msg('说明', 'Note'),
  /** Between two notes on one level. */
  noteSep: msg('；', '; '),
  notCovered: { zh: `没有${TERMS.referral.short.zh}不予报销`, en: 'Not covered without referral' },
  notCoveredWaiting: { zh: `${TERMS.waitingPeriod.short.zh}内不予报销`, en: 'Not covered in the waiting period' },
  compareGradeC: msg('含未经核实的比例（C级）', 'Uses an unverified ratio (grade C)'),
  /** An offsite bill under a table without its offsite rule: each level's figures are a range. */
  compareOffsite: msg(
    '异地就医比例未知：范围从按全国规定的最大降幅到按本地比例',
    'Offsite ratio unknown: a range, from the national maximum cut to the local ratio',
  ),
  compareOffsiteWords: msg(
    '以上差额按本地比例计算；异地就医的实际差额可能不同。',
    'These differences use the local ratios; offsite, the real differences may not be the same.',
  ),
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
  chartOffsite: msg(
    '异地就医比例未知：图中各线按本地比例计算，实际自付可能更多（见上方范围）。',
    'Offsite ratio unknown: the lines use the local ratios, and you may pay more (see the range above).',
  ),

  printSummary: msg('输入摘要', 'What was entered'),
  share: msg('分享链接', 'Share link'),
  shared: msg('已分享', 'Shared'),
  copied: msg('链接已复制，可粘贴发送', 'Link copied; paste it to send'),
  copyFailed: msg('无法自动复制，请手动复制下面的链接：', 'Could not copy automatically; copy this link by hand:'),
} as const;
