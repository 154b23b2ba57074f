/**
 * Average growth over several periods, and the official two-year average growth rate of 2021.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { options as checkOptions, decimals, fail, fin, list, num } from './check.js';
import { product } from './compound.js';
import { bigs, scaleOf, span, toNum } from './decimal.js';

/**
 * The geometric average growth of `rates` (with `d` ≥ 0: of the ends rᵢ + e · 0.5 · 10^−d):
 * `100 (P − 1) / Σ_{j<n} P^(j/n)` with P the exact product of the factors, which equals
 * `(P^(1/n) − 1) × 100` without its cancellation near P = 1. Within 1e-15 relative while
 * P is within 1e±300; beyond, through logarithms.
 */
const geometric = (
  rates: readonly number[],
  name: (i: number) => string,
  d = -1,
  e = 0,
): number => {
  const [g, p] = product(rates, name, d, e);
  const n = rates.length;
  if (p > 1e-300 && p < 1e300) {
    // (Math.sqrt for two rates, so that twoYearAverage gives the same result to the last bit.)
    let sum = 1;
    for (let j = 1; j < n; j++) sum += n === 2 ? Math.sqrt(p) : p ** (j / n);
    return fin(g / sum + 0);
  }
  // The product left the safe range of doubles: average the logarithms instead.
  let logs = 0;
  for (const r of rates) logs += Math.log1p((e ? span(r, d)[e < 0 ? 0 : 1] : r) / 100);
  return fin(Math.expm1(logs / n) * 100 + 0);
};

/** The name of the i-th rate in error messages. */
const at = (i: number): string => `rates[${i}]`;

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
 * Precision: the arithmetic average is exact in decimal (computed on the decimals the rates
 * are written as, `String(x)`; a result of at most 15 significant digits is exactly that
 * number). The geometric one is in general irrational: it is within 1e-15 relative of the
 * exact value (computed as `100 (P − 1) / Σ_{j<n} P^(j/n)` with the product P exact, so no
 * cancellation near 0), as long as P stays within 1e±300.
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
    const p = scaleOf(rs, 0);
    let sum = 0;
    let abs = 0;
    for (const r of rs) {
      sum += Math.round(r * p);
      abs += Math.abs(r * p);
    }
    if (p && abs < 2 ** 52 && Number.isSafeInteger(n * p)) return sum / (n * p) + 0;
    const [xs, q] = bigs(rs);
    let big = 0n;
    for (const x of xs) big += x;
    return fin(toNum(big, BigInt(n) * q));
  }
  if (method !== 'geometric') fail('INVALID_OPTION', 'method', method);
  return geometric(rs, at);
}

/** The names of the two rates of {@link twoYearAverage} in error messages. */
const two = (i: number): string => (i ? 'rate' : 'previousYearRate');

/**
 * The official "two-year average growth rate" (两年平均增长) of 2021: the geometric mean of
 * the growth over two years, rebuilt from the two year-on-year rates.
 *
 * Formula: `(√((1 + previousYearRate / 100) × (1 + rate / 100)) − 1) × 100`, computed as
 * `100 (P − 1) / (1 + √P)` with the product P exact in decimal: the result is in general
 * irrational, and within 1e-15 relative of the exact value. The NBS computes
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
 * //=> 6.790449011135823
 * twoYearAverage(0, 21);
 * //=> 10
 * ```
 */
export function twoYearAverage(previousYearRate: number, rate: number): number;
/**
 * The two-year average growth rate rebuilt from two rounded year-on-year rates, with the
 * exact range it can take given that both were rounded to `decimals` decimals. The average
 * rises with both rates, so `low` uses both low ends and `high` both high ends.
 *
 * Formula: `(√((1 + p / 100) × (1 + r / 100)) − 1) × 100` at the published rates (`estimate`)
 * and at the ends of their intervals `p ∓ h`, `r ∓ h`, h = 0.5 · 10^−decimals, the ends taken
 * exactly in decimal; each result within 1e-15 relative of the exact value.
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
 * //=> { estimate: 6.790449011135823, low: 6.739859003092186, high: 6.84103846369147 }
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
  const rates = [num(previousYearRate, 'previousYearRate'), num(rate, 'rate')];
  const estimate = geometric(rates, two);
  if (options == null) return estimate;
  const d = decimals(options);
  return { estimate, low: geometric(rates, two, d, -1), high: geometric(rates, two, d, 1) };
}
