/** A person's own table: every value theirs, marked, and still a valid tier table (src/rules/user.ts). */
import { checkTable } from '../../src/tables/check';
import { adopt, claim, idOf, skeleton, USER_SOURCE } from '../../src/rules/user';
import { tables } from '../tiers';

const beijing = tables.find((t) => t.id === '110000-employee-2010-05-01')!;
const citationsOf = (node: unknown, out: { source: string; grade?: string }[] = []) => {
  if (Array.isArray(node)) node.forEach((n) => citationsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.source === 'string') out.push({ source: o.source, grade: o.grade as string });
    for (const [k, v] of Object.entries(o)) if (k !== 'sources') citationsOf(v, out);
  }
  return out;
};

describe('claim (a copy of a built-in table made the person’s)', () => {
  const mine = claim(beijing, '2026-12-01', { zh: '从北京复制', en: 'copied from Beijing' });

  it('re-cites every value as theirs, graded C, with one source, and stays a valid table', () => {
    expect(checkTable(mine)).toMatchObject({ ok: true });
    const cited = citationsOf(mine);
    expect(cited.length).toBeGreaterThan(20);
    expect(new Set(cited.map((c) => `${c.source}/${c.grade}`))).toEqual(new Set([`${USER_SOURCE}/C`]));
    expect(mine.sources.map((s) => s.id)).toEqual([USER_SOURCE]);
    expect(mine.enteredBy).toBe('user');
    expect(mine.readings).toEqual([{ zh: '从北京复制', en: 'copied from Beijing' }]);
  });

  it('keeps every number and the shape, so it settles as the original did', () => {
    const strip = (t: unknown) =>
      JSON.stringify(t, (k, v) => (['source', 'clause', 'grade', 'note'].includes(k) ? undefined : v));
    expect(strip(mine.settings)).toBe(strip(beijing.settings));
    expect(mine.levels).toEqual(beijing.levels);
  });
});

describe('adopt (a file or a link’s table taken as it is)', () => {
  it('keeps its sources and citations, marks it the person’s and adds their source once', () => {
    const t = adopt(beijing);
    expect(t.sources.map((s) => s.id)).toEqual([...beijing.sources.map((s) => s.id), USER_SOURCE]);
    expect(t.enteredBy).toBe('user');
    expect(adopt(t).sources).toHaveLength(t.sources.length);
    expect(checkTable(t)).toMatchObject({ ok: true });
  });
});

describe('skeleton', () => {
  it('has every value not filled in, and says what must be filled before it is a table', () => {
    const t = skeleton('resident', '2026-12-01');
    expect(t.categories).toEqual(['working-age', 'elderly', 'student']);
    const r = checkTable(t);
    expect(!r.ok && r.problems.map((p) => p.path)).toEqual(['$.id', '$.region', '$.regionName.zh', '$.regionName.en']);
    const named = { ...t, region: '310000', regionName: { zh: '上海市', en: 'Shanghai' } };
    expect(checkTable({ ...named, id: idOf(named) })).toMatchObject({ ok: true });
  });
});
