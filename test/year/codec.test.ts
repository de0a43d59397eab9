import fc from 'fast-check';
import { defaultYear, newBill } from '../../src/year/doc';
import { signed } from '../../src/link/kernel';
import { decodeYear, encodeYear, isYearLink, yearLink } from '../../src/year/codec';
import { MAX_BILLS, MAX_YEAR_QUERY } from '../../src/year/link-codes';
import { FALLBACK_DATE, withoutIds, yearArb } from './arbitraries';

const fallback = () => defaultYear(FALLBACK_DATE);

describe('year link', () => {
  it('round-trips any year (labels and local ids aside)', () => {
    fc.assert(
      fc.property(yearArb, (doc) => {
        const made = yearLink(doc);
        if (!made.ok) throw new Error('a small year always fits a link');
        expect(made.fragment).toMatch(/^[A-Za-z0-9=&_~.]+$/);
        const { doc: back, ignored } = decodeYear(made.fragment, fallback());
        expect(ignored).toEqual([]);
        expect(withoutIds(back)).toEqual(withoutIds(doc));
      }),
      { numRuns: 1000 },
    );
  });

  it('never carries relatives’ labels, only balances in order', () => {
    const doc = fallback();
    doc.relatives = [
      { id: 'a', label: '配偶', balance: '2000' },
      { id: 'b', label: 'Mum', balance: '0.5' },
    ];
    const q = encodeYear(doc);
    expect(q).toBe('y=2&af=2000~0.5');
    expect(decodeYear(q, fallback(), 'query').doc.relatives.map((r) => [r.label, r.balance])).toEqual([
      ['', '2000'],
      ['', '0.5'],
    ]);
  });

  it('writes what the user typed in canonical form, and leaves out bills without date or total', () => {
    const doc = fallback();
    doc.bills = [
      newBill('2025-03-01', {
        total: '１２,０００元',
        classB: '800',
        settledBasic: '0',
        offsite: 'filed',
        emergency: true,
      }),
      newBill('2025-03-02', { total: '' }),
      newBill('2025-02-30', { total: '100' }),
      newBill('2025-04-01', { setting: 'outpatient', level: 'community', total: '300' }),
    ];
    expect(encodeYear(doc)).toBe('y=2&b=20250301_i3_12000___800_0_fm~20250401_oc_300');
  });

  it('keeps a 10-bill year short enough for a chat message', () => {
    const doc = fallback();
    doc.person = { region: '110000', scheme: 'employee', category: 'retired', age: '67', hardship: false };
    doc.own = '3260.55';
    doc.relatives = [
      { id: 'a', label: '', balance: '12000' },
      { id: 'b', label: '', balance: '4500.5' },
    ];
    doc.prior = {
      on: true,
      admissions: '1',
      outpatientInScope: '2300',
      basicInpatient: '15000',
      basicOutpatient: '',
      catastrophicBase: '',
      catastrophicPaid: '',
    };
    for (let i = 0; i < 10; i++) {
      doc.bills.push(
        newBill(`2025-${String(i + 1).padStart(2, '0')}-15`, {
          total: `${23456 + i * 1111}.78`,
          outOfCatalog: '1234.56',
          overLimit: '345.6',
          classB: '2345.67',
          settledBasic: i % 3 ? '' : '15000.12',
          offsite: i % 4 ? 'local' : 'filed',
        }),
      );
    }
    const made = yearLink({ ...doc, pinned: '2010-05-01' });
    expect(made.ok && made.fragment.length).toBeLessThan(600);
  });

  it('tells a year link from a single-bill link', () => {
    expect(isYearLink('?y=1&b=20250301_i3_100')).toBe(true);
    expect(isYearLink('#y=2&b=20250301_i3_100&k=x')).toBe(true);
    expect(isYearLink('?v=1&tt=100')).toBe(false);
    expect(isYearLink('')).toBe(false);
  });

  it('reads what it can of a damaged bill and says what it ignored', () => {
    const { doc, ignored } = decodeYear(
      'y=1&b=20250301_x9_100_abc_5_6_7_zz~garbage~20250302_o1_50',
      fallback(),
      'query',
    );
    expect(
      doc.bills.map((b) => [
        b.date,
        b.setting,
        b.level,
        b.total,
        b.outOfCatalog,
        b.overLimit,
        b.classB,
        b.settledBasic,
      ]),
    ).toEqual([
      ['2025-03-01', 'inpatient', 'tertiary', '100', '', '5', '6', '7'],
      ['2025-03-02', 'outpatient', 'primary', '50', '', '', '', ''],
    ]);
    expect(ignored.map((i) => i.reason.en).join('\n')).toMatch(
      /Bill 1 .*setting or level[\s\S]*Bill 1 .*out-of-catalogue[\s\S]*Bill 1 .*marks[\s\S]*Bill 2 .*left out/,
    );
  });

  it('ignores a newer version whole and falls back', () => {
    const fb = fallback();
    const r = decodeYear('y=3&b=20250301_i3_100', fb, 'query');
    expect(r.doc).toBe(fb);
    expect(r.ignored[0]!.reason.en).toMatch(/newer version/);
  });

  it('a category of the other scheme falls back to the scheme’s first category', () => {
    const r = decodeYear('y=1&s=r&c=a', fallback(), 'query');
    expect(r.doc.person).toMatchObject({ scheme: 'resident', category: 'working-age' });
    expect(r.ignored).toHaveLength(1);
  });

  const MALFORMED = [
    'y=1&b=',
    'y=1&b=~~~~',
    'y=1&b=________',
    'y=1&b=20251301_i3_100',
    'y=1&b=20250229_i3_100',
    'y=1&b=20250301_i3_-100',
    'y=1&b=20250301_i3_1e5',
    'y=1&b=20250301_i3_100.001',
    'y=1&b=20250301_i3_NaN',
    'y=1&b=20250301_i3_100_1_2_3_4_fu_extra',
    'y=1&b=<script>alert(1)</script>',
    'y=1&b=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    'y=1&b=%E0%A4%A',
    'y=1&b=20250301_i3_100&b=20250302_i3_200',
    'y=0',
    'y=-1',
    'y=abc',
    'y=99999999999999999999',
    'y=1&y=2',
    'y=1&r=11000',
    'y=1&r=1100001',
    'y=1&s=x',
    'y=1&c=zz',
    'y=1&a=151',
    'y=1&a=-3',
    'y=1&h=2',
    'y=1&ao=abc',
    'y=1&s=r&ao=100',
    'y=1&af=1~2~x~-4',
    `y=1&af=${Array.from({ length: 50 }, () => '1').join('~')}`,
    'y=1&q=x_1_2',
    'y=1&q=1_a_b_c_d_e_f_g',
    'y=1&e=2025-03-01',
    'y=1&s=r&c=e&e=20250301_7_x',
    'y=1&t=2010',
    'y=1&t=20100231',
    'y=1&__proto__=1&constructor=2',
    'y=1&toString=1&hasOwnProperty=2',
    `y=1&b=${Array.from({ length: 300 }, (_, i) => `2025010${(i % 9) + 1}_i3_${i}`).join('~')}`,
    `y=1&b=${'9'.repeat(20_000)}`,
    '&&&&====',
    '=',
    '%',
    'y',
    '\u0000\u0001y=1',
    'y=1&b=２０２５０３０１_i3_100',
    'y=1&b=20250301_i3_１００',
  ];

  it(`decodes ${MALFORMED.length} malformed links without throwing, keeping a usable year`, () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(30);
    for (const q of MALFORMED.flatMap((m) => [[m, 'query'] as const, [signed(m), 'hash'] as const])) {
      const r = decodeYear(q[0], fallback(), q[1]);
      const [text] = q;
      expect(Array.isArray(r.doc.bills), text).toBe(true);
      expect(r.doc.bills.length, text).toBeLessThanOrEqual(200);
      expect(r.ignored.length, text).toBeLessThanOrEqual(8);
      for (const b of r.doc.bills) expect(b.total, text).toMatch(/^(0|[1-9]\d*)(\.\d{1,2})?$/);
      // Whatever was read encodes again to a clean ASCII link.
      expect(encodeYear(r.doc), text).toMatch(/^[A-Za-z0-9=&_~.]+$/);
    }
  });

  it('random strings never throw', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('hash', 'query') as fc.Arbitrary<'hash' | 'query'>,
        (s, where) => {
          const r = decodeYear(s, fallback(), where);
          expect(r.doc).toBeDefined();
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('a link cut short or altered after # is refused whole, never read as other figures', () => {
    const doc = fallback();
    doc.bills = [newBill('2025-03-01', { total: '12000' }), newBill('2025-05-01', { total: '8000' })];
    const made = yearLink(doc);
    if (!made.ok) throw new Error('fits');
    for (let cut = 1; cut < made.fragment.length; cut++) {
      const r = decodeYear(made.fragment.slice(0, cut), fallback());
      expect(r.doc.bills, `cut at ${cut}`).toEqual([]);
      expect(
        r.ignored.map((i) => i.reason.en),
        `cut at ${cut}`,
      ).toEqual([expect.stringMatching(/incomplete|altered/)]);
    }
    const altered = made.fragment.replace('12000', '12001');
    expect(decodeYear(altered, fallback()).doc.bills).toEqual([]);
  });

  it('makes no link its decoder would refuse: too many bills, or too long', () => {
    const many = fallback();
    many.bills = Array.from({ length: MAX_BILLS + 1 }, (_, i) => newBill('2025-03-01', { total: String(i + 1) }));
    expect(yearLink(many)).toEqual({ ok: false, reason: 'bills', bills: MAX_BILLS + 1, max: MAX_BILLS });
    const long = fallback();
    // The largest amounts in every field: about 90 characters a bill.
    const big = '999999999999.99';
    long.bills = Array.from({ length: 150 }, () =>
      newBill('2025-03-01', {
        total: big,
        outOfCatalog: big,
        overLimit: big,
        classB: big,
        settledBasic: big,
        offsite: 'filed',
        referral: true,
        emergency: true,
      }),
    );
    const made = yearLink(long);
    expect(made.ok).toBe(false);
    expect(!made.ok && made.reason).toBe('length');
    // Just under both limits, the link is made and reads back whole.
    long.bills = long.bills.slice(0, 100);
    const fits = yearLink(long);
    expect(fits.ok && fits.fragment.length).toBeLessThanOrEqual(MAX_YEAR_QUERY);
    if (fits.ok) expect(decodeYear(fits.fragment, fallback()).doc.bills).toHaveLength(100);
  });
});
