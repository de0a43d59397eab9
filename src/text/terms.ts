/**
 * The catalogue of terms: every Chinese term of the product written once, here (DOMAIN.md §1 and
 * the names of the choices), each with a long and a short form in both languages. The engine's
 * messages, the slip, the steps, the CSV headers, the print and every page compose their sentences
 * from these; a test fails when a term is written anywhere else in src/.
 *
 * Long forms are the official names (统筹基金, 大额医疗互助, 最高支付限额); short forms are what a
 * settlement slip or a hospital says (统筹, 大额互助, 封顶线). English is lower case, as inside a
 * sentence; `capital` makes a label of it.
 */
import type { Msg } from './msg';
import type { AdmissionName, CategoryName, Level, OffsiteName, Payer, SchemeName, SettingName } from './vocabulary';

export interface Term {
  long: Msg;
  short: Msg;
}

const term = (zh: string, en: string, zhShort = zh, enShort = en): Term => ({
  long: { zh, en },
  short: { zh: zhShort, en: enShort },
});

/** Amounts, payers and the other words of DOMAIN.md §1. */
export const TERMS = {
  total: term('医疗费总额', 'total bill', '总额', 'total'),
  outOfCatalog: term('全自费', 'out-of-catalogue items', '全自费', 'out-of-catalogue'),
  overLimit: term('超限价自费', 'the part above price limits', '超限价', 'over the price limit'),
  classB: term('乙类', 'class B'),
  preSelfPay: term('先行自付', 'pre-self-pay'),
  inScope: term('符合政策范围金额', 'in-scope amount', '符合政策范围', 'in scope'),
  deductible: term('起付标准', 'deductible', '起付线', 'deductible'),
  band: term('分段', 'band'),
  ratio: term('支付比例', 'ratio', '比例', 'ratio'),
  annualCap: term('最高支付限额', 'annual cap', '封顶线', 'cap'),
  basic: term('统筹基金', 'basic fund'),
  supplementary: term('大额医疗互助', 'supplementary fund', '大额互助', 'supplementary fund'),
  topUp: term('补充支付', 'top-up', '补充', 'top-up'),
  catastrophic: term('大病保险', 'catastrophic insurance'),
  secondReimbursement: term('二次报销', 'second reimbursement'),
  assistance: term('医疗救助', 'medical assistance'),
  fund: term('基金支付总额', 'funds pay in all', '基金支付', 'funds pay'),
  outOfPocket: term('个人负担总金额', 'your share in all', '个人负担', 'you pay'),
  accountOwn: term('个人账户', 'personal account'),
  accountFamily: term('家庭共济', 'family mutual aid', '共济账户', "relatives' accounts"),
  cash: term('现金', 'cash'),
  premium: term('居民医保个人缴费', 'resident-insurance premium', '缴费', 'premium'),
  slip: term('结算单', 'settlement slip', '结算单', 'slip'),
  table: term('规则表', 'tier table', '规则表', 'table'),
  grade: term('可信度', 'grade'),
  waitingPeriod: term('待遇等待期', 'waiting period', '等待期', 'waiting period'),
  referral: term('转诊', 'referral'),
  emergency: term('急诊', 'emergency'),
  hardship: term('困难人员', 'people in hardship', '困难人员', 'in hardship'),
  effective: term('生效日期', 'in force from'),
  national: term('全国', 'national'),
} as const satisfies Record<string, Term>;

/** The fields a person fills in, named alike on every page. */
export const FIELDS = {
  region: term('参保地区', 'region', '地区', 'region'),
  scheme: term('险种', 'scheme'),
  category: term('人员类别', 'category'),
  age: term('年龄', 'age'),
  setting: term('就医类型', 'setting'),
  level: term('医院等级', 'hospital level', '等级', 'level'),
  offsite: term('就医地', 'where treated'),
  date: term('费用日期', 'bill date', '日期', 'date'),
  admission: term('本年第几次住院', 'admission this year', '第几次住院', 'admission'),
} as const satisfies Record<string, Term>;

