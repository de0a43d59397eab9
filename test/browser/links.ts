/**
 * Malformed share links for the browser: a fixed set by kind (negative, too many decimals, huge,
 * script-like, wrong version, bad dates, repeated and unknown keys, broken encoding) and random
 * ones from a fixed seed, so a failure can be replayed.
 */
import fc from 'fast-check';

const FIXED: string[] = [
  'v=1&tt=-5000',
  'v=1&tt=5000&oc=-1',
  'v=1&tt=1.234',
  'v=1&tt=1e9',
  'v=1&tt=99999999999999999999',
  'v=1&tt=' + '9'.repeat(5000),
  'v=1&' + 'x=1&'.repeat(1500),
  'v=1&tt=<script>window.__xss=1</script>',
  'v=1&tt=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E',
  'v=1&%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E=1',
  'javascript:window.__xss=1',
  'v=1&r=javascript:alert(1)',
  'v=1&d="><svg/onload=alert(1)>',
  'v=2&tt=5000',
  'v=0',
  'v=-1&l=1',
  'v=abc&tt=100',
  'v=1&v=7',
  'tt=5000&l=2',
  'v=1&d=2025-02-30',
  'v=1&d=2025-13-45',
  'v=1&d=0000-00-00',
  'v=1&p=2025-02-30',
  'v=1&p=1999-01-01',
  'v=1&p=2099-01-01',
  'v=1&l=9&s=z&c=q&t=x&n=7&o=?',
  'v=1&s=r&c=a',
  'v=1&a=999&h=2&rf=yes&em=-1',
  'v=1&r=12',
  'v=1&tt=100&tt=200&l=1&l=2',
  'v=1&zz=1&yy=2&' + Array.from({ length: 40 }, (_, i) => `k${i}=${i}`).join('&'),
  'v=1&%E5%B9%B4%E9%BE%84=45&tt=%E4%B8%80%E7%99%BE',
  'v=1&tt=%EF%BC%91%EF%BC%92%EF%BC%93',
  '%F0%9F%92%A5=%F0%9F%92%A5',
  'v=1&tt=%',
  'v=1&tt=%E0%A4%A&d=%ZZ',
  'v=1&tt=%00%01%02',
  '&&&===&&&',
  '=',
  'v',
];

/** Random query-ish text, from a fixed seed. */
const RANDOM = fc.sample(
  fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.webQueryParameters(),
    fc
      .array(
        fc.tuple(
          fc.constantFrom(
            'v',
            'p',
            'd',
            'r',
            's',
            'c',
            'a',
            'h',
            't',
            'l',
            'n',
            'o',
            'rf',
            'em',
            'tt',
            'oc',
            'ol',
            'cb',
            'sb',
          ),
          fc.string({ maxLength: 10 }),
        ),
        { maxLength: 6 },
      )
      .map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
  ),
  { seed: 20250301, numRuns: 20 },
);

/** Each link's query, to go after "?" (percent-encoding what a browser would). */
export const MALFORMED_LINKS: string[] = [...FIXED, ...RANDOM].map((q) =>
  q.replace(/[^\x21-\x7e]|#/gu, (c) => {
    try {
      return encodeURIComponent(c);
    } catch {
      return '%ED%A0%80'; // a lone surrogate: bytes that are not UTF-8, which is malformed too
    }
  }),
);
