/**
 * Decimal-exact arithmetic for published figures. A published rate such as 23.9 is a short
 * decimal; its double is only the nearest binary value. Scaling by a power of ten turns such
 * figures into exact integers, so that sums, differences and ratios of them are computed
 * exactly and rounded once (24.1 − 23.8 gives 0.3, not 0.3000000000000007).
 *
 * (`10 ** k` is exact for every whole k from 0 to 22.)
 *
 * @internal
 * @module
 */

/**
 * The number of decimal places k (0 to 16) of the shortest decimal whose nearest double is
 * `x`, found as the least k with `Math.round(x × 10^k) / 10^k === x`; −1 when there is none.
 *
 * @internal
 */
export const placesOf = (x: number): number => {
  let k = 0;
  for (let p = 1; Math.round(x * p) / p !== x; p *= 10) if (++k > 16) return -1;
  return k;
};

/**
 * The smallest power of ten p = 10^k, with `minPlaces` ≤ k ≤ 16, such that every x in `xs`
 * is the double nearest to a decimal with k places and `Math.round(x * p)` is that decimal's
 * exact (safe) integer numerator. Returns 0 when there is none; callers then fall back to
 * plain floating-point arithmetic.
 *
 * @internal
 */
export const scaleOf = (xs: readonly number[], minPlaces: number): number => {
  let k = minPlaces;
  for (const x of xs) {
    const j = placesOf(x);
    if (j < 0) return 0;
    if (j > k) k = j;
  }
  const p = 10 ** k;
  for (const x of xs) if (!Number.isSafeInteger(Math.round(x * p))) return 0;
  return p;
};

/**
 * The interval `[value − h, value + h]` with h = 0.5 · 10^−decimals. When `value` is a decimal
 * with at most `decimals` places (the usual case for a published figure), each end is the
 * double nearest to the exact decimal end: the ends for 23.9 at one decimal are exactly the
 * doubles 23.85 and 23.95. No argument checks.
 *
 * @internal
 */
export const span = (value: number, decimals: number): [low: number, high: number] => {
  const p = 10 ** decimals;
  const r = Math.round(value * p);
  return r / p === value && Math.abs(r) < 2 ** 52
    ? [(r - 0.5) / p, (r + 0.5) / p]
    : [value - 0.5 / p, value + 0.5 / p];
};
