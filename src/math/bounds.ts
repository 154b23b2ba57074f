/**
 * Rounding awareness: the interval a published (rounded) figure stands for, and the types
 * that the rounding-aware helpers answer with.
 *
 * @module
 */

import { num, places } from './check.js';
import { gap } from './decimal.js';

/**
 * A closed interval `[low, high]`.
 *
 * @category Maths
 */
export interface Interval {
  /** The lowest value. */
  readonly low: number;
  /** The highest value. */
  readonly high: number;
}

/**
 * The answer of a rounding-aware helper: the value computed from the figures as published
 * (`estimate`), and the exact lowest and highest values over every combination of inputs
 * that round to the published figures (`low`, `high`).
 *
 * @category Maths
 */
export interface Bounded extends Interval {
  /** The value computed from the published figures themselves. */
  readonly estimate: number;
}

/**
 * Options that switch a derived helper into rounding-aware mode: how many decimals its
 * published figures have. `P` is the list form: one precision per figure, in argument order
 * (a fixed-length tuple for the helpers of two or three figures).
 *
 * @category Maths
 */
export interface BoundsOptions<P extends readonly number[] = readonly number[]> {
  /**
   * The number of decimals the rounded inputs were published with: one whole number from 0
   * to 15 for all of them (1 for rates such as 23.9), or a list with one per input in
   * argument order, for figures published with different precisions (a rate of `14` and one
   * of `15.9`: `[0, 1]`).
   */
  readonly decimals: number | P;
}

/**
 * The interval a figure published with `decimals` decimals stands for: every number that
 * rounds to it.
 *
 * Formula: `low = value − 0.5 · 10^−decimals`, `high = value + 0.5 · 10^−decimals`. When
 * `value` is a short decimal, each end is the double nearest to the exact decimal end, so
 * `bounds(23.9, 1)` is exactly `{ low: 23.85, high: 23.95 }`.
 *
 * @category Maths
 * @param value - the published figure, in its own unit (a rate in percent, a level, …)
 * @param decimals - the number of decimals it was published with, a whole number from 0 to 15
 * @returns `{ low, high }` in the unit of `value` (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `value` is not a finite number
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15
 * @example
 * ```ts
 * bounds(23.9, 1);
 * //=> { low: 23.85, high: 23.95 }
 * bounds(-2.8, 1);
 * //=> { low: -2.85, high: -2.75 }
 * bounds(7, 0);
 * //=> { low: 6.5, high: 7.5 }
 * ```
 */
export function bounds(value: number, decimals: number): Interval {
  // the ends value ∓ 5 · 10^−(decimals + 1), each exact in decimal
  const d = places(decimals, 'bounds', 'decimals') + 1;
  return Object.freeze({
    low: gap(num(value, 'bounds', 'value'), 0, -5, d),
    high: gap(value, 0, 5, d),
  });
}
