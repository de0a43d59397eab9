/**
 * One bill, settled in the order of DOMAIN.md §2 against the table in force on its date, from the
 * state the year has reached. Returns the result and the state the next bill starts from.
 */
import type { TierTable } from '../tables/schema';
import { say } from '../text/msg';
import { tableFor } from './table';
import { balancesAfter, payShare } from './accounts';
import { cite, tableRef } from './cite';
import { coverage } from './coverage';
import { SettlementError, isSettlementError } from './errors';
import { PAYERS, type Bill, type Person } from './input';
import type { Subject } from './match';
import { errorMessages, warningMessages } from './messages';
import { ZERO, compare, fen, fenOf, less, money, ratio4, sum, toFen, type Dec } from './money';
import { NOTHING_PAID, settlePayers, type Payments } from './payers';
import type { Amounts, BillResult, Cite, Step, Warning } from './result';
import { afterBill, enterYear, type YearState } from './state';
import { offsiteBound, offsiteUnknown, withBound } from './offsite-range';
import { split } from './split';
import { distinctWarnings } from './warnings';

function checkFitsTable(table: TierTable, person: Person, bill: Bill, index: number): void {
  if (!table.categories.includes(person.category)) {
    throw new SettlementError('invalid-input', 'person.category', errorMessages.categoryNotInTable(table.categories));
  }
  if (!table.levels.includes(bill.level))
    throw new SettlementError('invalid-input', `bills[${index}].level`, errorMessages.levelNotInTable(table.levels));
  if (!table.settings[bill.setting])
    throw new SettlementError('invalid-input', `bills[${index}].setting`, errorMessages.settingNotInTable());
}

// The warnings below depend only on a citation or a table (both never change): each is made once.
const gradeCWarnings = new WeakMap<Cite, Warning>();
const staleWarnings = new WeakMap<TierTable, Warning>();

function gradeCWarning(c: Cite): Warning {
  let w = gradeCWarnings.get(c);
  if (!w) {
    w = {
      code: 'gradeC',
      message: warningMessages.gradeC({
        zh: `${say(c.source.title, 'zh')} ${say(c.clause, 'zh')}`,
        en: `${say(c.source.title, 'en')} ${say(c.clause, 'en')}`,
      }),
      cites: [c],
    };
    gradeCWarnings.set(c, w);
  }
  return w;
}

function staleWarning(table: TierTable): Warning {
  let w = staleWarnings.get(table);
  if (!w) {
    w = {
      code: 'staleTable',
      message: warningMessages.staleTable(table.lastConfirmed.date),
      cites: [cite(table, 'lastConfirmed', table.lastConfirmed)],
    };
    staleWarnings.set(table, w);
  }
  return w;
}

/**
 * Warnings every result carries about the values it used: grade C, a table older than the bill, a
 * person's own rules. Added to the end of `out` (the bill's own list): no list of its own is made.
 */
function addValueWarnings(table: TierTable, date: string, steps: readonly Step[], out: Warning[]): void {
  // A person's own table is theirs as a whole: said once, in place of a caution on every value.
  if (table.enteredBy === 'user') {
    out.push({ code: 'userRules', message: warningMessages.userRules(), cites: [] });
    return;
  }
  // Each path once, where first cited, as last cited (a bill cites a few values, most none of grade C).
  let graded: Cite[] | null = null;
  for (const s of steps)
    for (const c of s.cites) {
      if (c.grade !== 'C') continue;
      if (!graded) graded = [c];
      else {
        const i = graded.findIndex((g) => g.path === c.path);
        if (i < 0) graded.push(c);
        else graded[i] = c;
      }
    }
  if (graded) for (const c of graded) out.push(gradeCWarning(c));
  if (date > table.lastConfirmed.date) out.push(staleWarning(table));
}

/** Adds `more` to the end of `to` (a short list, without spreading it as arguments). */
function append<T>(to: T[], more: readonly T[]): void {
  for (let i = 0; i < more.length; i++) to.push(more[i]!);
}

const fromSlipNone = (bill: Bill): boolean => Object.keys(bill.settled).length === 0;

/** A result's amounts as the Decimals its strings were written from (each whole fen): a year sums these. */
export type AmountDecs = Readonly<Record<keyof Amounts, Dec>>;

