/**
 * Names of the things a person chooses, Chinese first (README vocabulary). Region names are here
 * only so the list of regions shows names before any table is fetched; the table's own name wins
 * once it is loaded. No policy numbers live here.
 */
import type { Msg } from '../engine/messages';
import type { CategoryName, Level, OffsiteName, SchemeName, SettingName } from '../tables/schema';

export const REGION_NAMES: Readonly<Record<string, Msg>> = {
  '110000': { zh: '北京市', en: 'Beijing' },
  '120000': { zh: '天津市', en: 'Tianjin' },
  '370000': { zh: '山东省', en: 'Shandong' },
  '440100': { zh: '广州市', en: 'Guangzhou' },
};

export const regionName = (code: string): Msg => REGION_NAMES[code] ?? { zh: `地区 ${code}`, en: `Region ${code}` };

export const SCHEME_NAMES: Record<SchemeName, Msg> = {
  employee: { zh: '职工医保', en: 'Employee insurance' },
  resident: { zh: '城乡居民医保', en: 'Resident insurance' },
};

export const CATEGORY_NAMES: Record<CategoryName, Msg> = {
  active: { zh: '在职职工', en: 'Active employee' },
  retired: { zh: '退休人员', en: 'Retiree' },
  'working-age': { zh: '劳动年龄内居民', en: 'Working-age resident' },
  elderly: { zh: '老年人', en: 'Elderly resident' },
  student: { zh: '学生儿童', en: 'Student or child' },
};

export const LEVEL_NAMES: Record<Level, Msg> = {
  community: { zh: '社区卫生服务机构', en: 'Community health centre' },
  primary: { zh: '一级医院', en: 'Primary (level 1) hospital' },
  secondary: { zh: '二级医院', en: 'Secondary (level 2) hospital' },
  tertiary: { zh: '三级医院', en: 'Tertiary (level 3) hospital' },
};

/** Short level names for the steps ("（三级）") and the chart legend. */
export const LEVEL_SHORT: Record<Level, Msg> = {
  community: { zh: '社区', en: 'community' },
  primary: { zh: '一级', en: 'level 1' },
  secondary: { zh: '二级', en: 'level 2' },
  tertiary: { zh: '三级', en: 'level 3' },
};

export const SETTING_NAMES: Record<SettingName, Msg> = {
  inpatient: { zh: '住院', en: 'Inpatient' },
  outpatient: { zh: '门诊', en: 'Outpatient' },
};

export const OFFSITE_NAMES: Record<OffsiteName, Msg> = {
  local: { zh: '本地就医', en: 'Local' },
  filed: { zh: '异地已备案', en: 'Elsewhere, registered' },
  unfiled: { zh: '异地未备案', en: 'Elsewhere, not registered' },
};

export const ADMISSION_NAMES: Record<'first' | 'later', Msg> = {
  first: { zh: '本年首次住院', en: 'First admission this year' },
  later: { zh: '本年再次住院', en: 'A later admission this year' },
};

/** The settlement slip's lines (结算单), in the slip's order, with the national field names' meaning. */
export const SLIP_LINES = [
  ['total', { zh: '医疗费总额', en: 'Total bill' }],
  ['outOfCatalog', { zh: '全自费', en: 'Out-of-catalogue' }],
  ['overLimit', { zh: '超限价自费', en: 'Over price limit' }],
  ['preSelfPay', { zh: '先行自付', en: 'Pre-self-pay' }],
  ['inScope', { zh: '符合政策范围', en: 'In scope' }],
  ['deductible', { zh: '起付线', en: 'Deductible' }],
  ['basic', { zh: '统筹基金', en: 'Basic fund' }],
  ['supplementary', { zh: '大额互助', en: 'Supplementary fund' }],
  ['topUp', { zh: '补充', en: 'Top-up' }],
  ['catastrophic', { zh: '大病保险', en: 'Catastrophic insurance' }],
  ['assistance', { zh: '医疗救助', en: 'Medical assistance' }],
  ['fund', { zh: '基金支付合计', en: 'Funds pay in all' }],
  ['outOfPocket', { zh: '个人负担', en: 'You pay' }],
] as const satisfies readonly (readonly [string, Msg])[];

export type SlipKey = (typeof SLIP_LINES)[number][0];
