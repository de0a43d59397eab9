/**
 * Broken, tampered and outdated links (STYLE.md §6): each opens a usable form, keeps the valid
 * parts, and says what it ignored.
 */
import fc from 'fast-check';
import { decodeForm } from '../../src/bill/codec';
import { signed } from '../../src/link/kernel';
import { assertUsable, oddFallback } from './forms';

/** [query, field that must keep the link's valid value or fall back (optional)] */
const MALFORMED: string[] = [
  // amounts
  'v=1&d=2025-03-01&tt=-5',
  'v=1&tt=1.234',
  'v=1&tt=1e5',
  'v=1&tt=abc',
  'v=1&tt=1000000000000',
  'v=1&tt=9999999999999.99',
  'v=1&tt=0x10',
  'v=1&tt=Infinity',
  'v=1&tt=NaN',
  'v=1&tt=%20100',
  'v=1&tt=',
  'v=1&oc=100.',
  'v=1&cb=.5',
  'v=1&sb=00.50',
  'v=1&ol=-0',
  'v=1&tt=%EF%BC%91%EF%BC%92%EF%BC%93', // full-width digits: the link carries ASCII only
  'v=1&tt=%E4%B8%80%E7%99%BE', // 一百
  'v=1&tt=' + '9'.repeat(40),
  // script-like
  'v=1&tt=%3Cscript%3Ealert(1)%3C/script%3E',
  'v=1&tt=<script>alert(1)</script>',
  '<script>alert(1)</script>',
  'v=1&r=javascript:alert(1)',
  'javascript:alert(document.cookie)',
  'v=1&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1',
  'v=1&d="><svg/onload=alert(1)>',
  // dates
  'v=1&d=2025-02-30',
  'v=1&d=2024-02-30',
  'v=1&d=2025-13-01',
  'v=1&d=20250101',
  'v=1&d=2025-6-1',
  'v=1&d=1899-12-31',
  'v=1&p=2025-02-30',
  'v=1&p=yesterday',
  // versions
  'v=3&tt=100',
  'v=999999&tt=100',
  'v=0&tt=100',
  'v=-1&tt=100',
  'v=abc',
  'v=1.0&tt=100',
  'v=1&v=2&tt=100',
  'tt=100',
  // codes
  'v=1&l=4',
  'v=1&l=tertiary',
  'v=1&s=x',
  'v=1&c=z',
  'v=1&s=r&c=a',
  'v=1&s=e&c=w',
  'v=1&t=x',
  'v=1&n=0',
  'v=1&n=1000',
  'v=1&n=2x',
  'v=1&o=x',
  'v=1&h=yes',
  'v=1&rf=2',
  'v=1&em=true',
  'v=1&a=151',
  'v=1&a=-1',
  'v=1&a=4.5',
  'v=1&a=045',
  'v=1&r=11000',
  'v=1&r=abcdef',
  'v=1&r=1100000',
  // repeated and unknown keys
  'v=1&tt=100&tt=200',
  'v=1&l=3&l=2',
  'v=1&zz=1',
  'v=1&%E5%B9%B4%E9%BE%84=45', // 年龄=45
  '%F0%9F%92%A5=%F0%9F%92%A5',
  'v=1&' + Array.from({ length: 100 }, (_, i) => `k${i}=${i}`).join('&'),
  // encoding garbage and sizes
  'v=1&tt=%',
  'v=1&tt=%E0%A4%A',
  'v=1&tt=%00',
  '\u0000\u0001=\u0002',
  'v=1&' + 'x'.repeat(3000),
  'v=1&tt=' + '9'.repeat(2500),
  'a'.repeat(100_000),
];

