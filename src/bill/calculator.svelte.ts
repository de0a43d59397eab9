/**
 * The page's state: the form as typed, and everything derived from it through the engine — the
 * result, the errors by field, the comparison of levels. Nothing here computes money: it hands the
 * engine clean input and keeps what comes back. The engine arrives lazily; until then (and while a
 * region's tables load) the form works and the result waits.
 */
import type { Msg } from '../engine/messages';
import type { BillResult } from '../engine/result';
import { defaultForm, type FormState } from './doc';
import type { TierTable } from '../tables/schema';
import { byIso } from '../input/iso';
import { tableByEffective, tableFor } from '../tables/select';
import { loadEngine, type Engine } from './engine';
import { fieldOfError, toEngineInput, type FieldName } from './input';
import type { ChartRequest, LevelEntry, Outcome } from './outcome';
import type { FileProblem, TableStore } from '../tables/library.svelte';

const pad = (n: number) => String(n).padStart(2, '0');
/** Today in the reader's time zone: the page may read the clock, the engine never does. */
// A Date made and read at once, never state: not a SvelteDate.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export const today = (now = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The table whose categories and levels the form offers: in force on the date, else the earliest. */
function tableOn(tables: readonly TierTable[], date: string): TierTable | null {
  if (tables.length === 0) return null;
  try {
    return tableFor(tables, tables[0]!.region, tables[0]!.scheme, date);
  } catch {
    return [...tables].sort((a, b) => byIso(a.effective, b.effective))[0]!;
  }
}

export type PageProblem = { kind: 'message'; reason: Msg } | { kind: 'table'; problems: FileProblem[] };

export class Calculator {
  form: FormState = $state(defaultForm(today()));
  engine: Engine | null = $state.raw(null);
  engineFailed: string | null = $state(null);
  readonly tables: TableStore;

  constructor(tables: TableStore, form?: FormState) {
    this.tables = tables;
    if (form) this.form = form;
  }

  /** Loads the engine; the first paint does not wait for it. */
  async start(load: () => Promise<Engine> = loadEngine): Promise<void> {
    try {
      this.engine = await load();
    } catch (e) {
      this.engineFailed = String(e);
    }
  }

  /** Loads the chosen region and scheme's tables, then fits the form's choices to them. */
  async ensureTables(): Promise<void> {
    const { region, scheme } = this.form;
    const entry = await this.tables.ensure(region, scheme);
    if (entry.status === 'ready' && this.form.region === region && this.form.scheme === scheme) this.#fit(entry.tables);
  }

  /** Changes one field, keeping region, scheme and the link's pinned table consistent. */
  set<K extends FieldName>(field: K, value: FormState[K]): void {
    this.form[field] = value;
    if (field === 'region') {
      const schemes = this.tables.schemesOf(String(value));
      if (schemes.length && !schemes.includes(this.form.scheme)) this.form.scheme = schemes[0]!;
    }
    if (field === 'region' || field === 'scheme') this.form.pinned = '';
  }

