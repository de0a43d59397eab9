/** Rules derived from real slips give those slips back to the fen (src/rules/derive.ts). */
import { checkTable } from '../../src/tables/check';
import { blankSlip, deriveRules, reproduce, type DeriveIn, type SlipIn } from '../../src/rules/derive';

const slip = (more: Partial<SlipIn>): SlipIn => ({ ...blankSlip('2025-03-01'), ...more });
const person = { region: '310000', regionName: '上海市', scheme: 'employee', category: 'active' } as const;
const derive = (...slips: SlipIn[]): DeriveIn => ({ ...person, slips });

describe('deriveRules', () => {
  it('finds the deductible and the one ratio at each level, and the table it makes is valid', () => {
    const input = derive(
      // DOMAIN.md's worked case: 12,000 in scope, 1,300 deductible, basic 9,095.00 → 85%.
      slip({ total: '12000', deductible: '1300', basic: '9095.00' }),
      slip({ level: 'secondary', total: '8000', outOfCatalog: '500', deductible: '1300', basic: '5394' }),
    );
    const r = deriveRules(input);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(checkTable(r.table)).toMatchObject({ ok: true });
    expect(r.table.enteredBy).toBe('user');
    const schedules = r.table.settings.inpatient!.bands;
    expect(
      'schedules' in schedules &&
        schedules.schedules.map((s) => [s.when?.level, 'ratio' in s.bands[0]! && s.bands[0].ratio]),
    ).toEqual([
      [['tertiary'], '0.85'],
      [['secondary'], '0.87'],
    ]);
    expect(r.found.map((m) => m.zh)).toEqual([
      '住院 三级医院：起付线 1300 元，基金支付 85%',
      '住院 二级医院：起付线 1300 元，基金支付 87%',
    ]);
    const back = reproduce(r.table, input);
    expect(Array.isArray(back) && back.map((b) => b.ok)).toEqual([true, true]);
  });

  it('picks the shortest ratio that gives a rounded slip back, across slips of a level', () => {
    // 0.85 × 3333.33 = 2833.3305 → 2833.33; 0.85 × 7777.77 = 6611.1045 → 6611.10.
    const input = derive(
      slip({ total: '4633.33', deductible: '1300', basic: '2833.33' }),
      slip({ total: '9077.77', deductible: '1300', basic: '6611.10' }),
    );
    const r = deriveRules(input);
    expect(r.ok && r.found[0]!.en).toBe('inpatient, tertiary (level 3) hospital: deductible 1300 yuan, fund pays 85%');
    const back = r.ok ? reproduce(r.table, input) : [];
    expect(Array.isArray(back) && back.every((b) => b.ok)).toBe(true);
  });

  it('derives the class-B share where the slip gives class B, and carries the pre-self-pay otherwise', () => {
    const withB = derive(
      slip({ total: '13000', classB: '1000', preSelfPay: '100', deductible: '1300', basic: '9605' }),
    );
    const r = deriveRules(withB);
    expect(r.ok && r.table.classBSelfPayRate).toMatchObject({ value: '0.10' });
    const back = r.ok ? reproduce(r.table, withB) : [];
    expect(Array.isArray(back) && back[0]!.lines).toEqual([
      { key: 'inScope', slip: '12900.00', got: '12900.00' },
      { key: 'deductible', slip: '1300.00', got: '1300.00' },
      { key: 'basic', slip: '9605.00', got: '9605.00' },
    ]);
    const withoutB = derive(slip({ total: '13000', preSelfPay: '100', deductible: '1300', basic: '9605' }));
    const q = deriveRules(withoutB);
    expect(q.ok && 'unknown' in q.table.classBSelfPayRate).toBe(true);
    expect(q.ok && q.assumptions.map((a) => a.en)).toContain(
      'no class-B amount: its self-pay share cannot be derived, and the pre-self-pay is taken as on the slip',
    );
    const again = q.ok ? reproduce(q.table, withoutB) : [];
    expect(Array.isArray(again) && again[0]!.ok).toBe(true);
  });

  it('says which slip does not fit one ratio, and what a slip lacks', () => {
    const conflict = deriveRules(
      derive(
        slip({ total: '11300', deductible: '1300', basic: '8500' }),
        slip({ total: '51300', deductible: '1300', basic: '45000' }),
      ),
    );
    expect(!conflict.ok && conflict.errors.map((e) => [e.slip, e.field])).toEqual([[1, 'basic']]);
    const bad = deriveRules(derive(slip({ total: '1万', deductible: '1300', basic: '' })));
    expect(!bad.ok && bad.errors.map((e) => [e.slip, e.field])).toEqual([[0, 'total']]);
    const missing = deriveRules(derive(slip({ total: '5000', deductible: '1300' })));
    expect(!missing.ok && missing.errors.map((e) => [e.slip, e.field])).toEqual([[0, 'basic']]);
    const tooMuch = deriveRules(derive(slip({ total: '5000', deductible: '1300', basic: '4000' })));
    expect(!tooMuch.ok && tooMuch.errors[0]!.reason.en).toBe(
      'the basic fund cannot pay more than what is above the deductible',
    );
  });
});
