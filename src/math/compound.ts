/**
 * Chaining growth rates: compounding a run of rates, and annualizing a rate over a shorter
 * period.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fail, fin, list, num } from './check.js';
import { bigs, rint, scaleOf, ten, toNum } from './decimal.js';

/**
 * The growth factors 1 + rᵢ / 100 of the decimals `rates` are written as (with `d` ≥ 0, of the
 * ends rᵢ + e · 0.5 · 10^−d), exactly, as BigInt numerators over one denominator c:
 * `[...numerators, c]`. Each is checked to be positive, in order: `FACTOR_NOT_POSITIVE`
 * naming `name(i)`, with the rate (or end) as value.
 *
 * @internal
 */
export const factors = (
  rates: readonly number[],
  name: (i: number) => string,
  d: number,
  e: number,
): bigint[] => {
  const rs = bigs(rates, d + 1);
  const q = rs.pop() as bigint;
  const h = d < 0 ? 0n : (q / ten(d + 1)) * 5n * BigInt(e);
  return [
    ...rs.map((r, i) =>
      100n * q + r + h > 0n
        ? 100n * q + r + h
        : fail('FACTOR_NOT_POSITIVE', name(i), toNum(r + h, q)),
    ),
    100n * q,
  ];
};

/**
 * The product P = ∏ (1 + rᵢ / 100) of the decimals `rates` are written as, exactly; with
 * `d` ≥ 0, of the ends rᵢ + e · 0.5 · 10^−d of their rounding intervals (e = −1 or 1).
 * Returns `[100 × (P − 1), P]`, each the double nearest to the exact value (so the first is
 * exact when it has at most 15 significant digits). Each factor is checked to be positive, in
 * order (see {@link factors}).
 *
 * @internal
 */
export const product = (
  rates: readonly number[],
  name: (i: number) => string,
  d = -1,
  e = 0,
): [growth: number, product: number] => {
  // Fast path: scaled by s = 10^k (k > d, s < 10^13), the rates are integers Rᵢ below 10^15
  // and the half-unit an integer h = 5 · 10^(k − d − 1), so every factor 100 s + Rᵢ + e h is
  // an exact integer. The factors are at least 1, so the running product N only grows: it
  // is exact when it ends below 2^53. D = (100 s)^n is a power of ten, exact up to 10^22.
  const s = scaleOf(rates, d < 0 ? 10 : 10 ** (d + 1));
  const c = 100 * s;
  const h = (s / 10 ** (d + 1)) * 5 * e;
  let N = 1;
  let D = 1;
  for (let i = 0; s && s < 1e13 && i < rates.length; i++) {
    const f = c + rint((rates[i] as number) * s) + h;
    if (!(f > 0)) fail('FACTOR_NOT_POSITIVE', name(i), (f - c) / s + 0);
    N *= f;
    D *= c;
  }
  if (s && s < 1e13 && N < 2 ** 53 && D <= 1e22) return [(N - D) / (D / 100) + 0, N / D];
  // Else on BigInt: the same factors (exact doubles), or from the decimals' digits.
  const fs =
    s && s < 1e13
      ? [...rates.map((r) => BigInt(c + rint(r * s) + h)), BigInt(c)]
      : factors(rates, name, d, e);
  const B = fs.pop() as bigint;
  let P = 1n;
  for (const f of fs) P *= f;
  const Q = B ** BigInt(fs.length);
  return [toNum((P - Q) * 100n, Q), toNum(P, Q)];
};

/**
 * The name of the i-th rate in error messages.
 *
 * @internal
 */
export const at = (i: number): string => `rates[${i}]`;

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
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or cannot be read (a revoked Proxy, a getter that throws), or an item is not a finite number
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
 * @returns `{ estimate, low, high }` in percent (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or cannot be read (a revoked Proxy, a getter that throws), or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
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
  const rs = list(rates, 'rates');
  const estimate = fin(product(rs, at)[0]);
  if (options == null) return estimate;
  const d = decimals(options);
  return Object.freeze({
    estimate,
    low: fin(product(rs, at, d, -1)[0]),
    high: fin(product(rs, at, d, 1)[0]),
  });
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
  if (!(num(rate, 'rate') > -100)) fail('FACTOR_NOT_POSITIVE', 'rate', rate);
  const n = num(periodsPerYear, 'periodsPerYear');
  if (!(n > 0)) fail('OUT_OF_RANGE', 'periodsPerYear', n);
  const w = Math.floor(n);
  if (w > 1000) return fin(((1 + rate / 100) ** n - 1) * 100 + 0);
  // n copies of the rate: the scale is found once, and a long product goes to BigInt
  const power = (k: number) => product(Array(k).fill(rate), name);
  if (w === n) return fin(power(n)[0]);
  // A root. Near 1, through logarithms (no cancellation); else F^w exactly times F^(n − w).
  const y = n * Math.log1p(rate / 100);
  if (Math.abs(y) <= 1) return fin(Math.expm1(y) * 100 + 0);
  return fin((power(w)[1] * power(1)[1] ** (n - w) - 1) * 100 + 0);
}

/** The name of the rate of {@link annualize} in error messages. */
const name = (): string => 'rate';
