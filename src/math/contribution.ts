/**
 * How much a part adds to the growth of the whole: pull (拉动, in percentage points),
 * contribution rate (贡献率, in percent), and the base-period share of a part implied by the
 * growth rates of two parts and of the whole.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import { decimals, fail, fin, num, places } from './check.js';
import { bigs, scaleOf, ten, toNum } from './decimal.js';

/**
 * Options of {@link contribution} in rounding-aware mode.
 *
 * @category Maths
 */
export interface ContributionOptions extends BoundsOptions {
  /**
   * How many decimals the share was published with (0–15), when it is itself a rounded
   * figure; leave it out to treat the share as exact. The share's interval is cut to 0–1.
   */
  readonly shareDecimals?: number;
}

/** Checks a share of the whole: a finite number from 0 to 1. */
const share = (s: unknown): number => {
  const x = num(s, 'shareOfBase');
  return x >= 0 && x <= 1 ? x : fail('OUT_OF_RANGE', 'shareOfBase', s);
};

/**
 * The pull (拉动) of a part on the growth of the whole: how many percentage points of the
 * whole's growth rate come from this part. The pulls of all parts add up to the whole's rate.
 *
 * Formula: `shareOfBase × rate`, where `shareOfBase` is the part's share of the whole in the
 * base period (a year earlier). Published shares are usually of the current period: convert
 * them to base-period shares first. Exact in decimal (on the decimals the arguments are
 * written as, `String(x)`): a pull of at most 15 significant digits is exactly that number,
 * any other within 1e-15 relative.
 *
 * @category Maths
 * @param shareOfBase - the part's share of the whole in the base period, a fraction from 0 to 1
 * @param rate - the part's growth rate, in percent
 * @returns the pull, in percentage points of the whole's growth
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code OUT_OF_RANGE when `shareOfBase` is below 0 or above 1
 * @example
 * ```ts
 * contribution(0.5, 23.9);
 * //=> 11.95
 * contribution(0.25, -8);
 * //=> -2
 * ```
 */
export function contribution(shareOfBase: number, rate: number): number;
/**
 * The pull of a part on the growth of the whole, with the exact range it can take given
 * that `rate` was rounded to `decimals` decimals (and the share to `shareDecimals`, when
 * given; otherwise the share is taken as exact). The pull is a product, so its extremes are
 * at the corners of the input intervals; the share's interval is cut to 0–1 first.
 *
 * Formula: `shareOfBase × rate` at the published figures (`estimate`), and the least and
 * greatest `s × r` over `s ∈ [shareOfBase ∓ 0.5 · 10^−shareDecimals] ∩ [0, 1]`,
 * `r ∈ [rate ∓ 0.5 · 10^−decimals]`, each computed exactly in decimal and rounded once.
 *
 * @category Maths
 * @param shareOfBase - the part's share of the whole in the base period, a fraction from 0 to 1
 * @param rate - the part's published growth rate, in percent
 * @param options - `decimals` of the rate (0–15), and optionally `shareDecimals` of the share
 * @returns `{ estimate, low, high }` in percentage points
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `shareOfBase` or `rate` is not a finite number
 * @throws ShanxiIndustryError code OUT_OF_RANGE when `shareOfBase` is below 0 or above 1
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals` and `shareDecimals`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or it or `shareDecimals` is not a whole number from 0 to 15 (options that are neither an object nor `undefined`/`null` throw one of these two codes)
 * @example
 * ```ts
 * contribution(0.5, 23.9, { decimals: 1 });
 * //=> { estimate: 11.95, low: 11.925, high: 11.975 }
 * contribution(0.5, 10, { decimals: 0, shareDecimals: 1 });
 * //=> { estimate: 5, low: 4.275, high: 5.775 }
 * ```
 */
