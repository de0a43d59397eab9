/**
 * The tests' own exact arithmetic, independent of the engine's `Dec`: precise enough to add up
 * the engine's unrounded step amounts (up to 60 significant digits) without losing a digit.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 200, rounding: Decimal.ROUND_HALF_UP });
export type D = InstanceType<typeof D>;

export const add = (xs: readonly (string | D)[]): D => xs.reduce<D>((a, b) => a.plus(b), new D(0));
/** Half-up to the fen, as the engine must round each payer once. */
export const fen = (x: D): string => x.toDecimalPlaces(2, D.ROUND_HALF_UP).toFixed(2);
