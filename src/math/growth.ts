/**
 * Growth between two levels: the rate from two levels, and a level from the other level and
 * the rate. Rates are percents (23.9 means 23.9 %).
 *
 * @module
 */

import { fail, fin, num } from './check.js';
import { bigs, rint, scale2, toNum } from './decimal.js';

/**
 * The percent change from `previous` to `current` (同比增长率 when the two are the same period
 * a year apart).
 *
 * Formula: `(current − previous) / previous × 100`, that is `(current / previous − 1) × 100`.
 * A negative `current` (a profit turning into a loss) is accepted and gives a rate below −100.
 *
 * Exact in decimal: computed on the decimals the arguments are written as (`String(x)`), so
 * when the exact rate has at most 15 significant digits it is returned as exactly that number
 * (`growthRate(107.3, 100)` is 7.3, `growthRate(0.3, 0.1)` is 200); otherwise the result is
 * the double nearest to the exact rate (within 1e-15 relative).
 *
 * Cost: on published figures (short decimals) about twice the bare formula; on doubles of
 * 16–17 significant digits (computed values) about 2 µs a call, since their decimals must be
 * read from `String(x)`: near c = p the rate magnifies the gap between a double and the
 * decimal it stands for (see the maths module's notes on cost).
 *
 * Note that official growth of value added is real growth on a same-scope set of
 * enterprises: it cannot be recomputed from published levels (see the methodology guide).
 *
 * @category Maths
 * @param current - the level now, in any unit
 * @param previous - the level a period earlier, in the same unit; must be positive
 * @returns the growth rate in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code ZERO_BASE when `previous` is 0
 * @throws ShanxiIndustryError code NEGATIVE_BASE when `previous` is negative
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the rate would overflow
 * @example
 * ```ts
 * growthRate(110, 100);
 * //=> 10
 * growthRate(90, 120);
 * //=> -25
 * growthRate(-50, 100);
 * //=> -150
 * growthRate(107.3, 100);
 * //=> 7.3
 * ```
 */
export function growthRate(current: number, previous: number): number {
  num(current, G, 'current');
  if (!(num(previous, G, 'previous') > 0))
    fail(previous ? 'NEGATIVE_BASE' : 'ZERO_BASE', G, 'previous must be above 0', previous);
  // Scaled by s, both are whole numbers below 10^15 (p ≥ 1, as previous > 0): one division
  // of exact integers, so the double nearest the exact rate, and never ±Infinity.
  const s = scale2(current, previous);
  const p = rint(previous * s);
  const n = (rint(current * s) - p) * 100;
  return s && Math.abs(n) < 2 ** 53 ? n / p : slowRate(current, previous);
}

/** {@link growthRate} on BigInt. */
const slowRate = (current: number, previous: number): number => {
  const [c, p] = bigs([current, previous]) as [bigint, bigint];
  return fin(toNum((c - p) * 100n, p), G);
};

/** The name of {@link growthRate} in error messages. */
const G = 'growthRate';

/**
 * The level reached when `previous` grows by `rate` percent.
 *
 * Formula: `previous × (1 + rate / 100)`, that is `previous × (100 + rate) / 100`. Exact in
 * decimal like {@link growthRate}: `applyGrowth(100, 7.3)` is 107.3. Any rate is accepted,
 * including one below −100 (a level that changes sign, like a profit turning into a loss),
 * so that `applyGrowth(p, growthRate(c, p))` gives back `c`.
 *
 * @category Maths
 * @param previous - the level a period earlier, in any unit; zero or positive
 * @param rate - the growth rate in percent
 * @returns the new level, in the unit of `previous`
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code NEGATIVE_BASE when `previous` is negative
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the level would overflow
 * @example
 * ```ts
 * applyGrowth(100, 10);
 * //=> 110
 * applyGrowth(80, -12.5);
 * //=> 70
 * applyGrowth(100, 7.3);
 * //=> 107.3
 * ```
 */
export function applyGrowth(previous: number, rate: number): number {
  const F = 'applyGrowth';
  if (num(previous, F, 'previous') < 0)
    fail('NEGATIVE_BASE', F, 'previous must be 0 or above', previous);
  // Scaled by s: P (100 s + R) / (100 s²), an exact product below 2^53 over an exact power
  // of ten (s ≤ 10^9), one division.
  const s = scale2(previous, num(rate, F, 'rate'));
  const n = rint(previous * s) * (100 * s + rint(rate * s));
  if (s && s < 1e10 && Math.abs(n) < 2 ** 53) return n / (100 * s * s) + 0;
  const [p, r, q] = bigs([previous, rate]) as [bigint, bigint, bigint];
  return fin(toNum(p * (100n * q + r), 100n * q * q), F);
}

/**
 * The earlier level from which `current` was reached by growing `rate` percent.
 *
 * Formula: `current / (1 + rate / 100)`, that is `100 × current / (100 + rate)`. Exact in
 * decimal like {@link growthRate}: `baseFromGrowth(107.3, 7.3)` is 100.
 *
 * @category Maths
 * @param current - the level now, in any unit; zero or positive
 * @param rate - the growth rate in percent; must be above −100
 * @returns the earlier level, in the unit of `current`
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code NEGATIVE_BASE when `current` is negative (the base would be negative too)
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when `1 + rate / 100` is zero or negative (`rate` ≤ −100)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the level would overflow
 * @example
 * ```ts
 * baseFromGrowth(110, 10);
 * //=> 100
 * baseFromGrowth(100, 25);
 * //=> 80
 * ```
 */
export function baseFromGrowth(current: number, rate: number): number {
  const F = 'baseFromGrowth';
  if (num(current, F, 'current') < 0)
    fail('NEGATIVE_BASE', F, 'current must be 0 or above', current);
  if (!(num(rate, F, 'rate') > -100))
    fail('FACTOR_NOT_POSITIVE', F, 'rate must be above -100', rate);
  // Scaled by s: 100 C / (100 s + R), exact integers (the divisor at least 1), one division.
  const s = scale2(current, rate);
  const n = rint(current * s) * 100;
  if (s && s < 1e13 && Math.abs(n) < 2 ** 53) return n / (100 * s + rint(rate * s)) + 0;
  const [c, r, q] = bigs([current, rate]) as [bigint, bigint, bigint];
  return fin(toNum(c * 100n, 100n * q + r), F);
}
