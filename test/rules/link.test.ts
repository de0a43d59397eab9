/** A person's rules in a share link: compact ASCII, versioned, refused alone when broken (src/rules/link.ts). */
import { readParams } from '../../src/link/kernel';
import { encodeRules, readRules } from '../../src/rules/link';
import { claim } from '../../src/rules/user';
import { tables } from '../tiers';

const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
const theirs = claim(beijing, '2026-12-01', { zh: '复制', en: 'copied' });
const tail = (part: string) => readParams(part);

describe('the rules part of a link', () => {
  it('carries a whole table (Beijing’s employee rules, copied) back exactly, in well under 2,000 ASCII characters', async () => {
    const part = await encodeRules(theirs);
    expect(part).toMatch(/^r=1\.z\.[0-9a-z]+\.[A-Za-z0-9_-]+$/);
    expect(part.length).toBeLessThan(1500);
    const back = await readRules(tail(part));
    expect(back).toEqual({ ok: true, json: theirs });
  });

  it('says there are no rules where the link has none', async () => {
    expect(await readRules(tail(''))).toEqual({ ok: false, none: true });
    expect(await readRules(null)).toEqual({ ok: false, none: true });
  });

  it('refuses a rules part cut short or altered, and one of a newer version, with a reason', async () => {
    const part = await encodeRules(theirs);
    const cut = part.slice(0, -20);
    const altered = part.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const broken of [cut, altered, 'r=1.z.abc', 'r=1.q.1.AAAA', 'r=xyz']) {
      const r = await readRules(tail(broken));
      expect(r.ok === false && 'reason' in r && r.reason.en, broken).toMatch(/damaged/);
    }
    const newer = await readRules(tail(part.replace(/^r=1\./, 'r=2.')));
    expect(!newer.ok && 'reason' in newer && newer.reason.en).toMatch(/newer version/);
  });

  it('refuses a part that checks out but is no JSON, or unpacks to more than any table', async () => {
    const { checksum } = await import('../../src/link/checksum');
    const junk = 'bm90IGpzb24';
    expect(await readRules(tail(`r=1.j.${checksum(junk)}.${junk}`))).toMatchObject({ ok: false });
    // A megabyte of spaces compresses to a few hundred bytes: it must not be unpacked in full.
    const bomb = await encodeRules({ ...theirs, readings: [' '.repeat(1_000_000)] });
    expect(bomb.length).toBeLessThan(3000);
    expect(await readRules(tail(bomb))).toMatchObject({ ok: false });
  });
});
