/**
 * Step 1 of DOMAIN.md §2: split the bill. preSelfPay = classB × the class-B self-pay rate (plus the
 * offsite pre-self-pay the table defines, on what is left), then
 * inScope = total − outOfCatalog − overLimit − preSelfPay.
 */
import type { TierTable } from '../tables/schema';
import { cite, isUnknown } from './cite';
import type { Bill } from './input';
import { warningMessages } from './messages';
import { ZERO, exact, exactOf, less, money, tableDec, toFen, type Dec } from './money';
import type { Step, Warning } from './result';

export interface Split {
  /** The bill's amounts as read here, for the settlement to use as they are. */
  total: Dec;
  outOfCatalog: Dec;
  overLimit: Dec;
  preSelfPay: Dec;
  inScope: Dec;
  steps: Step[];
  warnings: Warning[];
}

export function split(table: TierTable, bill: Bill): Split {
  const steps: Step[] = [];
  const warnings: Warning[] = [];
  // Each amount read once: reading a Decimal from a string costs more than the arithmetic on it.
  const total = money(bill.total);
  const classB = money(bill.classB);
  const outOfScope = { outOfCatalog: money(bill.outOfCatalog), overLimit: money(bill.overLimit) };
  // The total is the base of up to three steps: written once (as it was typed, where that is how
  // exact() writes it).
  let totalText: string | undefined;
  for (const kind of ['outOfCatalog', 'overLimit'] as const) {
    const v = outOfScope[kind];
    if (!v.isZero())
      steps.push({
        kind,
        party: 'patient',
        base: (totalText ??= exactOf(bill.total, total)),
        amount: exactOf(bill[kind], v),
        cites: [],
      });
  }

  let preSelfPay = ZERO;
  const rate = table.classBSelfPayRate;
  if (!classB.isZero()) {
    if (isUnknown(rate))
      warnings.push({ code: 'unknownClassBRate', message: warningMessages.unknownClassBRate(), cites: [] });
    else {
      // The pre-self-pay is money on the slip, so it is rounded to the fen like any amount shown there.
      const amount = toFen(classB.times(tableDec(rate.value)));
      preSelfPay = amount;
      steps.push({
        kind: 'preSelfPay',
        party: 'patient',
        base: exactOf(bill.classB, classB),
        ratio: rate.value,
        amount: exact(amount),
        cites: [cite(table, 'classBSelfPayRate', rate)],
      });
    }
  }

  const listed = less(less(total, outOfScope.outOfCatalog), outOfScope.overLimit);
  const rest = less(listed, preSelfPay);
  const offsite = bill.offsite === 'local' ? null : table.offsite?.[bill.offsite];
  if (bill.offsite !== 'local') {
    if (!offsite || isUnknown(offsite))
      warnings.push({ code: 'unknownOffsite', message: warningMessages.unknownOffsite(), cites: [] });
    else if (offsite.preSelfPayRate) {
      const amount = toFen(rest.times(tableDec(offsite.preSelfPayRate.value)));
      preSelfPay = preSelfPay.plus(amount);
      steps.push({
        kind: 'preSelfPay',
        party: 'patient',
        base: exact(rest),
        ratio: offsite.preSelfPayRate.value,
        amount: exact(amount),
        cites: [cite(table, `offsite.${bill.offsite}.preSelfPayRate`, offsite.preSelfPayRate)],
      });
    }
  }

  const inScope = less(listed, preSelfPay);
  steps.push({
    kind: 'inScope',
    party: 'patient',
    base: totalText ?? exactOf(bill.total, total),
    amount: exact(inScope),
    cites: [],
  });
  const { outOfCatalog, overLimit } = outOfScope;
  return { total, outOfCatalog, overLimit, preSelfPay, inScope, steps, warnings };
}
