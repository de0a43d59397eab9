/**
 * Writes tiers/tier.schema.json from the zod schema, so editors check a table while someone types.
 * `npm run schema` regenerates it; test/tables/schema-file.test.ts fails when it is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { tierJsonSchema } from '../tables/json-schema';

const file = resolve(import.meta.dirname, '../../tiers/tier.schema.json');
writeFileSync(file, tierJsonSchema());
console.log(`wrote ${file}`);
