/** Ratios and points as people write them, stored as exact fractions (src/input/percent.ts). */
import fc from 'fast-check';
import { parsePercent, parsePoints, percentOf, pointsOf } from '../../src/input/percent';

const value = (r: ReturnType<typeof parsePercent>) => (r.ok ? r.value : `error: ${r.reason.zh}`);

describe('parsePercent', () => {
  it('reads a ratio the ways notices and people write it', () => {
    const read = (s: string) => value(parsePercent(s));
    expect(
      ['85%', '85', '８５％', ' 85 % ', '0.85', '.85', '百分之85', '85.5%', '100', '1', '0', '0%'].map(read),
    ).toEqual(['0.85', '0.85', '0.85', '0.85', '0.85', '0.85', '0.85', '0.855', '1.00', '1.00', '0.00', '0.00']);
    expect(read('')).toBeNull();
  });

  it('refuses what is no ratio, with the message the editor shows', () => {
    for (const bad of ['101%', '120', '-5', 'abc', '8.5.1', '85%%', '0.1234567'])
      expect(value(parsePercent(bad)), bad).toBe('error: 比例应在 0% 到 100% 之间，如 85% 或 0.85');
  });

  it('gives back the percentage it read, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (millionths) => {
        const pct = (millionths / 10_000).toFixed(4).replace(/\.?0+$/, '');
        const r = parsePercent(`${pct}%`);
        expect(r.ok && percentOf(r.value!)).toBe(pct);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parsePoints', () => {
  it('reads signed points as fractions, and says them back with their sign', () => {
    const read = (s: string) => value(parsePoints(s));
    expect(['5', '+5', '-10', '－10%', '-10个百分点', '0.5', '0', '-0'].map(read)).toEqual([
      '0.05',
      '0.05',
      '-0.10',
      '-0.10',
      '-0.10',
      '0.005',
      '0.00',
      '0.00',
    ]);
    expect(['0.05', '-0.10', '0.005', '0'].map(pointsOf)).toEqual(['+5', '-10', '+0.5', '+0']);
    for (const bad of ['abc', '101', '--5']) expect(value(parsePoints(bad)), bad).toMatch(/^error: /);
  });
});
