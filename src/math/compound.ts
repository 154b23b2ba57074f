/**
 * Chaining growth rates: compounding a run of rates, and annualizing a rate over a shorter
 * period.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, factor, fail, fin, list, num } from './check.js';
import { bigs, scaleOf, span, ten, toNum } from './decimal.js';

/**
 * The product P = ∏ (1 + rᵢ / 100) of the decimals `rates` are written as, exactly; with
 * `d` ≥ 0, of the ends rᵢ + e · 0.5 · 10^−d of their rounding intervals (e = −1 or 1).
 * Returns `[100 × (P − 1), P]`, each the double nearest to the exact value (so the first is
 * exact when it has at most 15 significant digits). Each factor is checked to be positive:
 * `FACTOR_NOT_POSITIVE` naming `name(i)`, with the rate (or end) as value.
 *
 * @internal
 */
export const product = (
  rates: readonly number[],
  name: (i: number) => string,
  d = -1,
  e = 0,
): [growth: number, product: number] => {
  const n = rates.length;
  for (let i = 0; i < n; i++) {
    const r = e ? span(rates[i] as number, d)[e < 0 ? 0 : 1] : (rates[i] as number);
    if (!(r > -100)) fail('FACTOR_NOT_POSITIVE', name(i), r);
  }
  // Fast path: the rates scaled by s = 10^k are integers Rᵢ (and the half-unit h), each
  // factor 100s + Rᵢ + h an exact integer; P = N / D with D = (100s)^n a power of ten.
  const s = scaleOf(rates, d + 1);
  const h = (s / 10 ** (d + 1)) * 5 * e;
  let N = 1;
  let D = 1;
  let i = s && s < 1e13 ? 0 : n + 1;
  for (; i < n && D < 1e15 && N < 2 ** 53; i++) {
    N *= 100 * s + Math.round((rates[i] as number) * s) + h;
    D *= 100 * s;
  }
  if (i === n && D < 1e22 && N < 2 ** 53) return [(N - D) / (D / 100) + 0, N / D];
  const [rs, q] = bigs(rates, d + 1);
  const bh = (q / ten(d + 1)) * 5n * BigInt(e);
  let bn = 1n;
  let bd = 1n;
  for (const r of rs) {
    bn *= 100n * q + r + bh;
    bd *= 100n * q;
  }
  return [toNum((bn - bd) * 100n, bd), toNum(bn, bd)];
};

/** The name of the i-th rate in error messages. */
const at = (i: number): string => `rates[${i}]`;

/**
 * The growth over several periods in a row, given the growth rate of each.
 *
 * Formula: `(∏ (1 + rᵢ / 100) − 1) × 100`. Chaining official yearly rates gives only an
 * approximate volume index, since each year's rate is computed on that year's enterprises.
 *
 * Exact in decimal: computed on the decimals the rates are written as (`String(x)`), so a
 * result of at most 15 significant digits is exactly that number (`compoundGrowth([10, 10])`
 * is 21, `compoundGrowth([-8.4, 24.5])` is 14.042); any other is within 1e-15 relative.
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
 * compoundGrowth([-8.4, 24.5]);
 * //=> 14.042
 * ```
 */
export function compoundGrowth(rates: readonly number[]): number;
/**
 * The growth over several periods in a row, with the exact range it can take given that each
 * rate was rounded to `decimals` decimals. The result rises with every rate, so `low`
 * compounds the low ends and `high` the high ends.
 *
 * Formula: `estimate = (∏ (1 + rᵢ / 100) − 1) × 100`; `low` and `high` the same with each
 * rᵢ replaced by rᵢ ∓ 0.5 · 10^−decimals; each exact in decimal like the plain form.
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
 * //=> { estimate: 200, low: 198.2525, high: 201.7525 }
 * ```
 */
export function compoundGrowth(rates: readonly number[], options: BoundsOptions): Bounded;
export function compoundGrowth(
  rates: readonly number[],
  options?: BoundsOptions,
): number | Bounded {
  const estimate = fin(product(list(rates, 'rates'), at)[0]);
  if (options == null) return estimate;
  const d = decimals(options);
  return {
    estimate,
    low: fin(product(rates, at, d, -1)[0]),
    high: fin(product(rates, at, d, 1)[0]),
  };
}

/**
 * The growth over a whole year of periods that each grow at `rate`: a month-on-month or
 * quarter-on-quarter rate compounded over a year.
 *
 * Formula: `((1 + rate / 100)^periodsPerYear − 1) × 100`.
 *
 * For a whole `periodsPerYear` up to 1,000 the result is rational and exact in decimal like
 * {@link compoundGrowth} (a result of at most 15 significant digits is exactly that number).
 * For other `periodsPerYear` (a root) it is within 1e-15 relative of the exact value of the
 * decimals `rate` and `periodsPerYear` are written as (above 1,000 periods, plain floating
 * point: `(1 + rate / 100) ** periodsPerYear`).
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
  const n = periodsPerYear;
  const w = Math.floor(n);
  const copies = (k: number): number[] => Array.from({ length: k }, () => rate);
  if (w > 1000) return fin((f ** n - 1) * 100 + 0);
  if (w === n) return fin(product(copies(n), name)[0]);
  // A root. Near 1, through logarithms (no cancellation); else F^w exactly times F^(n − w).
  const y = n * Math.log1p(rate / 100);
  if (Math.abs(y) <= 1) return fin(Math.expm1(y) * 100 + 0);
  return fin((product(copies(w), name)[1] * product([rate], name)[1] ** (n - w) - 1) * 100 + 0);
}

/** The name of the rate of {@link annualize} in error messages. */
const name = (): string => 'rate';
