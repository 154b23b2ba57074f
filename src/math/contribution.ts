/**
 * How much a part adds to the growth of the whole: pull (拉动, in percentage points),
 * contribution rate (贡献率, in percent), and the base-period share of a part implied by the
 * growth rates of two parts and of the whole.
 *
 * @module
 */

import type { Bounded, BoundsOptions } from './bounds.js';
import {
  decimals,
  fail,
  fin,
  num,
  places,
  precisions,
  options as readOptions,
  top,
} from './check.js';
import { bigs, div, end, half, rint, scale2, scaleOf, toNum } from './decimal.js';

/**
 * Options of {@link contribution} in rounding-aware mode.
 *
 * @category Maths
 */
export interface ContributionOptions
  extends BoundsOptions<readonly [shareOfBase: number, rate: number]> {
  /**
   * How many decimals the share was published with (0–15), when it is itself a rounded
   * figure; leave it out to treat the share as exact. The share's interval is cut to 0–1.
   * Not with a `decimals` list, which gives the share's precision first.
   */
  readonly shareDecimals?: number;
}

/** The name of {@link contribution} in error messages. */
const C = 'contribution';

/** Checks a share of the whole: a finite number from 0 to 1. */
const share = (s: unknown): number => {
  const x = num(s, C, 'shareOfBase');
  return x >= 0 && x <= 1 ? x : fail('OUT_OF_RANGE', C, 'shareOfBase must be from 0 to 1', s);
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
 * The pull of a part on the growth of the whole, with the exact range it can take given the
 * decimals its figures were published with. `decimals` as one number is the rate's (the
 * share is then taken as exact, unless `shareDecimals` gives its decimals); as a list it is
 * `[the share's, the rate's]`, in argument order (and `shareDecimals` is left out). The pull
 * is a product, so its extremes are at the corners of the input intervals; the share's
 * interval is cut to 0–1 first.
 *
 * Formula: `shareOfBase × rate` at the published figures (`estimate`), and the least and
 * greatest `s × r` over `s ∈ [shareOfBase ∓ 0.5 · 10^−ds] ∩ [0, 1]` (`s = shareOfBase` for an
 * exact share), `r ∈ [rate ∓ 0.5 · 10^−dr]`, each computed exactly in decimal and rounded once.
 *
 * @category Maths
 * @param shareOfBase - the part's share of the whole in the base period, a fraction from 0 to 1
 * @param rate - the part's published growth rate, in percent
 * @param options - `decimals`: the rate's decimals (0–15), or `[the share's, the rate's]`;
 *   optionally `shareDecimals`, the share's decimals beside a number `decimals`
 * @returns `{ estimate, low, high }` in percentage points (a frozen object)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `shareOfBase` or `rate` is not a finite number
 * @throws ShanxiIndustryError code OUT_OF_RANGE when `shareOfBase` is below 0 or above 1
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals` and `shareDecimals`, has `shareDecimals` beside a `decimals` list, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or neither a whole number from 0 to 15 nor a list of two of them (or that list cannot be read), or `shareDecimals` is not a whole number from 0 to 15; options that are neither an object nor `undefined`/`null` throw one of these two codes
 * @example
 * ```ts
 * contribution(0.5, 23.9, { decimals: 1 });
 * //=> { estimate: 11.95, low: 11.925, high: 11.975 }
 * contribution(0.5, 10, { decimals: 0, shareDecimals: 1 });
 * //=> { estimate: 5, low: 4.275, high: 5.775 }
 * // the same, as a list in argument order: the share's 1 decimal, the rate's 0
 * contribution(0.5, 10, { decimals: [1, 0] });
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
  const x = share(shareOfBase);
  num(rate, C, 'rate');
  let d = -1;
  let sd = -1;
  if (options != null) {
    const [od, osd] = readOptions(options, C, CONTRIBUTION_KEYS);
    // a list: [the share's, the rate's]; one number: the rate's (the share exact unless
    // shareDecimals gives its precision)
    const ds = precisions(od, C, 2);
    if (ds.length > 1) {
      if (osd !== undefined)
        fail('INVALID_OPTION', C, 'shareDecimals must be left out when decimals is a list', osd);
      [sd, d] = ds as [number, number];
    } else {
      d = ds[0] as number;
      if (osd !== undefined) sd = places(osd, C, 'shareDecimals');
    }
  }
  // Scaled by q = 10^k (k above both decimals), the share S and the rate R are integers, and
  // so are the half-units hr, hs: as doubles while every product below stays under 2^53
  // (q ≤ 10^10, so q² is an exact power of ten), else as BigInts.
  const m = Math.max(d, sd) + 1;
  const s = scale2(x, rate, m ? 10 ** m : 10);
  const S = rint(x * s);
  const R = rint(rate * s);
  const hr = half(s, d);
  // (the share's ends are at most s)
  if (s && s < 1e11 && s * (Math.abs(R) + hr) < 2 ** 53) return pull(S, R, half(s, sd), hr, s, d);
  const [bs, br, q] = bigs([x, rate], m) as [bigint, bigint, bigint];
  return pull(bs, br, half(q, sd), half(q, d), q, d);
}