export const PAYER_TERMS: Readonly<Record<Payer, Term>> = {
  basic: TERMS.basic,
  supplementary: TERMS.supplementary,
  topUp: TERMS.topUp,
  catastrophic: TERMS.catastrophic,
  assistance: TERMS.assistance,
};

export const LEVEL_TERMS: Readonly<Record<Level, Term>> = {
  community: term('社区卫生服务机构', 'community health centre', '社区', 'community'),
  primary: term('一级医院', 'primary (level 1) hospital', '一级', 'level 1'),
  secondary: term('二级医院', 'secondary (level 2) hospital', '二级', 'level 2'),
  tertiary: term('三级医院', 'tertiary (level 3) hospital', '三级', 'level 3'),
};

export const SETTING_TERMS: Readonly<Record<SettingName, Term>> = {
  inpatient: term('住院', 'inpatient'),
  outpatient: term('门诊', 'outpatient'),
};

export const SCHEME_TERMS: Readonly<Record<SchemeName, Term>> = {
  employee: term('职工医保', 'employee insurance', '职工', 'employee'),
  resident: term('城乡居民医保', 'resident insurance', '城乡居民', 'resident'),
};

export const CATEGORY_TERMS: Readonly<Record<CategoryName, Term>> = {
  active: term('在职职工', 'active employee', '在职', 'active'),
  retired: term('退休人员', 'retiree', '退休', 'retired'),
  'working-age': term('劳动年龄内居民', 'working-age resident', '劳动年龄内', 'working age'),
  elderly: term('老年人', 'elderly resident', '老年人', 'elderly'),
  student: term('学生儿童', 'student or child'),
};

export const OFFSITE_TERMS: Readonly<Record<OffsiteName, Term>> = {
  local: term('本地就医', 'treated locally', '本地', 'local'),
  filed: term('异地已备案', 'elsewhere, registered'),
  unfiled: term('异地未备案', 'elsewhere, not registered'),
};

export const ADMISSION_TERMS: Readonly<Record<AdmissionName, Term>> = {
  first: term('本年首次住院', 'first admission this year', '首次', 'first'),
  later: term('本年再次住院', 'a later admission this year', '再次', 'later'),
};

/** The n-th admission of the year, and the n-th and every later one ({n} filled in), where a table counts further. */
export const ADMISSION_ORDER_TERMS = {
  nth: term('本年第{n}次住院', 'admission {n} this year', '第{n}次', 'admission {n}'),
  nthOrLater: term(
    '本年第{n}次及以后住院',
    'admission {n} or later this year',
    '第{n}次及以后',
    'admission {n} or later',
  ),
};

/**
 * The terms written nowhere else in src/ (a test checks): the domain's vocabulary, long and short
 * forms. Left out are words too plain to be a term of their own — the form's field names (地区,
 * 年龄, 日期), and 比例, 缴费, 本地 — which ordinary sentences use as they are.
 */
export const CHECKED_TERMS: readonly string[] = [
  ...Object.entries(TERMS).flatMap(([k, t]) =>
    k === 'ratio' || k === 'national' || k === 'effective'
      ? []
      : k === 'premium'
        ? [t.long.zh]
        : [t.long.zh, t.short.zh],
  ),
  ...[LEVEL_TERMS, SETTING_TERMS, SCHEME_TERMS, CATEGORY_TERMS, ADMISSION_TERMS].flatMap((g) =>
    Object.values(g).flatMap((t) => [t.long.zh, t.short.zh]),
  ),
  OFFSITE_TERMS.local.long.zh,
  OFFSITE_TERMS.filed.long.zh,
  OFFSITE_TERMS.unfiled.long.zh,
].filter((zh, i, all) => zh.length >= 2 && all.indexOf(zh) === i);
