/**
 * Sharing the link (issue 3, item 4): the system share sheet where there is one (phones), else a
 * copy to the clipboard. Says what happened so the page can confirm it, or show the link to copy
 * by hand when neither worked.
 */

export type ShareOutcome = 'shared' | 'copied' | 'failed';

/** The parts of `navigator` this uses; pass fakes in tests. */
export interface ShareDeps {
  navigator?: {
    share?: (data: { url?: string; title?: string }) => Promise<void>;
    canShare?: (data: { url?: string; title?: string }) => boolean;
    clipboard?: { writeText(text: string): Promise<void> };
  };
  /** Title for the share sheet. */
  title?: string;
}

const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

export async function shareLink(
  url: string,
  deps: ShareDeps = { navigator: globalThis.navigator },
): Promise<ShareOutcome> {
  const nav = deps.navigator;
  const data = deps.title ? { url, title: deps.title } : { url };
  if (nav?.share && (!nav.canShare || nav.canShare(data))) {
    try {
      await nav.share(data);
      return 'shared';
    } catch (e) {
      // The user closed the sheet: nothing to do. Any other failure (no permission, not
      // allowed here) falls through to copying, so the button still does something useful.
      if (isAbort(e)) return 'failed';
    }
  }
  try {
    if (!nav?.clipboard) return 'failed';
    await nav.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
