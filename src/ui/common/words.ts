/**
 * Words the components of both pages share: the fields a person fills in, the slip, the steps, the
 * cautions, the table used. Composed from the catalogue of terms (src/text/terms.ts), which holds
 * every Chinese term once; labels start with a capital in English.
 */
import { capital, fillMsg, msg, type Msg } from '../../text/msg';
import {
  ADMISSION_ORDER_TERMS,
  ADMISSION_TERMS,
  CATEGORY_TERMS,
  FIELDS,
  LEVEL_TERMS,
  OFFSITE_TERMS,
  SCHEME_TERMS,
  SETTING_TERMS,
  TERMS,
  type Term,
} from '../../text/terms';
import type { AdmissionName, CategoryName, Level, OffsiteName, SchemeName, SettingName } from '../../text/vocabulary';
import { THEIR_RULES } from '../../text/their-rules';

const label = (t: Term): Msg => capital(t.long);
const short = (t: Term): Msg => capital(t.short);
const each = <K extends string>(terms: Readonly<Record<K, Term>>, form: (t: Term) => Msg): Record<K, Msg> =>
  Object.fromEntries(Object.entries<Term>(terms).map(([k, t]) => [k, form(t)])) as Record<K, Msg>;

/** Names of the choices, as a form offers them. */
export const NAMES = {
  level: each<Level>(LEVEL_TERMS, label),
  levelShort: each<Level>(LEVEL_TERMS, short),
  setting: each<SettingName>(SETTING_TERMS, label),
  scheme: each<SchemeName>(SCHEME_TERMS, label),
  category: each<CategoryName>(CATEGORY_TERMS, label),
  offsite: each<OffsiteName>(OFFSITE_TERMS, label),
  admission: each<AdmissionName>(ADMISSION_TERMS, label),
};

/**
 * The admission choices a table's rules need (src/tables/conditions.ts `admissionOrders`): first
 * and later where it counts two, otherwise each order up to the last, which stands for every later one.
 */
export function admissionChoices(orders: readonly number[]): { value: string; label: Msg }[] {
  const two = orders.length === 2 && orders[1] === 2;
  return orders.map((n, i) => {
    const last = i === orders.length - 1;
    const name =
      n === 1
        ? NAMES.admission.first
        : two
          ? NAMES.admission.later
          : fillMsg(label(last ? ADMISSION_ORDER_TERMS.nthOrLater : ADMISSION_ORDER_TERMS.nth), { n: String(n) });
    return { value: String(n), label: name };
  });
}

/** The name of the choice that covers admission `order` among a table's `orders`. */
export const admissionName = (order: number, orders: readonly number[]): Msg => {
  const choices = admissionChoices(orders);
  return (choices.filter((c) => Number(c.value) <= order).at(-1) ?? choices[0]!).label;
};

export const W = {
  // Fields a person fills in, on both pages.
  region: short(FIELDS.region),
  scheme: label(FIELDS.scheme),
  category: label(FIELDS.category),
  age: label(FIELDS.age),
  ageHint: msg('可不填；有的规则按年龄区分', 'optional; some rules depend on age'),
  hardship: {
    zh: `${TERMS.hardship.long.zh}（低保、特困、低收入等）`,
    en: 'In hardship (subsistence allowance, extreme poverty, low income)',
  },
  setting: label(FIELDS.setting),
  level: label(FIELDS.level),
  admission: label(FIELDS.admission),
  offsite: label(FIELDS.offsite),
  referral: { zh: `有${TERMS.referral.short.zh}单`, en: 'Referred' },
  emergency: label(TERMS.emergency),
  date: label(FIELDS.date),
  total: label(TERMS.total),
  outOfCatalog: label(TERMS.outOfCatalog),
  overLimit: label(TERMS.overLimit),
  classB: label(TERMS.classB),
  settledBasic: { zh: `${TERMS.slip.short.zh}${TERMS.basic.long.zh}支付`, en: 'Basic fund on the slip' },
  yuan: msg('元', 'yuan'),
  yes: msg('是', 'yes'),
  no: msg('否', 'no'),
  unknown: msg('未知', 'unknown'),
  fund: capital(TERMS.fund.short),
  outOfPocket: capital(TERMS.outOfPocket.short),

  // The slip, the steps, the cautions, the table used.
  slipHeading: capital(TERMS.slip.long),
  /** A result built on a person's own rules: the engine's words for it, said on every surface. */
  theirs: THEIR_RULES,
  slipItem: msg('项目', 'Item'),
  tableProblems: { zh: `${TERMS.table.short.zh}有误，无法计算：`, en: 'A table is malformed and cannot be used:' },
  slipDate: msg('结算日期', 'Date'),
  slipRegion: msg('参保地', 'Insured in'),
  slipTable: capital(TERMS.table.short),
  slipPaidBy: { zh: `${TERMS.outOfPocket.short.zh}的支付方式`, en: 'How your share is paid' },
  accountOwn: capital(TERMS.accountOwn.long),
  accountFamily: capital(TERMS.accountFamily.short),
  cash: capital(TERMS.cash.long),
  relativeN: msg('亲属{n}', 'Relative {n}'),
  accounts: { zh: `${TERMS.outOfPocket.short.zh}的支付顺序`, en: 'Paying your share' },
  accountsIntro: {
    zh: `先用本人${TERMS.accountOwn.long.zh}（仅${SCHEME_TERMS.employee.long.zh}），再按下列顺序用已绑定${TERMS.accountFamily.long.zh}的亲属账户，最后付${TERMS.cash.long.zh}。亲属称呼只保存在本机，不会写进分享链接。`,
    en: 'First your own personal account (employees only), then the relatives’ accounts bound for mutual aid in this order, then cash. Relatives’ names stay on this device and never go into a shared link.',
  },
  ownBalance: { zh: `本人${TERMS.accountOwn.long.zh}余额`, en: 'Own personal account balance' },
  relativeLabel: msg('称呼（如配偶、父母、子女）', 'Who (e.g. spouse, parent, child)'),
  relativeBalance: msg('账户余额', 'Account balance'),
  addRelative: msg('添加亲属账户', 'Add a relative’s account'),
  remove: msg('删除', 'Remove'),
  tableIssue: msg('{date} 起施行 · 第 {v} 版', 'in force from {date} · version {v}'),
  slipAmount: msg('金额（元）', 'Amount (yuan)'),
  stepsHeading: msg('计算步骤', 'How it was computed'),
  grade: TERMS.grade.short,
  gradeNames: msg(
    'A 官方原文；A- 官方原文的忠实转载；B 经办实务资料；C 二手或凭记忆，未经核实',
    'A official text; A- a faithful copy of it; B practitioner material; C secondary or recalled, unverified',
  ),
  cautionsHeading: msg('请注意', 'Please note'),
  tableHeading: { zh: `所用${TERMS.table.short.zh}`, en: 'Table used' },
  effective: TERMS.effective.long,
  version: msg('版本', 'version'),
  confirmed: msg('最近确认', 'last confirmed'),
} satisfies Record<string, Msg>;
