/**
 * plainBill (validate.ts): the check of a bill without zod takes only what BillInput takes and
 * gives what it gives, so a year parses its bills without zod and any bill it refuses still gets
 * zod's own error. Over inputs mixing good values, bad ones, missing keys, unknown keys and slips.
 */
import fc from 'fast-check';
import { settleYear, type BillIn } from '../../src/engine';
import { BillInput } from '../../src/engine/input';
import { plainBill } from '../../src/engine/validate';
import { bjActive, tables } from './fixtures';

/** A value for a field: often a good one, else something zod refuses or may take. */
const field = (good: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 20, arbitrary: good },
    {
      weight: 1,
      arbitrary: fc.constantFrom<unknown>(
        undefined,
        null,
        '',
        0,
        12.5,
        true,
        '1e4',
        '012',
        '1.234',
        '-1',
        ' 1',
        '1.',
        '2025-02-29',
        '2024-02-29',
        '2025-13-01',
        '2025-3-01',
        'tertiary',
        'inpatient',
        'local',
        'filed',
        'abroad',
        [],
        {},
      ),
    },
  );

const moneyText = fc.oneof(
  fc.constantFrom('0', '0.5', '1', '100.00', '999999999999.99', '1000000000000', '00', '1.5.0'),
  fc.integer({ min: 0, max: 10_000_000 }).map((f) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`),
  fc.integer({ min: 0, max: 100_000 }).map(String),
);
const dateText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .date({ min: new Date('1899-01-01'), max: new Date('2200-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('2025-02-30', '2025-04-31', '2100-02-29', '2000-02-29', '25-01-01', '2025-01-01T00:00'),
  },
);

/** Each key present or not, given a value undefined or not; a slip or an unknown key now and then. */
const bill = fc
  .tuple(
    fc.record(
      {
        date: field(dateText),
        setting: field(fc.constantFrom('inpatient', 'outpatient', 'inpatient', 'outpatient', 'dental')),
        level: field(fc.constantFrom('community', 'primary', 'secondary', 'tertiary', 'tertiary', 'quaternary')),
        total: field(moneyText),
        outOfCatalog: field(moneyText),
        overLimit: field(moneyText),
        classB: field(moneyText),
        offsite: field(fc.constantFrom('local', 'filed', 'unfiled', 'local', 'abroad')),
        referral: field(fc.boolean()),
        emergency: field(fc.boolean()),
      },
      { requiredKeys: ['date', 'setting', 'level', 'total'] },
    ),
    // Mostly absent (null here): a slip, or an unknown key, in one bill of eight.
    fc.oneof(
      { weight: 7, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, {}, { basic: '10' }, { basicc: '1' }) },
    ),
    fc.oneof({ weight: 7, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant('1') }),
  )
  .map(([b, settled, totl]) => ({
    ...b,
    ...(settled === null ? {} : { settled }),
    ...(totl === null ? {} : { totl }),
  }));

describe('plainBill', () => {
  it('takes only bills BillInput takes, and returns what it returns, key for key in its order', () => {
    let taken = 0;
    fc.assert(
      fc.property(bill, (b) => {
        const mine = plainBill(b);
        const zod = BillInput.safeParse(b);
        if (mine === null) return;
        taken++;
        expect(zod.success).toBe(true);
        expect(mine).toStrictEqual(zod.data);
        expect(Object.keys(mine)).toEqual(Object.keys(zod.data!));
      }),
      { numRuns: 4000 },
    );
    // Most generated bills are good ones: the comparison above is not an empty one.
    expect(taken).toBeGreaterThan(400);
  });

  it('refuses a key zod does not know, also an inherited one, and anything not a plain object', () => {
    const ok = { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '100' };
    expect(plainBill(ok)).not.toBeNull();
    expect(plainBill(Object.create(ok))).not.toBeNull(); // zod reads inherited keys too (for … in)
    expect(plainBill(Object.assign(Object.create({ nickname: 'x' }), ok))).toBeNull();
    expect(BillInput.safeParse(Object.assign(Object.create({ nickname: 'x' }), ok)).success).toBe(false);
    for (const v of [null, undefined, [ok], '2025-03-01', 1]) expect(plainBill(v)).toBeNull();
  });

  it('spares zod the bills of a year with no slip figures (none given, or an empty one), and leaves it the others', () => {
    const spy = vi.spyOn(BillInput, 'safeParse');
    try {
      const bills: BillIn[] = [
        { date: '2025-03-01', setting: 'inpatient', level: 'tertiary', total: '12000.00', outOfCatalog: '300' },
        { date: '2025-04-01', setting: 'outpatient', level: 'community', total: '800', offsite: 'local' },
        // As the pages' forms give a bill with no slip figure.
        { date: '2025-05-01', setting: 'outpatient', level: 'primary', total: '300', settled: {} },
      ];
      settleYear(tables, { person: bjActive, bills });
      expect(spy).not.toHaveBeenCalled();
      settleYear(tables, { person: bjActive, bills: [{ ...bills[0]!, settled: { basic: '100' } }] });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
});
