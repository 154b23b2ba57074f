/**
 * Chaining growth rates: compounding a run of rates, and annualizing a rate over a shorter
 * period.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fail, fin, list, num, top } from './check.js';
import { bigs, end, rint, scaleOf, toNum } from './decimal.js';

/**
 * The growth factors 1 + rᵢ / 100 of the decimals `rates` are written as (with precisions
 * `ds`, of the ends rᵢ + e · 0.5 · 10^−dᵢ, dᵢ = `ds[i] ?? ds[0]`), exactly, as BigInt
 * numerators over one denominator c: `[...numerators, c]`. Each is checked to be positive, in
 * order: `FACTOR_NOT_POSITIVE` of `fn` naming `name(i)`, with the rate (or end) as value.
 *
 * @internal
 */
export const factors = (
  rates: readonly number[],
  fn: string,
  name: (i: number) => string,
  ds?: readonly number[],
  e = 0,
): bigint[] => {
  const rs = bigs(rates, top(ds) + 1);
  const q = rs.pop() as bigint;
  const c = 100n * q;
  return [
    ...rs.map((r, i) => {
      const f = c + r + end(q, ds, i, e);
      return f > 0n ? f : notPositive(fn, name(i), e, toNum(f - c, q));
    }),
    c,
  ];
};

/**
 * Throws `FACTOR_NOT_POSITIVE` for the rate `name` of `fn` whose factor is not positive:
 * itself (e = 0) or the low end of its rounding interval (e < 0), whose value is `end`.
 *
 * @internal
 */
export const notPositive = (fn: string, name: string, e: number, end: number): never =>
  fail(
    'FACTOR_NOT_POSITIVE',
    fn,
    `${name}${e ? ' less its rounding' : ''} must be above -100`,
    end,
  );

/**
 * The product P = ∏ (1 + rᵢ / 100) of the decimals `rates` are written as, exactly; with
 * precisions `ds` (one per rate, or one for all), of the ends rᵢ + e · 0.5 · 10^−dᵢ of their
 * rounding intervals (e = −1 or 1). Returns `[100 × (P − 1), P]`, each the double nearest to
 * the exact value (so the first is exact when it has at most 15 significant digits). Each
 * factor is checked to be positive, in order (see {@link factors}).
 *
 * @internal
 */
export const product = (
  rates: readonly number[],
  fn: string,
  name: (i: number) => string,
  ds?: readonly number[],
  e = 0,
): [growth: number, product: number] => {
  // Fast path: scaled by s = 10^k (k above every dᵢ, s < 10^13), the rates are integers Rᵢ
  // below 10^15 and each half-unit an integer hᵢ = 5 · 10^(k − dᵢ − 1), so every factor
  // 100 s + Rᵢ + e hᵢ is an exact integer. The factors are at least 1, so the running product
  // N only grows: it is exact when it ends below 2^53. D = (100 s)^n is a power of ten, exact
  // up to 10^22.
  const d = top(ds);
  const s = scaleOf(rates, d < 0 ? 10 : 10 ** (d + 1));
  const c = 100 * s;
  let N = 1;
  let D = 1;
  for (let i = 0; s && s < 1e13 && i < rates.length; i++) {
    const f = c + rint((rates[i] as number) * s) + (ds ? end(s, ds, i, e) : 0);
    if (!(f > 0)) notPositive(fn, name(i), e, (f - c) / s + 0);
    N *= f;
    D *= c;
  }
  if (s && s < 1e13 && N < 2 ** 53 && D <= 1e22) return [(N - D) / (D / 100) + 0, N / D];
  // Else on BigInt: the same factors (exact doubles), or from the decimals' digits.
  const bs =
    s && s < 1e13
      ? [...rates.map((r, i) => BigInt(c + rint(r * s) + (ds ? end(s, ds, i, e) : 0))), BigInt(c)]
      : factors(rates, fn, name, ds, e);
  const B = bs.pop() as bigint;
  let P = 1n;
  for (const f of bs) P *= f;
  const Q = B ** BigInt(bs.length);
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
 * The growth over several periods in a row, with the exact range it can take given the
 * decimals each rate was published with. The result rises with every rate, so `low`
 * compounds the low ends and `high` the high ends.
 *
 * Formula: `estimate = (∏ (1 + rᵢ / 100) − 1) × 100`; `low` and `high` the same with each
 * rᵢ replaced by rᵢ ∓ 0.5 · 10^−dᵢ, dᵢ the decimals of rate i (`decimals` itself when it is
 * one number, its i-th item when it is a list); each exact in decimal like the plain form.
 *
 * @category Maths
 * @param rates - the published growth rate of each period, in percent; not modified
 * @param options - `decimals`: how many decimals the rates were published with (0–15), one
 *   number for all or a list with one per rate, in order
 * @returns `{ estimate, low, high }` in percent (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rates` is not an array or cannot be read (a revoked Proxy, a getter that throws), or an item is not a finite number
 * @throws ShanxiIndustryError code EMPTY_INPUT when `rates` is empty
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or neither a whole number from 0 to 15 nor a list of as many of them as there are rates (or that list cannot be read); options that are neither an object nor `undefined`/`null` throw one of these two codes
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when a rate, or the low end of its interval, is −100 or below
 * @throws ShanxiIndustryError code OUT_OF_RANGE when a result would overflow
 * @example
 * ```ts
 * compoundGrowth([100, 50], { decimals: 0 });
 * //=> { estimate: 200, low: 198.2525, high: 201.7525 }
 * // the second rate published as 50.0 (1 decimal)
 * compoundGrowth([100, 50], { decimals: [0, 1] });
 * //=> { estimate: 200, low: 199.15025, high: 200.85025 }
 * ```
 */
export function compoundGrowth(rates: readonly number[], options: BoundsOptions): Bounded;
export function compoundGrowth(
  rates: readonly number[],
  options?: BoundsOptions,
): number | Bounded {
  const F = 'compoundGrowth';
  const rs = list(rates, F, 'rates');
  const estimate = fin(product(rs, F, at)[0], F);
  if (options == null) return estimate;
  const ds = decimals(options, F, rs.length);
  return Object.freeze({
    estimate,
    low: fin(product(rs, F, at, ds, -1)[0], F),
    high: fin(product(rs, F, at, ds, 1)[0], F),
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
  if (!(num(rate, A, 'rate') > -100)) notPositive(A, 'rate', 0, rate);
  const n = num(periodsPerYear, A, 'periodsPerYear');
  if (!(n > 0)) fail('OUT_OF_RANGE', A, 'periodsPerYear must be above 0', n);
  const w = Math.floor(n);
  if (w > 1000) return fin(((1 + rate / 100) ** n - 1) * 100 + 0, A);
  // n copies of the rate: the scale is found once, and a long product goes to BigInt
  const power = (k: number) => product(Array(k).fill(rate), A, name);
  if (w === n) return fin(power(n)[0], A);
  // A root. Near 1, through logarithms (no cancellation); else F^w exactly times F^(n − w).
  const y = n * Math.log1p(rate / 100);
  if (Math.abs(y) <= 1) return fin(Math.expm1(y) * 100 + 0, A);
  return fin((power(w)[1] * power(1)[1] ** (n - w) - 1) * 100 + 0, A);
}

/** The name of {@link annualize} in error messages. */
const A = 'annualize';

/** The name of the rate of {@link annualize} in error messages. */
const name = (): string => 'rate';
