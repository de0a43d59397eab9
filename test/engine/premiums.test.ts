/**
 * Relatives' resident premiums paid from an employee's personal account: the figure each table
 * gives (regional first, else the national floor, flagged), and the account's balance after.
 */
import { isSettlementError, premiumsFor } from '../../src/engine';
import type { TierTable } from '../../src/tables/schema';

import { tables } from '../tiers';

const errorOf = (input: unknown) => {
  try {
    premiumsFor(tables, input);
    return null;
  } catch (e) {
    return isSettlementError(e) ? { code: e.code, field: e.field } : e;
  }
};

describe('premiumsFor: the figures', () => {
  it('Guangzhou 2026: students 413, others 549, the local price (not a floor), grade C', () => {
    const r = premiumsFor(tables, {
      year: 2026,
      relatives: [
        { category: 'student', region: '440100' },
        { category: 'elderly', region: '440100' },
        { category: 'working-age', region: '440100' },
      ],
      balance: '3000',
    });
    expect(r.relatives.map((l) => [l.amount, l.minimum, l.table?.id])).toEqual([
      ['413.00', false, '440100-resident-2026-01-01'],
      ['549.00', false, '440100-resident-2026-01-01'],
      ['549.00', false, '440100-resident-2026-01-01'],
    ]);
    expect(r.relatives[0]!.cites).toMatchObject([{ path: 'premiums[0].individual', grade: 'C' }]);
    expect(r.relatives[0]!.fiscal).toBeNull();
    expect(r).toMatchObject({
      total: '1511.00',
      fromAccount: '1511.00',
      cash: '0.00',
      balanceLeft: '1489.00',
      unknown: 0,
    });
  });

  it('national floors: 2024 individual 400 with fiscal 670 (医保发〔2024〕19号), 2025 individual 400 with fiscal 700, flagged minimum', () => {
    const y2024 = premiumsFor(tables, { year: 2024, relatives: [{ category: 'elderly' }], balance: '0' }).relatives[0]!;
    expect(y2024).toMatchObject({
      amount: '400.00',
      fiscal: '670.00',
      minimum: true,
      table: { id: '100000-resident-2024-01-01' },
      note: null,
    });
    expect(y2024.cites.map((c) => c.source.docNo)).toEqual(['医保发〔2024〕19号', '医保发〔2024〕19号']);
    const y2025 = premiumsFor(tables, { year: 2025, relatives: [{ category: 'student' }], balance: '0' }).relatives[0]!;
    expect(y2025).toMatchObject({
      amount: '400.00',
      fiscal: '700.00',
      minimum: true,
      table: { id: '100000-resident-2025-01-01' },
    });
  });

  it('a region without its own figure gets the national floor, flagged and explained', () => {
    for (const region of ['110000', '440100']) {
      const line = premiumsFor(tables, {
        year: 2025,
        relatives: [{ category: 'working-age', region }],
        balance: '1000',
      }).relatives[0]!;
      expect(line).toMatchObject({ amount: '400.00', minimum: true, table: { region: '100000' }, region });
      expect(line.note?.en).toContain('national floor');
    }
  });

  it('a year no table knows is unknown, left out of the total and never paid', () => {
    const r = premiumsFor(tables, {
      year: 2026,
      relatives: [
        { category: 'working-age', region: '110000' },
        { category: 'student', region: '440100' },
      ],
      balance: '1000',
    });
    expect(r.relatives[0]).toMatchObject({
      amount: null,
      minimum: false,
      table: null,
      cites: [],
      fromAccount: '0.00',
      cash: '0.00',
    });
    expect(r.relatives[0]!.note?.en).toContain('unknown');
    expect(r).toMatchObject({ total: '413.00', fromAccount: '413.00', balanceLeft: '587.00', unknown: 1 });
    expect(
      premiumsFor(tables, { year: 2023, relatives: [{ category: 'elderly' }], balance: '0' }).relatives[0]!.amount,
    ).toBeNull();
  });

  it('a regional premium recorded as unknown falls back to the national floor', () => {
    const gz = tables.find((t) => t.id === '440100-resident-2026-01-01')!;
    const nat = tables.find((t) => t.id === '100000-resident-2025-01-01')!;
    const unknown = { unknown: true as const, note: 'not recorded' };
    const gz25: TierTable = { ...gz, premiums: [{ year: 2025, category: ['student'], individual: unknown }] };
    const line = premiumsFor([gz25, nat], {
      year: 2025,
      relatives: [{ category: 'student', region: '440100' }],
      balance: '0',
    }).relatives[0]!;
    expect(line).toMatchObject({ amount: '400.00', minimum: true, table: { id: '100000-resident-2025-01-01' } });
  });

  it("a region's later table restating a year's premium wins over the earlier one", () => {
    const gz = tables.find((t) => t.id === '440100-resident-2026-01-01')!;
    const p = gz.premiums![0]!;
    const later: TierTable = {
      ...gz,
      id: '440100-resident-2026-07-01',
      effective: '2026-07-01',
      premiums: [{ ...p, individual: { ...p.individual, value: '420' } as typeof p.individual }],
    };
    for (const list of [
      [gz, later],
      [later, gz],
    ]) {
      expect(
        premiumsFor(list, { year: 2026, relatives: [{ category: 'student', region: '440100' }], balance: '0' })
          .relatives[0]!.amount,
      ).toBe('420.00');
    }
  });
});