/** The table a bill is settled against, from its date and its place in the caller's list (for the error). */
export type TablePick = (date: string, index: number) => TierTable;

/**
 * The tables in force chosen once per date, for the bills of one call (a year, the levels of a
 * comparison, the points of a chart line): the tables do not change while it runs.
 */
export function tablePick(tables: readonly TierTable[], person: Person): TablePick {
  const chosen = new Map<string, TierTable>();
  return (date, index) => {
    let table = chosen.get(date);
    if (!table)
      chosen.set(date, (table = tableFor(tables, person.region, person.scheme, date, `bills[${index}].date`)));
    return table;
  };
}

/**
 * Settles one valid bill from the state the year has reached. Any error says which bill it was
 * about (`bill`), also an unknown rule, whose `field` names the table instead.
 */
export function settleParsed(
  tables: readonly TierTable[],
  person: Person,
  bill: Bill,
  index: number,
  from: YearState,
  pick?: TablePick,
): { result: BillResult; state: YearState; amounts: AmountDecs } {
  try {
    const { result, state, amounts } = settleOne(tables, person, bill, index, from, true, pick);
    return { result, state: state!, amounts };
  } catch (e) {
    throw isSettlementError(e) ? e.ofBill(index) : e;
  }
}

/** settleParsed without the state after the bill, for a result nothing settles further from (a comparison, a chart point). */
export function settleResult(
  tables: readonly TierTable[],
  person: Person,
  bill: Bill,
  index: number,
  from: YearState,
  pick?: TablePick,
): BillResult {
  try {
    return settleOne(tables, person, bill, index, from, false, pick).result;
  } catch (e) {
    throw isSettlementError(e) ? e.ofBill(index) : e;
  }
}

