/**
 * Where tables live: `tiers/<region>/<scheme>/<effective>.json`. The path alone says which table a
 * file is, so the page can list what exists without loading any of them.
 */
/**
 * GB/T 2260 has no code for the whole country; 100000 is the code the tables use for national
 * rules (waiting period, premium floors). Its tables have no settings, so no bill is ever settled
 * against them, and the page never offers it as a person's region.
 */
export const NATIONAL_REGION = '100000';

export interface TableKey {
  region: string;
  scheme: 'employee' | 'resident';
  effective: string;
}

const PATTERN = /(?:^|\/)tiers\/(\d{6})\/(employee|resident)\/(\d{4}-\d{2}-\d{2})\.json$/;

export function keyOfPath(path: string): TableKey | null {
  const m = PATTERN.exec(path);
  return m ? { region: m[1]!, scheme: m[2] as TableKey['scheme'], effective: m[3]! } : null;
}
