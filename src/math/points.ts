/**
 * The gap between two rates, in percentage points.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fin, num } from './check.js';
import { scaleOf, span } from './decimal.js';

/**
 * The gap between two rates or shares in percentage points (百分点): the arithmetic
 * difference, not a percent change (18.2 % against 9.6 % is a gap of 8.6 points, not 89.6 %).
 *
 * Formula: `a − b`. Published figures (short decimals) are subtracted exactly in decimal, so
 * the answer carries no binary noise.
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
 * h = 0.5 · 10^−decimals, computed exactly in decimal.
 *
 * @category Maths
 * @param a - a published rate or share, in percent
 * @param b - the published rate or share it is compared with, in percent
 * @param options - `decimals`: how many decimals both were published with (0–15)
 * @returns `{ estimate, low, high }` in percentage points
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `a` or `b` is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`
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
  if (options == null) {
    const p = scaleOf([a, b], 0);
    const g = Math.round(a * p) - Math.round(b * p);
    return fin(p && Number.isSafeInteger(g) ? g / p : a - b);
  }
  const d = decimals(options);
  // Exactly in decimal: scaled by p = 10^k (k > d), a and b are integers and the two
  // half-units together are h = p / 10^d.
  const p = scaleOf([a, b], d + 1);
  const g = Math.round(a * p) - Math.round(b * p);
  const h = p / 10 ** d;
  if (p && Number.isSafeInteger(Math.abs(g) + h))
    return { estimate: g / p, low: (g - h) / p, high: (g + h) / p };
  const [al, ah] = span(a, d);
  const [bl, bh] = span(b, d);
  return { estimate: fin(a - b), low: fin(al - bh), high: fin(ah - bl) };
}
