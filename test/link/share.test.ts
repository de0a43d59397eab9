import { shareLink, type ShareDeps } from '../../src/link/share';

const URL_ = 'https://calc.example/?v=1&d=2025-03-01&tt=100';

function fakes(opts: {
  share?: 'ok' | 'abort' | 'deny' | 'absent';
  canShare?: boolean;
  clipboard?: 'ok' | 'deny' | 'absent';
}) {
  const shared: unknown[] = [];
  const copied: string[] = [];
  const nav: NonNullable<ShareDeps['navigator']> = {};
  if (opts.share && opts.share !== 'absent') {
    nav.share = async (data) => {
      if (opts.share === 'abort') throw new DOMException('cancelled', 'AbortError');
      if (opts.share === 'deny') throw new DOMException('no', 'NotAllowedError');
      shared.push(data);
    };
  }
  if (opts.canShare !== undefined) nav.canShare = () => opts.canShare!;
  if (opts.clipboard && opts.clipboard !== 'absent') {
    nav.clipboard = {
      writeText: async (t) => {
        if (opts.clipboard === 'deny') throw new DOMException('no', 'NotAllowedError');
        copied.push(t);
      },
    };
  }
  return { nav, shared, copied };
}

describe('shareLink', () => {
  it('uses the share sheet where there is one', async () => {
    const f = fakes({ share: 'ok', clipboard: 'ok' });
    expect(await shareLink(URL_, { navigator: f.nav, title: '医保报销计算' })).toBe('shared');
    expect(f.shared).toEqual([{ url: URL_, title: '医保报销计算' }]);
    expect(f.copied).toEqual([]);
  });

  it('copies where there is no share sheet, or it cannot share a link', async () => {
    for (const f of [fakes({ clipboard: 'ok' }), fakes({ share: 'ok', canShare: false, clipboard: 'ok' })]) {
      expect(await shareLink(URL_, { navigator: f.nav })).toBe('copied');
      expect(f.copied).toEqual([URL_]);
      expect(f.shared).toEqual([]);
    }
  });

  it('copies when sharing is refused, but not when the user closed the sheet', async () => {
    const denied = fakes({ share: 'deny', clipboard: 'ok' });
    expect(await shareLink(URL_, { navigator: denied.nav })).toBe('copied');
    const closed = fakes({ share: 'abort', clipboard: 'ok' });
    expect(await shareLink(URL_, { navigator: closed.nav })).toBe('failed');
    expect(closed.copied).toEqual([]);
  });

  it('says it failed when neither works', async () => {
    expect(await shareLink(URL_, { navigator: fakes({ clipboard: 'deny' }).nav })).toBe('failed');
    expect(await shareLink(URL_, { navigator: fakes({}).nav })).toBe('failed');
    expect(await shareLink(URL_, {})).toBe('failed');
  });
});
