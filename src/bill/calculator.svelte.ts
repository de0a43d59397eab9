/**
 * The single-bill page's state: the form as typed, and everything derived from it through the
 * engine — the result, the errors by field, the comparison of levels. Nothing here computes money:
 * it hands the engine clean input and keeps what comes back. The engine arrives lazily; until then
 * (and while a region's tables load) the form works and the result waits.
 */
import type { BillResult } from '../engine/result';
import { LINKED, type RuleBook } from '../rules/book.svelte';
import { R } from '../rules/words';
import type { FileProblem } from '../tables/collection';
import { NATIONAL_REGION } from '../tables/files';
import type { Entry, TableLibrary } from '../tables/library.svelte';
import type { SchemeName, TierTable } from '../tables/schema';
import { asPinned, newerThanPin, tableForOptions } from '../tables/select';
import type { Msg } from '../text/msg';
import type { FormState } from './doc';
import { loadEngine, type Engine } from './engine';
import { fieldOfError, toEngineInput, type FieldName } from './input';
import type { ChartRequest, LevelEntry, Outcome } from './outcome';
import { T } from './words';

const NO_ERRORS: Partial<Record<FieldName, Msg>> = Object.freeze({});

export type PageProblem = { kind: 'message'; reason: Msg } | { kind: 'table'; problems: FileProblem[] };

export class Calculator {
  form: FormState = $state()!;
  engine: Engine | null = $state.raw(null);
  engineFailed: string | null = $state(null);
  readonly tables: TableLibrary;
  /** The person's own rule sets, and the rules a link brought. */
  readonly rules: RuleBook | null;
  /**
   * The rule set the bill is settled with (a kept set's id, or LINKED), instead of the built-in
   * tables of the region; null for the built-in ones.
   */
  custom: string | null = $state(null);

  constructor(tables: TableLibrary, form: FormState, rules: RuleBook | null = null) {
    this.tables = tables;
    this.form = form;
    this.rules = rules;
  }

  /** Settles with one of the person's rule sets: its region and scheme become the form's. */
  useRules(id: string | null): void {
    this.custom = id;
    const t = id && this.rules ? (this.rules.tableOf(id) ?? this.rules.find(id)?.draft ?? null) : null;
    if (t && /^\d{6}$/.test(t.region)) this.form.region = t.region;
    if (t) this.form.scheme = t.scheme;
    this.form.pinned = '';
  }

  /** The table of the chosen rule set, where it is usable. */
  readonly customTable = $derived.by(() => (this.custom && this.rules ? this.rules.tableOf(this.custom) : null));

  /**
   * A calculator with the same tables, rules and engine, on a copy of the form with another total
   * (the warm-up's sample bill): nothing it does reaches this one's form or result.
   */
  withTotal(total: string): Calculator {
    const c = new Calculator(this.tables, { ...$state.snapshot(this.form), total }, this.rules);
    c.custom = this.custom;
    c.engine = this.engine;
    return c;
  }

  #starting: Promise<void> | null = null;

