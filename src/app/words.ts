/** The app shell's words: title, tagline, the toolbar, the footer, the update notice. Chinese first. */
import { msg } from '../text/msg';
import { TERMS } from '../text/terms';

const { basic, supplementary, catastrophic, table } = TERMS;

export const A = {
  title: msg('医保报销计算器', 'Medical insurance calculator'),
  tagline: {
    zh: `输入一笔医疗费，看${basic.short.zh}、${supplementary.short.zh}、${catastrophic.short.zh}各付多少，自己付多少。全部在本机计算，不上传任何数据。`,
    en: 'Enter a hospital bill and see what each fund pays and what you pay. Everything is computed on your device; nothing is sent anywhere.',
  },
  skip: msg('跳到计算结果', 'Skip to the result'),
  switchLang: msg('English', '中文'),
  largeText: msg('大字模式', 'Large text'),
  print: msg('打印', 'Print'),
  modes: msg('计算方式', 'What to compute'),
  tabOne: msg('单次费用', 'One bill'),
  tabYear: msg('全年', 'The year'),
  footer: {
    zh: `结果仅供参考，以医保经办机构的结算为准。每个数值都来自注明出处和${TERMS.grade.short.zh}的${table.short.zh}。`,
    en: 'For guidance only; the insurance office’s settlement is what counts. Every value comes from a table that cites its source and grade.',
  },
  updateReady: msg('新版本已就绪', 'A new version is ready'),
  updateNow: msg('刷新使用新版本', 'Reload to use it'),
  loadingPage: msg('正在加载…', 'Loading…'),
  pageFailed: msg('页面未能加载，请刷新：', 'The page could not load; please reload:'),
};
