/** The project's own lint rules (eslint.config.js) do what they are there for. */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';

const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '..') });
const messages = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.message);

describe('eslint.config.js', () => {
  it('forbids localeCompare in src/ (it builds a collator: tens of ms on a slow phone)', async () => {
    const code = 'export const byName = (a: string, b: string): number => a.localeCompare(b);\n';
    expect(await messages(code, 'src/engine/by-name.ts')).toEqual([expect.stringMatching(/localeCompare/)]);
    // Tests may use it (they run in Node, not on a phone).
    expect(await messages(code, 'test/engine/by-name.ts')).toEqual([]);
  });
});
