/**
 * The page's own words, Chinese first, in one place. Engine messages come with their own {zh, en};
 * names of choices are in labels.ts.
 */
import type { Msg } from '../engine/messages';
import type { Lang } from '../app/prefs.svelte';

export const tr = (msg: Msg, lang: Lang): string => msg[lang];

export const T = {
  title: { zh: '医保报销计算器', en: 'Medical insurance calculator' },
  tagline: {
    zh: '输入一笔医疗费，看统筹基金、大额互助、大病保险各付多少，自己付多少。全部在本机计算，不上传任何数据。',
    en: 'Enter a hospital bill and see what each fund pays and what you pay. Everything is computed on your device; nothing is sent anywhere.',
  },
  skip: { zh: '跳到计算结果', en: 'Skip to the result' },
  switchLang: { zh: 'English', en: '中文' },
  largeText: { zh: '大字模式', en: 'Large text' },
  print: { zh: '打印', en: 'Print' },
  share: { zh: '分享链接', en: 'Share link' },
  shared: { zh: '已分享', en: 'Shared' },
  copied: { zh: '链接已复制，可粘贴发送', en: 'Link copied; paste it to send' },
  copyFailed: {
    zh: '无法自动复制，请手动复制下面的链接：',
    en: 'Could not copy automatically; copy this link by hand:',
  },
  shareLinkLabel: { zh: '分享链接地址', en: 'Share link address' },

  billSection: { zh: '费用', en: 'The bill' },
  personSection: { zh: '参保人', en: 'The insured person' },
  careSection: { zh: '就医', en: 'The care' },
  total: { zh: '医疗费总额', en: 'Total bill' },
  totalHint: { zh: '结算单上的医疗费总额，如 12,000', en: 'the total on the bill, e.g. 12,000' },
  outOfCatalog: { zh: '全自费', en: 'Out-of-catalogue' },
  outOfCatalogHint: { zh: '目录外项目，个人全付；没有可不填', en: 'items outside the catalogue; leave empty if none' },
  overLimit: { zh: '超限价自费', en: 'Over price limit' },
  classB: { zh: '乙类', en: 'Class B' },
  classBHint: { zh: '乙类药品和项目的金额（个人先付一部分）', en: 'class-B drugs and items (you pay a share first)' },
  slipDetails: { zh: '已有结算单？', en: 'Have a settlement slip?' },
  settledBasic: { zh: '结算单统筹支付', en: 'Basic fund on the slip' },
  settledBasicHint: {
    zh: '填入结算单上统筹基金已支付的金额，可据此估算大病保险等后续报销',
    en: 'what the slip says the basic fund paid; later layers such as catastrophic insurance are estimated from it',
  },
  region: { zh: '地区', en: 'Region' },
  scheme: { zh: '险种', en: 'Scheme' },
  category: { zh: '人员类别', en: 'Category' },
  age: { zh: '年龄', en: 'Age' },
  ageHint: { zh: '可不填；有的规则按年龄区分', en: 'optional; some rules depend on age' },
  hardship: {
    zh: '困难人员（低保、特困、低收入等）',
    en: 'In hardship (subsistence allowance, extreme poverty, low income)',
  },
  setting: { zh: '就医类型', en: 'Setting' },
  level: { zh: '医院等级', en: 'Hospital level' },
  admission: { zh: '本年第几次住院', en: 'Admission this year' },
  offsite: { zh: '就医地', en: 'Where treated' },
  referral: { zh: '有转诊单', en: 'Referred' },
  emergency: { zh: '急诊', en: 'Emergency' },
  date: { zh: '费用日期', en: 'Bill date' },
  yuan: { zh: '元', en: 'yuan' },
  loadingTables: { zh: '正在加载规则表…', en: 'Loading the tables…' },

  details: { zh: '查看明细', en: 'See the details' },
  resultHeading: { zh: '计算结果', en: 'Result' },
  enterTotal: { zh: '输入医疗费总额即可看到结果。', en: 'Enter the total bill to see the result.' },
  loading: { zh: '正在加载计算规则…', en: 'Loading the rules…' },
  fundPays: { zh: '基金支付', en: 'Funds pay' },
  youPay: { zh: '个人负担', en: 'You pay' },
  fundShare: { zh: '基金支付占总额', en: 'Share paid by the funds' },
  stale: {
    zh: '有输入无法识别，下面仍是上一次有效输入的结果。',
    en: 'Some input cannot be read; the result below is still for the last valid input.',
  },
  slipHeading: { zh: '结算单', en: 'Settlement slip' },
  slipItem: { zh: '项目', en: 'Item' },
  slipAmount: { zh: '金额（元）', en: 'Amount (yuan)' },
  unknown: { zh: '未知', en: 'unknown' },
  stepsHeading: { zh: '计算步骤', en: 'How it was computed' },
  grade: { zh: '可信度', en: 'grade' },
  gradeNames: {
    zh: 'A 官方原文；A- 官方原文的忠实转载；B 经办实务资料；C 二手或凭记忆，未经核实',
    en: 'A official text; A- a faithful copy of it; B practitioner material; C secondary or recalled, unverified',
  },
  cautionsHeading: { zh: '请注意', en: 'Please note' },
  tableHeading: { zh: '所用规则表', en: 'Table used' },
  effective: { zh: '生效日期', en: 'in force from' },
  version: { zh: '版本', en: 'version' },
  confirmed: { zh: '最近确认', en: 'last confirmed' },
  tableProblems: { zh: '规则表有误，无法计算：', en: 'A table is malformed and cannot be used:' },

  compareHeading: { zh: '不同医院等级比较', en: 'Compare hospital levels' },
  compareCaption: { zh: '同一笔费用在各级医院的结算', en: 'The same bill at each hospital level' },
  compareLevel: { zh: '医院等级', en: 'Level' },
  compareNote: { zh: '说明', en: 'Note' },
  notCovered: { zh: '没有转诊不予报销', en: 'Not covered without referral' },
  notCoveredWaiting: { zh: '等待期内不予报销', en: 'Not covered in the waiting period' },
  compareGradeC: { zh: '含未经核实的比例（C级）', en: 'Uses an unverified ratio (grade C)' },
  current: { zh: '当前选择', en: 'your choice' },
  chartHeading: { zh: '费用越高，自己付多少', en: 'What you pay as the bill grows' },
  chartCaption: {
    zh: '横轴为医疗费总额，纵轴为个人负担；全自费、超限价、乙类金额保持不变。拐点处是起付线、分段和封顶线。',
    en: 'Across: total bill; up: what you pay. Out-of-catalogue, over-limit and class-B amounts stay as entered. The bends are the deductible, the bands and the cap.',
  },
  chartX: { zh: '医疗费总额（元）', en: 'Total bill (yuan)' },
  chartY: { zh: '个人负担（元）', en: 'You pay (yuan)' },
  chartSame: { zh: '（与{other}重合）', en: ' (same line as {other})' },
  chartData: { zh: '图表数据', en: 'Chart data' },
  chartNow: { zh: '当前金额', en: 'this bill' },

  printSummary: { zh: '输入摘要', en: 'What was entered' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  pinnedOlder: {
    zh: '此链接使用的是 {old} 生效的规则表；现行规则表自 {new} 起生效。',
    en: 'This link used the table in force from {old}; the current table is in force from {new}.',
  },
  recompute: { zh: '按现行规则表重新计算', en: 'Recompute with the current table' },
  pinnedMissing: {
    zh: '链接指定的规则表（{old} 生效）已不存在，已按现行规则表计算。',
    en: 'The table the link used (in force from {old}) no longer exists; the current table was used.',
  },
  linkIgnored: { zh: '链接中有部分内容无法使用：', en: 'Some parts of the link could not be used:' },
  footer: {
    zh: '结果仅供参考，以医保经办机构的结算为准。每个数值都来自注明出处和可信度的规则表。',
    en: 'For guidance only; the insurance office’s settlement is what counts. Every value comes from a table that cites its source and grade.',
  },
} satisfies Record<string, Msg>;

/** Fills {name} placeholders. */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');
