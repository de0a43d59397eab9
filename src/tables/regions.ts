/**
 * A region's name before any of its tables is fetched: the tables' own `regionName`, gathered at
 * build time (virtual:tier-regions, src/tables/vite-plugin.ts), so the page lists regions by name
 * without loading a table and without writing the names anywhere else.
 */
import names from 'virtual:tier-regions';
import type { Msg } from '../text/msg';

export const regionName = (code: string): Msg => names[code] ?? { zh: `地区 ${code}`, en: `Region ${code}` };
