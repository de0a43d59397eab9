/** Opening 我的规则 in jsdom as a person would: the app at the plain address, on that page. */
import { screen } from '@testing-library/svelte';
import { fieldId } from '../../src/rules/editor/context';
import { openPage } from '../bill/harness';

export { closePages } from '../bill/harness';

/** Opens the app on 我的规则 (storage kept where asked, as after a reload). */
export async function openRules(opts: { keepStorage?: boolean } = {}) {
  if (!opts.keepStorage) localStorage.clear();
  localStorage.setItem('yibao.mode', JSON.stringify({ v: 1, mode: 'rules' }));
  const opened = await openPage('', { keepStorage: true });
  await screen.findByRole('heading', { name: '我的规则' }, { timeout: 5000 });
  return opened;
}

/** The editor's field for a JSON path of the table. */
export const field = (path: string) => {
  const el = document.getElementById(fieldId(path));
  if (!el) throw new Error(`no field for ${path}`);
  return el as HTMLInputElement;
};

/** The message beside a field (its aria-describedby error), or null. */
export const messageOf = (input: HTMLElement) =>
  document.getElementById(`${input.id}-error`)?.textContent?.trim() ?? null;

/**
 * Holds back every CompressionStream made from now on until `release()` (as on a slow phone, where
 * the rules part of a link takes a while); `restore()` puts the real one back.
 */
export function holdCompression(): { release: () => void; restore: () => void } {
  const Real = globalThis.CompressionStream;
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  class Slow extends Real {
    constructor(format: CompressionFormat) {
      super(format);
      const readable = this.readable;
      Object.defineProperty(this, 'readable', {
        value: readable.pipeThrough(new TransformStream({ transform: async (c, ctl) => (await held, ctl.enqueue(c)) })),
      });
    }
  }
  globalThis.CompressionStream = Slow as typeof CompressionStream;
  return { release, restore: () => void (globalThis.CompressionStream = Real) };
}
