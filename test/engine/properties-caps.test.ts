/**
 * No payer pays above its annual cap (DOMAIN.md §2.4–2.5): over a benefit year, the basic fund per
 * setting and the catastrophic layer stay within the caps the tables give. The caps are read from
 * the table in force on each bill's date, never written here.
 */
import fc from 'fast-check';
import { settleYear, type BillIn, type PersonIn } from '../../src/engine';
import type { Cap, TierTable } from '../../src/tables/schema';
import { tableFor } from '../../src/engine/table';
import { anyYear, billFenOf, provinceResidentYearOf, tables } from './arbitraries';
import { D } from './decimal';

const RUNS = { numRuns: 1000 };

/** A finite cap, or null where the table has none or does not know it. */
const capOf = (c: Cap | undefined): D | null => (c && 'value' in c && c.value !== 'none' ? new D(c.value) : null);

/** The benefit year a date falls in, from the table's start day (MM-DD). */
const benefitYear = (t: TierTable, date: string): number =>
  Number(date.slice(0, 4)) - (date.slice(5) >= t.benefitYearStart ? 0 : 1);

/** The catastrophic variant for a person: the first whose condition holds (tables condition it on hardship). */
function catastrophicCap(t: TierTable, person: PersonIn): D | null {
  const layer = t.catastrophic;
  if (!layer || 'unknown' in layer) return null;
  const v = layer.variants.find((x) => {
    const keys = Object.keys(x.when ?? {});
    if (keys.some((k) => k !== 'hardship'))
      throw new Error(`the test reads only hardship conditions; ${t.id} has ${keys.join(', ')}`);
    return x.when?.hardship === undefined || x.when.hardship === (person.hardship ?? false);
  });
  return v ? capOf(v.cap) : null;
}

/** Years heavy enough to reach the Shandong catastrophic cap (200,000 yuan needs a burden of about 358,000). */
const heavyProvinceYear = provinceResidentYearOf(billFenOf(fc.integer({ min: 5_000_000, max: 60_000_000 })));

describe('settlement properties: caps', () => {
  it('the basic fund per setting and the catastrophic layer stay within their annual caps over each benefit year', () => {
    let basicAtCap = 0;
    let catastrophicAtCap = 0;
    fc.assert(
      fc.property(
        fc.oneof({ weight: 4, arbitrary: anyYear }, { weight: 1, arbitrary: heavyProvinceYear }),
        ({ person, bills }) => {
          const y = settleYear(tables, { person, bills });
          const paid = new Map<string, D>();
          const more = (key: string, amount: string): D => {
            const after = (paid.get(key) ?? new D(0)).plus(amount);
            paid.set(key, after);
            return after;
          };
          for (const b of y.bills) {
            const input = bills[b.index] as BillIn;
            const t = tableFor(tables, person.region, person.scheme, b.date);
            const year = benefitYear(t, b.date);
            // A slip's own figure is what was paid; only computed amounts are held to the cap.
            if (input.settled?.basic === undefined) {
              const cap = capOf(t.settings[b.setting]?.cap);
              const sum = more(`basic:${b.setting}:${year}`, b.basic);
              if (cap) {
                expect({ bill: b.index, sum: sum.toFixed(2), withinCap: sum.lessThanOrEqualTo(cap) }).toEqual({
                  bill: b.index,
                  sum: sum.toFixed(2),
                  withinCap: true,
                });
                if (sum.equals(cap)) basicAtCap++;
              }
            }
            const cap = catastrophicCap(t, person);
            const sum = more(`catastrophic:${year}`, b.catastrophic);
            if (cap) {
              expect({ bill: b.index, sum: sum.toFixed(2), withinCap: sum.lessThanOrEqualTo(cap) }).toEqual({
                bill: b.index,
                sum: sum.toFixed(2),
                withinCap: true,
              });
              if (sum.equals(cap)) catastrophicAtCap++;
            }
          }
        },
      ),
      RUNS,
    );
    // The inputs must reach the caps, or this property would hold vacuously.
    expect(basicAtCap).toBeGreaterThan(0);
    expect(catastrophicAtCap).toBeGreaterThan(0);
  });
});
