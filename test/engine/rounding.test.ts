import { settleBill, startState, settleYear } from '../../src/engine';
import { roundAlongChain } from '../../src/engine/rounding';
import { Dec } from '../../src/engine/money';

import { tables } from '../tiers';

describe('roundAlongChain', () => {
  it('is each payer rounded once half-up when the running totals are whole fen', () => {
    const { rounded, steps } = roundAlongChain([
      ['basic', new Dec('100000')],
      ['supplementary', new Dec('280.025')],
    ]);
    expect([rounded.basic!.toFixed(2), rounded.supplementary!.toFixed(2)]).toEqual(['100000.00', '280.03']);
    expect(steps).toEqual([]);
  });

  it('rounds a cost shared by two payers once and says which payer moved by a fen', () => {
    const { rounded, steps } = roundAlongChain([
      ['supplementary', new Dec('280.004')],
      ['topUp', new Dec('35.004')],
    ]);
    // apart: 280.00 + 35.00 = 315.00; together 315.008 → 315.01, so the top-up takes 35.01.
    expect(rounded.topUp!.toFixed(2)).toBe('35.01');
    expect(steps).toEqual([{ kind: 'rounding', party: 'topUp', base: '35.004', amount: '0.01', cites: [] }]);
  });
});

describe('a dearer bill never costs the patient less (regression)', () => {
  it('Beijing retiree past the basic cap: 1000.04 → 1000.05 does not lower out-of-pocket', () => {
    const person = { region: '110000', scheme: 'employee', category: 'retired', age: 66 };
    const { state } = settleYear(tables, {
      person,
      bills: [{ date: '2025-01-01', setting: 'inpatient', level: 'tertiary', total: '200000' }],
    });
    const at = (total: string) =>
      settleBill(tables, person, { date: '2025-02-01', setting: 'inpatient', level: 'tertiary', total }, state).result;
    const before = at('1000.04');
    const after = at('1000.05');
    // Beyond the deductible 350.04 then 350.05. Rounded apart: 280.03 + 35.00 (patient 685.01), then
    // 280.04 + 35.01 (patient 685.00, a fen less for a dearer bill). The shared 90% rounded once:
    // 315.036 → 315.04 (patient 685.00), then 315.045 → 315.05 (patient 685.00).
    expect(new Dec(after.outOfPocket).greaterThanOrEqualTo(before.outOfPocket)).toBe(true);
    expect([before.supplementary, before.topUp, before.outOfPocket]).toEqual(['280.03', '35.01', '685.00']);
    expect([after.supplementary, after.topUp, after.outOfPocket]).toEqual(['280.04', '35.01', '685.00']);
  });
});

it('startState is exported for callers that settle bill by bill', () => {
  expect(startState({ region: '110000', scheme: 'employee', category: 'active' }).admissions).toBe(0);
});
