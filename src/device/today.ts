/** Today in the reader's time zone, as an ISO date: the page may read the clock, the engine never does. */
const pad = (n: number) => String(n).padStart(2, '0');

export const today = (now = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** The time now (for the date things are kept aside on). */
export const now = (): Date => new Date();
