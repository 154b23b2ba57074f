/**
 * Growth between two levels: the rate from two levels, and a level from the other level and
 * the rate. Rates are percents (23.9 means 23.9 %).
 *
 * @module
 */

import { fail, fin, num, pct } from './check.js';

/**
 * The percent change from `previous` to `current` (同比增长率 when the two are the same period
 * a year apart).
 *
 * Formula: `(current − previous) / previous × 100`, that is `(current / previous − 1) × 100`.
 * A negative `current` (a profit turning into a loss) is accepted and gives a rate below −100.
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
 * ```
 */
export function growthRate(current: number, previous: number): number {
  num(current, 'current');
  if (!(num(previous, 'previous') > 0))
    fail(previous ? 'NEGATIVE_BASE' : 'ZERO_BASE', 'previous', previous);
  return pct((current - previous) / previous);
}

/**
 * The level reached when `previous` grows by `rate` percent.
 *
 * Formula: `previous × (1 + rate / 100)`, computed as `previous + previous × (rate / 100)`.
 * Any rate is accepted, including one below −100 (a level that changes sign, like a profit
 * turning into a loss), so that `applyGrowth(p, growthRate(c, p))` gives back `c`.
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
 * ```
 */
export function applyGrowth(previous: number, rate: number): number {
  if (num(previous, 'previous') < 0) fail('NEGATIVE_BASE', 'previous', previous);
  return fin(previous + previous * (num(rate, 'rate') / 100));
}

/**
 * The earlier level from which `current` was reached by growing `rate` percent.
 *
 * Formula: `current / (1 + rate / 100)`, computed as `current / (100 + rate) × 100`.
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
  if (num(current, 'current') < 0) fail('NEGATIVE_BASE', 'current', current);
  if (!(num(rate, 'rate') > -100)) fail('FACTOR_NOT_POSITIVE', 'rate', rate);
  return fin((current / (100 + rate)) * 100);
}
