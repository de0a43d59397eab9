// The single bill in the address bar: after `#` (never the query), replaceState, throttled; an older
// `?` link is read and moved after `#` at once.
import { flushSync } from 'svelte';
import { BillAddress } from '../../src/bill/address.svelte';
import { encodeForm, formFragment } from '../../src/bill/codec';
import { defaultForm } from '../../src/bill/doc';
import { THROTTLE_MS, type AddressDeps } from '../../src/link/address';
import { signed } from '../../src/link/kernel';

/** A fake window: replaceState updates location as a browser does, and every call is recorded. */
function fakeWindow(search: string, hash = '') {
  const calls: { data: unknown; url: string }[] = [];
  const pushed: string[] = [];
  const location = { origin: 'https://calc.example', pathname: '/app/', search, hash };
  const deps: AddressDeps = {
    location,
    history: {
      state: { keep: true },
      replaceState(data, _unused, url) {
        calls.push({ data, url: String(url) });
        const u = new URL(String(url), 'https://calc.example');
        location.search = u.search;
        location.hash = u.hash;
      },
    },
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
  };
  // pushState is deliberately absent from the deps; record if anything reaches for it on the history object.
  Object.assign(deps.history, { pushState: (_d: unknown, _u: string, url: string) => pushed.push(url) });
  return { deps, calls, pushed, location };
}

vi.mock('../../src/bill/codec', async (original) => {
  const m = await original<typeof import('../../src/bill/codec')>();
  return { ...m, formFragment: vi.fn(m.formFragment) };
});

const fallback = defaultForm('2025-03-01');
/** The `#` part the page writes for these link parts: the parts and their checksum. */
const hashOf = (parts: string) => `#${signed(parts)}`;
let state: BillAddress | undefined;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  state?.dispose();
  state = undefined;
  vi.useRealTimers();
});

