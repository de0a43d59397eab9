import { compareLevels, startState, type BillIn, type PersonIn } from '../../src/engine';
import { referenceFor } from '../../src/cli/bench-reference';
import { tableFor } from '../../src/engine/table';
import { BENCH_BILL, BENCH_PERSON } from '../../src/cli/bench-input';
import { tables } from '../tiers';

/** The engine's figures at every level, as the reference reports them. */
function engineAt(person: PersonIn, bill: BillIn) {
  return compareLevels(tables, person, bill, startState(person)).map((o) => ({
    level: o.level,
    basic: o.result!.basic,
    fund: o.result!.fund,
    outOfPocket: o.result!.outOfPocket,
  }));
}

describe('the bench’s hand-written reference', () => {
  const table = tableFor(tables, '110000', 'employee', BENCH_BILL.date);

  it('gives the engine’s figures for the bill the bench times, at every level', () => {
    const reference = referenceFor(table, BENCH_PERSON.category);
    expect(reference(BENCH_BILL)).toEqual(engineAt(BENCH_PERSON, BENCH_BILL));
  });

  it('also past the cap, where the layers above it pay, for either category', () => {
    for (const category of ['active', 'retired'] as const) {
      const person: PersonIn = { region: '110000', scheme: 'employee', category };
      const bill = { ...BENCH_BILL, total: '812345.67' };
      expect(referenceFor(table, category)(bill)).toEqual(engineAt(person, bill));
    }
  });
});
