/**
 * The person's rule sets on this device (src/rules/book.svelte.ts): kept, renamed, copied, deleted
 * and brought back; a stored set that cannot be read is named and kept aside, never silently lost.
 */
import { flushSync } from 'svelte';
import { asideItems } from '../../src/device/aside';
import { DeviceStorage } from '../../src/device/storage.svelte';
import { LINKED, RuleBook } from '../../src/rules/book.svelte';
import { claim } from '../../src/rules/user';
import { tables } from '../tiers';
import { memoryStore } from '../device/memory';

const beijing = claim(
  tables.find((t) => t.id === '110000-employee-2010-05-01')!,
  '2026-12-01',
);
const open = (store = memoryStore()) => {
  const device = new DeviceStorage(store);
  const book = new RuleBook(device, () => new Date('2026-12-01T08:00:00Z'));
  book.watch();
  return { book, store, device };
};

describe('RuleBook', () => {
  it('keeps sets across a reload, with their names, drafts and last valid versions', async () => {
    const { book, store } = open();
    const id = book.add('上海', beijing);
    book.rename(id, '上海市职工');
    book.find(id)!.draft.regionName.zh = '上海市';
    flushSync();
    const again = open(store).book;
    expect(again.sets.map((s) => [s.name, s.draft.regionName.zh, s.valid?.regionName.zh])).toEqual([
      ['上海市职工', '上海市', '北京市'],
    ]);
    expect(again.tableOf(id)).toBeNull(); // not before the stored tables are checked
    await again.check();
    expect(again.tableOf(id)?.id).toBe(beijing.id);
  });

  it('stores nothing until there is a set, and the empty book once the last set is deleted', () => {
    const { book, store } = open();
    flushSync();
    expect(store.data.has('yibao.rules')).toBe(false);
    const id = book.add('A', beijing);
    flushSync();
    expect(store.data.has('yibao.rules')).toBe(true);
    book.remove(id);
    flushSync();
    expect(JSON.parse(store.data.get('yibao.rules')!).sets).toEqual([]);
  });

  it('copies a set under a new id and name; a deleted set comes back with undo', () => {
    const { book } = open();
    const id = book.add('A', beijing);
    const copy = book.copy(id, 'A（副本）')!;
    expect(copy).not.toBe(id);
    expect(book.sets.map((s) => s.name)).toEqual(['A', 'A（副本）']);
    book.find(copy)!.draft.region = '310000';
    expect(book.find(id)!.draft.region).toBe('110000');
    book.remove(id);
    expect(book.sets.map((s) => s.name)).toEqual(['A（副本）']);
    book.undo();
    expect(book.sets.map((s) => s.name).sort()).toEqual(['A', 'A（副本）']);
  });

  it('uses a stored valid version only once the schema has checked it', async () => {
    const bad = { ...beijing, settings: { inpatient: { cap: 'lots' } } };
    const store = memoryStore({
      'yibao.rules': JSON.stringify({ v: 1, sets: [{ id: 'x', name: 'X', draft: bad, valid: bad, pending: {} }] }),
    });
    const { book } = open(store);
    await book.check();
    expect(book.tableOf('x')).toBeNull();
    expect(book.find('x')!.draft).toEqual(bad); // the draft stays, to be fixed
  });

  it('names a stored set it cannot read and keeps the stored text aside', () => {
    const raw = JSON.stringify({ v: 1, sets: [{ id: 'ok', name: 'OK', draft: beijing, valid: null }, { id: 7 }] });
    const { book, device } = open(memoryStore({ 'yibao.rules': raw }));
    expect(book.sets.map((s) => s.id)).toEqual(['ok']);
    expect(book.notice?.dropped.map((m) => m.zh)).toEqual(['有 1 套自定义规则无法读取']);
    expect(asideItems(device).map((a) => a.raw)).toEqual([raw]);
  });

  it('keeps a link’s rules as a set, and knows a link made from a set it holds', async () => {
    const { book } = open();
    const id = book.add('mine', beijing);
    await book.check();
    expect(book.holding(structuredClone(beijing))).toBe(id);
    expect(book.holding({ ...beijing, version: 9 })).toBeNull();
    book.linked = { ...beijing, region: '310000' };
    expect(book.tableOf(LINKED)?.region).toBe('310000');
    const kept = book.keepLinked('from link')!;
    expect(book.linked).toBeNull();
    expect(book.find(kept)!.valid?.region).toBe('310000');
  });
});
