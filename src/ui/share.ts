/**
 * Sharing the page's link: the system share sheet on phones (Web Share), else the clipboard; when
 * neither works the caller shows the link for copying by hand. The link itself comes from the
 * share codec, loaded on the first click so the first load stays small.
 */
import type { FormState } from '../share/form';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'manual';

export interface ShareEnv {
  navigator: Pick<Navigator, 'clipboard'> & { share?: Navigator['share'] };
  /** True on touch-first devices, where the share sheet is what people expect. */
  phone: boolean;
}

const browserEnv = (): ShareEnv => ({
  navigator,
  phone: typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches,
});

export async function shareLink(url: string, title: string, env: ShareEnv = browserEnv()): Promise<ShareOutcome> {
  const nav = env.navigator;
  if (env.phone && typeof nav.share === 'function') {
    try {
      await nav.share({ title, url });
      return 'shared';
    } catch (e) {
      if (e instanceof Error && e.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'manual';
  }
}

/** This page's address with the form as its query (the codec pins the table's effective date). */
export async function linkFor(form: FormState, tableEffective: string, base: string = location.href): Promise<string> {
  const { encodeForm } = await import('../share/codec');
  const url = new URL(base);
  url.search = `?${encodeForm(form, tableEffective)}`;
  url.hash = '';
  return url.toString();
}
