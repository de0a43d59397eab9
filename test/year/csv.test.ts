import { settleYear } from '../../src/engine';
import { CSV_HEADER, cell, yearCsv } from '../../src/year/csv';

import { tables } from '../tiers';
const person = {
  region: '110000',
  scheme: 'employee',
  category: 'active',
  age: 45,
  accounts: { own: '1000', family: ['500'] },
};
const bills = [
  { date: '2025-05-01', setting: 'inpatient', level: 'secondary', total: '8000' },
  { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000', outOfCatalog: '300.5' },
];

describe('year CSV', () => {
  const year = settleYear(tables, { person, bills });
  const text = yearCsv(year);
  const lines = text.slice(1).split('\r\n');

  it('starts with a BOM and ends every line with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(lines.at(-1)).toBe('');
  });

  it('has Chinese headers with English identifiers, one row per bill in date order and a total row', () => {
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines[0]).toContain('统筹基金 basic');
    expect(lines).toHaveLength(1 + 2 + 1 + 1);
    const col = (name: string) => CSV_HEADER.indexOf(name);
    const rows = lines.slice(1, 4).map((l) => l.split(','));
    expect(rows[0]![col('日期 date')]).toBe('2025-03-01');
    expect(rows[0]![col('就医类型 setting')]).toBe('住院');
    expect(rows[0]![col('医院等级 level')]).toBe('三级');
    for (const id of ['total', 'basic', 'fund', 'outOfPocket', 'accountOwn', 'accountFamily', 'cash'] as const) {
      const c = CSV_HEADER.findIndex((h) => h.endsWith(` ${id}`));
      expect(rows[0]![c]).toBe(year.bills[0]![id]);
      expect(rows[1]![c]).toBe(year.bills[1]![id]);
      expect(rows[2]![c]).toBe(year.totals[id]);
    }
    expect(rows[2]![0]).toBe('合计 total');
    // plain decimals: no thousands separators
    expect(rows[0]![col('医疗费总额 total')]).toBe('12000.00');
  });

  it('quotes cells that need it', () => {
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('plain')).toBe('plain');
  });
});
