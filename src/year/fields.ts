/** Props the year's lists share: a relative's name on this device, and how the page calls them until named. */
import { fill, type Lang } from '../text/msg';
import { Y } from './words';

/** How a relative is called: the name given on this device, else "亲属 n". */
export const relativeCalled = (r: { label: string }, i: number, lang: Lang): string =>
  r.label || fill(Y.relativeN[lang], { n: String(i + 1) });

/** The props of the field where a relative's name is typed (kept on this device only). */
export const nameField = (r: { id: string; label: string }, lang: Lang) => ({
  id: `${r.id}-label`,
  label: Y.relativeLabel[lang],
  value: r.label,
  lang,
  maxlength: 20,
  onchange: (v: string) => (r.label = v),
});
