/** The settlement engine: pure, no Svelte, DOM, clock or global Decimal settings. */
export { settleYear, settleBill, startState, totalsOf, type YearInput } from './year';
export { compareLevels, moneyDifference, type LevelOutcome } from './compare';
export { SettlementError, isSettlementError, type ErrorCode } from './errors';
export type { YearState } from './state';
export type * from './result';
export { PAYERS, type Payer, type PersonIn, type BillIn, type PriorIn } from './input';
export { NATIONAL_REGION, waitingMonths, waitingPeriodEnd, waitingRuleTable, type Waiting } from './waiting';
export { yearOutlook, type YearOutlook, type Left } from './outlook';
export { premiumsFor, PremiumsInput, type PremiumsIn, type PremiumLine, type PremiumsResult } from './premiums';
