/**
 * Average growth over several periods, and the official two-year average growth rate of 2021.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { options as checkOptions, decimals, fail, fin, list, num } from './check.js';
import { at, factors, product } from './compound.js';
import { bigs, rint, scale2, scaleOf, toNum } from './decimal.js';

/**
 * The geometric average growth of `rates`: `100 (P − 1) / Σ_{j<n} P^(j/n)` with P the exact
 * product of the factors, which equals `(P^(1/n) − 1) × 100` without its cancellation near
 * P = 1. Within 1e-15 relative while P is within 1e±300; beyond, through logarithms.
 */
const geometric = (rates: readonly number[]): number => {
  const [g, p] = product(rates, at);
  const n = rates.length;
  if (p > 1e-300 && p < 1e300) {
    let sum = 1;
    for (let j = 1; j < n; j++) sum += p ** (j / n);
    return fin(g / sum + 0);
  }
  // The product left the safe range of doubles: average the logarithms instead.
  let logs = 0;
  for (const r of rates) logs += Math.log1p(r / 100);
  return fin(Math.expm1(logs / n) * 100 + 0);
};

/**
 * {@link geometric} of two rates a, b (with `d` ≥ 0, of the ends r + e · 0.5 · 10^−d), without
 * a list. Scaled by s = 10^k (k > d, s ≤ 10^9), the factors are whole numbers fa, fb and
 * P = fa fb / (100 s)², exact while fa fb < 2^53: the same formula as {@link geometric}, so
 * the same result to the last bit. Otherwise the same on BigInt, from the decimals' digits;
 * beyond 1e±300, P's square root as the product of the factors' square roots.
 */
const mean2 = (a: number, b: number, name: (i: number) => string, d = -1, e = 0): number => {
  const s = scale2(a, b, d < 0 ? 10 : 10 ** (d + 1));
  const c = 100 * s;
  const h = (s / 10 ** (d + 1)) * 5 * e;
  const fa = c + rint(a * s) + h;
  const fb = c + rint(b * s) + h;
  // (c s is D / 100 exactly: a multiplication instead of a division)
  const D = c * c;
  if (s && s < 1e10 && fa > 0 && fb > 0 && fa * fb < 2 ** 53)
    return (fa * fb - D) / (c * s) / (1 + Math.sqrt((fa * fb) / D)) + 0;
  const [A, B, C] = factors([a, b], name, d, e) as [bigint, bigint, bigint];
  const p = toNum(A * B, C * C);
  return fin(
    p > 1e-300 && p < 1e300
      ? toNum((A * B - C * C) * 100n, C * C) / (1 + Math.sqrt(p)) + 0
      : Math.expm1((Math.log(toNum(A, C)) + Math.log(toNum(B, C))) / 2) * 100 + 0,
  );
};

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
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or cannot be read (a revoked Proxy, a getter that throws), or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate is −100 or below (geometric only)
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` is not an object, cannot be read (a revoked Proxy, a getter that throws), has an unknown key, or an unknown `method`
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
    options === undefined
      ? 'geometric'
      : typeof options === 'object' && options
        ? (checkOptions(options, KEYS)[0] ?? 'geometric')
        : fail('INVALID_OPTION', 'options', options);
  if (method === 'arithmetic') {
    // scaled by s: a sum of integers, then one division
    const s = scaleOf(rs);
    let sum = 0;
    for (const r of rs) sum += rint(r * s);
    // (n < 9 integers below 10^15: every partial sum is below 2^53; n s = n 2^k 5^k is exact)
    if (s && n < 9) return sum / (n * s) + 0;
    const xs = bigs(rs);
    const q = xs.pop() as bigint;
    let big = 0n;
    for (const x of xs) big += x;
    return fin(toNum(big, BigInt(n) * q));
  }
  if (method !== 'geometric') fail('INVALID_OPTION', 'method', method);
  return n === 2 ? mean2(rs[0] as number, rs[1] as number, at) : geometric(rs);
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
 * @returns `{ estimate, low, high }` in percent (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a rate is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
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
  num(previousYearRate, 'previousYearRate');
  num(rate, 'rate');
  const estimate = mean2(previousYearRate, rate, two);
  if (options == null) return estimate;
  const d = decimals(options);
  return Object.freeze({
    estimate,
    low: mean2(previousYearRate, rate, two, d, -1),
    high: mean2(previousYearRate, rate, two, d, 1),
  });
}
