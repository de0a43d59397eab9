/**
 * npm run settle -- [--tables FILE|DIR]... [--json] INPUT.json
 * Settles a year of bills from a file in the case-file format (DOMAIN.md §5; its `expect` keys are
 * ignored) and prints each bill as a slip, the year's totals and the warnings, or with --json the
 * engine's year result. Tables given with --tables or inline are the person's own and are used
 * beside the built-in ones in tiers/. Exit 0 settled; 2 bad input (usage, a file, a table, a field,
 * no table for the region or date); 1 when the tables cannot settle it (an unknown rule). An error
 * is one line on stderr and nothing on stdout.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isSettlementError, settleYear } from '../engine';
import { errorMessages } from '../engine/messages';
import { checkTable, type TableProblem } from '../tables/check';
import { readInline } from '../tables/inline';
import { readTables } from '../tables/node';
import type { TierTable } from '../tables/schema';
import { msg, type Msg } from '../text/msg';
import { TERMS } from '../text/terms';
import { slipText } from './slip-text';

export const USAGE = 'usage: npm run settle -- [--tables FILE|DIR]... [--json] INPUT.json';

const HELP = `${USAGE}
  INPUT.json      person, bills, optional prior and tables (the case-file format; expect keys are ignored)
  --tables FILE   add the tier table in FILE (one whole table); DIR: every .json file below it
  --json          print the year's result as JSON instead of the slips
Tables given here or in INPUT.json are your own: every result built on them says so.
Exit 0 settled, 2 bad input, 1 when the tables cannot settle it (an unknown rule).
`;

export interface Output {
  stdout: string;
  stderr: string;
  code: number;
}

export interface Io {
  readFile: (path: string) => string;
  /** The folder of the built-in tables. */
  tiers: string;
  /** Where relative paths start: npm runs scripts from the project's root, not from where it was typed. */
  cwd: string;
}

const DEFAULTS: Io = {
  readFile: (path) => readFileSync(path, 'utf8'),
  tiers: resolve(import.meta.dirname, '../../tiers'),
  cwd: '.',
};

/** Keys of a case file that only a check reads: settling ignores them. */
const IGNORED = new Set(['expect', 'expectError', 'name', 'source', '$schema']);
const KNOWN = new Set(['person', 'bills', 'prior', 'tables', ...IGNORED]);

const table = TERMS.table.short;
const says = {
  cannotRead: msg('无法读取', 'cannot be read'),
  notJson: msg('不是有效的 JSON', 'is not valid JSON'),
  notObject: msg('应为 JSON 对象 {…}', 'must be a JSON object'),
  noJsonFiles: msg('此文件夹中没有 .json 文件', 'holds no .json files'),
  patch: msg(
    `这里的文件应为完整的${table.zh}，不接受 extends（只写变化的后续时期）`,
    'a file here is one whole tier table: the extends form (a later period written as what changed) is not accepted',
  ),
  inUse: (id: string) => msg(`${table.zh} ${id} 已在使用`, `a table ${id} is already in use`),
  billsList: msg('应为费用列表 […]', 'must be a list of bills'),
  noBills: msg('至少需要一笔费用', 'needs at least one bill'),
};

/** Why the run stops: the one line for stderr and the exit code. */
class Refused extends Error {
  constructor(
    readonly line: string,
    readonly code: 1 | 2,
  ) {
    super(line);
  }
}

const text = (why: Msg | string): string => (typeof why === 'string' ? why : `${why.zh} / ${why.en}`);

/** Stops the run; `detail` (a system's own words, English) follows the reason in both languages. */
function refuse(where: string, why: Msg | string, code: 1 | 2 = 2, detail?: string): never {
  throw new Refused(`error: ${where}: ${text(why)}${detail ? ` (${detail})` : ''}`, code);
}

const usageError = (what: string): never => {
  throw new Refused(`error: ${what} (${USAGE})`, 2);
};

/** A table problem in plain words where there are some, else the file author's technical message. */
const problemText = (p: TableProblem): Msg | string => p.says ?? p.message;

const errno = (e: unknown): string => (e as NodeJS.ErrnoException).code ?? String(e);

interface Options {
  tables: string[];
  json: boolean;
  input: string;
}

function options(args: readonly string[]): Options | 'help' {
  const tables: string[] = [];
  const inputs: string[] = [];
  let json = false;
  let flags = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!flags || !a.startsWith('-')) inputs.push(a);
    else if (a === '--') flags = false;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a === '--json') json = true;
    else if (a === '--tables' || a.startsWith('--tables=')) {
      const value = a === '--tables' ? args[++i] : a.slice('--tables='.length);
      if (!value || value.startsWith('--')) usageError('--tables needs a FILE or DIR');
      tables.push(value!);
    } else usageError(`unknown option ${a}`);
  }
  if (inputs.length === 0) usageError('no INPUT.json given');
  if (inputs.length > 1) usageError(`one INPUT.json only, got ${inputs.length}: ${inputs.join(' ')}`);
  return { tables, json, input: inputs[0]! };
}

