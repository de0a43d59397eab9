import { formatDate } from '../../src/text/dates';

describe('formatDate', () => {
  it('writes an ISO date as people read it, in either language', () => {
    expect(formatDate('2025-03-01', 'zh')).toBe('2025年3月1日');
    expect(formatDate('2025-03-01', 'en')).toBe('March 1, 2025');
    expect(formatDate('2010-12-31', 'zh')).toBe('2010年12月31日');
  });
  it('keeps the calendar day in any time zone (dates carry none)', () => {
    // The formatter reads and writes UTC; a west-of-Greenwich offset would otherwise give the day before.
    expect(formatDate('2024-01-01', 'en')).toBe('January 1, 2024');
  });
  it('gives the words Intl.DateTimeFormat gives, for every day of four years', () => {
    const intl = {
      zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    };
    for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso, 'zh')).toBe(intl.zh.format(t));
      expect(formatDate(iso, 'en')).toBe(intl.en.format(t));
    }
  });
  it('shows anything else as it is', () => {
    expect(formatDate('', 'zh')).toBe('');
    expect(formatDate('2025-3-1', 'en')).toBe('2025-3-1');
  });
});
