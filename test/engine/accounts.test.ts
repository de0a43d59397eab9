/**
 * Who pays the patient's share (DOMAIN.md §2.8): the own personal account, then each relative's
 * account in the order given (家庭共济), then cash; balances carry from bill to bill.
 */
import { settleYear } from '../../src/engine';
import { payFromAccounts } from '../../src/engine/accounts';
import { Dec } from '../../src/engine/money';
import { bjActive, bjResident, tables } from './fixtures';

const decs = (xs: readonly string[]) => xs.map((x) => new Dec(x));
const plain = (o: ReturnType<typeof payFromAccounts>) => ({
  own: o.own.toFixed(),
  family: o.family.map((f) => f.toFixed()),
  cash: o.cash.toFixed(),
  balances: { own: o.balances.own.toFixed(), family: o.balances.family.map((f) => f.toFixed()) },
  steps: o.steps.map((s) => [s.party, s.index ?? null, s.amount]),
});

describe('payFromAccounts', () => {
  it('takes the own account first, then relatives in order, then cash', () => {
    expect(
      plain(payFromAccounts(new Dec('1000.50'), { own: new Dec(300), family: decs(['200', '400', '900']) })),
    ).toEqual({
      own: '300',
      family: ['200', '400', '100.5'],
      cash: '0',
      balances: { own: '0', family: ['0', '0', '799.5'] },
      steps: [
        ['accountOwn', null, '300'],
        ['accountFamily', 0, '200'],
        ['accountFamily', 1, '400'],
        ['accountFamily', 2, '100.5'],
      ],
    });
  });

  it('leaves relatives untouched when the own account is enough', () => {
    expect(plain(payFromAccounts(new Dec(50), { own: new Dec(300), family: decs(['200']) }))).toMatchObject({
      own: '50',
      family: ['0'],
      cash: '0',
      balances: { own: '250', family: ['200'] },
    });
  });

  it('pays the rest in cash when the accounts run out, and skips empty accounts', () => {
    expect(plain(payFromAccounts(new Dec(1000), { own: new Dec(0), family: decs(['0', '250']) }))).toEqual({
      own: '0',
      family: ['0', '250'],
      cash: '750',
      balances: { own: '0', family: ['0', '0'] },
      steps: [
        ['accountFamily', 1, '250'],
        ['cash', null, '750'],
      ],
    });
  });
});

describe('accounts over a year', () => {
  const bill = (date: string, total: string) => ({ date, setting: 'outpatient', level: 'tertiary', total }) as const;

  it('carries balances from bill to bill, and into the next benefit year', () => {
    // Outpatient bills under the 1,800 deductible: the patient owes all of each.
    const person = { ...bjActive, accounts: { own: '500', family: ['300', '1000'] } };
    const y = settleYear(tables, {
      person,
      bills: [bill('2025-02-01', '400'), bill('2025-03-01', '600'), bill('2026-01-10', '1000')],
    });
    expect(y.bills.map((b) => [b.accountOwn, b.accountFamilyEach, b.cash])).toEqual([
      ['400.00', ['0.00', '0.00'], '0.00'],
      ['100.00', ['300.00', '200.00'], '0.00'],
      ['0.00', ['0.00', '800.00'], '200.00'],
    ]);
    expect(y.state.accounts.family.map((f) => f.toFixed())).toEqual(['0', '0']);
  });

  it('gives a resident no own account but lets a relative’s employee account pay (家庭共济)', () => {
    const person = { ...bjResident, accounts: { own: '5000', family: ['100'] } };
    const r = settleYear(tables, { person, bills: [{ ...bill('2025-02-01', '90'), level: 'community' }] }).bills[0]!;
    expect([r.accountOwn, r.accountFamily, r.cash]).toEqual(['0.00', '90.00', '0.00']);
  });
});
