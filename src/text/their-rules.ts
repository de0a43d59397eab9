/**
 * What every result built on a person's own table says (DOMAIN.md §3): one sentence, in the text
 * layer so the engine's warning and the page's mark are the same words without the page loading
 * the engine's whole catalogue of messages.
 */
import type { Msg } from './msg';

export const THEIR_RULES: Msg = {
  zh: '按你填写的规则计算，未经核实',
  en: 'Settled with rules you entered; not verified',
};
