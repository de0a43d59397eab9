/**
 * Checks one whole table: its shape (the zod schema) and what the schema cannot see one field at a
 * time. Each problem names its JSON path, so a bad file fails loudly where it is wrong (STYLE.md §6).
 */
import { EMPLOYEE_CATEGORIES, RESIDENT_CATEGORIES } from '../text/vocabulary';
import { conditionsIn } from './conditions';
import { problemWords as W } from './problem-words';
import { problemsOf, jsonPath as path, type TableProblem } from './problems';
import { TierTable, type Band, type Condition } from './schema';

export type { TableProblem };

type Cited = { source: string; grade?: string; path: PropertyKey[] };

/** Every citation anywhere in the table (an object with a `source` string), with where it is. */
function citations(node: unknown, at: PropertyKey[] = [], out: Cited[] = []): Cited[] {
  if (Array.isArray(node)) node.forEach((v, i) => citations(v, [...at, i], out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.source === 'string') out.push({ source: o.source, grade: o.grade as string | undefined, path: at });
    for (const [k, v] of Object.entries(o)) if (k !== 'sources') citations(v, [...at, k], out);
  }
  return out;
}

function checkBands(bands: readonly Band[], at: PropertyKey[], out: TableProblem[]) {
  let last = -1;
  bands.forEach((b, i) => {
    const isLast = i === bands.length - 1;
    if (isLast !== (b.upTo === null))
      out.push({ path: path([...at, i, 'upTo']), message: 'only the last band has upTo null', says: W.lastOpen });
    if (b.upTo !== null) {
      const v = Number(b.upTo);
      if (v <= last) out.push({ path: path([...at, i, 'upTo']), message: 'band limits must rise', says: W.notRising });
      last = v;
    }
  });
}

/** A condition nobody can meet (a lower bound not below its upper one), or one that says its order twice. */
function checkCondition(when: Condition, at: PropertyKey[], out: TableProblem[]) {
  for (const [lo, hi] of [
    ['ageMin', 'ageMax'],
    ['admissionMin', 'admissionMax'],
  ] as const) {
    const a = when[lo];
    const b = when[hi];
    if (a !== undefined && b !== undefined && a >= b)
      out.push({ path: path([...at, hi]), message: `${hi} must be above ${lo}: no one is both`, says: W.emptyRange });
  }
  if (when.admission && (when.admissionMin !== undefined || when.admissionMax !== undefined))
    out.push({
      path: path([...at, 'admission']),
      message: 'give the admission order either as admission or as admissionMin/admissionMax, not both',
      says: W.admissionTwice,
    });
}

/** What zod cannot see: references, categories of the scheme, band order, dates, where A texts are read. */
export function tableProblems(t: TierTable): TableProblem[] {
  const out: TableProblem[] = [];
  const sources = new Map(t.sources.map((s) => [s.id, s]));
  if (sources.size !== t.sources.length)
    out.push({ path: '$.sources', message: 'source ids must be unique', says: W.duplicateSources });
  const uncited = new Map<string, { grade: string; first: PropertyKey[]; count: number }>();
  for (const c of citations(t)) {
    const source = sources.get(c.source);
    if (!source)
      out.push({
        path: path([...c.path, 'source']),
        message: `no source with id "${c.source}"`,
        says: W.noSource(c.source),
      });
    // An official text (grade A or A-) must say where it can be read: its address, its 文号, or the copy read.
    else if ((c.grade === 'A' || c.grade === 'A-') && !source.href && !source.docNo && !source.via) {
      const seen = uncited.get(source.id);
      if (seen) seen.count++;
      else uncited.set(source.id, { grade: c.grade, first: c.path, count: 1 });
    }
  }
  for (const [id, u] of uncited) {
    const i = t.sources.findIndex((s) => s.id === id);
    const where = u.count > 1 ? `${u.count} values, the first at ${path(u.first)}` : `the value at ${path(u.first)}`;
    out.push({
      path: path(['sources', i]),
      message: `source "${id}" is cited as grade ${u.grade} (${where}) but says nowhere its text can be read: give href, docNo or via`,
      says: W.unreadSource(id),
    });
  }
  const allowed: readonly string[] = t.scheme === 'employee' ? EMPLOYEE_CATEGORIES : RESIDENT_CATEGORIES;
  t.categories.forEach((c, i) => {
    if (!allowed.includes(c))
      out.push({
        path: path(['categories', i]),
        message: `${c} is not a ${t.scheme} category`,
        says: W.notOfScheme(c),
      });
  });
  if (t.id !== `${t.region}-${t.scheme}-${t.effective}`)
    out.push({
      path: '$.id',
      message: `id must be ${t.region}-${t.scheme}-${t.effective} (region-scheme-effective)`,
      says: W.idMismatch(`${t.region}-${t.scheme}-${t.effective}`),
    });
  if (t.lastConfirmed.date < t.effective)
    out.push({
      path: '$.lastConfirmed.date',
      message: `cannot be before the table's effective date ${t.effective}`,
      says: W.confirmedBeforeEffective(t.effective),
    });
  for (const s of ['inpatient', 'outpatient'] as const) {
    const rules = t.settings[s];
    if (rules && !('unknown' in rules.bands)) {
      rules.bands.schedules.forEach((sc, i) =>
        checkBands(sc.bands, ['settings', s, 'bands', 'schedules', i, 'bands'], out),
      );
      if (rules.bands.personalShareFactors && rules.bands.ratioPoints)
        out.push({
          path: path(['settings', s, 'bands', 'ratioPoints']),
          message: 'a table adjusts ratios by personalShareFactors or by ratioPoints, not both',
          says: W.bothAdjustments,
        });
    }
  }
  for (const s of ['inpatient', 'outpatient'] as const) {
    const layers = t.settings[s]?.overflow ?? [];
    layers.forEach((layer, i) => {
      if (layers.findIndex((l) => l.payer === layer.payer) < i)
        out.push({
          path: path(['settings', s, 'overflow', i, 'payer']),
          message: `${layer.payer} has a layer already: one layer per payer (its cap counts what it paid in all)`,
          says: W.payerTwice,
        });
    });
  }
  if (t.catastrophic && !('unknown' in t.catastrophic)) {
    t.catastrophic.variants.forEach((v, i) => checkBands(v.bands, ['catastrophic', 'variants', i, 'bands'], out));
  }
  for (const c of conditionsIn(t)) checkCondition(c.when, c.at, out);
  return out;
}

export type Checked = { ok: true; table: TierTable } | { ok: false; problems: TableProblem[] };

/** Parses and checks one whole table. Returns the table or the list of problems. */
export function checkTable(json: unknown): Checked {
  const r = TierTable.safeParse(json);
  if (!r.success) return { ok: false, problems: problemsOf(r.error) };
  const problems = tableProblems(r.data);
  return problems.length ? { ok: false, problems } : { ok: true, table: r.data };
}
