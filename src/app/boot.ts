/**
 * The classes index.html's boot script (boot-script.ts) puts on <html> before the first paint, read
 * by main.ts and app.css: the prerendered first screen is then replaced rather than hydrated, and
 * what of it would show the wrong thing is hidden until then (visibility, so nothing moves).
 */
export const BOOT = {
  /** This visit does not show the prerendered screen: mount afresh. */
  mount: 'boot-mount',
  /** The page below the header differs (a link's state, the year or the rules page kept). */
  hideMain: 'boot-hide-main',
  /** Every word differs (English kept on this device). */
  hideAll: 'boot-hide-all',
} as const;
