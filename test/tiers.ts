/** The project's tier tables, loaded once for the tests that settle with them (src/tables/node.ts). */
import { resolve } from 'node:path';
import { loadTablesFrom } from '../src/tables/node';
import type { TierTable } from '../src/tables/schema';

export const TIERS = resolve(import.meta.dirname, '../tiers');
export const tables: TierTable[] = loadTablesFrom(TIERS);
