/** The JSON Schema editors use for tier files, generated from the one zod schema. */
import { z } from 'zod';
import { TierFile } from './schema';

export const tierJsonSchema = (): string =>
  `${JSON.stringify(
    {
      ...z.toJSONSchema(TierFile, { target: 'draft-2020-12', io: 'input', reused: 'ref' }),
      title:
        '医保 tier table: one scheme of one region for one effective period (or a later period written as what changed)',
    },
    null,
    2,
  )}\n`;
