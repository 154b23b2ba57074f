/**
 * The gap between two rates, in percentage points.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fin, num } from './check.js';
import { gap } from './decimal.js';

/**
 * The gap between two rates or shares in percentage points (百分点): the arithmetic
 * difference, not a percent change (18.2 % against 9.6 % is a gap of 8.6 points, not 89.6 %).
 *
 * Formula: `a − b`, computed exactly on the decimals the arguments are written as
 * (`String(x)`): a gap of at most 15 significant digits is returned as exactly that number,
 * any other within 1e-15 relative (the double nearest to it), with no binary noise.
 *
 * @category Maths
 * @param a - a rate or share, in percent
 * @param b - the rate or share it is compared with, in percent
 * @returns the gap in percentage points (positive when `a` is higher)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the gap would overflow
 * @example
 * ```ts
 * percentagePointDifference(18.2, 9.6);
 * //=> 8.6
 * percentagePointDifference(24.1, 23.8);
 * //=> 0.3
 * ```
 */
export function percentagePointDifference(a: number, b: number): number;
/**
 * The gap between two rounded rates in percentage points, with the exact range it can take
 * given that both were rounded to `decimals` decimals.
 *
 * Formula: `estimate = a − b`, `low = (a − h) − (b + h)`, `high = (a + h) − (b − h)` with
 * h = 0.5 · 10^−decimals, each computed exactly in decimal and rounded once (exact when it
 * has at most 15 significant digits).
 *
 * @category Maths
 * @param a - a published rate or share, in percent
 * @param b - the published rate or share it is compared with, in percent
 * @param options - `decimals`: how many decimals both were published with (0–15)
 * @returns `{ estimate, low, high }` in percentage points (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `a` or `b` is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing or not a whole number from 0 to 15 (options that are neither an object nor `undefined`/`null` throw one of these two codes)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the gap would overflow
 * @example
 * ```ts
 * percentagePointDifference(18.2, 9.6, { decimals: 1 });
 * //=> { estimate: 8.6, low: 8.5, high: 8.7 }
 * ```
 */
export function percentagePointDifference(a: number, b: number, options: BoundsOptions): Bounded;
export function percentagePointDifference(
  a: number,
  b: number,
  options?: BoundsOptions,
): number | Bounded {
  num(a, 'a');
  num(b, 'b');
  const estimate = fin(gap(a, b));
  if (options == null) return estimate;
  // the two half-units together: 10^−decimals
  const d = decimals(options);
  return Object.freeze({ estimate, low: fin(gap(a, b, -1, d)), high: fin(gap(a, b, 1, d)) });
}
