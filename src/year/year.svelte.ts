/**
 * The year page's state: the doc the user edits, and everything derived from it by the engine
 * (results per bill, totals, outlook), the share link and the CSV. Components only read these and
 * call the methods; no component computes money.
 */
import type { YearPremiums } from '../engine/year';
import { NATIONAL_REGION } from '../tables/files';
import type { Pair } from '../tables/library.svelte';
import type { RuleBook } from '../rules/book.svelte';
import type { TierTable } from '../tables/schema';
import { asPinned, newerThanPin, periodsOf, tableForOptions } from '../tables/select';
import type { Lang, Msg } from '../text/msg';
import { CATEGORIES_OF, LEVELS, SETTINGS, type CategoryName, type Level, type SettingName } from '../text/vocabulary';
import { yearLink } from './codec';
import { newBill, newId, type YearDoc } from './doc';
import { settleDoc } from './settle';
import { premiumYearOf } from './input';

/** What every part of the year page is given: the year's state and the language. */
export interface YearPart {
  store: YearStore;
  lang: Lang;
}

export class YearStore {
  doc: YearDoc = $state() as YearDoc;
  tables: readonly TierTable[] = $state.raw([]);
  /** The caller's date (no clock in here): outlook date for a year without bills, default bill date. */
  today = '';

  /** The person's own rule sets, where the year may be settled with one. */
  readonly book: RuleBook | null;
  /** Independent parts the link writes after its checksum (the rules part), set by the page. */
  extra: readonly string[] = $state.raw([]);
  /** Settles once `extra` holds the parts for the rules in use now (they are compressed off the main path). */
  extraReady: Promise<unknown> = Promise.resolve();

  constructor(doc: YearDoc, today: string, tables: readonly TierTable[] = [], book: RuleBook | null = null) {
    this.doc = doc;
    this.today = today;
    this.tables = tables;
    this.book = book;
  }

  /** The table of the person's own rule set the year uses, where it is usable. */
  customTable = $derived.by(() =>
    this.doc.person.rules && this.book ? this.book.tableOf(this.doc.person.rules) : null,
  );

  /** Settles with one of the person's rule sets: its region and scheme become the person's. */
  useRules(id: string | undefined): void {
    const p = this.doc.person;
    if (!id) return void delete p.rules;
    p.rules = id;
    const t = this.book?.tableOf(id) ?? this.book?.find(id)?.draft;
    if (t && /^\d{6}$/.test(t.region)) p.region = t.region;
    if (t && t.scheme !== p.scheme) {
      p.scheme = t.scheme;
      p.category = t.categories[0] ?? p.category;
    }
    this.doc.pinned = '';
  }

  /**
   * The tables as the link that made this year saw them (src/tables/select.ts `asPinned`); with a
   * rule set of the person's own, that set beside the national tables.
   */
  pinned = $derived.by(() => {
    if (!this.doc.person.rules)
      return asPinned(this.tables, this.doc.person.region, this.doc.person.scheme, this.doc.pinned);
    const own = this.customTable ? [this.customTable] : [];
    return { tables: [...own, ...this.tables.filter((t) => t.region === NATIONAL_REGION)], missing: false as const };
  });

  settled = $derived(settleDoc(this.pinned.tables, this.doc, this.today));

  /** The latest effective date among the tables the year was settled with ('' with no result). */
  tableDate = $derived(
    (this.settled.result?.bills ?? []).reduce((d, b) => (b.table.effective > d ? b.table.effective : d), ''),
  );

  /** A newer table of the region than the one a shared year was pinned to, to offer. */
  newerTable = $derived(
    this.pinned.missing || this.doc.person.rules
      ? null
      : newerThanPin(this.tables, this.doc.person.region, this.doc.person.scheme, this.doc.pinned),
  );

  /** The share link: the doc, pinned to the tables its numbers came from — or why no link can hold it. */
  link = $derived(yearLink({ ...this.doc, pinned: this.doc.pinned || this.tableDate }, this.extra));

  employee = $derived(this.doc.person.scheme === 'employee');

