/**
 * One bill, settled in the order of DOMAIN.md §2 against the table in force on its date, from the
 * state the year has reached. Returns the result and the state the next bill starts from.
 */
import type { TierTable } from '../tables/schema';
import { tableFor } from '../tables/select';
import { payFromAccounts } from './accounts';
import { assistanceLayer } from './assistance';
import { basicChain } from './basic';
import { catastrophicLayer, settledWarning } from './catastrophic';
import { cite, tableRef } from './cite';
import { SettlementError, isSettlementError } from './errors';
import type { Bill, Payer, Person } from './input';
import type { Subject } from './match';
import { errorMessages, names, warningMessages } from './messages';
import { Dec, ZERO, exact, fen, max, sum, toFen } from './money';
import { deductibleOwed, payDeductible } from './deductible';
import type { BillResult, Cite, Step, Warning } from './result';
import { addPaid, enterYear, type YearState } from './state';
import { roundAlongChain } from './rounding';
import { split } from './split';
import { waitingPeriodEnd } from './waiting';


function checkFitsTable(table: TierTable, person: Person, bill: Bill, at: string): void {
  if (!table.categories.includes(person.category)) {
    throw new SettlementError('invalid-input', 'person.category', errorMessages.categoryNotInTable(table.categories));
  }
  if (!table.levels.includes(bill.level)) throw new SettlementError('invalid-input', `${at}.level`, errorMessages.levelNotInTable(table.levels));
  if (!table.settings[bill.setting]) throw new SettlementError('invalid-input', `${at}.setting`, errorMessages.settingNotInTable());
}

/** Warnings every result carries about the values it used: grade C, and a table older than the bill. */
function valueWarnings(table: TierTable, date: string, steps: readonly Step[]): Warning[] {
  const seen = new Map<string, Cite>();
  for (const s of steps) for (const c of s.cites) if (c.grade === 'C') seen.set(c.path, c);
  const out: Warning[] = [...seen.values()].map((c) => ({ code: 'gradeC', message: warningMessages.gradeC(`${c.source.title} ${c.clause}`), cites: [c] }));
  if (date > table.lastConfirmed.date) {
    out.push({ code: 'staleTable', message: warningMessages.staleTable(table.lastConfirmed.date), cites: [cite(table, 'lastConfirmed', table.lastConfirmed)] });
  }
  return out;
}

const dedupe = (ws: readonly Warning[]): Warning[] => [...new Map(ws.map((w) => [`${w.code}|${w.message.zh}`, w])).values()];