export function contribution(
  shareOfBase: number,
  rate: number,
  options: ContributionOptions,
): Bounded;
export function contribution(
  shareOfBase: number,
  rate: number,
  options?: ContributionOptions,
): number | Bounded {
  const s = share(shareOfBase);
  num(rate, 'rate');
  const p = scaleOf([s, rate], 0);
  const m = Math.round(s * p) * Math.round(rate * p);
  const estimate =
    p && p < 1e11 && Number.isSafeInteger(m) ? m / (p * p) + 0 : mul(bigs([s, rate]));
  if (options == null) return estimate;
  for (const k in options)
    k === 'decimals' || k === 'shareDecimals' || fail('INVALID_OPTION', k, options);
  const d = places(options.decimals, 'decimals');
  const sd =
    options.shareDecimals === undefined ? -1 : places(options.shareDecimals, 'shareDecimals');
  // Exactly in BigInt: both over q = 10^k, k above both decimals; the share's ends cut to 0–1.
  const [[bs, br], q] = bigs([s, rate], Math.max(d, sd) + 1) as [[bigint, bigint], bigint];
  const hr = (q / ten(d + 1)) * 5n;
  const hs = sd < 0 ? 0n : (q / ten(sd + 1)) * 5n;
  const sl = bs - hs < 0n ? 0n : bs - hs;
  const sh = bs + hs > q ? q : bs + hs;
  const corners = [sl * (br - hr), sl * (br + hr), sh * (br - hr), sh * (br + hr)];
  let lo = corners[0] as bigint;
  let hi = lo;
  for (const c of corners) {
    if (c < lo) lo = c;
    if (c > hi) hi = c;
  }
  return { estimate, low: toNum(lo, q * q), high: toNum(hi, q * q) };
}

/** The product of two decimals over one power of ten q, rounded once. */
const mul = ([[x, y], q]: [bigint[], bigint]): number =>
  toNum((x as bigint) * (y as bigint), q * q);

/**
 * The contribution rate (贡献率) of a part: the share of the whole's growth that comes from
 * this part. Those of all parts add up to 100; one can be negative or above 100.
 *
 * Formula: `pull / totalRate × 100`, with the pull from {@link contribution}. Exact in
 * decimal: a result of at most 15 significant digits is exactly that number, any other within
 * 1e-15 relative.
 *
 * @category Maths
 * @param pull - the part's pull, in percentage points
 * @param totalRate - the whole's growth rate, in percent; not 0
 * @returns the contribution rate, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code ZERO_BASE when `totalRate` is 0
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the result would overflow
 * @example
 * ```ts
 * contributionRate(3, 6);
 * //=> 50
 * contributionRate(-1.5, 6);
 * //=> -25
 * ```
 */
export function contributionRate(pull: number, totalRate: number): number {
  num(pull, 'pull');
  if (num(totalRate, 'totalRate') === 0) fail('ZERO_BASE', 'totalRate', totalRate);
  const p = scaleOf([pull, totalRate], 0);
  const n = Math.round(pull * p) * 100;
  if (p && Number.isSafeInteger(n)) return fin(n / Math.round(totalRate * p) + 0);
  const [[x, y]] = bigs([pull, totalRate]) as [[bigint, bigint], bigint];
  return fin(toNum(x * 100n, y));
}

/**
 * The base-period share of part A in a whole made of parts A and B, implied by the growth
 * rates of the whole and of both parts: the share that makes the parts' rates average to the
 * whole's rate.
 *
 * Formula: `(total − partB) / (partA − partB)`, from `total = s × partA + (1 − s) × partB`.
 * Exact in decimal (on the decimals the rates are written as): a share of at most 15
 * significant digits is exactly that number, any other within 1e-15 relative. The rates
 * must be of the same measure (real growth of value added, say) and the parts must make up
 * the whole. When the parts grew at nearly the same rate, the share is very sensitive to
 * rounding: use `{ decimals }` to see how much.
 *
 * @category Maths
 * @param total - the whole's growth rate, in percent
 * @param partA - part A's growth rate, in percent
 * @param partB - part B's growth rate, in percent (B is the rest of the whole)
 * @returns A's share of the whole in the base period, a fraction from 0 to 1
 * @throws ShanxiIndustryError code NOT_A_NUMBER when an argument is not a finite number
 * @throws ShanxiIndustryError code ZERO_BASE when `partA` equals `partB` (the share is then undetermined)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the implied share is below 0 or above 1 (`total` is not between the parts' rates)
 * @example
 * ```ts
 * // Shanxi, Q1 2021: coal 24.1 %, non-coal 23.8 %, all industry 23.9 %
 * impliedShare(23.9, 24.1, 23.8);
 * //=> 0.3333333333333333
 * ```
 */
