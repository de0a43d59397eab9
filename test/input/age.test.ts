import { parseAge } from '../../src/input/age';

describe('parseAge', () => {
  it('reads whole years, optional, full-width and 岁 accepted', () => {
    expect(parseAge('')).toEqual({ ok: true, value: undefined });
    expect(parseAge('68')).toEqual({ ok: true, value: 68 });
    expect(parseAge('６８岁')).toEqual({ ok: true, value: 68 });
  });
  it.each(['151', '6.5', '-1', 'old'])('refuses %j', (t) => {
    expect(parseAge(t).ok).toBe(false);
  });
});
