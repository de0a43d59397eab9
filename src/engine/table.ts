/** The table a bill is settled against (chosen by src/tables/select.ts), or the engine's no-table error. */
import { NATIONAL_REGION } from '../tables/files';
import { inForce } from '../tables/select';
import type { SchemeName, TierTable } from '../tables/schema';
import { SettlementError } from './errors';
import { errorMessages } from './messages';

export function tableFor(
  tables: readonly TierTable[],
  region: string,
  scheme: SchemeName,
  date: string,
  field = 'bill.date',
): TierTable {
  // The national tables hold rules for every region (premium floors, waiting periods, offsite
  // ceilings), never a place's own rules: nobody is settled as if insured in "China".
  if (region === NATIONAL_REGION)
    throw new SettlementError('no-table', 'person.region', errorMessages.unknownRegion(region, scheme));
  const r = inForce(tables, region, scheme, date);
  if (r.ok) return r.table;
  if (r.reason === 'no-table')
    throw new SettlementError('no-table', 'person.region', errorMessages.unknownRegion(region, scheme));
  throw new SettlementError('no-table', field, errorMessages.noTableOnDate(date, r.first));
}
