/**
 * Writes golden-results.jsonl from the engine of another checkout (the engine as it was before a
 * change that must not change results): `ROOT=/path/to/checkout npx tsx test/engine/golden-make.ts`.
 * It was made from commit 4cb4acc, before issue 8's engine work.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { benchYear, digestOf, type GoldenInput } from './golden';

const root = process.env.ROOT;
if (!root) throw new Error('ROOT: the checkout whose engine gives the expected results');
const engine = (await import(`${root}/src/engine/index.ts`)) as Parameters<typeof digestOf>[0];
const { sampleChart } = (await import(`${root}/src/bill/chart/sample.ts`)) as {
  sampleChart: Parameters<typeof digestOf>[1];
};
const { tables } = (await import(`${root}/test/engine/fixtures.ts`)) as { tables: Parameters<typeof digestOf>[2] };
const { anyYear } = (await import(`${root}/test/engine/arbitraries.ts`)) as { anyYear: fc.Arbitrary<GoldenInput> };

const years = fc.sample(anyYear, { seed: 20261201, numRuns: 80 }).map(({ person, bills }, i) => {
  const input = { person, bills };
  return { input, digest: digestOf(engine, sampleChart, tables, input, i % 8 === 0) };
});
const bench = digestOf(engine, sampleChart, tables, benchYear(), true);
const lines = [{ bench }, ...years].map((l) => JSON.stringify(l));
writeFileSync(new URL('./golden-results.jsonl', import.meta.url), `${lines.join('\n')}\n`);
