/**
 * The year as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the Chinese),
 * headers in Chinese with the English identifier, one row per bill in date order and a total row.
 * Amounts are the engine's strings, plain decimals without separators. Pure.
 */
import { FIELDS, TERMS } from '../text/terms';
import { SLIP_LINES } from '../ui/common/slip-lines';
import { NAMES } from '../ui/common/words';
import type { Amounts, BillResult, YearResult } from '../engine';

/** Each money column: the engine's key and its name on the slip (the catalogue's, src/ui/common/slip-lines.ts). */
const MONEY_COLUMNS: readonly (readonly [keyof Amounts, string])[] = [
  ...SLIP_LINES.map(([key, name]) => [key, name.zh] as const),
  ['accountOwn', TERMS.accountOwn.long.zh],
  ['accountFamily', TERMS.accountFamily.long.zh],
  ['cash', TERMS.cash.long.zh],
];

export const CSV_HEADER = [
  '序号 n',
  `${FIELDS.date.short.zh} date`,
  `${FIELDS.setting.long.zh} setting`,
  `${FIELDS.level.long.zh} level`,
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