export function settleParsed(tables: readonly TierTable[], person: Person, bill: Bill, index: number, from: YearState): { result: BillResult; state: YearState } {
  const at = `bills[${index}]`;
  const table = tableFor(tables, person.region, person.scheme, bill.date, `${at}.date`);
  checkFitsTable(table, person, bill, at);
  const rules = table.settings[bill.setting]!;
  const state = enterYear(from, table, bill.date);
  const admission = bill.setting === 'inpatient' ? (state.admissions === 0 ? 'first' : 'later') : null;
  const who: Subject = { level: bill.level, category: person.category, admission, age: person.age, hardship: person.hardship };

  const sp = split(table, bill);
  const { inScope } = sp;
  const settled = bill.settled;
  const settledSum = sum(Object.values(settled).map((v) => new Dec(v)));
  if (settledSum.greaterThan(inScope)) throw new SettlementError('invalid-input', `${at}.settled`, errorMessages.settledAboveInScope());

  const steps: Step[] = [...sp.steps];
  const warnings: Warning[] = [...sp.warnings];
  const paid: Record<Payer, Dec> = { basic: ZERO, supplementary: ZERO, topUp: ZERO, catastrophic: ZERO, assistance: ZERO };
  let deductiblePaid: Dec | null = null;
  let deductibleKey: string | null = null;
  let baseAdded = ZERO;

  const waiting = waitingPeriodEnd(tables, person, bill.date);
  const ref = rules.referral;
  const needsReferral =
    !!ref && ref.categories.includes(person.category) && !ref.primaryCare.includes(bill.level) && !bill.referral && !(ref.emergencyExempt && bill.emergency);
  const covered = !waiting && !needsReferral;

  if (waiting) {
    steps.push({ kind: 'waiting', party: 'patient', base: exact(inScope), amount: exact(inScope), cites: waiting.cites });
    warnings.push({ code: 'waiting', message: warningMessages.waiting(waiting.until), cites: waiting.cites });
  } else if (needsReferral) {
    steps.push({ kind: 'notCovered', party: 'patient', base: exact(inScope), amount: exact(inScope), cites: [cite(table, `settings.${bill.setting}.referral`, ref)] });
    warnings.push({ code: 'noReferral', message: warningMessages.noReferral(), cites: [] });
  } else {
    if (settled.basic !== undefined) {
      // A slip's figures stand in for the basic chain; the deductible is still shown where known.
      for (const p of ['basic', 'supplementary', 'topUp'] as const) paid[p] = new Dec(settled[p] ?? '0');
      try {
        const ded = deductibleOwed(table, bill.setting, rules, who, state);
        const { paid: dp, step } = payDeductible(ded, inScope);
        deductiblePaid = dp;
        deductibleKey = ded.key;
        steps.push(step);
      } catch (e) {
        if (!isSettlementError(e) || e.code !== 'unknown-rule') throw e;
      }
    } else {
      const chain = basicChain(table, bill.setting, rules, who, state, inScope, bill.offsite);
      ({ deductiblePaid, deductibleKey } = chain);
      paid.basic = chain.basic;
      paid.supplementary = settled.supplementary !== undefined ? new Dec(settled.supplementary) : chain.supplementary;
      paid.topUp = settled.topUp !== undefined ? new Dec(settled.topUp) : chain.topUp;
      steps.push(...chain.steps.filter((s) => !(s.kind === 'overflow' && settled[s.party as Payer] !== undefined)));
      warnings.push(...chain.warnings);
    }
    const chain = roundAlongChain((['basic', 'supplementary', 'topUp'] as const).map((p) => [p, paid[p]] as const));
    for (const [p, v] of chain.rounded) paid[p] = v;
    steps.push(...chain.steps);

    const burden = max(inScope.minus(paid.basic).minus(paid.supplementary).minus(paid.topUp), ZERO);
    const cat = catastrophicLayer(table, bill.setting, who, state, burden);
    baseAdded = cat.baseAdded;
    if (settled.catastrophic !== undefined) paid.catastrophic = new Dec(settled.catastrophic);
    else {
      paid.catastrophic = toFen(cat.amount);
      steps.push(...cat.steps);
      warnings.push(...cat.warnings);
    }

    const left = max(burden.minus(paid.catastrophic), ZERO);
    if (settled.assistance !== undefined) paid.assistance = new Dec(settled.assistance);
    else {
      const aid = assistanceLayer(table, who, state, left);
      paid.assistance = toFen(aid.amount);
      steps.push(...aid.steps);
      warnings.push(...aid.warnings);
    }
    for (const p of Object.keys(settled) as Payer[]) {
      steps.push({ kind: 'settled', party: p, base: settled[p]!, amount: settled[p]!, cites: [] });
      warnings.push(settledWarning(names[p]));
    }
  }

  const fund = sum(Object.values(paid));
  const total = new Dec(bill.total);
  const outOfPocket = total.minus(fund);
  const acc = payFromAccounts(outOfPocket, state.accounts);
  steps.push(...acc.steps);

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
    covered,
    table: tableRef(table),
    steps,
    warnings: dedupe([...warnings, ...valueWarnings(table, bill.date, steps)]),
  };

  let deductibleUsed = state.deductibleUsed;
  if (deductibleKey && deductiblePaid) {
    const before = deductibleUsed[deductibleKey] ?? state.deductibleFloor[bill.setting];
    deductibleUsed = { ...deductibleUsed, [deductibleKey]: before.plus(deductiblePaid) };
  }
  let paidState = state.paid;
  for (const p of ['basic', 'supplementary', 'topUp'] as const) paidState = addPaid(paidState, `${p}:${bill.setting}`, paid[p]);
  paidState = addPaid(addPaid(paidState, 'catastrophic', paid.catastrophic), 'assistance', paid.assistance);
  const next: YearState = covered
    ? {
        ...state,
        admissions: state.admissions + (bill.setting === 'inpatient' ? 1 : 0),
        deductibleUsed,
        position: { ...state.position, [bill.setting]: state.position[bill.setting].plus(inScope) },
        paid: paidState,
        catastrophicBase: state.catastrophicBase.plus(baseAdded),
        accounts: acc.balances,
      }
    : { ...state, accounts: acc.balances };
  return { result, state: next };
}

