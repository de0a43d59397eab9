/**
 * The year page's state: the doc the user edits, and everything derived from it by the engine
 * (results per bill, totals, outlook), the share link and the CSV. Components only read these and
 * call the methods; no component computes money.
 */
import { LEVELS, SETTINGS, type CategoryName, type Level, type SettingName, type TierTable } from '../tables/schema';
import { isSettlementError } from '../engine';
import type { Msg } from '../engine/messages';
import { premiumsFor, type PremiumsResult } from '../engine/premiums';
import { NATIONAL_REGION } from '../engine/waiting';
import { byIso } from '../input/iso';
import { parseAmount } from '../input/amount';
import { newBill, newId, type PersonFields, type YearDoc } from './doc';

const personOf = ({ region, scheme, category, age, hardship }: PersonFields): PersonFields => ({
  region,
  scheme,
  category,
  age,
  hardship,
});
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
  tableDate = $derived(
    (this.settled.result?.bills ?? []).reduce((d, b) => (b.table.effective > d ? b.table.effective : d), ''),
  );

  /** Whether a newer table of the region exists than the one a shared year was pinned to. */
  newerTable = $derived(
    !!this.doc.pinned &&
      this.tables.some(
        (t) =>
          t.region === this.doc.person.region && t.scheme === this.doc.person.scheme && t.effective > this.doc.pinned,
      ),
  );

  /** The share link's query: the doc, pinned to the tables its numbers came from. */
  query = $derived(encodeYear({ ...this.doc, pinned: this.doc.pinned || this.tableDate }));

  employee = $derived(this.doc.person.scheme === 'employee');

  /** The region and scheme's tables, oldest first (what the person's options come from). */
  mine = $derived(
    this.tables
      .filter((t) => t.region === this.doc.person.region && t.scheme === this.doc.person.scheme)
      .sort((a, b) => byIso(a.effective, b.effective)),
  );

  /** The table in force on a date, else the earliest: for the options a bill offers. */
  tableOn(date: string): TierTable | undefined {
    return this.mine.filter((t) => t.effective <= date).at(-1) ?? this.mine[0];
  }

  levelsOn(date: string): readonly Level[] {
    return this.tableOn(date)?.levels ?? LEVELS;
  }

  settingsOn(date: string): readonly SettingName[] {
    const t = this.tableOn(date);
    return t ? SETTINGS.filter((s) => t.settings[s]) : SETTINGS;
  }

  categories = $derived<readonly CategoryName[]>(
    this.mine.at(-1)?.categories ?? (this.employee ? ['active', 'retired'] : ['working-age', 'elderly', 'student']),
  );

  /** The year premiums are for: as entered, else the year of the last bill, else this year. */
  premiumYear = $derived(
    /^\d{4}$/.test(this.doc.premiums.year)
      ? this.doc.premiums.year
      : (this.doc.bills.at(-1)?.date ?? this.today).slice(0, 4),
  );

  /** Relatives' resident premiums paid from the own account (employees), from the engine. */
  premiums: { ok: true; result: PremiumsResult } | { ok: false; reason: Msg } | null = $derived.by(() => {
    const list = this.doc.premiums.relatives;
    if (!this.employee || list.length === 0) return null;
    const own = parseAmount(this.doc.own);
    try {
      const result = premiumsFor(this.tables, {
        year: Number(this.premiumYear),
        relatives: list.map((r) => ({
          category: r.category,
          region: /^\d{6}$/.test(r.region) ? r.region : this.doc.person.region,
        })),
        balance: (own.ok && own.value) || '0',
      });
      return { ok: true, result };
    } catch (e) {
      if (!isSettlementError(e)) throw e;
      return { ok: false, reason: e.reason };
    }
  });

  /** Which tables the year needs: the person's, the national ones, and premium relatives' regions. */
  needed = $derived.by(() => {
    const keys: Record<string, { region: string; scheme: 'employee' | 'resident' }> = {};
    const add = (region: string, scheme: 'employee' | 'resident') =>
      void (keys[`${region}/${scheme}`] = { region, scheme });
    add(this.doc.person.region, this.doc.person.scheme);
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

  #shared: PersonFields | null = null;

  /**
   * Uses another page's person (the single-bill form) as this year's person, so both pages edit
   * one set of fields. `takeMine`: the year came from a link, so its person is written into the shared one.
   */
  attachPerson(shared: PersonFields, takeMine: boolean): void {
    if (takeMine) Object.assign(shared, personOf(this.doc.person));
    this.#shared = shared;
    this.doc.person = shared;
  }

  /** Replaces the whole year (a link was opened), keeping a shared person shared. */
  replace(doc: YearDoc): void {
    if (this.#shared) {
      Object.assign(this.#shared, personOf(doc.person));
      doc.person = this.#shared;
    }
    this.doc = doc;
  }

  /** Drops a link's table pin: settle with the tables in force. */
  unpin(): void {
    this.doc.pinned = '';
  }
}