export function impliedShare(total: number, partA: number, partB: number): number;
/**
 * The implied base-period share of part A, with the exact range it can take given that the
 * three rates were rounded to `decimals` decimals.
 *
 * Formula: `(t − b) / (a − b)` at the published rates (`estimate`), and its least and
 * greatest values over `t, a, b` each within 0.5 · 10^−decimals of the published rate. The
 * ratio is monotone in each rate while `a − b` keeps its sign, so the extremes are at the
 * corners of the box; when `a − b` can reach 0 the share is unbounded. Each value is exact in
 * decimal, rounded once.
 *
 * The interval is NOT cut to 0–1: a `low` below 0 or a `high` above 1 means that some
 * combinations of the rounded rates are not consistent with any share (intersect with
 * [0, 1] for the feasible shares). For Shanxi's Q1 2021 figures the raw interval is already
 * exactly 0 to 2/3.
 *
 * @category Maths
 * @param total - the whole's published growth rate, in percent
 * @param partA - part A's published growth rate, in percent
 * @param partB - part B's published growth rate, in percent
 * @param options - `decimals`: how many decimals the three rates were published with (0–15)
 * @returns `{ estimate, low, high }`, fractions of the whole (`estimate` may lie outside 0–1
 *   when the interval still meets it)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a rate is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing or not a whole number from 0 to 15 (options that are neither an object nor `undefined`/`null` throw one of these two codes)
 * @throws ShanxiIndustryError code UNBOUNDED when `partA − partB` can be 0 within rounding (including `partA` equal to `partB`)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the whole interval lies outside 0–1, or a result would overflow
 * @example
 * ```ts
 * impliedShare(23.9, 24.1, 23.8, { decimals: 1 });
 * //=> { estimate: 0.3333333333333333, low: 0, high: 0.6666666666666666 }
 * ```
 */
export function impliedShare(
  total: number,
  partA: number,
  partB: number,
  options: BoundsOptions,
): Bounded;
export function impliedShare(
  total: number,
  partA: number,
  partB: number,
  options?: BoundsOptions,
): number | Bounded {
  num(total, 'total');
  num(partA, 'partA');
  num(partB, 'partB');
  if (options == null) {
    const p = scaleOf([total, partA, partB], 0);
    let v: number;
    if (p) {
      const b = Math.round(partB * p);
      const m = Math.round(partA * p) - b;
      if (m === 0) fail('ZERO_BASE', 'partA', partA);
      v = (Math.round(total * p) - b) / m + 0;
    } else {
      const [[t, a, b]] = bigs([total, partA, partB]) as [[bigint, bigint, bigint], bigint];
      if (a === b) fail('ZERO_BASE', 'partA', partA);
      v = toNum(t - b, a - b);
    }
    return v >= 0 && v <= 1 ? v : fail('OUT_OF_RANGE', 'result', v);
  }
  const d = decimals(options);
  // Exactly in BigInt: each rate as [published, low end, high end] over q = 10^k, k > d.
  const [xs, q] = bigs([total, partA, partB], d + 1);
  const h = (q / ten(d + 1)) * 5n;
  const [t, a, b] = xs.map((x) => [x, x - h, x + h]) as [bigint[], bigint[], bigint[]];
  const at = (x: bigint[], i: number): bigint => x[i] as bigint;
  if (!(at(a, 1) - at(b, 2) > 0n || at(a, 2) - at(b, 1) < 0n)) fail('UNBOUNDED', 'partA', partA);
  const ratio = (ti: number, ai: number, bi: number): number =>
    toNum(at(t, ti) - at(b, bi), at(a, ai) - at(b, bi));
  let low = Number.POSITIVE_INFINITY;
  let high = Number.NEGATIVE_INFINITY;
  for (const ti of [1, 2])
    for (const ai of [1, 2])
      for (const bi of [1, 2]) {
        const s = ratio(ti, ai, bi);
        if (s < low) low = s;
        if (s > high) high = s;
      }
  if (high < 0 || low > 1) fail('OUT_OF_RANGE', 'result', [low, high]);
  return { estimate: fin(ratio(0, 0, 0)), low: fin(low), high: fin(high) };
}
