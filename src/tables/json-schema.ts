/** The JSON Schema editors use for tier files, generated from the one zod schema. */
import { z } from 'zod';
import { TierTable } from './schema';

export const tierJsonSchema = (): string =>
  `${JSON.stringify(
    {
      ...z.toJSONSchema(TierTable, { target: 'draft-2020-12', io: 'input' }),
      title: '医保 tier table: one scheme of one region for one effective period',
    },
    null,
    2,
  )}\n`;
