import { settleBill, startState } from '../../../src/engine';
import type { Step } from '../../../src/engine/result';
import { describeSteps } from '../../../src/ui/common/steps';

import { tables } from '../../tiers';
const person = { region: '110000', scheme: 'employee', category: 'active' };
const settle = (bill: Record<string, unknown>, p: Record<string, unknown> = person) =>
  settleBill(tables, p, bill, startState(p)).result;

describe('steps in plain words', () => {
  it('says the worked case 12,000 at tertiary as the slip would (DOMAIN.md)', () => {
    const r = settle({ date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '12000' });
    const zh = describeSteps(r.steps, r.level).map((l) => l.words.zh);
    expect(zh).toEqual([
      '符合政策范围金额 12,000.00 元（总额减去全自费、超限价和先行自付）',
      '起付线：个人先付 1,300.00 元',
      '统筹基金：1,300.00 至 12,000.00 元部分 10,700.00 × 85% = 9,095.00（三级）',
      '现金支付 2,905.00 元',
    ]);
    const en = describeSteps(r.steps, r.level).map((l) => l.words.en);
    expect(en[2]).toBe('Basic fund: the part from 1,300.00 to 12,000.00, 10,700.00 × 85% = 9,095.00 (level 3)');
  });

  it('beyond the basic cap, 大额互助 and the retiree top-up, with ≈ where the exact amount has more digits', () => {
    const r = settle(
      { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '120000' },
      { ...person, category: 'retired' },
    );
    const zh = describeSteps(r.steps, r.level).map((l) => l.words.zh);
    expect(zh).toContain('超过统筹基金年度最高支付限额：累计 ≈106,477.32 元以上的 ≈13,522.68 元统筹基金不再支付');
    expect(zh).toContain('大额互助：封顶线以上 ≈13,522.68 × 80% = ≈10,818.14');
    expect(zh).toContain('补充：封顶线以上 ≈13,522.68 × 10% = ≈1,352.27');
  });

  it('a cap step after catastrophic insurance is said as the catastrophic cap', () => {
    const resident = { region: '370000', scheme: 'resident', category: 'working-age' };
    const r = settle(
      { date: '2015-06-01', setting: 'inpatient', level: 'tertiary', total: '2000000', settled: { basic: '0' } },
      resident,
    );
    const lines = describeSteps(r.steps, r.level);
    const caps = lines.filter((l) => l.step.kind === 'beyondCap');
    expect(caps.length).toBeGreaterThan(0);
    expect(caps.at(-1)!.words.zh).toMatch(/^超过大病保险封顶线的/);
    expect(
      lines.some(
        (l) => l.step.kind === 'catastrophicThreshold' && l.words.zh.includes('其中 10,000.00 元在起付线以下'),
      ),
    ).toBe(true);
  });
});

describe('the rounding step', () => {
  it('is said with its sign', async () => {
    const { stepWords } = await import('../../../src/ui/common/steps');
    const step: Step = { kind: 'rounding', party: 'topUp', base: '1352.2680412', amount: '-0.01', cites: [] };
    expect(stepWords(step, 'tertiary').zh).toBe('补充：共同负担的部分合并舍入到分，本项调整 -0.01 元');
    expect(stepWords({ ...step, amount: '0.01' }, 'tertiary').en).toBe(
      'Top-up: the share paid together is rounded to the fen once; this payer moves by +0.01',
    );
  });
});

describe('the accounts that pay your share', () => {
  it('name a relative as this device calls them', () => {
    const r = settle(
      { date: '2025-06-01', setting: 'inpatient', level: 'tertiary', total: '12000' },
      { ...person, accounts: { own: '100', family: ['5000'] } },
    );
    const named = describeSteps(r.steps, r.level, (i) => ({ zh: ['配偶'][i]!, en: ['spouse'][i]! })).map(
      (l) => l.words,
    );
    expect(named.map((w) => w.zh)).toContain('家庭共济（配偶）支付 2,805.00 元');
    expect(named.map((w) => w.en)).toContain('Family account (spouse) pays 2,805.00');
  });
});