function settleOne(
  tables: readonly TierTable[],
  person: Person,
  bill: Bill,
  index: number,
  from: YearState,
  /** Whether the state after the bill is wanted (null otherwise). */
  next: boolean,
  pick: TablePick = tablePick(tables, person),
): { result: BillResult; state: YearState | null; amounts: AmountDecs } {
  const table = pick(bill.date, index);
  checkFitsTable(table, person, bill, index);
  const rules = table.settings[bill.setting]!;
  const state = enterYear(from, table, bill.date);
  const admission = bill.setting === 'inpatient' ? state.admissions + 1 : null;
  const who: Subject = {
    level: bill.level,
    category: person.category,
    admission,
    age: person.age,
    hardship: person.hardship,
  };

  const sp = split(table, bill);
  const { inScope } = sp;
  const slipNone = fromSlipNone(bill);
  const settledSum = slipNone ? ZERO : sum(Object.values(bill.settled).map(money));
  if (compare(settledSum, inScope) > 0)
    throw new SettlementError('invalid-input', `bills[${index}].settled`, errorMessages.settledAboveInScope());

  const cover = coverage(tables, table, rules, person, bill, inScope);
  const covered = cover.notCovered === null;
  const pay: Payments = covered
    ? settlePayers(table, rules, bill, who, state, inScope)
    : {
        paid: { ...NOTHING_PAID },
        deductiblePaid: null,
        deductibleKey: null,
        baseAdded: ZERO,
        positionAfter: null,
        steps: [],
        warnings: [],
      };
  const { paid, deductiblePaid } = pay;

  const fund = sum([paid.basic, paid.supplementary, paid.topUp, paid.catastrophic, paid.assistance]);
  const { total } = sp;
  const outOfPocket = less(total, fund);
  const acc = payShare(outOfPocket, state.accounts);
  // The split's lists are this bill's own (made for it, returned to nobody else): the later parts
  // are added to them, rather than all four copied into new ones.
  const steps: Step[] = sp.steps;
  append(steps, cover.steps);
  append(steps, pay.steps);
  append(steps, acc.steps);
  const warnings: Warning[] = sp.warnings;
  append(warnings, cover.warnings);
  append(warnings, pay.warnings);

  // The range's lower end, where the table does not know how it cuts offsite care (and no slip gave the figures).
  let offsiteLow: BillResult['offsiteLow'] = null;
  const bound =
    covered && bill.offsite !== 'local' && slipNone && offsiteUnknown(table, bill.offsite)
      ? offsiteBound(tables, bill)
      : null;
  if (bound && bill.offsite !== 'local') {
    const cut = withBound(table, bill.offsite, bound);
    const low = settleOne(
      tables.map((t) => (t === table ? cut : t)),
      person,
      bill,
      index,
      from,
      false,
    ).result;
    offsiteLow = {
      points: bound.points,
      basic: low.basic,
      fund: low.fund,
      outOfPocket: low.outOfPocket,
      cites: [bound.cite],
    };
    const i = warnings.findIndex((w) => w.code === 'unknownOffsite');
    if (i >= 0)
      warnings[i] = {
        code: 'unknownOffsite',
        message: warningMessages.offsiteRange(bound.points),
        cites: [bound.cite],
      };
  }

  addValueWarnings(table, bill.date, steps, warnings);

  // Each amount as its string will say it (rounded to the fen where it is not whole fen already).
  const decs: Record<keyof Amounts, Dec> = {
    total: toFen(total),
    outOfCatalog: toFen(sp.outOfCatalog),
    overLimit: toFen(sp.overLimit),
    preSelfPay: toFen(sp.preSelfPay),
    inScope: toFen(inScope),
    deductible: toFen(deductiblePaid ?? ZERO),
    basic: toFen(paid.basic),
    supplementary: toFen(paid.supplementary),
    topUp: toFen(paid.topUp),
    catastrophic: toFen(paid.catastrophic),
    assistance: toFen(paid.assistance),
    fund: toFen(fund),
    outOfPocket: toFen(outOfPocket),
    accountOwn: toFen(acc.own),
    accountFamily: toFen(sum(acc.family)),
    cash: toFen(acc.cash),
  };
  const totalText = fenOf(bill.total);
  // An amount that is another's Decimal has its text, not written again: the in-scope cost is the
  // total where nothing is out of scope, the deductible often all of it (a small bill early in the
  // year), the fund often the basic fund's payment itself, the out-of-pocket share the total where
  // no fund pays, and the own account's part and the cash often the whole of that share.
  const inScopeText = decs.inScope === decs.total ? totalText : fen(decs.inScope);
  const basicText = fen(decs.basic);
  const fundText = decs.fund === decs.basic ? basicText : fen(decs.fund);
  const outOfPocketText = decs.outOfPocket === decs.total ? totalText : fen(decs.outOfPocket);
  const result: BillResult = {
    index,
    date: bill.date,
    setting: bill.setting,
    level: bill.level,
    offsite: bill.offsite,
    admission,
    total: totalText,
    outOfCatalog: fenOf(bill.outOfCatalog),
    overLimit: fenOf(bill.overLimit),
    classB: fenOf(bill.classB),
    preSelfPay: fen(decs.preSelfPay),
    inScope: inScopeText,
    deductible: decs.deductible === decs.inScope ? inScopeText : fen(decs.deductible),
    deductibleKnown: deductiblePaid !== null || !covered,
    basic: basicText,
    supplementary: fen(decs.supplementary),
    topUp: fen(decs.topUp),
    catastrophic: fen(decs.catastrophic),
    assistance: fen(decs.assistance),
    fund: fundText,
    outOfPocket: outOfPocketText,
    accountOwn: decs.accountOwn === decs.outOfPocket ? outOfPocketText : fen(decs.accountOwn),
    accountFamily: fen(decs.accountFamily),
    accountFamilyEach: acc.family.map(fen),
    cash: decs.cash === decs.outOfPocket ? outOfPocketText : fen(decs.cash),
    effectiveRatio: total.isZero() ? '0.0000' : ratio4(fund, total, Number(fundText) / Number(totalText)),
    offsiteLow,
    covered,
    notCovered: cover.notCovered,
    fromSlip: covered && !slipNone ? PAYERS.filter((p) => bill.settled[p] !== undefined) : [],
    table: tableRef(table),
    steps,
    warnings: distinctWarnings(warnings),
  };
  return {
    result,
    state: next ? afterBill(state, bill, covered, inScope, pay, balancesAfter(state.accounts, acc)) : null,
    amounts: decs,
  };
}
