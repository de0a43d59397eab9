/**
 * What was kept aside: a stored value the page could not use (unreadable, from a newer version,
 * partly wrong), or one a link replaced. Each is its own item, `yibao.aside.<id>`, holding the
 * stored text exactly as it was and when it was put aside, so nothing a person entered is ever
 * overwritten unseen; the page offers each back (恢复 where it can be read, else 下载) or to delete it.
 */
import type { DeviceStorage } from './storage.svelte';

export type AsideReason = 'unreadable' | 'newer' | 'partial' | 'replaced';

export interface AsideItem {
  /** Its name in storage, after `yibao.`. */
  id: string;
  /** What it was: the stored item's name (`year`, `rules`). */
  of: string;
  reason: AsideReason;
  /** When it was put aside (ISO date and time). */
  savedAt: string;
  /** The stored text, exactly as it was. */
  raw: string;
}

const PREFIX = 'aside.';
let counter = 0;

/** Puts a stored text aside; false where storage refused it (then the caller must not overwrite it). */
export function putAside(device: DeviceStorage, item: Omit<AsideItem, 'id'>): AsideItem | null {
  const stamp = item.savedAt.replace(/\D/g, '').slice(0, 14);
  const id = `${PREFIX}${item.of}.${stamp}.${++counter}`;
  const full: AsideItem = { id, ...item };
  return device.write(id, JSON.stringify(full)) ? full : null;
}

/** Everything kept aside, oldest first; an aside item that cannot itself be read is listed as unreadable. */
export function asideItems(device: DeviceStorage): AsideItem[] {
  return device.names(PREFIX).map((id) => {
    const raw = device.read(id) ?? '';
    try {
      const v = JSON.parse(raw) as Partial<AsideItem>;
      if (typeof v.of === 'string' && typeof v.raw === 'string' && typeof v.savedAt === 'string' && v.reason)
        return { id, of: v.of, reason: v.reason, savedAt: v.savedAt, raw: v.raw };
    } catch {
      // listed below as it is
    }
    return { id, of: id.slice(PREFIX.length).split('.')[0] ?? '', reason: 'unreadable', savedAt: '', raw };
  });
}

export const dropAside = (device: DeviceStorage, id: string): void => device.remove(id);
