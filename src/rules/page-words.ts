/**
 * The words of 我的规则 itself — the list of sets, the editor, deriving from slips, files — loaded
 * with that page only. What the other pages say of a person's rules is in ./words.ts.
 */
import { capital, fillMsg, msg, type Msg } from '../text/msg';
import { CATEGORY_TERMS, FIELDS, SCHEME_TERMS, SETTING_TERMS, TERMS } from '../text/terms';

const {
  deductible,
  band,
  annualCap,
  basic,
  supplementary,
  topUp,
  catastrophic,
  classB,
  preSelfPay,
  slip,
  table,
  referral,
  emergency,
  hardship,
  inScope,
  total,
  outOfCatalog,
  overLimit,
} = TERMS;
const inpatient = SETTING_TERMS.inpatient.short;
const outpatient = SETTING_TERMS.outpatient.short;
const n = (m: Msg, values: Record<string, string | Msg>) => fillMsg(m, values);

export const P = {
  // What every result built on a person's rules says (the engine's userRules warning says the same).
  copiedFrom: (what: Msg): Msg => n(msg('从“{what}”复制后修改', 'copied from “{what}”, then changed'), { what }),
  derivedFrom: (count: number): Msg =>
    n(msg(`由 {count} 张${slip.short.zh}推算`, 'derived from {count} settlement slip(s)'), { count: String(count) }),
  // The page and the list of sets.
  heading: msg('我的规则', 'My rules'),
  intro: msg(
    `没有你所在城市的规则？照当地医保局的通知、医院张贴的报销表或你自己的${slip.short.zh}，把规则填进来，就能像北京一样计算单笔费用、比较医院等级、结算全年。规则只保存在这台设备上；分享链接时才随链接带走。`,
    'Your city is not listed? Enter its rules from the local insurance notice, the table posted in your hospital or your own slip, and settle bills, compare levels and settle a year as for Beijing. The rules stay on this device, unless you share a link.',
  ),
  noSets: msg('还没有自定义规则。', 'No rules of your own yet.'),
  startHeading: msg('新建规则', 'New rules'),
  startBlank: msg('从空白开始', 'Start blank'),
  startCopy: msg('复制内置规则再修改', 'Copy built-in rules and change them'),
  startCopyPick: { zh: `选择要复制的${table.short.zh}`, en: 'Table to copy' },
  startCopyButton: msg('复制', 'Copy'),
  startDerive: { zh: `从${slip.short.zh}推算`, en: 'Derive from a slip' },
  startImport: msg('导入规则文件', 'Import a rules file'),
  blankName: (scheme: Msg): Msg => n(msg('我的{scheme}规则', 'My {scheme} rules'), { scheme }),
  copyName: (name: string): Msg => n(msg('{name}（副本）', '{name} (copy)'), { name }),
  listHeading: msg('已保存的规则', 'Saved rules'),
  edit: msg('编辑', 'Edit'),
  use: msg('用它计算单笔费用', 'Settle a bill with it'),
  copy: msg('复制', 'Copy'),
  rename: msg('名称', 'Name'),
  exportFile: msg('导出文件', 'Export file'),
  remove: msg('删除', 'Delete'),
  removeConfirm: (name: string): Msg => n(msg('删除“{name}”？', 'Delete “{name}”?'), { name }),
  removed: (name: string): Msg => n(msg('已删除“{name}”。', 'Deleted “{name}”.'), { name }),
  undo: msg('撤销', 'Undo'),
  valid: msg('可以使用', 'ready to use'),
  invalid: (count: number): Msg =>
    n(
      msg(
        '有 {count} 处需要修改；计算仍用上次可用的版本',
        '{count} thing(s) to fix; results still use the last usable version',
      ),
      {
        count: String(count),
      },
    ),
  neverValid: (count: number): Msg =>
    n(msg('有 {count} 处需要填写或修改，之后才能计算', '{count} thing(s) to fill in or fix before it can settle'), {
      count: String(count),
    }),
  notComplete: msg('还没有填完整：请编辑补全', 'not complete yet: edit it to finish'),
  done: msg('完成', 'Done'),
  saved: msg('已自动保存在这台设备上', 'Saved on this device as you type'),
  ofScheme: (region: string, scheme: Msg, effective: string): Msg =>
    n(msg('{region} · {scheme} · 自 {effective} 起', '{region} · {scheme} · from {effective}'), {
      region,
      scheme,
      effective,
    }),
  unnamedRegion: msg('（未填地区）', '(no region yet)'),
  // The region choice on both pages.
  // Links.
  // Files.
  importHint: msg(
    '选择或拖入一个规则文件（.json，格式见 tiers/tier.schema.json）。',
    'Choose or drop a rules file (.json, in the format of tiers/tier.schema.json).',
  ),
  dropHere: msg('把文件拖到这里', 'Drop the file here'),
  importFailed: (name: string): Msg =>
    n(msg('“{name}”不是可用的规则文件：', '“{name}” is not a usable rules file:'), { name }),
  importNotJson: msg('不是 JSON 文件', 'not a JSON file'),
  importUnreadable: msg('无法读取这个文件', 'the file could not be read'),
  importTooBig: msg('文件太大（超过 1 MB）', 'the file is too large (over 1 MB)'),
  importPatch: msg(
    `这是只写变化部分的文件（extends），请导入完整的${table.short.zh}`,
    'this file lists only what changed (extends); import a whole table',
  ),
  imported: (name: string): Msg => n(msg('已导入“{name}”。', 'Imported “{name}”.'), { name }),
  morePrblems: (count: number): Msg => n(msg('……另有 {count} 处', '… and {count} more'), { count: String(count) }),

  // The editor.
  editing: (name: string): Msg => n(msg('编辑“{name}”', 'Editing “{name}”'), { name }),
  fixList: msg('需要修改的地方', 'What to fix'),
  basicsSection: msg('地区与适用范围', 'Region and who it covers'),
  regionName: msg('地区名称', 'Region name'),
  regionNameEn: msg('英文名称（可不填）', 'English name (optional)'),
  regionCode: msg('地区代码（6 位）', 'Region code (6 digits)'),
  regionCodeHint: msg(
    '国家行政区划代码，例如上海市 310000；身份证号前 6 位是出生地的代码',
    'the national division code, e.g. Shanghai 310000; the first 6 digits of an ID number are the birthplace’s',
  ),
  effective: capital(TERMS.effective.long),
  categories: capital(FIELDS.category.long),
  levels: capital(FIELDS.level.long),
  classBRate: { zh: `${classB.short.zh}${preSelfPay.short.zh}比例`, en: 'Class-B self-pay share' },
  classBRateHint: msg('如 10%；不知道可不填', 'e.g. 10%; leave empty if unknown'),
  sourceSection: msg('规则的来源（可不填）', 'Where the rules come from (optional)'),
  sourceTitle: msg('文件或通知名称', 'Title of the document or notice'),
  sourceDocNo: msg('文号', 'Document number (文号)'),
  sourceHref: msg('网址', 'Web address'),
  sourceHint: msg(
    '填了来源，结果仍标为“未经核实”：这是你对这份文件的理解。',
    'Even with a source, results stay “not verified”: this is your reading of the document.',
  ),
  settingOn: (setting: Msg): Msg => n(msg('有{setting}规则', 'Has {setting} rules'), { setting }),
  inpatientSection: { zh: `${inpatient.zh}`, en: 'Inpatient' },
  outpatientSection: { zh: `${outpatient.zh}`, en: 'Outpatient' },
  deductibleSection: capital(deductible.short),
  deductiblePer: msg('怎么收', 'How it is owed'),
  per: {
    admission: msg(`每次${inpatient.zh}都收`, 'On every admission'),
    benefitYear: msg('每年一次，用完为止', 'Once a year, used up over the year'),
    bill: msg('每次就诊都收', 'On every visit'),
  } as Record<'admission' | 'benefitYear' | 'bill', Msg>,
  amount: msg('金额', 'Amount'),
  amountUnknownHint: msg('不知道就空着：计算会说明这一项未知', 'leave empty if unknown: results will say so'),
  rulesOrder: msg(
    '从上往下，用第一条适用的规则；最后一条适用于其他所有人。',
    'From the top, the first rule that applies is used; the last applies to everyone else.',
  ),
  addRule: msg('添加一条', 'Add a rule'),
  removeRule: msg('删除这条', 'Remove this rule'),
  moveUp: msg('上移', 'Move up'),
  ratiosSection: capital(TERMS.ratio.long),
  counting: msg('累计方式', 'Counted'),
  countingBy: {
    admission: msg(`每次${inpatient.zh}重新累计`, 'Afresh for each admission'),
    benefitYear: msg('全年累计', 'Over the whole year'),
  } as Record<'admission' | 'benefitYear', Msg>,
  from: { zh: `${band.short.zh}从哪里算起`, en: 'Bands counted from' },
  fromBy: {
    zero: {
      zh: `从 0 累计（${deductible.short.zh}算在第一段里）`,
      en: 'From 0 (the deductible is inside the first band)',
    },
    deductible: { zh: `从${deductible.short.zh}以上累计`, en: 'From above the deductible' },
  } as Record<'zero' | 'deductible', Msg>,
  schedule: (i: number): Msg => n(msg('比例表 {i}', 'Ratio table {i}'), { i: String(i) }),
  addSchedule: msg('添加一张比例表（给另一些人）', 'Add a ratio table (for other people)'),
  removeSchedule: msg('删除这张比例表', 'Remove this ratio table'),
  upTo: msg('累计到（元）', 'Up to (yuan)'),
  above: msg('以上', 'and above'),
  bandFrom: (from: string): Msg => n(msg('{from} 元起', 'from {from} yuan'), { from }),
  ratio: msg(`${TERMS.fund.short.zh}比例`, 'Fund pays'),
  addBand: { zh: `添加一${band.short.zh}`, en: 'Add a band' },
  removeBand: { zh: `删除这一${band.short.zh}`, en: 'Remove this band' },
  adjustSection: msg('按人员类别、年龄调整比例', 'Ratio changes by category or age'),
  adjustKind: msg('调整方式', 'How'),
  adjustBy: {
    none: msg('不调整', 'No change'),
    points: msg(
      `加减百分点（如${CATEGORY_TERMS.retired.long.zh}提高 5 个百分点）`,
      'Add or take points (e.g. retirees 5 points more)',
    ),
    factor: {
      zh: `按${TERMS.outOfPocket.short.zh}系数（如北京：${CATEGORY_TERMS.retired.long.zh}${TERMS.outOfPocket.short.zh}为${CATEGORY_TERMS.active.short.zh}的 60%）`,
      en: 'By a share factor (as Beijing: retirees pay 60% of the active share)',
    },
  } as Record<'none' | 'points' | 'factor', Msg>,
  points: msg('百分点', 'Points'),
  pointsHint: msg('如 5 或 -10', 'e.g. 5 or -10'),
  factor: msg(`${TERMS.outOfPocket.short.zh}系数`, 'Share factor'),
  factorHint: msg(
    `如 60%：${TERMS.outOfPocket.short.zh}为比例表的 60%`,
    'e.g. 60%: the person pays 60% of the table’s share',
  ),
  addAdjust: msg('添加一条调整', 'Add a change'),
  capSection: { zh: `${basic.long.zh}年度${annualCap.short.zh}`, en: 'Basic fund annual cap' },
  capKind: {
    amount: msg('有上限', 'A limit'),
    none: msg('不封顶', 'No cap'),
    unknown: msg('不知道', 'Not known'),
  } as Record<'amount' | 'none' | 'unknown', Msg>,
  overflowSection: { zh: `${annualCap.short.zh}以上由谁支付`, en: 'Who pays above the cap' },
  overflowHint: {
    zh: `如${SCHEME_TERMS.employee.short.zh}${supplementary.short.zh}：超过${annualCap.short.zh}的部分按比例支付，有自己的${annualCap.short.zh}。没有就不加。`,
    en: 'e.g. an employee supplementary fund: pays a share above the cap, up to its own cap. Add none if there is none.',
  },
  payer: msg('支付方', 'Payer'),
  payers: {
    supplementary: capital(supplementary.long),
    topUp: capital(topUp.long),
  } as Record<'supplementary' | 'topUp', Msg>,
  layerCap: { zh: `它的${annualCap.short.zh}`, en: 'Its cap' },
  addLayer: msg('添加一层', 'Add a layer'),
  removeLayer: msg('删除这一层', 'Remove this layer'),
  referralSection: { zh: `基层首诊与${referral.short.zh}`, en: 'Primary care first and referral' },
  referralOn: {
    zh: `需先在基层就诊，没有${referral.short.zh}不报销`,
    en: 'Primary care first: not covered without a referral',
  },
  referralWho: msg('哪些人需要', 'Who must'),
  referralPrimary: msg('哪些医院算基层', 'Levels that count as primary care'),
  referralDays: { zh: `${referral.short.zh}有效天数`, en: 'Referral valid for (days)' },
  referralEmergency: { zh: `${emergency.short.zh}不受限制`, en: 'Emergencies are exempt' },
  catastrophicSection: capital(catastrophic.long),
  catastrophicOn: { zh: `有${catastrophic.long.zh}规则`, en: 'Has catastrophic insurance rules' },
  catastrophicFeeds: msg('哪些费用计入', 'Which costs count'),
  variant: (i: number): Msg => n(msg('规则 {i}', 'Rule {i}'), { i: String(i) }),
  threshold: msg(
    `${deductible.short.zh}（全年累计${TERMS.outOfPocket.short.zh}）`,
    'Threshold (personal burden over the year)',
  ),
  addVariant: { zh: `添加一条（如${hardship.short.zh}）`, en: 'Add a rule (e.g. for people in hardship)' },
  hardshipVariant: { zh: `${hardship.short.zh}适用`, en: 'For people in hardship' },
  offsiteSection: msg('异地就医', 'Care elsewhere'),
  // The national ceilings themselves are data (tiers/100000/*/2022-07-26.json), shown with their
  // clause beside every offsite range; this only says what happens when the cut is left empty.
  offsiteHint: msg(
    '临时外出就医的比例可按当地规定降低，国家对降幅设有上限。这里不填时，异地就医的结果显示为一个区间：本地规则下的金额，和国家规定的最大降幅下的金额，并注明出处。',
    'Temporary care elsewhere may be paid at a lower ratio, within a national ceiling. Left empty here, an offsite result is shown as a range: the local figure and the figure at the largest cut national rules allow, with the clause.',
  ),
  offsitePoints: msg('比例加减百分点', 'Points added to the ratio'),
  offsiteFactor: msg('比例乘以', 'Ratio multiplied by'),
  offsitePre: { zh: `${preSelfPay.short.zh}比例`, en: 'Pre-self-pay share' },
  offsitePreHint: {
    zh: `先由个人支付${inScope.short.zh}前的这一比例`,
    en: 'the person first pays this share of what is in scope',
  },
  conditionAll: msg('适用于：所有人', 'Applies to: everyone'),
  conditionSome: msg('适用于：', 'Applies to: '),
  conditionEdit: msg('限定适用范围', 'Limit who it applies to'),
  conditionDone: msg('收起', 'Close'),
  anyLevel: msg('任何医院等级', 'any level'),
  anyCategory: msg('任何人员类别', 'any category'),
  admissionFrom: { zh: `从本年第几次${inpatient.zh}起`, en: 'From admission number' },
  admissionTo: { zh: `到本年第几次${inpatient.zh}为止`, en: 'Up to admission number' },
  ageFrom: msg('年龄从（岁，含）', 'Age from (inclusive)'),
  ageTo: msg('年龄不满（岁）', 'Age below'),
  hardshipChoice: capital(hardship.long),
  hardshipAny: msg('不限', 'Either'),
  hardshipYes: msg('是', 'Yes'),
  hardshipNo: msg('否', 'No'),
  whoAdmission: (from: string, to: string): Msg =>
    n(msg(`第 {from}–{to} 次${inpatient.zh}`, 'admissions {from}–{to}'), { from, to }),
  whoAdmissionFrom: (from: string): Msg =>
    n(msg(`第 {from} 次及以后${inpatient.zh}`, 'admission {from} and later'), { from }),
  whoAge: (range: string): Msg => n(msg('年龄 {range}', 'age {range}'), { range }),
  whoHardship: (yes: boolean): Msg =>
    yes ? capital(hardship.short) : msg(`非${hardship.short.zh}`, 'not in hardship'),

  // Preview.
  previewHeading: msg('用这些规则试算', 'Try these rules'),
  previewStale: msg(
    '规则有需要修改的地方：下面仍是上次可用版本的结果。',
    'The rules have something to fix: below is still the last usable version’s result.',
  ),
  previewNone: msg('填好必填项后，这里会显示试算结果。', 'Once the rules are complete, a trial result shows here.'),

  // Deriving from slips.
  deriveHeading: { zh: `从${slip.short.zh}推算规则`, en: 'Derive rules from slips' },
  deriveIntro: {
    zh: `照${slip.short.zh}填入金额。可以填几张同一地区、同一险种的${slip.short.zh}（不同医院等级的更好）。`,
    en: 'Copy the amounts from your slips: several slips of the same region and scheme, ideally from different levels.',
  },
  slipN: (i: number): Msg => n(msg(`第 {i} 张${slip.short.zh}`, 'Slip {i}'), { i: String(i) }),
  addSlip: { zh: `再加一张${slip.short.zh}`, en: 'Add a slip' },
  removeSlip: { zh: `删除这张${slip.short.zh}`, en: 'Remove this slip' },
  slipTotal: capital(total.long),
  slipOutOfCatalog: capital(outOfCatalog.short),
  slipOverLimit: capital(overLimit.long),
  slipPreSelfPay: capital(preSelfPay.short),
  slipClassB: { zh: `${classB.short.zh}费用（有则填）`, en: 'Class-B items (if shown)' },
  slipInScope: {
    zh: `${inScope.long.zh}（可代替${preSelfPay.short.zh}）`,
    en: 'In-scope amount (instead of pre-self-pay)',
  },
  slipDeductible: capital(deductible.short),
  slipBasic: { zh: `${basic.long.zh}支付`, en: 'Basic fund paid' },
  deriveButton: msg('推算', 'Derive'),
  deriveAssumptions: msg('推算的前提', 'What the derivation assumes'),
  assumeOneBand: {
    zh: `每个医院等级只有一个比例（一个${band.short.zh}）；有几段的，请在编辑时补上`,
    en: 'one ratio per level (one band); add further bands in the editor',
  },
  assumeNoCap: { zh: `没有达到${annualCap.short.zh}`, en: 'the cap was not reached' },
  assumeFirst: {
    zh: `每张${slip.short.zh}都按当年第一次就诊计（${deductible.short.zh}全额）`,
    en: 'each slip is the first care of its year (the whole deductible owed)',
  },
  assumeNoClassB: {
    zh: `没有填${classB.short.zh}费用：无法推算${classB.short.zh}${preSelfPay.short.zh}比例，${preSelfPay.short.zh}按${slip.short.zh}金额计入`,
    en: 'no class-B amount: its self-pay share cannot be derived, and the pre-self-pay is taken as on the slip',
  },
  deriveChecks: { zh: `推算出的规则重算每张${slip.short.zh}`, en: 'The derived rules settle each slip again' },
  reproduced: msg(`与${slip.short.zh}一致，分毫不差`, 'matches the slip to the fen'),
  deriveKeep: msg('保存并打开编辑', 'Keep and open in the editor'),
  slipColumn: capital(slip.short),
  derivedColumn: msg('按推算的规则', 'With the derived rules'),
  mismatch: msg(
    '不一致：推算的前提不成立，请检查金额',
    'does not match: an assumption does not hold; check the amounts',
  ),
  regionCodeBad: msg('应为六位地区代码，如 310000', 'a six-digit region code, e.g. 310000'),
  deriveConflict: (level: Msg): Msg =>
    n(
      msg(
        `{level}的几张${slip.short.zh}得不出同一个比例：可能不止一段、到了${annualCap.short.zh}，或其中有第二次${inpatient.zh}。`,
        'the slips at {level} do not give one ratio: there may be several bands, the cap may have been reached, or one is a later admission.',
      ),
      { level },
    ),
  deriveDeductibleConflict: (level: Msg): Msg =>
    n(
      msg(
        `{level}的几张${slip.short.zh}${deductible.short.zh}不同：请分开推算，或在编辑时按${inpatient.zh}次数设置。`,
        'the slips at {level} show different deductibles: derive them apart, or set them by admission in the editor.',
      ),
      { level },
    ),
  deriveNothingPaid: msg(
    `这张${slip.short.zh}的基金没有支付，推算不出比例（费用未超过${deductible.short.zh}）。`,
    'the funds paid nothing on this slip, so no ratio can be derived (the cost did not pass the deductible).',
  ),
  deriveTooMuch: msg(
    `${basic.long.zh}支付不能超过扣除${deductible.short.zh}后的金额`,
    'the basic fund cannot pay more than what is above the deductible',
  ),
  derivePartsAbove: { zh: `各项自付之和不能超过${total.long.zh}`, en: 'the parts cannot exceed the total' },
  derivedRatio: (level: Msg, ratio: string, amount: string): Msg =>
    n(
      msg(
        `{level}：${deductible.short.zh} {amount} 元，${TERMS.fund.short.zh} {ratio}%`,
        '{level}: deductible {amount} yuan, fund pays {ratio}%',
      ),
      { level, ratio, amount },
    ),
} as const;
