/**
 * Average growth over several periods, and the official two-year average growth rate of 2021.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import {
  options as checkOptions,
  decimals,
  fail,
  fin,
  list,
  num,
  precisions,
  top,
} from './check.js';
import { at, factors, product } from './compound.js';
import { bigs, end, rint, scale2, scaleOf, toNum } from './decimal.js';

/**
 * The geometric average growth of `rates` (with precisions `ds`, of the ends
 * rᵢ + e · 0.5 · 10^−dᵢ): `100 (P − 1) / Σ_{j<n} P^(j/n)` with P the exact product of the
 * factors, which equals `(P^(1/n) − 1) × 100` without its cancellation near P = 1. Within
 * 1e-15 relative while P is within 1e±300; beyond, through logarithms.
 */
const geometric = (rates: readonly number[], ds?: readonly number[], e = 0): number => {
  const [g, p] = product(rates, V, at, ds, e);
  const n = rates.length;
  if (p > 1e-300 && p < 1e300) {
    let sum = 1;
    for (let j = 1; j < n; j++) sum += p ** (j / n);
    return fin(g / sum + 0, V);
  }
  // The product left the safe range of doubles: average the logarithms instead (of the ends,
  // rounded once each: far beyond 1e±300 the 1e-15 rule is the logarithms' own).
  let logs = 0;
  rates.forEach((r, i) => {
    logs += Math.log1p((r + end(1, ds, i, e)) / 100);
  });
  return fin(Math.expm1(logs / n) * 100 + 0, V);
};

/**
 * The arithmetic average of `rates` (with precisions `ds`, of the ends rᵢ + e · 0.5 · 10^−dᵢ),
 * exact in decimal: a sum of integers over one scale, then one division.
 */
const arithmetic = (rates: readonly number[], ds?: readonly number[], e = 0): number => {
  const n = rates.length;
  const d = top(ds);
  const s = scaleOf(rates, d < 0 ? 10 : 10 ** (d + 1));
  let sum = 0;
  for (let i = 0; i < n; i++) sum += rint((rates[i] as number) * s) + end(s, ds, i, e);
  // (n < 9 terms below 10^15 + 5 · 10^13 with s ≤ 10^14: every partial sum is below 2^53;
  // n s = n 2^k 5^k is exact)
  if (s && s <= 1e14 && n < 9) return sum / (n * s) + 0;
  const xs = bigs(rates, d + 1);
  const q = xs.pop() as bigint;
  let big = 0n;
  xs.forEach((x, i) => {
    big += x + end(q, ds, i, e);
  });
  return fin(toNum(big, BigInt(n) * q), V);
};

/**
 * {@link geometric} of two rates a, b (with precisions `ds`, of the ends r + e · 0.5 · 10^−d),
 * without a list, for `fn`. Scaled by s = 10^k (k above both precisions, s ≤ 10^9), the
 * factors are whole numbers fa, fb and P = fa fb / (100 s)², exact while fa fb < 2^53: the same
 * formula as {@link geometric}, so the same result to the last bit. Otherwise the same on
 * BigInt, from the decimals' digits; beyond 1e±300, P's square root as the product of the
 * factors' square roots.
 */
