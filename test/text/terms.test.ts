/**
 * Each Chinese term is written once in src/: in the catalogue (src/text/terms.ts). Everything else
 * composes its words from it, so a term cannot drift between the engine, the slip, the steps, the
 * CSV and the pages. Comments may name a term (they explain the code); words on screen may not.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { CHECKED_TERMS } from '../../src/text/terms';

const SRC = resolve(import.meta.dirname, '../../src');
const CATALOGUE = join(SRC, 'text/terms.ts');

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|svelte)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** The code of a file without its comments (`//`, `/* … *\/`, `<!-- … -->`). */
const withoutComments = (text: string): string =>
  text
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

const terms = CHECKED_TERMS;

describe('the catalogue of terms', () => {
  it('holds the terms the issue named, with long and short forms', () => {
    for (const zh of [
      '统筹基金',
      '全自费',
      '超限价自费',
      '超限价',
      '大额医疗互助',
      '大额互助',
      '封顶线',
      '最高支付限额',
    ])
      expect(terms).toContain(zh);
  });

  it('is the only place in src/ a term is written', () => {
    const found: string[] = [];
    for (const file of files(SRC)) {
      if (file === CATALOGUE) continue;
      const code = withoutComments(readFileSync(file, 'utf8'));
      for (const zh of terms) if (code.includes(zh)) found.push(`${relative(SRC, file)}: ${zh}`);
    }
    expect(found).toEqual([]);
  });
});