describe('premiumsFor: paying from the account', () => {
  it('pays relatives in the order given; when the balance runs short, the rest is cash', () => {
    const r = premiumsFor(tables, {
      year: 2026,
      relatives: [
        { category: 'student', region: '440100' },
        { category: 'working-age', region: '440100' },
        { category: 'elderly', region: '440100' },
      ],
      balance: '500.50',
    });
    expect(r.relatives.map((l) => [l.fromAccount, l.cash])).toEqual([
      ['413.00', '0.00'],
      ['87.50', '461.50'],
      ['0.00', '549.00'],
    ]);
    expect(r).toMatchObject({ total: '1511.00', fromAccount: '500.50', cash: '1010.50', balanceLeft: '0.00' });
  });

  it('is exact to the fen: a balance one fen above the total leaves one fen', () => {
    const r = premiumsFor(tables, {
      year: 2026,
      relatives: [
        { category: 'student', region: '440100' },
        { category: 'elderly', region: '440100' },
      ],
      balance: '962.01',
    });
    expect(r).toMatchObject({ total: '962.00', fromAccount: '962.00', cash: '0.00', balanceLeft: '0.01' });
  });

  it('with no relatives, the balance is left whole', () => {
    expect(premiumsFor(tables, { year: 2025, relatives: [], balance: '123.45' })).toMatchObject({
      total: '0.00',
      fromAccount: '0.00',
      balanceLeft: '123.45',
    });
  });
});

describe('premiumsFor: untrusted input', () => {
  it('rejects an employee category, a bad region, a bad balance and a missing year, naming the field', () => {
    expect(errorOf({ year: 2025, relatives: [{ category: 'active' }], balance: '0' })).toEqual({
      code: 'invalid-input',
      field: 'premiums.relatives[0].category',
    });
    expect(errorOf({ year: 2025, relatives: [{ category: 'student', region: '4401' }], balance: '0' })).toEqual({
      code: 'invalid-input',
      field: 'premiums.relatives[0].region',
    });
    expect(errorOf({ year: 2025, relatives: [], balance: '12.345' })).toEqual({
      code: 'invalid-input',
      field: 'premiums.balance',
    });
    expect(errorOf({ year: 2025, relatives: [], balance: -5 })).toEqual({
      code: 'invalid-input',
      field: 'premiums.balance',
    });
    expect(errorOf({ relatives: [], balance: '0' })).toEqual({ code: 'invalid-input', field: 'premiums.year' });
    expect(errorOf({ year: 2025, relatives: [], balance: '0', extra: 1 })).toEqual({
      code: 'invalid-input',
      field: 'premiums.extra',
    });
  });
});
