/**
 * The gap between two rates, in percentage points.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fin, num } from './check.js';
import { gap } from './decimal.js';

/** The name of {@link percentagePointDifference} in error messages. */
const F = 'percentagePointDifference';

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
 * given the decimals each was published with: `decimals` is one number for both, or
 * `[a's, b's]` when they were published with different precisions.
 *
 * Formula: `estimate = a − b`, `low = (a − ha) − (b + hb)`, `high = (a + ha) − (b − hb)` with
 * ha = 0.5 · 10^−(a's decimals) and hb = 0.5 · 10^−(b's decimals), each computed exactly in
 * decimal and rounded once (exact when it has at most 15 significant digits).
 *
 * @category Maths
 * @param a - a published rate or share, in percent
 * @param b - the published rate or share it is compared with, in percent
 * @param options - `decimals`: how many decimals the two were published with (0–15), one
 *   number for both or a list `[a's, b's]`
 * @returns `{ estimate, low, high }` in percentage points (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `a` or `b` is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or neither a whole number from 0 to 15 nor a list of two of them (or that list cannot be read); options that are neither an object nor `undefined`/`null` throw one of these two codes
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the gap would overflow
 * @example
 * ```ts
 * percentagePointDifference(18.2, 9.6, { decimals: 1 });
 * //=> { estimate: 8.6, low: 8.5, high: 8.7 }
 * // Shanxi, H1 2021: coal published as 14 (0 decimals), all industry as 15.9 (1 decimal)
 * percentagePointDifference(14, 15.9, { decimals: [0, 1] });
 * //=> { estimate: -1.9, low: -2.45, high: -1.35 }
 * ```
 */
export function percentagePointDifference(
  a: number,
  b: number,
  options: BoundsOptions<readonly [a: number, b: number]>,
): Bounded;
export function percentagePointDifference(
  a: number,
  b: number,
  options?: BoundsOptions<readonly [number, number]>,
): number | Bounded {
  num(a, F, 'a');
  num(b, F, 'b');
  const estimate = fin(gap(a, b), F);
  if (options == null) return estimate;
  const ds = decimals(options, F, 2);
  const da = ds[0] as number;
  const db = ds[1] ?? da;
  // the two half-units together, k · 10^−(m + 1) with m the larger precision:
  // k = 5 · (10^(m − da) + 10^(m − db)), a whole number below 2^53 (10 when da = db)
  const m = Math.max(da, db);
  const k = 5 * (10 ** (m - da) + 10 ** (m - db));
  return Object.freeze({
    estimate,
    low: fin(gap(a, b, -k, m + 1), F),
    high: fin(gap(a, b, k, m + 1), F),
  });
}
