/**
 * One bill, settled in the order of DOMAIN.md §2 against the table in force on its date, from the
 * state the year has reached. Returns the result and the state the next bill starts from.
 */
import type { TierTable } from '../tables/schema';
import { say } from '../text/msg';
import { tableFor } from './table';
import { payFromAccounts } from './accounts';
import { cite, tableRef } from './cite';
import { coverage } from './coverage';
import { SettlementError, isSettlementError } from './errors';
import { PAYERS, type Bill, type Person } from './input';
import type { Subject } from './match';
import { errorMessages, warningMessages } from './messages';
import { Dec, ZERO, fen, sum } from './money';
import { NOTHING_PAID, settlePayers, type Payments } from './payers';
import type { BillResult, Cite, Step, Warning } from './result';
import { afterBill, enterYear, type YearState } from './state';
import { offsiteBound, offsiteUnknown, withBound } from './offsite-range';
import { split } from './split';
import { distinctWarnings } from './warnings';

function checkFitsTable(table: TierTable, person: Person, bill: Bill, at: string): void {
  if (!table.categories.includes(person.category)) {
    throw new SettlementError('invalid-input', 'person.category', errorMessages.categoryNotInTable(table.categories));
  }
  if (!table.levels.includes(bill.level))
    throw new SettlementError('invalid-input', `${at}.level`, errorMessages.levelNotInTable(table.levels));
  if (!table.settings[bill.setting])
    throw new SettlementError('invalid-input', `${at}.setting`, errorMessages.settingNotInTable());
}

/** Warnings every result carries about the values it used: grade C, a table older than the bill, a person's own rules. */
function valueWarnings(table: TierTable, date: string, steps: readonly Step[]): Warning[] {
  // A person's own table is theirs as a whole: said once, in place of a caution on every value.
  if (table.enteredBy === 'user') return [{ code: 'userRules', message: warningMessages.userRules(), cites: [] }];
  const seen = new Map<string, Cite>();
  for (const s of steps) for (const c of s.cites) if (c.grade === 'C') seen.set(c.path, c);
  const out: Warning[] = [...seen.values()].map((c) => ({
    code: 'gradeC',
    message: warningMessages.gradeC({
      zh: `${say(c.source.title, 'zh')} ${say(c.clause, 'zh')}`,
      en: `${say(c.source.title, 'en')} ${say(c.clause, 'en')}`,
    }),
    cites: [c],
  }));
  if (date > table.lastConfirmed.date) {
    out.push({
      code: 'staleTable',
      message: warningMessages.staleTable(table.lastConfirmed.date),
      cites: [cite(table, 'lastConfirmed', table.lastConfirmed)],
    });
  }
  return out;
}

const fromSlipNone = (bill: Bill): boolean => Object.keys(bill.settled).length === 0;

/**
 * Settles one valid bill from the state the year has reached. Any error says which bill it was
 * about (`bill`), also an unknown rule, whose `field` names the table instead.
 */
export function settleParsed(...args: Parameters<typeof settleOne>): ReturnType<typeof settleOne> {
  try {
    return settleOne(...args);
  } catch (e) {
    throw isSettlementError(e) ? e.ofBill(args[3]) : e;
  }
}

function settleOne(
  tables: readonly TierTable[],
  person: Person,
  bill: Bill,
  index: number,
  from: YearState,
): { result: BillResult; state: YearState } {
  const at = `bills[${index}]`;
  const table = tableFor(tables, person.region, person.scheme, bill.date, `${at}.date`);
  checkFitsTable(table, person, bill, at);
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
  const settledSum = sum(Object.values(bill.settled).map((v) => new Dec(v)));
  if (settledSum.greaterThan(inScope))
    throw new SettlementError('invalid-input', `${at}.settled`, errorMessages.settledAboveInScope());

  const cover = coverage(tables, table, rules, person, bill, inScope);
  const covered = cover.notCovered === null;
  const pay: Payments = covered
    ? settlePayers(table, rules, bill, who, state, inScope)
    : {
        paid: { ...NOTHING_PAID },
        deductiblePaid: null,
        deductibleKey: null,
        baseAdded: ZERO,
        steps: [],
        warnings: [],
      };
  const { paid, deductiblePaid } = pay;

  const fund = sum(Object.values(paid));
  const total = new Dec(bill.total);
  const outOfPocket = total.minus(fund);
  const acc = payFromAccounts(outOfPocket, state.accounts);
  const steps: Step[] = [...sp.steps, ...cover.steps, ...pay.steps, ...acc.steps];
  const warnings: Warning[] = [...sp.warnings, ...cover.warnings, ...pay.warnings];

  // The range's lower end, where the table does not know how it cuts offsite care (and no slip gave the figures).
  let offsiteLow: BillResult['offsiteLow'] = null;
  const bound =
    covered && bill.offsite !== 'local' && fromSlipNone(bill) && offsiteUnknown(table, bill.offsite)
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

  const result: BillResult = {
    index,
    date: bill.date,
    setting: bill.setting,
    level: bill.level,
    offsite: bill.offsite,
    admission,
    total: fen(total),
    outOfCatalog: fen(new Dec(bill.outOfCatalog)),
    overLimit: fen(new Dec(bill.overLimit)),
    classB: fen(new Dec(bill.classB)),
    preSelfPay: fen(sp.preSelfPay),
    inScope: fen(inScope),
    deductible: fen(deductiblePaid ?? ZERO),
    deductibleKnown: deductiblePaid !== null || !covered,
    basic: fen(paid.basic),
    supplementary: fen(paid.supplementary),
    topUp: fen(paid.topUp),
    catastrophic: fen(paid.catastrophic),
    assistance: fen(paid.assistance),
    fund: fen(fund),
    outOfPocket: fen(outOfPocket),
    accountOwn: fen(acc.own),
    accountFamily: fen(sum(acc.family)),
    accountFamilyEach: acc.family.map(fen),
    cash: fen(acc.cash),
    effectiveRatio: total.isZero() ? '0.0000' : fund.dividedBy(total).toFixed(4, Dec.ROUND_HALF_UP),
    offsiteLow,
    covered,
    notCovered: cover.notCovered,
    fromSlip: covered ? PAYERS.filter((p) => bill.settled[p] !== undefined) : [],
    table: tableRef(table),
    steps,
    warnings: distinctWarnings([...warnings, ...valueWarnings(table, bill.date, steps)]),
  };
  return { result, state: afterBill(state, bill, covered, inScope, pay, acc.balances) };
}
