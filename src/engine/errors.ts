import type { Msg } from '../text/msg';

export type ErrorCode = 'invalid-input' | 'no-table' | 'unknown-rule';

/**
 * The one error the engine throws. `field` names what is wrong as a path into the input
 * (`bills[2].total`) or, for an unknown rule, into the table (`110000-resident-2018-01-01:settings…`);
 * `bill` is the index, in the caller's list, of the bill being settled when it happened (also for
 * an unknown rule, whose field names the table); `message` says why in both languages.
 * A settlement either returns a whole result or throws this: never a partial result.
 */
export class SettlementError extends Error {
  readonly code: ErrorCode;
  readonly field: string;
  readonly reason: Msg;
  readonly bill: number | undefined;

  constructor(code: ErrorCode, field: string, reason: Msg, bill?: number) {
    super(`${field}: ${reason.en}`);
    this.name = 'SettlementError';
    this.code = code;
    this.field = field;
    this.reason = reason;
    this.bill = bill;
  }

  /** The same error, said of the bill at `index` (kept if it already names one). */
  ofBill(index: number): SettlementError {
    return this.bill === undefined ? new SettlementError(this.code, this.field, this.reason, index) : this;
  }
}

export const isSettlementError = (e: unknown): e is SettlementError => e instanceof SettlementError;