/**
 * {@link contribution} on integers over one scale q (numbers or BigInts alike): the share S
 * with half-unit hs, its ends cut to 0–q, and the rate R with half-unit hr. The pull s · r
 * rises with r for s ≥ 0, so its least value is at the low end of r and its greatest at the
 * high end, each at one end of the share's interval; each value one exact quotient.
 */
const pull = (S: any, R: any, hs: any, hr: any, q: any, d: number): number | Bounded => {
  const estimate = div(S * R, q * q);
  if (d < 0) return estimate;
  const lo = S - hs > 0 ? S - hs : S - S;
  const hi = S + hs < q ? S + hs : q;
  const [l1, l2, h1, h2] = [lo * (R - hr), hi * (R - hr), lo * (R + hr), hi * (R + hr)];
  return Object.freeze({
    estimate,
    // (not Math.min and Math.max, which refuse BigInts)
    // biome-ignore lint/complexity/useMathMinMax: numbers and BigInts alike
    low: div(l1 < l2 ? l1 : l2, q * q),
    // biome-ignore lint/complexity/useMathMinMax: numbers and BigInts alike
    high: div(h1 > h2 ? h1 : h2, q * q),
  });
};

/** The option keys of {@link contribution}. */
const CONTRIBUTION_KEYS = ['decimals', 'shareDecimals'];

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
  const F = 'contributionRate';
  num(pull, F, 'pull');
  if (num(totalRate, F, 'totalRate') === 0)
    fail('ZERO_BASE', F, 'totalRate must not be 0', totalRate);
  // scaled by s: 100 P / T, exact integers (T ≠ 0), one division
  const s = scale2(pull, totalRate);
  const n = rint(pull * s) * 100;
  if (s && Math.abs(n) < 2 ** 53) return n / rint(totalRate * s) + 0;
  const [x, y] = bigs([pull, totalRate]) as [bigint, bigint];
  return fin(toNum(x * 100n, y), F);
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
 * The implied base-period share of part A, with the exact range it can take given the
 * decimals each of the three rates was published with: `decimals` is one number for all
 * three, or `[total's, partA's, partB's]` when they were published with different precisions.
 *
 * Formula: `(t − b) / (a − b)` at the published rates (`estimate`), and its least and
 * greatest values over `t, a, b` each within 0.5 · 10^−d of the published rate, d its
 * decimals. The
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
 * @param options - `decimals`: how many decimals the three rates were published with (0–15),
 *   one number for all or a list `[total's, partA's, partB's]`
 * @returns `{ estimate, low, high }` (a frozen object), fractions of the whole (`estimate` may
 *   lie outside 0–1 when the interval still meets it)
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a rate is not a finite number
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` has a key other than `decimals`, or cannot be read (a revoked Proxy, a getter that throws)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is missing, or neither a whole number from 0 to 15 nor a list of three of them (or that list cannot be read); options that are neither an object nor `undefined`/`null` throw one of these two codes
 * @throws ShanxiIndustryError code UNBOUNDED when `partA − partB` can be 0 within rounding (including `partA` equal to `partB`)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when the whole interval lies outside 0–1, or a result would overflow
 * @example
 * ```ts
 * impliedShare(23.9, 24.1, 23.8, { decimals: 1 });
 * //=> { estimate: 0.3333333333333333, low: 0, high: 0.6666666666666666 }
 * // Shanxi, H1 2021: all industry 15.9, coal 14 (published with 0 decimals), non-coal 18.3
 * impliedShare(15.9, 14, 18.3, { decimals: [1, 0, 1] });
 * //=> { estimate: 0.5581395348837209, low: 0.4842105263157895, high: 0.6493506493506493 }
 * ```
 */
export function impliedShare(
  total: number,
  partA: number,
  partB: number,
  options: BoundsOptions<readonly [total: number, partA: number, partB: number]>,
): Bounded;
export function impliedShare(
  total: number,
  partA: number,
  partB: number,
  options?: BoundsOptions<readonly [number, number, number]>,
): number | Bounded {
  num(total, I, 'total');
  num(partA, I, 'partA');
  num(partB, I, 'partB');
  const ds = options == null ? undefined : decimals(options, I, 3);
  const d = top(ds);
  // Scaled by s = 10^k (k above every precision), the rates are integers T, A, B and the
  // half-units integers: as doubles while every difference of ends stays below 2^53, else as
  // BigInts.
  const s = scaleOf([total, partA, partB], d < 0 ? 10 : 10 ** (d + 1));
  const T = rint(total * s);
  const A = rint(partA * s);
  const B = rint(partB * s);
  const hs = [0, 1, 2].map((i) => end(s, ds, i, 1));
  // (|T|, |A|, |B| < 10^15 and every half-unit below 2 · 10^15: every difference of ends is
  // below 2^53)
  if (s && Math.max(...hs) < 2e15) return shareOf(T, A, B, hs, d, partA, partB);
  const [bt, ba, bb, q] = bigs([total, partA, partB], d + 1) as bigint[] as [
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  const hq = [0, 1, 2].map((i) => end(q, ds, i, 1));
  return shareOf(bt, ba, bb, hq, d, partA, partB);
}

/** The name of {@link impliedShare} in error messages. */
const I = 'impliedShare';

/**
 * {@link impliedShare} on integers over one scale (numbers or BigInts alike): the rates T, A,
 * B and their half-units [ht, ha, hb]. The share (t − b) / (a − b) is monotone in each rate
 * while a − b keeps its sign, so its extremes are at the corners of the box of ends; each
 * value one exact quotient.
 */
const shareOf = (
  ...[T, A, B, [ht, ha, hb], d, partA, partB]: [any, any, any, any[], number, number, number]
): number | Bounded => {
  if (!(A - B - ha - hb > 0 || A - B + ha + hb < 0))
    d < 0
      ? fail('ZERO_BASE', I, `partA must differ from partB = ${partB}`, partA)
      : fail(
          'UNBOUNDED',
          I,
          `partA must differ from partB = ${partB} by more than their rounding`,
          partA,
        );
  // (the estimate lies between the corners' values: the share is monotone in each rate)
  const estimate = div(T - B, A - B);
  let low = estimate;
  let high = estimate;
  if (d >= 0)
    for (const t of [T - ht, T + ht])
      for (const a of [A - ha, A + ha])
        for (const b of [B - hb, B + hb]) {
          const r = div(t - b, a - b);
          if (r < low) low = r;
          if (r > high) high = r;
        }
  if (high < 0 || low > 1)
    d < 0
      ? fail(
          'OUT_OF_RANGE',
          I,
          'the share must be from 0 to 1, with total between partA and partB',
          estimate,
        )
      : fail(
          'OUT_OF_RANGE',
          I,
          "the share's range must meet 0–1, with total between partA and partB",
          [low, high],
          `${low} to ${high}`,
        );
  return d < 0
    ? estimate
    : Object.freeze({ estimate: fin(estimate, I), low: fin(low, I), high: fin(high, I) });
};
