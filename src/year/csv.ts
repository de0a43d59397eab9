/**
 * The year as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the Chinese),
 * headers in Chinese with the English identifier, one row per bill in date order and a total row.
 * Amounts are the engine's strings, plain decimals without separators. Pure.
 */
import { NAMES } from '../ui/common/words';
import type { Amounts, BillResult, YearResult } from '../engine';

const MONEY_COLUMNS = [
  ['total', '医疗费总额'],
  ['outOfCatalog', '全自费'],
  ['overLimit', '超限价自费'],
  ['preSelfPay', '先行自付'],
  ['inScope', '符合政策范围'],
  ['deductible', '起付线'],
  ['basic', '统筹基金'],
  ['supplementary', '大额互助'],
  ['topUp', '补充'],
  ['catastrophic', '大病保险'],
  ['assistance', '医疗救助'],
  ['fund', '基金支付合计'],
  ['outOfPocket', '个人负担'],
  ['accountOwn', '个人账户'],
  ['accountFamily', '家庭共济'],
  ['cash', '现金'],
] as const satisfies readonly (readonly [keyof Amounts, string])[];

export const CSV_HEADER = [
  '序号 n',
  '日期 date',
  '类型 setting',
  '医院等级 level',
  ...MONEY_COLUMNS.map(([id, zh]) => `${zh} ${id}`),
];

/** Quotes a cell where CSV needs it (comma, quote, line break). */
export const cell = (s: string): string => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

const row = (cells: readonly string[]): string => cells.map(cell).join(',');

function billRow(b: BillResult, n: number): string {
  return row([
    String(n),
    b.date,
    NAMES.setting[b.setting].zh,
    NAMES.levelShort[b.level].zh,
    ...MONEY_COLUMNS.map(([id]) => b[id]),
  ]);
}

/** The CSV text, starting with a BOM, lines ending CRLF (what Excel expects). */
export function yearCsv(year: Pick<YearResult, 'bills' | 'totals'>): string {
  const lines = [
    row(CSV_HEADER),
    ...year.bills.map((b, i) => billRow(b, i + 1)),
    row(['合计 total', '', '', '', ...MONEY_COLUMNS.map(([id]) => year.totals[id])]),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
