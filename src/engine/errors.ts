import type { Msg } from './messages';

export type ErrorCode = 'invalid-input' | 'no-table' | 'unknown-rule';

/**
 * The one error the engine throws. `field` names what is wrong as a path into the input
 * (`bills[2].total`) or, for an unknown rule, into the table; `message` says why in both languages.
 * A settlement either returns a whole result or throws this: never a partial result.
 */
export class SettlementError extends Error {
  readonly code: ErrorCode;
  readonly field: string;
  readonly reason: Msg;

  constructor(code: ErrorCode, field: string, reason: Msg) {
    super(`${field}: ${reason.en}`);
    this.name = 'SettlementError';
    this.code = code;
    this.field = field;
    this.reason = reason;
  }
}

export const isSettlementError = (e: unknown): e is SettlementError => e instanceof SettlementError;