function readJson(file: string, io: Io): unknown {
  let body: string;
  try {
    body = io.readFile(resolve(io.cwd, file));
  } catch (e) {
    return refuse(file, says.cannotRead, 2, errno(e));
  }
  try {
    // An editor on Windows may save a byte-order mark, which JSON.parse refuses.
    return JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (e) {
    return refuse(file, says.notJson, 2, (e as Error).message.split('\n')[0]);
  }
}

/** The table files a --tables path names: the file itself, or every .json below a folder, sorted. */
function tableFiles(path: string, io: Io): string[] {
  const isDir = (p: string): boolean => {
    try {
      return statSync(resolve(io.cwd, p)).isDirectory();
    } catch (e) {
      return refuse(p, says.cannotRead, 2, errno(e));
    }
  };
  const walk = (dir: string): string[] => {
    let names: string[];
    try {
      names = readdirSync(resolve(io.cwd, dir));
    } catch (e) {
      return refuse(dir, says.cannotRead, 2, errno(e));
    }
    return names.flatMap((name) => {
      const p = join(dir, name);
      return isDir(p) ? walk(p) : name.endsWith('.json') ? [p] : [];
    });
  };
  if (!isDir(path)) return [path];
  const found = walk(path).sort();
  return found.length ? found : refuse(path, says.noJsonFiles);
}

/** The tables of every --tables path, each checked whole; no id may be one already in use. */
function fileTables(paths: readonly string[], builtIn: readonly TierTable[], io: Io): TierTable[] {
  const ids = new Set(builtIn.map((t) => t.id));
  const seen = new Set<string>();
  const out: TierTable[] = [];
  for (const file of paths.flatMap((p) => tableFiles(p, io))) {
    // The same file named twice (itself and through its folder) is one table, not a clash.
    const key = resolve(io.cwd, file);
    if (seen.has(key)) continue;
    seen.add(key);
    const json = readJson(file, io);
    if (json && typeof json === 'object' && 'extends' in json) refuse(`${file} $.extends`, says.patch);
    const r = checkTable(json);
    if (!r.ok) return refuse(`${file} ${r.problems[0]!.path}`, problemText(r.problems[0]!));
    if (ids.has(r.table.id)) refuse(`${file} $.id`, says.inUse(r.table.id));
    ids.add(r.table.id);
    out.push(r.table);
  }
  return out;
}

function builtInTables(tiers: string): TierTable[] {
  const { tables, problems } = readTables(tiers);
  const p = problems[0];
  // Not the input's fault: the project's own tables cannot be used, so nothing can be settled.
  if (p)
    refuse(`${p.file} ${p.path}`, problems.length > 1 ? `${p.message} (+${problems.length - 1} more)` : p.message, 1);
  return tables;
}

interface Input {
  person: unknown;
  bills: unknown[];
  prior: unknown;
  tables: unknown;
}

function readInput(file: string, io: Io): Input {
  const json = readJson(file, io);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return refuse(file, says.notObject);
  const o = json as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !KNOWN.has(k));
  if (unknown !== undefined) refuse(unknown, errorMessages.unexpected());
  if (o.bills === undefined) refuse('bills', errorMessages.required());
  if (!Array.isArray(o.bills)) return refuse('bills', says.billsList);
  if (o.bills.length === 0) refuse('bills', says.noBills);
  const bills = o.bills.map((b: unknown) => {
    if (!b || typeof b !== 'object' || Array.isArray(b)) return b;
    const { expect: _e, ...bill } = b as Record<string, unknown>;
    return bill;
  });
  return { person: o.person, bills, prior: o.prior, tables: o.tables };
}

/** The person's own table: the engine then says on every result built on it that it is unverified. */
const theirs = (t: TierTable): TierTable => ({ ...t, enteredBy: 'user' });

function failure(e: unknown): Output {
  const fail = (line: string, code: number): Output => ({ stdout: '', stderr: `${line}\n`, code });
  if (e instanceof Refused) return fail(e.line, e.code);
  if (isSettlementError(e)) {
    const unknownRule = e.code === 'unknown-rule';
    // An unknown rule's field names the table; which bill met it is worth saying too.
    const where = unknownRule && e.bill !== undefined ? `${e.field} (bills[${e.bill}])` : e.field;
    return fail(`error: ${where}: ${text(e.reason)}`, unknownRule ? 1 : 2);
  }
  return fail(`error: ${e instanceof Error ? e.message : String(e)}`, 1);
}

/** The whole run: what to print and the exit code. Reads files, never writes. */
export function run(args: readonly string[], io: Partial<Io> = {}): Output {
  const all: Io = { ...DEFAULTS, ...io };
  try {
    const opts = options(args);
    if (opts === 'help') return { stdout: HELP, stderr: '', code: 0 };
    const input = readInput(opts.input, all);
    const builtIn = builtInTables(all.tiers);
    const files = fileTables(opts.tables, builtIn, all);
    const inline = readInline(input.tables, [...builtIn, ...files]);
    if (!inline.ok) refuse(inline.field, problemText(inline.problem));
    const tables = [...builtIn, ...[...files, ...inline.tables].map(theirs)];
    const year = settleYear(tables, { person: input.person, bills: input.bills, prior: input.prior });
    const stdout = opts.json
      ? `${JSON.stringify({ bills: year.bills, totals: year.totals, warnings: year.warnings }, null, 2)}\n`
      : slipText(year);
    return { stdout, stderr: '', code: 0 };
  } catch (e) {
    return failure(e);
  }
}

function main(): number {
  const { stdout, stderr, code } = run(process.argv.slice(2), { cwd: process.env.INIT_CWD ?? process.cwd() });
  process.stdout.write(stdout);
  process.stderr.write(stderr);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
