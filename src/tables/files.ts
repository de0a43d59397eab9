/**
 * Where tables live: `tiers/<region>/<scheme>/<effective>.json`. The path alone says which table a
 * file is, so the page can list what exists without loading any of them.
 */
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
