/**
 * The year page's state: the doc the user edits, and everything derived from it by the engine
 * (results per bill, totals, outlook), the share link and the CSV. Components only read these and
 * call the methods; no component computes money.
 */
import type { TierTable } from '../tables/schema';
import { newBill, newId, type YearDoc } from './doc';
import { encodeYear } from './link';
import { settleDoc } from './settle';

/** Tables a year pinned by a link may use: of the person's region and scheme, none newer than the pin. */
export function pinnedTables(tables: readonly TierTable[], doc: YearDoc): readonly TierTable[] {
  if (!doc.pinned) return tables;
  const mine = (t: TierTable) => t.region === doc.person.region && t.scheme === doc.person.scheme;
  return tables.filter((t) => !mine(t) || t.effective <= doc.pinned);
}

export class YearStore {
  doc: YearDoc = $state() as YearDoc;
  tables: readonly TierTable[] = $state.raw([]);
  /** The caller's date (no clock in here): outlook date for a year without bills, default bill date. */
  today = '';

  constructor(doc: YearDoc, today: string, tables: readonly TierTable[] = []) {
    this.doc = doc;
    this.today = today;
    this.tables = tables;
  }

  settled = $derived(settleDoc(pinnedTables(this.tables, this.doc), this.doc, this.today));

  /** The latest effective date among the tables the year was settled with ('' with no result). */
  tableDate = $derived((this.settled.result?.bills ?? []).reduce((d, b) => (b.table.effective > d ? b.table.effective : d), ''));

  /** Whether a newer table of the region exists than the one a shared year was pinned to. */
  newerTable = $derived(
    !!this.doc.pinned &&
      this.tables.some((t) => t.region === this.doc.person.region && t.scheme === this.doc.person.scheme && t.effective > this.doc.pinned),
  );

  /** The share link's query: the doc, pinned to the tables its numbers came from. */
  query = $derived(encodeYear({ ...this.doc, pinned: this.doc.pinned || this.tableDate }));

  employee = $derived(this.doc.person.scheme === 'employee');

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

  /** Replaces the whole year (a link was opened). */
  replace(doc: YearDoc): void {
    this.doc = doc;
  }

  /** Drops a link's table pin: settle with the tables in force. */
  unpin(): void {
    this.doc.pinned = '';
  }
}
