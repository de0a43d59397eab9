/**
 * The engine gives, to the last character, what it gave before it was made faster (issue 8):
 * 80 sampled years of every kind the property tests draw (Beijing employees and residents,
 * Shandong and Tianjin from slips; offsite, class B, accounts, errors), their first bill at
 * every level, some charts, and the year `npm run bench` settles. golden-results.jsonl holds
 * each input and the digest (golden.ts) of what the engine before the change returned for it.
 */
import { readFileSync } from 'node:fs';
import * as engine from '../../src/engine';
import { sampleChart } from '../../src/bill/chart/sample';
import { tables } from './fixtures';
import { benchYear, digestOf, type GoldenInput } from './golden';

// JSON lines: the bench year's digest first, then one sampled year (input and digest) a line.
const [head, ...lines] = readFileSync(new URL('./golden-results.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n');
const golden = {
  bench: (JSON.parse(head!) as { bench: string }).bench,
  years: lines.map((l) => JSON.parse(l) as { input: GoldenInput; digest: string }),
};

describe('results as before the engine was made faster', () => {
  it('80 sampled years, their first bill at every level, and some charts', () => {
    expect(golden.years).toHaveLength(80);
    const digests = golden.years.map(({ input }, i) => digestOf(engine, sampleChart, tables, input, i % 8 === 0));
    expect(digests).toEqual(golden.years.map((y) => y.digest));
  });

  it('the year of 1,000 bills npm run bench settles, its first bill at every level and its chart', () => {
    expect(digestOf(engine, sampleChart, tables, benchYear(), true)).toBe(golden.bench);
  });
});