  /** Loads the engine (once, however many ask); the first paint does not wait for it. */
  start(load: () => Promise<Engine> = loadEngine): Promise<void> {
    return (this.#starting ??= load().then(
      (engine) => void (this.engine = engine),
      (e: unknown) => void (this.engineFailed = String(e)),
    ));
  }

  /** Loads the chosen region and scheme's tables (or the national ones beside a rule set), then fits the form's choices to them. */
  async ensureTables(): Promise<void> {
    const { region, scheme } = this.form;
    if (this.custom !== null) {
      await Promise.all([this.tables.ensure(NATIONAL_REGION, scheme), this.rules?.check()]);
      if (this.customTable) this.#fit([this.customTable]);
      return;
    }
    const entry = await this.tables.ensure(region, scheme);
    if (entry.status === 'ready' && this.form.region === region && this.form.scheme === scheme) this.#fit(entry.tables);
  }

  /** Changes one field, keeping region, scheme and the link's pinned table consistent. */
  set<K extends FieldName>(field: K, value: FormState[K]): void {
    this.form[field] = value;
    // A region of the built-in tables is a choice against the person's own rules.
    if (field === 'region') this.custom = null;
    if (field === 'region') {
      const schemes = this.tables.schemesOf(String(value));
      if (schemes.length && !schemes.includes(this.form.scheme)) this.form.scheme = schemes[0]!;
    }
    if (field === 'region' || field === 'scheme') this.form.pinned = '';
  }

  /** A category, level or setting the chosen table does not know becomes its first known one. */
  #fit(tables: readonly TierTable[]): void {
    const t = tableForOptions(tables, this.form.region, this.form.scheme, this.form.date);
    if (!t) return;
    if (!t.categories.includes(this.form.category)) this.form.category = t.categories[0]!;
    if (!t.levels.includes(this.form.level)) this.form.level = t.levels.at(-1)!;
    if (!t.settings[this.form.setting])
      this.form.setting = this.form.setting === 'inpatient' ? 'outpatient' : 'inpatient';
  }

  readonly check = $derived(toEngineInput(this.form));
  /** The tables to settle with: the region's built-in ones, or the chosen rule set's beside the national ones. */
  readonly entry: Entry | undefined = $derived.by(() => {
    if (this.custom === null) return this.tables.entry(this.form.region, this.form.scheme);
    const national = this.tables.entry(NATIONAL_REGION, this.form.scheme);
    if (national?.status === 'error') return national;
    const t = this.customTable;
    if (!t || !national || national.status === 'loading') return { status: 'loading' };
    return { status: 'ready', tables: [t], national: national.tables };
  });
  /** A chosen rule set that cannot settle: none of its versions is complete (a link's rules not read yet are only loading). */
  readonly customWaiting = $derived.by(
    () =>
      this.custom !== null &&
      this.customTable === null &&
      (this.custom === LINKED ? this.rules?.linkedPending !== true : this.rules?.checked === true),
  );
  /** Every table of the region and scheme, once loaded. */
  readonly all = $derived(this.entry?.status === 'ready' ? this.entry.tables : null);
  readonly national = $derived(this.entry?.status === 'ready' ? this.entry.national : []);
  /** The tables as the link that opened the page saw them (src/tables/select.ts `asPinned`). */
  readonly pinned = $derived(
    this.all ? asPinned([...this.all, ...this.national], this.form.region, this.form.scheme, this.form.pinned) : null,
  );
  /** The table the form's options come from. */
  readonly table = $derived(
    this.pinned
      ? tableForOptions(this.pinned.tables, this.form.region, this.form.scheme as SchemeName, this.form.date)
      : null,
  );
  /** What the engine settles with. */
  readonly used = $derived(this.pinned?.tables ?? null);
  /** A pin no table has: the tables in force were used, and the page says so. */
  readonly pinMissing = $derived(this.pinned?.missing === true);
  readonly loading = $derived(!this.engine || !this.entry || this.entry.status === 'loading');

  readonly outcome: Outcome | null = $derived(
    this.engine && this.check.ok && this.used ? this.engine.settle(this.used, this.check.input) : null,
  );

  /** Messages next to fields: what cannot be read, or the field an engine error names. */
  readonly fieldErrors: Partial<Record<FieldName, Msg>> = $derived.by(() => {
    if (!this.check.ok) return this.check.errors;
    const o = this.outcome;
    const field = o && !o.ok ? fieldOfError(o.error) : null;
    // The same empty object every time: each field reads its error from here, and a new one on
    // every keystroke would update every field of the form.
    return field && o && !o.ok ? { [field]: o.error.reason } : NO_ERRORS;
  });

  /** A problem for the whole page: a bad table, an unknown rule, no table, the engine not loading. */
  readonly pageProblem: PageProblem | null = $derived.by(() => {
    if (this.entry?.status === 'error') return { kind: 'table', problems: this.entry.problems };
    if (this.engineFailed) return { kind: 'message', reason: T.engineFailed(this.engineFailed) };
    if (this.customWaiting) return { kind: 'message', reason: R.notUsableYet };
    if (
      this.custom === null &&
      this.tables.files.length > 0 &&
      !this.tables.schemesOf(this.form.region).includes(this.form.scheme)
    ) {
      return { kind: 'message', reason: T.noTable };
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
  /** What is left of each cap after this bill, and how far the catastrophic layer is (the year's outlook). */
  readonly outlook = $derived(this.outcome?.ok ? this.outcome.outlook : null);

  /**
   * What the person called each relative whose account pays, beside `form.family` (same order).
   * Names stay in this tab: never in a link (DOMAIN.md §6).
   */
  relativeNames: string[] = $state([]);

  addRelative(): void {
    this.form.family = [...this.form.family, ''];
    this.relativeNames = [...this.relativeNames, ''];
  }

  removeRelative(i: number): void {
    this.form.family = this.form.family.filter((_, j) => j !== i);
    this.relativeNames = this.relativeNames.filter((_, j) => j !== i);
  }

  setRelativeBalance(i: number, value: string): void {
    this.form.family = this.form.family.map((b, j) => (j === i ? value : b));
  }

  /** True when the result shown is the last good one, not the current input's. */
  readonly stale = $derived(this.result !== null && !this.outcome?.ok);

  /** The same bill at every level of the table (null when no level can be settled). */
  readonly levels: LevelEntry[] | null = $derived.by(() => {
    if (!this.engine || !this.check.ok || !this.used || !this.outcome?.ok) return null;
    const r = this.engine.compare(this.used, this.check.input);
    return Array.isArray(r) ? r : null;
  });

  /** With a pinned older table: the result under the tables in force now, to offer and compare. */
  readonly newer: { table: TierTable; outcome: Outcome } | null = $derived.by(() => {
    if (!this.all || !this.engine || !this.check.ok || this.pinMissing || this.custom !== null) return null;
    const table = newerThanPin(this.all, this.form.region, this.form.scheme, this.form.pinned);
    if (!table) return null;
    return { table, outcome: this.engine.settle([...this.all, ...this.national], this.check.input) };
  });

  /** What the chart draws; null while there is no result to draw. */
  readonly chartRequest: ChartRequest | null = $derived.by(() => {
    const t = this.table;
    if (!this.check.ok || !this.used || !t || !this.outcome?.ok) return null;
    return { tables: this.used, input: this.check.input, levels: t.levels };
  });

  /** Drops the link's pinned table: settle with the tables in force. */
  usePresentTable(): void {
    this.form.pinned = '';
  }
}