describe('a malformed link', () => {
  it('has at least 50 cases', () => expect(MALFORMED.length).toBeGreaterThanOrEqual(50));

  it.each(MALFORMED.map((q) => [q.length > 60 ? `${q.slice(0, 60)}… (${q.length} chars)` : q, q]))(
    '%s → usable form, says what it ignored',
    (_, query) => {
      const { form, ignored } = decodeForm(query, oddFallback(), 'query');
      assertUsable(form);
      expect(ignored.length).toBeGreaterThan(0);
      expect(ignored.length).toBeLessThanOrEqual(8);
      for (const part of ignored) {
        expect(part.reason.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(part.reason.en.length).toBeGreaterThan(10);
        // Nothing the link wrote reaches the page's words but a short plain key.
        expect(`${part.key} ${part.reason.zh} ${part.reason.en}`).not.toMatch(/script|alert|onerror|onload|<|💥/);
        expect(`${part.key} ${part.reason.zh} ${part.reason.en}`).not.toContain(String.fromCharCode(0));
      }
    },
  );

  it('keeps the valid parts and falls back on the invalid ones', () => {
    const { form, ignored } = decodeForm(
      'v=1&d=2025-03-01&l=2&tt=5000&oc=-5&cb=1.234&zz=1',
      { ...oddFallback(), outOfCatalog: '7', classB: '' },
      'query',
    );
    expect(form).toMatchObject({
      date: '2025-03-01',
      level: 'secondary',
      total: '5000',
      outOfCatalog: '7',
      classB: '',
    });
    expect(ignored.map((p) => p.field ?? p.key)).toEqual(['outOfCatalog', 'classB', 'zz']);
  });

  it('with a key in other words does not repeat them', () => {
    const r = decodeForm('v=1&%E8%AF%B7%E6%8B%A8%E6%89%93=1', oddFallback(), 'query'); // 请拨打=1
    expect(r.ignored).toEqual([
      {
        key: '',
        reason: { zh: '链接中有无法识别的参数，已忽略', en: 'The link has an unknown part; it was ignored.' },
      },
    ]);
  });

  it('with a bad date keeps the rest and uses the fallback date', () => {
    const { form, ignored } = decodeForm('v=1&d=2025-02-30&tt=100', oddFallback(), 'query');
    expect(form).toMatchObject({ date: '2025-06-01', total: '100' });
    expect(ignored).toEqual([expect.objectContaining({ field: 'date' })]);
  });

  it('from a newer version is ignored as a whole, with the reason', () => {
    const r = decodeForm('v=3&tt=100&l=1', oddFallback(), 'query');
    expect(r.form).toEqual(oddFallback());
    expect(r.ignored).toHaveLength(1);
    expect(r.ignored[0]!.reason.en).toContain('newer version');
  });

  it('without a version is read as version 1, and says so', () => {
    const r = decodeForm('tt=100', oddFallback(), 'query');
    expect(r.form.total).toBe('100');
    expect(r.ignored).toEqual([expect.objectContaining({ key: 'v' })]);
  });

  it('that is too long is ignored as a whole', () => {
    const r = decodeForm(`v=1&tt=100&${'x'.repeat(2100)}`, oddFallback(), 'query');
    expect(r.form).toEqual(oddFallback());
    expect(r.ignored[0]!.reason.en).toContain('too long');
  });

  it('with a category from the other scheme keeps the scheme', () => {
    const r = decodeForm('v=1&s=r&c=a', oddFallback(), 'query');
    expect(r.form.scheme).toBe('resident');
    expect(r.form.category).toBe('working-age');
    expect(r.ignored).toEqual([expect.objectContaining({ field: 'category' })]);
  });

  it('with many unknown parts lists a few and counts the rest', () => {
    const r = decodeForm('v=1&' + Array.from({ length: 20 }, (_, i) => `k${i}=1`).join('&'), oddFallback(), 'query');
    expect(r.ignored).toHaveLength(8);
    expect(r.ignored[7]!.reason.en).toBe('13 more parts were ignored.');
  });

  it('of random text never throws and always gives a usable form', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.webQueryParameters(),
    );
    fc.assert(
      fc.property(text, (q) => {
        const { form, ignored } = decodeForm(q, oddFallback(), 'query');
        assertUsable(form);
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('of random key=value pairs on known keys gives a usable form and names each bad field', () => {
    const keys = ['v', 'p', 'd', 'r', 's', 'c', 'a', 'h', 't', 'l', 'n', 'o', 'rf', 'em', 'tt', 'oc', 'ol', 'cb', 'sb'];
    const pair = fc.tuple(
      fc.constantFrom(...keys),
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('1', '0', '-1', '2025-02-29', '3', 'e', 'r', '100.005')),
    );
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const q = ['v=1', ...pairs.filter(([k]) => k !== 'v').map(([k, v]) => `${k}=${encodeURIComponent(v)}`)].join(
          '&',
        );
        const { form } = decodeForm(q, oddFallback(), 'query');
        assertUsable(form);
      }),
      { numRuns: 1000 },
    );
  });

  it('signed after #, the same hostile contents still give a usable form and say what they ignored', () => {
    for (const query of MALFORMED) {
      // Version 2 where the link says 1, unless the link is about its version (two of them, say).
      const body = /(^|&)v=.*&v=/.test(query) ? query : query.replace(/^v=1(&|$)/, 'v=2$1');
      const { form, ignored } = decodeForm(signed(body), oddFallback(), 'hash');
      assertUsable(form);
      expect(ignored.length, query).toBeGreaterThan(0);
    }
  });

  it('after # without its checksum, or with the wrong one, is refused as a whole', () => {
    const body = 'v=2&d=2025-03-01&tt=12000';
    for (const text of [body, `${body}&k=0`, signed(body).replace('12000', '120'), signed(body).slice(0, -2)]) {
      const r = decodeForm(text, oddFallback(), 'hash');
      expect(r.form, text).toEqual(oddFallback());
      expect(
        r.ignored.map((i) => i.reason.en),
        text,
      ).toEqual([expect.stringContaining('incomplete or was altered')]);
    }
  });
});
