import { defaultForm } from '../../src/bill/doc';
import { settle } from '../../src/bill/engine-impl';
import { toEngineInput } from '../../src/bill/input';
import { startState, settleBill } from '../../src/engine';
import { yearOutlook } from '../../src/engine/outlook';
import { tables } from '../tiers';

vi.mock('../../src/engine/outlook', async (original) => {
  const m = await original<typeof import('../../src/engine/outlook')>();
  return { ...m, yearOutlook: vi.fn(m.yearOutlook) };
});

const checked = toEngineInput({ ...defaultForm('2025-06-01'), total: '12000' });
if (!checked.ok) throw new Error('the test bill should be valid');
const { input } = checked;

// The page's settle runs at every keystroke; the outlook is shown by a part built after the figures.
describe('the page’s settle', () => {
  it('leaves the year’s outlook until it is first read, then works it out once', () => {
    vi.mocked(yearOutlook).mockClear();
    const outcome = settle(tables, input);
    if (!outcome.ok) throw new Error(outcome.error.reason.en);
    expect(yearOutlook).not.toHaveBeenCalled();
    const first = outcome.outlook;
    expect(outcome.outlook).toBe(first);
    expect(yearOutlook).toHaveBeenCalledTimes(1);
    const settled = settleBill(tables, input.person, input.bill, startState(input.person, input.prior));
    expect(first).toEqual(yearOutlook(tables, input.person, settled.state, settled.result.date));
  });
});