  /** A category, level or setting the chosen table does not know becomes its first known one. */
  #fit(tables: readonly TierTable[]): void {
    const t = tableOn(tables, this.form.date);
    if (!t) return;
    if (!t.categories.includes(this.form.category)) this.form.category = t.categories[0]!;
    if (!t.levels.includes(this.form.level)) this.form.level = t.levels.at(-1)!;
    if (!t.settings[this.form.setting])
      this.form.setting = this.form.setting === 'inpatient' ? 'outpatient' : 'inpatient';
  }

  readonly check = $derived(toEngineInput(this.form));
  readonly entry = $derived.by(() => this.tables.entry(this.form.region, this.form.scheme));
  /** Every table of the region and scheme, once loaded. */
  readonly all = $derived(this.entry?.status === 'ready' ? this.entry.tables : null);
  /** The table the form's options come from. */
  readonly table = $derived(this.all ? tableOn(this.all, this.form.date) : null);
  /** The table a shared link pinned, when it still exists. */
  readonly pinnedTable = $derived(
    this.all && this.form.pinned
      ? (tableByEffective(this.all, this.form.region, this.form.scheme, this.form.pinned) ?? null)
      : null,
  );
  readonly national = $derived(this.entry?.status === 'ready' ? this.entry.national : []);
  /**
   * What the engine settles with: the region's tables (the engine picks the one in force) or only
   * the one a link pinned, plus the national tables.
   */
  readonly used = $derived(this.all ? [...(this.pinnedTable ? [this.pinnedTable] : this.all), ...this.national] : null);
  readonly loading = $derived(!this.engine || !this.entry || this.entry.status === 'loading');

  readonly outcome: Outcome | null = $derived(
    this.engine && this.check.ok && this.used ? this.engine.settle(this.used, this.check.input) : null,
  );

  /** Messages next to fields: what cannot be read, or the field an engine error names. */
  readonly fieldErrors: Partial<Record<FieldName, Msg>> = $derived.by(() => {
    if (!this.check.ok) return this.check.errors;
    const o = this.outcome;
    const field = o && !o.ok && o.error.code === 'invalid-input' ? fieldOfError(o.error.field) : null;
    return field && o && !o.ok ? { [field]: o.error.reason } : {};
  });

  /** A problem for the whole page: a bad table, an unknown rule, no table, the engine not loading. */
  readonly pageProblem: PageProblem | null = $derived.by(() => {
    if (this.entry?.status === 'error') return { kind: 'table', problems: this.entry.problems };
    if (this.engineFailed)
      return {
        kind: 'message',
        reason: {
          zh: `计算程序未能加载（${this.engineFailed}），请刷新页面`,
          en: `the calculator could not load (${this.engineFailed}); please reload the page`,
        },
      };
    if (this.tables.files.length > 0 && !this.tables.schemesOf(this.form.region).includes(this.form.scheme)) {
      return {
        kind: 'message',
        reason: { zh: '没有这个地区和险种的规则表', en: 'there is no table for this region and scheme' },
      };
    }
    const o = this.outcome;
    if (o && !o.ok && Object.keys(this.fieldErrors).length === 0) return { kind: 'message', reason: o.error.reason };
    return null;
  });

  #last: BillResult | null = null;
  /** The result on screen: the current one, or while a field cannot be read, the last good one. */
  readonly result: BillResult | null = $derived.by(() => {
    const o = this.outcome;
    if (o?.ok) return (this.#last = o.result);
    if (Object.keys(this.fieldErrors).length > 0) return this.#last;
    if (o && !o.ok) this.#last = null;
    return null;
  });
  /** True when the result shown is the last good one, not the current input's. */
  readonly stale = $derived(this.result !== null && !this.outcome?.ok);

  /** The same bill at every level of the table (an error object when no level can be settled). */
  readonly levels: LevelEntry[] | null = $derived.by(() => {
    if (!this.engine || !this.check.ok || !this.used || !this.outcome?.ok) return null;
    const r = this.engine.compare(this.used, this.check.input);
    return Array.isArray(r) ? r : null;
  });

  /** With a pinned older table: the result under the table in force now, to offer and compare. */
  readonly newer: { table: TierTable; outcome: Outcome } | null = $derived.by(() => {
    const pinned = this.pinnedTable;
    if (!pinned || !this.all || !this.engine || !this.check.ok) return null;
    const now = tableOn(this.all, this.form.date);
    if (!now || now.effective === pinned.effective) return null;
    return { table: now, outcome: this.engine.settle([...this.all, ...this.national], this.check.input) };
  });

  /** What the chart samples; null while there is no result to draw. */
  readonly chartRequest: ChartRequest | null = $derived.by(() => {
    const t = this.pinnedTable ?? this.table;
    if (!this.check.ok || !this.used || !t || !this.outcome?.ok) return null;
    return { tables: this.used, input: this.check.input, levels: t.levels };
  });

  /** Drops the link's pinned table: settle with the table in force. */
  usePresentTable(): void {
    this.form.pinned = '';
  }
}
