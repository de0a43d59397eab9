import { fireEvent, screen } from '@testing-library/svelte';
import { SAMPLE_TOTAL, warmUp } from '../../src/bill/warm';
import { closePages, openPage, slipShown, slip } from './harness';
import Probe, { hooks, log } from './warm-probe.svelte';

afterEach(() => {
  closePages();
  log.length = 0;
  hooks.mounted = () => {};
});

/** The page with its engine in and no total typed (its own warm-up has been given time to finish). */
async function pageWithEngine() {
  const opened = await openPage();
  const field = screen.getByLabelText('医疗费总额');
  await fireEvent.focusIn(field);
  await vi.waitFor(() => expect(opened.page.calc.engine).not.toBeNull(), { timeout: 5000 });
  return { ...opened, field };
}

const turns = (n: number) => new Promise((ok) => setTimeout(ok, n * 20));

// Before the first total, the result's code runs once on a sample no one sees, so that the first
// digit does not pay for its first run (src/bill/warm.ts).
describe('the warm-up before the first total', () => {
  it('settles a sample on a copy of the form and mounts each part of the result outside the document', async () => {
    const { page } = await pageWithEngine();
    const stop = warmUp({ calc: page.calc, address: page.address, view: Probe as never, lang: 'zh', title: '' });
    await vi.waitFor(() => expect(log.map((e) => e.part)).toEqual(['result', 'compare']));
    for (const e of log) {
      expect(e.total).toBe(`${SAMPLE_TOTAL}.00`);
      expect(e.formTotal).toBe(SAMPLE_TOTAL);
      expect(e.inDocument).toBe(false);
    }
    // The person's own form and result are untouched.
    expect(page.calc.form.total).toBe('');
    expect(page.calc.result).toBeNull();
    stop();
    expect(log.every((e) => e.destroyed)).toBe(true);
  });

  it('takes one piece per idle turn: the sample is settled before anything is mounted', async () => {
    const { page } = await pageWithEngine();
    const sample = vi.spyOn(page.calc, 'withTotal');
    const stop = warmUp({ calc: page.calc, address: page.address, view: Probe as never, lang: 'zh', title: '' });
    expect(sample).toHaveBeenCalledTimes(1);
    expect(log).toEqual([]);
    await vi.waitFor(() => expect(log.length).toBe(2));
    stop();
  });

  it('when stopped (here from within its first mount) mounts nothing more', async () => {
    const { page } = await pageWithEngine();
    let stop = () => {};
    hooks.mounted = () => stop(); // at the first part's mount
    stop = warmUp({ calc: page.calc, address: page.address, view: Probe as never, lang: 'zh', title: '' });
    await turns(10);
    expect(log.map((e) => e.part)).toEqual(['result']);
  });

  it('mounts nothing when the sample cannot be settled (no engine yet)', async () => {
    const { page } = await openPage();
    const stop = warmUp({ calc: page.calc, address: page.address, view: Probe as never, lang: 'zh', title: '' });
    await turns(5);
    expect(log).toEqual([]);
    stop();
  });

  it('the page warms up once its engine is in, and the first total then shows its own result', async () => {
    const opened = await openPage();
    const sample = vi.spyOn(opened.page.calc, 'withTotal');
    await fireEvent.focusIn(screen.getByLabelText('医疗费总额'));
    await vi.waitFor(() => expect(sample).toHaveBeenCalledWith(SAMPLE_TOTAL), { timeout: 5000 });
    expect(document.querySelector('.details')).toBeNull(); // nothing of the sample on the page
    expect(window.location.hash).toBe('');
    await opened.user.type(screen.getByLabelText('医疗费总额'), '12000');
    await slipShown();
    expect(slip('basic')).toBe('9,095.00');
    expect(document.querySelectorAll('.details')).toHaveLength(1);
  });
});