  /** The region and scheme's tables, oldest first (what the person's options come from). */
  mine = $derived(
    periodsOf(this.doc.person.rules ? this.pinned.tables : this.tables, this.doc.person.region, this.doc.person.scheme),
  );

  /** The table in force on a date, else the earliest: for the options a bill offers. */
  tableOn(date: string): TierTable | null {
    return tableForOptions(this.mine, this.doc.person.region, this.doc.person.scheme, date);
  }

  levelsOn(date: string): readonly Level[] {
    return this.tableOn(date)?.levels ?? LEVELS;
  }

  settingsOn(date: string): readonly SettingName[] {
    const t = this.tableOn(date);
    return t ? SETTINGS.filter((s) => t.settings[s]) : SETTINGS;
  }

  categories = $derived<readonly CategoryName[]>(this.mine.at(-1)?.categories ?? CATEGORIES_OF[this.doc.person.scheme]);

  /** The year premiums are for: as entered, else the year of the last bill, else this year. */
  premiumYear = $derived(
    /^\d{4}$/.test(this.doc.premiums.year) ? this.doc.premiums.year : premiumYearOf(this.doc, this.today),
  );

  /**
   * Relatives' resident premiums paid from the own account (employees), as the year's settlement
   * paid them: on their date, from the balance left then, before the later bills draw on it.
   */
  premiums: { ok: true; result: YearPremiums } | { ok: false; reason: Msg } | null = $derived.by(() => {
    if (!this.employee || this.doc.premiums.relatives.length === 0) return null;
    const reason = this.settled.errors['premiums'];
    if (reason) return { ok: false, reason };
    const result = this.settled.premiums;
    return result ? { ok: true, result } : null;
  });

  /** Which tables the year needs: the person's, the national ones, and premium relatives' regions. */
  needed = $derived.by((): Pair[] => {
    const keys: Record<string, { region: string; scheme: 'employee' | 'resident' }> = {};
    const add = (region: string, scheme: 'employee' | 'resident') =>
      void (keys[`${region}/${scheme}`] = { region, scheme });
    // A rule set of the person's own stands in for the region's built-in tables.
    if (!this.doc.person.rules) add(this.doc.person.region, this.doc.person.scheme);
    add(NATIONAL_REGION, 'resident');
    for (const r of this.doc.premiums.relatives) if (/^\d{6}$/.test(r.region)) add(r.region, 'resident');
    if (this.doc.premiums.relatives.length) add(this.doc.person.region, 'resident');
    return Object.values(keys);
  });

  addPremiumRelative(): void {
    this.doc.premiums.relatives.push({ id: newId('p'), label: '', category: 'elderly', region: '' });
  }

  removePremiumRelative(id: string): void {
    this.doc.premiums.relatives = this.doc.premiums.relatives.filter((r) => r.id !== id);
  }

  /** Adds a bill dated like the last one (or today) and returns its id, for the editor to open. */
  addBill(): string {
    const last = this.doc.bills.at(-1);
    const bill = newBill(last?.date ?? this.today, last ? { setting: last.setting, level: last.level } : {});
    this.doc.bills.push(bill);
    return bill.id;
  }

  removeBill(id: string): void {
    this.doc.bills = this.doc.bills.filter((b) => b.id !== id);
  }

  addRelative(): void {
    this.doc.relatives.push({ id: newId('r'), label: '', balance: '' });
  }

  removeRelative(id: string): void {
    this.doc.relatives = this.doc.relatives.filter((r) => r.id !== id);
  }

  /** Moves a relative's account up (-1) or down (+1) in the order the accounts pay. */
  moveRelative(id: string, by: -1 | 1): void {
    const list = this.doc.relatives;
    const i = list.findIndex((r) => r.id === id);
    const j = i + by;
    if (i < 0 || j < 0 || j >= list.length) return;
    const next = [...list];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.doc.relatives = next;
  }

  /** Drops a link's table pin: settle with the tables in force. */
  unpin(): void {
    this.doc.pinned = '';
  }
}
