/**
 * The gap between two rates, in percentage points.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fin, num } from './check.js';
import { bigs, scaleOf, ten, toNum } from './decimal.js';

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
  const d = options == null ? -1 : decimals(options);
  // Exactly in decimal: scaled by p = 10^k (k > d), a and b are integers and the two
  // half-units together are h = p / 10^d.
  const p = scaleOf([a, b], d + 1);
  const g = Math.round(a * p) - Math.round(b * p);
  const h = d < 0 ? 0 : p / 10 ** d;
  if (p && Number.isSafeInteger(Math.abs(g) + h)) {
    const estimate = fin(g / p + 0);
    return d < 0 ? estimate : { estimate, low: (g - h) / p + 0, high: (g + h) / p + 0 };
  }
  const [[x, y], q] = bigs([a, b], d + 1) as [[bigint, bigint], bigint];
  const estimate = fin(toNum(x - y, q));
  if (d < 0) return estimate;
  const bh = q / ten(d);
  return { estimate, low: fin(toNum(x - y - bh, q)), high: fin(toNum(x - y + bh, q)) };
}
