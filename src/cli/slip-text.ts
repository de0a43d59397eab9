/**
 * A year's result as plain text for a terminal: each bill as a settlement slip (结算单), then the
 * year's totals, then the distinct warnings. Every label is in both languages, from the catalogue
 * of terms; amounts are the engine's strings, regrouped, never recomputed.
 */
import type { Amounts, BillResult, YearResult } from '../engine';
import { money } from '../text/format';
import { capital, fillMsg, msg, type Msg } from '../text/msg';
import { ADMISSION_ORDER_TERMS, TERMS } from '../text/terms';
import { SLIP_LINES } from '../ui/common/slip-lines';
import { NAMES, W } from '../ui/common/words';
import { Y } from '../year/words';

type Line = readonly [keyof Amounts, Msg];

const ACCOUNT_LINES: readonly Line[] = [
  ['accountOwn', capital(TERMS.accountOwn.long)],
  ['accountFamily', capital(TERMS.accountFamily.long)],
  ['cash', capital(TERMS.cash.long)],
];

/** Payers and parts most bills do not have: a zero says nothing, so the slip leaves it out. */
const OPTIONAL = new Set<keyof Amounts>([
  'outOfCatalog',
  'overLimit',
  'preSelfPay',
  'supplementary',
  'topUp',
  'catastrophic',
  'assistance',
]);

const LABELS: readonly Line[] = [...SLIP_LINES, ...ACCOUNT_LINES];

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Columns a terminal gives a text: two for each CJK or full-width character, one for the others. */
const width = (s: string): number => [...s].reduce((n, c) => n + (WIDE.test(c) ? 2 : 1), 0);

const pad = (s: string, to: number): string => s + ' '.repeat(Math.max(0, to - width(s)));
const padStart = (s: string, to: number): string => ' '.repeat(Math.max(0, to - width(s))) + s;

const ZH = Math.max(...LABELS.map(([, m]) => width(m.zh)));
const EN = Math.max(...LABELS.map(([, m]) => width(m.en)));

const both = (m: Msg): string => `${m.zh} ${m.en}`;

function heading(b: BillResult): string {
  const parts = [
    both(msg(`第${b.index + 1}笔`, `Bill ${b.index + 1}`)),
    b.date,
    both(NAMES.setting[b.setting]),
    both(NAMES.level[b.level]),
  ];
  if (b.admission !== null)
    parts.push(both(fillMsg(capital(ADMISSION_ORDER_TERMS.nth.long), { n: String(b.admission) })));
  if (b.offsite !== 'local') parts.push(both(NAMES.offsite[b.offsite]));
  return parts.join(' · ');
}

/** One slip's lines: the slip's amounts, then who paid the patient's share. */
function amounts(a: Amounts, column: number, deductibleKnown = true): string[] {
  const row = ([key, name]: Line) => {
    const value = key === 'deductible' && !deductibleKnown ? both(W.unknown) : money(a[key]);
    return `  ${pad(name.zh, ZH)}  ${pad(name.en, EN)}  ${padStart(value, column)}`;
  };
  const shown = SLIP_LINES.filter(([key]) => !OPTIONAL.has(key) || money(a[key]) !== '0.00');
  return [...shown.map(row), `  ${Y.whoPays.zh} / ${Y.whoPays.en}`, ...ACCOUNT_LINES.map(row)];
}

/** The year as text: a slip per bill in date order, the totals, the warnings; ends with a newline. */
export function slipText(year: Pick<YearResult, 'bills' | 'totals' | 'warnings'>): string {
  // One amount column for the whole output, so the bills and the totals line up.
  const column = Math.max(
    ...[...year.bills, year.totals].flatMap((a) => LABELS.map(([key]) => width(money(a[key])))),
    width(both(W.unknown)),
  );
  const out: string[] = [];
  for (const b of year.bills) {
    out.push(
      heading(b),
      `  ${both(capital(TERMS.table.long))}: ${b.table.id} (${both(b.table.regionName)})`,
      ...amounts(b, column, b.deductibleKnown),
      '',
    );
  }
  // A year's deductible is the sum only where every bill's is known (a slip's basic figure hides it).
  const known = year.bills.every((b) => b.deductibleKnown);
  out.push(`${Y.summary.zh} / ${Y.summary.en}`, ...amounts(year.totals, column, known));
  if (year.warnings.length) {
    out.push('', `${Y.warnings.zh} / ${Y.warnings.en}`);
    for (const w of year.warnings) out.push(`  - ${w.message.zh} / ${w.message.en}`);
  }
  return `${out.join('\n')}\n`;
}
