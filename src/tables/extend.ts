/**
 * A later period written as what changed (`extends`, see TierPatch): the earlier table with the
 * patch's top-level keys in place of its own, `sources` and `readings` added to, `extends` dropped.
 * The result is an ordinary table, checked as a whole by the caller.
 */
import type { TierPatch, TierTable } from './schema';

export function applyPatch(base: TierTable, patch: TierPatch): Record<string, unknown> {
  const { extends: _from, sources = [], readings = [], ...rest } = patch;
  const kept = base.sources.filter((s) => !sources.some((n) => n.id === s.id));
  return {
    ...base,
    ...rest,
    sources: [...kept, ...sources],
    ...(base.readings || readings.length ? { readings: [...(base.readings ?? []), ...readings] } : {}),
  };
}
