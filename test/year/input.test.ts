/**
 * The engine's input for a year doc (src/year/input.ts): a bill typed without a settled figure
 * reaches the engine as a plain bill, the shape it checks without zod at every keystroke.
 */
import { plainBill } from '../../src/engine/validate';
import { defaultYear, newBill } from '../../src/year/doc';
import { toEngineInput } from '../../src/year/input';

const TODAY = '2025-06-01';

describe('toEngineInput', () => {
  it('gives a bill without a settled figure as a plain bill, and one with it as typed', () => {
    const doc = defaultYear(TODAY);
    doc.bills = [
      newBill('2025-03-01', { total: '12,000', outOfCatalog: '500' }),
      newBill('2025-04-01', { total: '8000', settledBasic: '6000' }),
    ];
    const { bills, errors } = toEngineInput(doc, TODAY);
    expect(errors).toEqual({});
    expect(plainBill(bills[0]!.bill)).toMatchObject({ total: '12000', outOfCatalog: '500', settled: {} });
    expect(bills[1]!.bill.settled).toEqual({ basic: '6000' });
  });
});
