/**
 * Chooses the table in force: the latest of a region and scheme whose effective date is on or
 * before the bill's date. A table stays in force until a later one replaces it.
 */
import { SettlementError } from '../engine/errors';
import { errorMessages } from '../engine/messages';
import { byIso } from '../input/iso';
import type { TierTable } from './schema';

export function tableFor(
  tables: readonly TierTable[],
  region: string,
  scheme: string,
  date: string,
  field = 'bill.date',
): TierTable {
  const mine = tables
    .filter((t) => t.region === region && t.scheme === scheme)
    .sort((a, b) => byIso(a.effective, b.effective));
  if (mine.length === 0)
    throw new SettlementError('no-table', 'person.region', errorMessages.unknownRegion(region, scheme));
  const inForce = mine.filter((t) => t.effective <= date).at(-1);
  if (!inForce) throw new SettlementError('no-table', field, errorMessages.noTableOnDate(date, mine[0]!.effective));
  return inForce;
}

/** The table pinned by a share link (same region, scheme and effective date), if it still exists. */
export const tableByEffective = (
  tables: readonly TierTable[],
  region: string,
  scheme: string,
  effective: string,
): TierTable | undefined => tables.find((t) => t.region === region && t.scheme === scheme && t.effective === effective);
