import { flushSync } from 'svelte';
import { probe } from './deferred-probe.svelte';

// jsdom has no idle callbacks: each stage's turn is a timeout (src/ui/common/idle.ts), run here by hand.
beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

/** Runs the next pending turn (one stage, or the last turn that says all caught up). */
const turn = () => vi.advanceTimersToNextTimer();

describe('parts that follow the figures in idle time', () => {
  it('catch up one stage per turn, in order, never in the same task as the change', () => {
    const p = probe();
    flushSync();
    expect(p.stages.first.current).toBeUndefined();
    expect(p.pending).toBe(true);
    turn();
    expect(p.stages.first.current).toBe(10);
    expect(p.stages.second.current).toBeUndefined();
    turn();
    expect(p.stages.second.current).toBe('#1');
    turn();
    expect(p.pending).toBe(false);
    p.set(2);
    flushSync();
    // The figures' change alone rebuilds nothing: the stages still hold the earlier value.
    expect([p.stages.first.current, p.stages.second.current, p.pending]).toEqual([10, '#1', true]);
    p.stop();
  });

  it('do their work once for the newest value, however many changes came before their turn', () => {
    const p = probe();
    flushSync();
    for (const v of [2, 3, 4, 5]) {
      p.set(v);
      flushSync(); // keys faster than the page is idle between them
    }
    expect(p.computed).toEqual({ first: 0, second: 0 });
    turn();
    turn();
    expect([p.stages.first.current, p.stages.second.current]).toEqual([50, '#5']);
    expect(p.computed).toEqual({ first: 1, second: 1 });
    p.stop();
  });

  it('drop the stages a newer change made pointless', () => {
    const p = probe();
    flushSync();
    turn();
    expect(p.stages.first.current).toBe(10);
    p.set(7);
    flushSync();
    turn();
    // The second stage never showed the first value: it went straight to the newer one.
    expect(p.stages.first.current).toBe(70);
    turn();
    expect(p.stages.second.current).toBe('#7');
    expect(p.computed.second).toBe(1);
    p.stop();
  });

  it('built at once for a page opened on a result, then follow later changes in idle time', () => {
    const p = probe(true);
    // Before any effect or turn: what a link opened shows whole in its first paint.
    expect([p.stages.first.current, p.stages.second.current, p.pending]).toEqual([10, '#1', false]);
    flushSync();
    expect(p.computed).toEqual({ first: 1, second: 1 });
    p.set(3);
    flushSync();
    expect([p.stages.first.current, p.pending]).toEqual([10, true]);
    turn();
    turn();
    expect([p.stages.first.current, p.stages.second.current]).toEqual([30, '#3']);
    p.stop();
  });
});
