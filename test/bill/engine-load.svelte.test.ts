import { fireEvent, screen } from '@testing-library/svelte';
import { closePages, openPage, slip, slipShown } from './harness';

afterEach(closePages);

// The engine (decimal.js, zod and the rules' code) is most of the page's weight: the plain address
// leaves it out of the page's start, and fetches it once someone is about to type.
describe('when the engine is fetched', () => {
  it('the plain address fetches it at the first tap or focus, not while the page starts', async () => {
    const { page } = await openPage();
    await new Promise((ok) => setTimeout(ok, 300));
    expect(page.calc.engine).toBeNull();
    await fireEvent.focusIn(screen.getByLabelText('医疗费总额'));
    await vi.waitFor(() => expect(page.calc.engine).not.toBeNull(), { timeout: 5000 });
  });

  it('a total that arrives with no tap (typed before the script, played back) fetches it too', async () => {
    const { page } = await openPage();
    page.calc.set('total', '12000');
    await slipShown();
    expect(slip('basic')).toBe('9,095.00');
  });

  it('a link that holds a bill fetches it at once and shows its result without a tap', async () => {
    const { page } = await openPage('?v=1&tt=12000&d=2025-06-01');
    await slipShown();
    expect(page.calc.engine).not.toBeNull();
  });

  it('a link’s whole result comes in one paint: the slip is there as soon as the figures are', async () => {
    // What the page held at the first change of the document that showed the figures.
    const seen = new Promise<boolean>((done) => {
      const watch = new MutationObserver(() => {
        if (!document.querySelector('p[aria-live]')) return;
        watch.disconnect();
        done(document.getElementById('slip-basic') !== null);
      });
      watch.observe(document.body, { childList: true, subtree: true });
    });
    await openPage('?v=1&tt=12000&d=2025-06-01');
    expect(await seen).toBe(true);
    expect(slip('basic')).toBe('9,095.00');
  });
});
