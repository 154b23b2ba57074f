/**
 * Average growth over several periods, and the official two-year average growth rate of 2021.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { options as checkOptions, decimals, factor, fail, fin, list, pct } from './check.js';

/**
 * How {@link averageGrowth} averages: `geometric` (the constant rate that compounds to the
 * same total, the official method) or `arithmetic` (the plain mean of the rates).
 *
 * @category Maths
 */
export type AverageMethod = 'geometric' | 'arithmetic';

/**
 * Options of {@link averageGrowth}.
 *
 * @category Maths
 */
export interface AverageGrowthOptions {
  /** The averaging method; `geometric` when left out. */
  readonly method?: AverageMethod;
}

/** The keys of {@link AverageGrowthOptions}. */
const KEYS = ['method'];

/**
 * The average growth rate per period over a run of periods.
 *
 * Formula: geometric (the default) `((∏ (1 + rᵢ / 100))^(1/n) − 1) × 100`, the constant rate
 * that compounds to the same total growth (the general-level method of the NBS); arithmetic
 * `(Σ rᵢ) / n`. The geometric average is never above the arithmetic one.
 *
 * @category Maths
 * @param rates - the growth rate of each period, in percent; not modified
 * @param options - `method`: `'geometric'` (default) or `'arithmetic'`
 * @returns the average growth rate per period, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate is −100 or below (geometric only)
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` is not an object, has an unknown key, or an unknown `method`
 * @example
 * ```ts
 * averageGrowth([300, 0]);
 * //=> 100
 * averageGrowth([300, 0], { method: 'arithmetic' });
 * //=> 150
 * ```
 */
export function averageGrowth(rates: readonly number[], options?: AverageGrowthOptions): number {
  const rs = list(rates, 'rates');
  const n = rs.length;
  const method =
    options === undefined ? 'geometric' : (checkOptions(options, KEYS).method ?? 'geometric');
  if (method === 'arithmetic') {
    let sum = 0;
    for (const r of rs) sum += r;
    if (Number.isFinite(sum)) return sum / n;
    // The sum overflowed: average the rates divided by n instead.
    sum = 0;
    for (const r of rs) sum += r / n;
    return fin(sum);
  }
  if (method !== 'geometric') fail('INVALID_OPTION', 'method', method);
  let p = 1;
  for (let i = 0; i < n; i++) {
    const r = rs[i] as number;
    p *= r > -100 ? 1 + r / 100 : fail('FACTOR_NOT_POSITIVE', `rates[${i}]`, r);
  }
  // (Math.sqrt for two rates, so that the result equals twoYearAverage's to the last bit.)
  if (p > 1e-300 && p < 1e300) return pct((n === 2 ? Math.sqrt(p) : p ** (1 / n)) - 1);
  // The product left the safe range of doubles: average the logarithms instead.
  let logs = 0;
  for (const r of rs) logs += Math.log1p(r / 100);
  return fin(Math.expm1(logs / n) * 100);
}

/** The two-year average of two checked-on-the-way rates. */
const avg2 = (p: number, r: number): number =>
  pct(Math.sqrt(factor(p, 'previousYearRate') * factor(r, 'rate')) - 1);

/**
 * The official "two-year average growth rate" (两年平均增长) of 2021: the geometric mean of
 * the growth over two years, rebuilt from the two year-on-year rates.
 *
 * Formula: `(√((1 + previousYearRate / 100) × (1 + rate / 100)) − 1) × 100`. The NBS computes
 * it from unrounded data, so a value rebuilt from published (rounded) rates can miss the
 * published one on a rounding edge: store the published average, and use `{ decimals }` to
 * see the range the published rates allow.
 *
 * @category Maths
 * @param previousYearRate - the year-on-year rate of the same period one year earlier (2020), in percent
 * @param rate - the year-on-year rate of the period (2021), in percent
 * @returns the average growth per year over the two years, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the result would overflow
 * @example
 * ```ts
 * // China, Q1: −8.4 % in 2020, 24.5 % in 2021; published two-year average 6.8 %
 * twoYearAverage(-8.4, 24.5);
 * //=> 6.790449011135835
 * twoYearAverage(0, 21);
 * //=> 10.000000000000009
 * ```
 */
export function twoYearAverage(previousYearRate: number, rate: number): number;
/**
 * The two-year average growth rate rebuilt from two rounded year-on-year rates, with the
 * exact range it can take given that both were rounded to `decimals` decimals. The average
 * rises with both rates, so `low` uses both low ends and `high` both high ends.
 *
 * Formula: `(√((1 + p / 100) × (1 + r / 100)) − 1) × 100` at the published rates (`estimate`)
 * and at the ends of their intervals `p ∓ h`, `r ∓ h`, h = 0.5 · 10^−decimals. To keep this
 * helper tiny the ends are computed as plain `p − h` and `p + h`, which may differ from the
 * ends given by {@link bounds} in the last binary digit.
 *
 * @category Maths
 * @param previousYearRate - the published rate of the same period one year earlier, in percent
 * @param rate - the published rate of the period, in percent
 * @param options - `decimals`: how many decimals both rates were published with (0–15)
 * @returns `{ estimate, low, high }` in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a rate is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing or not a whole number from 0 to 15 (options that are neither an object nor `undefined`/`null` throw one of these two codes)
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate, or the low end of its interval, is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when a result would overflow
 * @example
 * ```ts
 * // China, Q1: the rates −8.4 and 24.5 allow 6.74 to 6.84; published 6.8
 * twoYearAverage(-8.4, 24.5, { decimals: 1 });
 * //=> { estimate: 6.790449011135835, low: 6.739859003092175, high: 6.841038463691462 }
 * ```
 */
export function twoYearAverage(
  previousYearRate: number,
  rate: number,
  options: BoundsOptions,
): Bounded;
export function twoYearAverage(
  previousYearRate: number,
  rate: number,
  options?: BoundsOptions,
): number | Bounded {
  if (options == null) return avg2(previousYearRate, rate);
  const h = 0.5 / 10 ** decimals(options);
  return {
    estimate: avg2(previousYearRate, rate),
    low: avg2(previousYearRate - h, rate - h),
    high: avg2(previousYearRate + h, rate + h),
  };
}
