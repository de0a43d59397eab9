/**
 * One bill against its table: unknown rules are refused with the table path (never guessed), and
 * the result warns where it used an unverified value, an old table, an unknown cap or rate.
 */
import { settleYear, type BillIn, type PersonIn } from '../../src/engine';
import { D } from './decimal';
import { bilingual, bjActive, bjResident, errorOf, tables } from './fixtures';

const settle = (person: PersonIn, bill: BillIn) => settleYear(tables, { person, bills: [bill] }).bills[0]!;
const codes = (person: PersonIn, bill: BillIn) => settle(person, bill).warnings.map((w) => w.code);
const inpatient = (level: BillIn['level'], total: string, more: Partial<BillIn> = {}): BillIn => ({
  date: '2025-03-01',
  setting: 'inpatient',
  level,
  total,
  ...more,
});

describe('unknown rules', () => {
  it('refuses a Beijing resident admission without the slip’s basic figure (inpatient ratios unknown)', () => {
    const e = errorOf(() => settle(bjResident, { ...inpatient('tertiary', '20000'), date: '2019-05-01' }));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'unknown-rule',
      field: '110000-resident-2019-01-01:settings.inpatient.bands',
    });
    expect(bilingual(e.reason)).toBe(true);
  });

  it('names the unknown deductible where it comes first (a student’s admission)', () => {
    const e = errorOf(() =>
      settle(
        { ...bjResident, category: 'student', age: 10 },
        { ...inpatient('secondary', '20000'), date: '2019-05-01' },
      ),
    );
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'unknown-rule',
      field: '110000-resident-2019-01-01:settings.inpatient.deductible.rules[3].amount',
    });
  });

  it('refuses Shandong 2014 basic rules, and settles the same bill once the slip gives basic', () => {
    const person = { region: '370000', scheme: 'resident', category: 'working-age' } as const;
    const bill = { ...inpatient('tertiary', '50000'), date: '2014-06-01' };
    const e = errorOf(() => settle(person, bill));
    expect({ code: e.code, field: e.field }).toEqual({
      code: 'unknown-rule',
      field: '370000-resident-2014-04-01:settings.inpatient.deductible',
    });
    expect(settle(person, { ...bill, settled: { basic: '20000' } }).catastrophic).toBe('10000.00');
  });
});

describe('warnings', () => {
  it('gradeC: a secondary admission reaching the 30,000–40,000 band (its 0.92 is grade C), not a tertiary one', () => {
    expect(codes(bjActive, inpatient('secondary', '35000'))).toContain('gradeC');
    const w = settle(bjActive, inpatient('secondary', '35000')).warnings.find((x) => x.code === 'gradeC')!;
    expect(w.cites.map((c) => c.path)).toEqual(['settings.inpatient.bands.schedules[1].bands[1]']);
    expect(codes(bjActive, inpatient('secondary', '25000'))).not.toContain('gradeC');
    expect(codes(bjActive, inpatient('tertiary', '35000'))).not.toContain('gradeC');
  });

  it('staleTable: a bill after the table’s last confirmed day, not one on it', () => {
    expect(codes(bjActive, { ...inpatient('tertiary', '5000'), date: '2026-01-01' })).toContain('staleTable');
    expect(codes(bjActive, { ...inpatient('tertiary', '5000'), date: '2025-12-31' })).not.toContain('staleTable');
  });

  it('unknownCap: 大额互助 pays past the basic cap and its own cap is unknown', () => {
    expect(codes(bjActive, inpatient('tertiary', '200000'))).toContain('unknownCap');
    expect(codes(bjActive, inpatient('tertiary', '50000'))).not.toContain('unknownCap');
  });

  it('unknownClassBRate: class-B costs whose self-pay rate is unknown count wholly in scope', () => {
    const r = settle(bjActive, inpatient('tertiary', '5000', { classB: '1000' }));
    expect(r.warnings.map((w) => w.code)).toContain('unknownClassBRate');
    expect([r.preSelfPay, r.inScope]).toEqual(['0.00', '5000.00']);
    expect(codes(bjActive, inpatient('tertiary', '5000'))).not.toContain('unknownClassBRate');
  });

  it('every warning says it in both languages', () => {
    for (const w of settle(bjActive, { ...inpatient('secondary', '200000', { classB: '1' }), date: '2026-01-01' })
      .warnings)
      expect(bilingual(w.message)).toBe(true);
  });
});

describe('messages name rules and payers in each language', () => {
  it('an unknown-rule error and an unknown-cap warning keep each language to itself', () => {
    const e = errorOf(() => settle(bjResident, { ...inpatient('tertiary', '20000'), date: '2019-05-01' }));
    expect(e.reason.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(e.reason.zh).toContain('报销比例');
    const w = settle(bjActive, inpatient('tertiary', '150000')).warnings.find((x) => x.code === 'unknownCap')!;
    expect(w.message.en).not.toMatch(/[\u4e00-\u9fff]/);
    expect(w.message.zh).toContain('大额医疗互助');
  });
});

describe('a table a person entered (DOMAIN.md §3)', () => {
  const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
  const theirs = { ...beijing, enteredBy: 'user' as const };
  const bill = { ...inpatient('primary', '12000'), date: '2025-03-01' };
  const on = (t: typeof beijing) => settleYear([t], { person: bjActive, bills: [bill] }).bills[0]!;

  it('gives the same numbers, says once that the rules are theirs and unverified, and marks the table', () => {
    const mine = on(theirs);
    const official = on(beijing);
    expect(mine.fund).toBe(official.fund);
    // The official table's primary-level ratio is grade C, so it cautions; the person's own says why once.
    expect(official.warnings.map((w) => w.code)).toContain('gradeC');
    expect(mine.warnings.map((w) => w.code)).toEqual(['userRules']);
    expect(mine.warnings[0]!.message.zh).toBe('按你填写的规则计算，未经核实');
    expect([mine.table.enteredByUser, official.table.enteredByUser]).toEqual([true, false]);
  });
});

describe('layers above the cap', () => {
  // Found by the property tests over random tables: two layers whose ratios add up above 1 made
  // the funds pay more than the bill.
  it('never pay more, together, than the cost beyond the trigger point', () => {
    const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
    const greedy = structuredClone(beijing);
    for (const layer of greedy.settings.inpatient!.overflow)
      layer.ratios = layer.ratios.map((r) => ({ ...r, ratio: { ...r.ratio, value: '0.9' } }));
    const r = settleYear([greedy], {
      person: { ...bjActive, category: 'retired' },
      bills: [{ ...inpatient('tertiary', '300000'), date: '2025-03-01' }],
    }).bills[0]!;
    const beyond = r.steps.find((s) => s.kind === 'beyondCap')!;
    expect(r.basic).toBe('100000.00');
    // 0.9 + 0.9 of the cost beyond: clipped to the cost itself, so the patient pays no less than 0 there.
    expect(new D(r.supplementary).plus(r.topUp).toFixed(2)).toBe(
      new D(beyond.base).toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2),
    );
    expect(new D(r.outOfPocket).greaterThanOrEqualTo(0)).toBe(true);
  });
});
