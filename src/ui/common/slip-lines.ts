/** The settlement slip's lines (结算单), in the slip's order, named from the catalogue of terms. */
import type { Amounts } from '../../engine/result';
import { capital, type Msg } from '../../text/msg';
import { TERMS } from '../../text/terms';

const line = <K extends keyof Amounts>(key: K, name: Msg) => [key, capital(name)] as const;

export const SLIP_LINES = [
  line('total', TERMS.total.long),
  line('outOfCatalog', TERMS.outOfCatalog.short),
  line('overLimit', TERMS.overLimit.long),
  line('preSelfPay', TERMS.preSelfPay.short),
  line('inScope', TERMS.inScope.short),
  line('deductible', TERMS.deductible.short),
  line('basic', TERMS.basic.short),
  line('supplementary', TERMS.supplementary.short),
  line('topUp', TERMS.topUp.short),
  line('catastrophic', TERMS.catastrophic.short),
  line('assistance', TERMS.assistance.short),
  line('fund', { zh: `${TERMS.fund.short.zh}合计`, en: 'funds pay in all' }),
  line('outOfPocket', TERMS.outOfPocket.short),
] as const;

export type SlipKey = (typeof SLIP_LINES)[number][0];