const mean2 = (
  a: number,
  b: number,
  fn: string,
  name: (i: number) => string,
  ds?: readonly number[],
  e = 0,
): number => {
  const d = top(ds);
  const s = scale2(a, b, d < 0 ? 10 : 10 ** (d + 1));
  const c = 100 * s;
  const fa = c + rint(a * s) + (ds ? end(s, ds, 0, e) : 0);
  const fb = c + rint(b * s) + (ds ? end(s, ds, 1, e) : 0);
  // (c s is D / 100 exactly: a multiplication instead of a division)
  const D = c * c;
  if (s && s < 1e10 && fa > 0 && fb > 0 && fa * fb < 2 ** 53)
    return (fa * fb - D) / (c * s) / (1 + Math.sqrt((fa * fb) / D)) + 0;
  const [A, B, C] = factors([a, b], fn, name, ds, e) as [bigint, bigint, bigint];
  const p = toNum(A * B, C * C);
  return fin(
    p > 1e-300 && p < 1e300
      ? toNum((A * B - C * C) * 100n, C * C) / (1 + Math.sqrt(p)) + 0
      : Math.expm1((Math.log(toNum(A, C)) + Math.log(toNum(B, C))) / 2) * 100 + 0,
    fn,
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
const KEYS = ['method', 'decimals'];

/** The name of {@link averageGrowth} in error messages. */
const V = 'averageGrowth';

/**
 * The average growth rate per period, with the exact range it can take given that each rate
 * was rounded to the decimals it was published with. Both averages rise with every rate, so
 * `low` averages the low ends of the rates' rounding intervals and `high` the high ends.
 *
 * Formula: as the plain form, at the published rates (`estimate`) and at the ends
 * `rᵢ ∓ 0.5 · 10^−dᵢ` (`low`, `high`), dᵢ the decimals of rate i: `decimals` itself when it
 * is one number, its i-th item when it is a list. The ends are taken exactly in decimal; the
 * arithmetic results are exact in decimal, the geometric ones within 1e-15 relative.
 *
 * @category Maths
 * @param rates - the published growth rate of each period, in percent; not modified
 * @param options - `decimals`: how many decimals the rates were published with (0–15), one
 *   number for all or a list with one per rate; `method` as in the plain form
 * @returns `{ estimate, low, high }` in percent (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or cannot be read (a revoked Proxy, a getter that throws), or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` cannot be read, has an unknown key, or an unknown `method`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15, nor a list of as many of them as there are rates (or that list cannot be read)
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate, or the low end of its interval, is −100 or below (geometric only)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when a result would overflow
 * @example
 * ```ts
 * // two years at 6 % and 10 %, the second published as 10.0
 * averageGrowth([6, 10], { method: 'arithmetic', decimals: [0, 1] });
 * //=> { estimate: 8, low: 7.725, high: 8.275 }
 * ```
 */
export function averageGrowth(
  rates: readonly number[],
  options: AverageGrowthOptions & BoundsOptions,
): Bounded;
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
export function averageGrowth(rates: readonly number[], options?: AverageGrowthOptions): number;
export function averageGrowth(
  rates: readonly number[],
  options?: AverageGrowthOptions & { readonly decimals?: number | readonly number[] },
): number | Bounded {
  const rs = list(rates, V, 'rates');
  const n = rs.length;
  const [method = 'geometric', d] =
    options === undefined
      ? []
      : typeof options === 'object' && options
        ? checkOptions(options, V, KEYS)
        : fail('INVALID_OPTION', V, 'options must be an object', options);
  const g = method === 'geometric';
  if (!g && method !== 'arithmetic')
    fail('INVALID_OPTION', V, 'method must be "geometric" or "arithmetic"', method);
  const ds = d === undefined ? d : precisions(d, V, n);
  const mean = (e: number) =>
    !g
      ? arithmetic(rs, ds, e)
      : n === 2
        ? mean2(rs[0] as number, rs[1] as number, V, at, ds, e)
        : geometric(rs, ds, e);
  // (the estimate first: a rate of −100 or below is named as itself, not as an end)
  const estimate = mean(0);
  return ds ? Object.freeze({ estimate, low: mean(-1), high: mean(1) }) : estimate;
}

/** The names of the two rates of {@link twoYearAverage} in error messages. */
const two = (i: number): string => (i ? 'rate' : 'previousYearRate');

/** The name of {@link twoYearAverage} in error messages. */
const T = 'twoYearAverage';

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
 * exact range it can take given the decimals each was published with. The average rises
 * with both rates, so `low` uses both low ends and `high` both high ends.
 *
 * Formula: `(√((1 + p / 100) × (1 + r / 100)) − 1) × 100` at the published rates (`estimate`)
 * and at the ends of their intervals `p ∓ 0.5 · 10^−dp`, `r ∓ 0.5 · 10^−dr`, where `dp` and
 * `dr` are `decimals` when it is one number, or its two items `[dp, dr]`; the ends taken
 * exactly in decimal; each result within 1e-15 relative of the exact value.
 *
 * @category Maths
 * @param previousYearRate - the published rate of the same period one year earlier, in percent
 * @param rate - the published rate of the period, in percent
 * @param options - `decimals`: how many decimals the rates were published with (0–15), one
 *   number for both or `[previousYearRate's, rate's]`
 * @returns `{ estimate, low, high }` in percent (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a rate is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or neither a whole number from 0 to 15 nor a list of two of them (or that list cannot be read); options that are neither an object nor `undefined`/`null` throw one of these two codes
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate, or the low end of its interval, is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when a result would overflow
 * @example
 * ```ts
 * // China, Q1: the rates −8.4 and 24.5 allow 6.74 to 6.84; published 6.8
 * twoYearAverage(-8.4, 24.5, { decimals: 1 });
 * //=> { estimate: 6.790449011135823, low: 6.739859003092186, high: 6.84103846369147 }
 * // had the 2020 rate been published as −8 (0 decimals) beside 24.5 (1 decimal)
 * twoYearAverage(-8, 24.5, { decimals: [0, 1] });
 * //=> { estimate: 7.023361935607311, low: 6.710707054165843, high: 7.335339008175682 }
 * ```
 */
export function twoYearAverage(
  previousYearRate: number,
  rate: number,
  options: BoundsOptions<readonly [previousYearRate: number, rate: number]>,
): Bounded;
export function twoYearAverage(
  previousYearRate: number,
  rate: number,
  options?: BoundsOptions<readonly [number, number]>,
): number | Bounded {
  num(previousYearRate, T, 'previousYearRate');
  num(rate, T, 'rate');
  const estimate = mean2(previousYearRate, rate, T, two);
  if (options == null) return estimate;
  const ds = decimals(options, T, 2);
  return Object.freeze({
    estimate,
    low: mean2(previousYearRate, rate, T, two, ds, -1),
    high: mean2(previousYearRate, rate, T, two, ds, 1),
  });
}
