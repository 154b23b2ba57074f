/**
 * Chaining growth rates: compounding a run of rates, and annualizing a rate over a shorter
 * period.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, factor, fail, fin, list, num } from './check.js';
import { span } from './decimal.js';

/**
 * The product of the growth factors of `rates`, each checked to be positive; with `decimals`,
 * of the low (`end` 0) or high (`end` 1) ends of their rounding intervals.
 */
const product = (rates: readonly number[], decimals?: number, end?: 0 | 1): number => {
  let p = 1;
  for (let i = 0; i < rates.length; i++) {
    const r =
      decimals === undefined
        ? (rates[i] as number)
        : span(rates[i] as number, decimals)[end as 0 | 1];
    p *= r > -100 ? 1 + r / 100 : fail('FACTOR_NOT_POSITIVE', `rates[${i}]`, r);
  }
  return p;
};

/**
 * The growth over several periods in a row, given the growth rate of each.
 *
 * Formula: `(∏ (1 + rᵢ / 100) − 1) × 100`. Chaining official yearly rates gives only an
 * approximate volume index, since each year's rate is computed on that year's enterprises.
 *
 * @category Maths
 * @param rates - the growth rate of each period, in percent, in any order; not modified
 * @returns the growth over all the periods, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the result would overflow
 * @example
 * ```ts
 * compoundGrowth([100, 50]);
 * //=> 200
 * compoundGrowth([25, -20]);
 * //=> 0
 * ```
 */
export function compoundGrowth(rates: readonly number[]): number;
/**
 * The growth over several periods in a row, with the exact range it can take given that each
 * rate was rounded to `decimals` decimals. The result rises with every rate, so `low`
 * compounds the low ends and `high` the high ends.
 *
 * Formula: `estimate = (∏ (1 + rᵢ / 100) − 1) × 100`; `low` and `high` the same with each
 * rᵢ replaced by rᵢ ∓ 0.5 · 10^−decimals.
 *
 * @category Maths
 * @param rates - the published growth rate of each period, in percent; not modified
 * @param options - `decimals`: how many decimals every rate was published with (0–15)
 * @returns `{ estimate, low, high }` in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing or not a whole number from 0 to 15 (options that are neither an object nor `undefined`/`null` throw one of these two codes)
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate, or the low end of its interval, is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when a result would overflow
 * @example
 * ```ts
 * compoundGrowth([100, 50], { decimals: 0 });
 * //=> { estimate: 200, low: 198.25250000000003, high: 201.75249999999997 }
 * ```
 */
export function compoundGrowth(rates: readonly number[], options: BoundsOptions): Bounded;
export function compoundGrowth(
  rates: readonly number[],
  options?: BoundsOptions,
): number | Bounded {
  const estimate = fin((product(list(rates, 'rates')) - 1) * 100);
  if (options == null) return estimate;
  const d = decimals(options);
  return {
    estimate,
    low: fin((product(rates, d, 0) - 1) * 100),
    high: fin((product(rates, d, 1) - 1) * 100),
  };
}

/**
 * The growth over a whole year of periods that each grow at `rate`: a month-on-month or
 * quarter-on-quarter rate compounded over a year.
 *
 * Formula: `((1 + rate / 100)^periodsPerYear − 1) × 100`.
 *
 * @category Maths
 * @param rate - the growth rate over one period, in percent; must be above −100
 * @param periodsPerYear - how many such periods make a year (12 for months, 4 for quarters;
 *   any positive number, e.g. 12 / 5 for a five-month rate)
 * @returns the annual growth rate, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when `rate` is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when `periodsPerYear` is not positive, or the result would overflow
 * @example
 * ```ts
 * annualize(25, 4);
 * //=> 144.140625
 * annualize(-50, 2);
 * //=> -75
 * ```
 */
export function annualize(rate: number, periodsPerYear: number): number {
  const f = factor(rate, 'rate');
  if (!(num(periodsPerYear, 'periodsPerYear') > 0))
    fail('OUT_OF_RANGE', 'periodsPerYear', periodsPerYear);
  return fin((f ** periodsPerYear - 1) * 100);
}
