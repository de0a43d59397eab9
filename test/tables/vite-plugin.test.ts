/** The build checks every tier table: a bad one fails `npm run build`, naming the file and JSON path. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { tierTables } from '../../src/tables/vite-plugin';
import { TIERS } from '../tiers';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tier-plugin-'));
  cpSync(TIERS, join(root, 'tiers'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs the plugin's build start as Vite would, collecting what it reports. */
function start(command: 'build' | 'serve') {
  const plugin = tierTables(root);
  const said = { errors: [] as string[], warnings: [] as string[] };
  (plugin.configResolved as (c: Partial<ResolvedConfig>) => void)({ command });
  const ctx = {
    error: (m: string) => {
      said.errors.push(m);
      throw new Error(m);
    },
    warn: (m: string) => void said.warnings.push(m),
  };
  try {
    (plugin.buildStart as (this: typeof ctx) => void).call(ctx);
  } catch {
    // the build stops here
  }
  return said;
}

describe('the tier tables plugin', () => {
  it('lets the build go on when every table is good', () => {
    expect(start('build')).toEqual({ errors: [], warnings: [] });
  });

  it('fails the build on a table that does not validate, naming file and path', () => {
    const file = join(root, 'tiers/110000/employee/2010-05-01.json');
    const t = JSON.parse(readFileSync(file, 'utf8'));
    t.lastConfirmed.date = '2009-01-01';
    writeFileSync(file, JSON.stringify(t));
    const { errors } = start('build');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('tiers/110000/employee/2010-05-01.json $.lastConfirmed.date');
  });

  it('fails the build on a file whose name is not its effective date', () => {
    renameSync(join(root, 'tiers/120000/resident/2014-07-01.json'), join(root, 'tiers/120000/resident/2014-7-1.json'));
    expect(start('build').errors[0]).toContain('tiers/120000/resident/2014-7-1.json $: the file name must be');
  });

  it('only warns under the dev server (the page shows the problem too)', () => {
    writeFileSync(join(root, 'tiers/110000/employee/2010-05-01.json'), '{');
    const said = start('serve');
    expect(said.errors).toEqual([]);
    expect(said.warnings[0]).toContain('is not valid JSON');
  });

  it('gives the page each region’s name from its own tables', () => {
    const plugin = tierTables(root);
    const id = (plugin.resolveId as (id: string) => string | null)('virtual:tier-regions')!;
    const code = (plugin.load as (id: string) => string)(id);
    expect(JSON.parse(code.replace(/^export default |;$/g, ''))).toMatchObject({
      '110000': { zh: '北京市', en: 'Beijing' },
      '440100': { zh: '广州市', en: 'Guangzhou' },
    });
  });
});
