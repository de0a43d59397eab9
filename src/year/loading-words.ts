/**
 * The words the year page shows before its code arrives (YearLoading, in the first load): apart
 * from the rest of the year's words (words.ts, which reuses these), so the first load does not
 * carry every word of a page it may never show.
 */
import { msg } from '../text/msg';
import { SETTING_TERMS, TERMS } from '../text/terms';

const { deductible, annualCap, catastrophic, table } = TERMS;
const inpatient = SETTING_TERMS.inpatient.long;

export const YEAR_LOADING = {
  heading: msg('全年费用', 'A year of bills'),
  intro: {
    zh: `逐笔录入一年中的医疗费用，按日期顺序结算：${deductible.short.zh}、${inpatient.zh}次数、${TERMS.band.short.zh}、${annualCap.short.zh}和${catastrophic.short.zh}累计都会带到下一笔。`,
    en: 'Enter the year’s bills one by one; they are settled in date order, each seeing the deductibles, admissions, bands, caps and catastrophic base the earlier ones used.',
  },
  loading: { zh: `正在加载${table.short.zh}…`, en: 'Loading the tables…' },
};
