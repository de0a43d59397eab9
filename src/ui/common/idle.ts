/**
 * Runs `run` when the main thread is idle (after the frame that shows a keystroke's result), or at
 * the latest after `within` ms; a plain timeout where the browser (or jsdom) has no idle callbacks.
 * Returns the cancel, for an input that makes the pending work pointless.
 */
export function whenIdle(run: () => void, within = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: within });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
}