describe('BillAddress', () => {
  it('reads the form and what was ignored from a link after #', () => {
    const w = fakeWindow('', hashOf('v=2&d=2025-04-02&l=2&tt=5000&oc=-1'));
    state = new BillAddress(fallback, w.deps);
    expect(state.form).toMatchObject({ date: '2025-04-02', level: 'secondary', total: '5000', outOfCatalog: '' });
    expect(state.ignored).toEqual([expect.objectContaining({ field: 'outOfCatalog' })]);
  });

  it('refuses a link whose checksum does not match (cut short or altered), and says so', () => {
    const whole = hashOf('v=2&d=2025-04-02&tt=12000');
    const w = fakeWindow('', whole.replace('tt=12000', 'tt=120'));
    state = new BillAddress(fallback, w.deps);
    expect(state.form).toEqual(fallback);
    expect(state.ignored.map((i) => i.reason.en)).toEqual([expect.stringContaining('incomplete or was altered')]);
  });

  it('reads an older ? link, and moves it after # at once (nothing typed stays in the query)', () => {
    const w = fakeWindow('?v=1&d=2025-04-02&a=81&h=1&tt=23456.78');
    state = new BillAddress(fallback, w.deps);
    expect(state.form).toMatchObject({ age: '81', hardship: true, total: '23456.78' });
    expect(w.calls).toHaveLength(1);
    expect(w.location.search).toBe('');
    expect(w.location.hash).toBe(`#${signed(encodeForm(state.form, ''))}`);
    expect(w.location.hash).toContain('tt=23456.78');
  });

  it('does not touch the address until the form changes', () => {
    const w = fakeWindow('', hashOf('v=2&tt=oops&zz=1'));
    state = new BillAddress(fallback, w.deps);
    state.effective = '2010-05-01';
    flushSync();
    vi.advanceTimersByTime(10 * THROTTLE_MS);
    expect(w.calls).toEqual([]);
  });

  it('writes after # with replaceState, keeping path and history state, after the throttle interval', () => {
    const w = fakeWindow('');
    state = new BillAddress(fallback, w.deps);
    state.effective = '2010-05-01';
    state.form.total = '12000';
    flushSync();
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(THROTTLE_MS - 1);
    expect(w.calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(w.calls).toEqual([
      { data: { keep: true }, url: `/app/${hashOf('v=2&p=2010-05-01&d=2025-03-01&tt=12000')}` },
    ]);
    expect(w.pushed).toEqual([]);
  });

  it('writes at most once per interval while the person types, and always the last value', () => {
    const w = fakeWindow('');
    state = new BillAddress(fallback, w.deps);
    const typed = '1234567890';
    for (let i = 1; i <= typed.length; i++) {
      state.form.total = typed.slice(0, i);
      flushSync();
      vi.advanceTimersByTime(50); // a keystroke every 50 ms: 500 ms of typing
    }
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(w.calls.length).toBe(2);
    expect(w.location.hash).toBe(hashOf('v=2&d=2025-03-01&tt=1234567890'));
    expect(w.location.search).toBe('');
  });

  it('encodes nothing when a page opens, a plain address or a link', () => {
    for (const hash of ['', hashOf('v=2&d=2025-04-02&tt=5000')]) {
      vi.mocked(formFragment).mockClear();
      const w = fakeWindow('', hash);
      state = new BillAddress(fallback, w.deps);
      flushSync();
      expect(state.asOpened).toBe(true);
      expect(formFragment).not.toHaveBeenCalled();
      state.dispose();
      state = undefined;
    }
  });

  it('encodes the link when it writes it, not at every keystroke', () => {
    const w = fakeWindow('');
    state = new BillAddress(fallback, w.deps);
    state.form.total = '1';
    flushSync();
    vi.mocked(formFragment).mockClear();
    for (const total of ['12', '123', '1234', '12345']) {
      state.form.total = total;
      flushSync();
    }
    expect(formFragment).not.toHaveBeenCalled();
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(w.location.hash).toBe(hashOf('v=2&d=2025-03-01&tt=12345'));
    expect(formFragment).toHaveBeenCalledTimes(1);
  });

  it('writes nothing when the form changes back to what the address already says', () => {
    const w = fakeWindow('', hashOf('v=2&d=2025-03-01&tt=100'));
    state = new BillAddress(fallback, w.deps);
    state.form.total = '200';
    flushSync();
    state.form.total = '100';
    flushSync();
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(w.calls).toEqual([]);
  });

  it('pins the table the result used, or the one the link pinned', () => {
    const w = fakeWindow('', hashOf('v=2&p=2019-01-01&d=2025-03-01&s=r&c=e'));
    state = new BillAddress(fallback, w.deps);
    expect(state.url).toBe(`https://calc.example/app/${hashOf('v=2&p=2019-01-01&d=2025-03-01&s=r&c=e')}`);
    state.effective = '2018-01-01';
    expect(state.url).toBe(`https://calc.example/app/${hashOf('v=2&p=2018-01-01&d=2025-03-01&s=r&c=e')}`);
  });

  it('writes the table in force once the pinned table is dropped (recompute)', () => {
    const w = fakeWindow('', hashOf('v=2&p=2018-01-01&d=2025-03-01&s=r&c=e'));
    state = new BillAddress(fallback, w.deps);
    state.effective = '2018-01-01';
    flushSync();
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(w.calls).toEqual([]);
    state.form.pinned = '';
    state.effective = '2019-01-01';
    flushSync();
    vi.advanceTimersByTime(THROTTLE_MS);
    expect(w.calls.map((c) => c.url)).toEqual([`/app/${hashOf('v=2&p=2019-01-01&d=2025-03-01&s=r&c=e')}`]);
  });

  it('flush writes a pending change at once; dispose drops it', () => {
    const w = fakeWindow('');
    state = new BillAddress(fallback, w.deps);
    state.form.level = 'primary';
    flushSync();
    state.flush();
    expect(w.calls.map((c) => c.url)).toEqual([`/app/${hashOf('v=2&d=2025-03-01&l=1')}`]);
    state.form.level = 'secondary';
    flushSync();
    state.dispose();
    vi.advanceTimersByTime(THROTTLE_MS * 2);
    expect(w.calls).toHaveLength(1);
  });
});
