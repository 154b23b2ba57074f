/**
 * Decimal-exact arithmetic for published figures. A published rate such as 23.9 is a short
 * decimal; its double is only the nearest binary value. Scaling by a power of ten turns such
 * figures into exact integers, so that sums, differences and ratios of them are computed
 * exactly and rounded once (24.1 − 23.8 gives 0.3, not 0.3000000000000007).
 *
 * @internal
 * @module
 */

/**
 * 10^k, exact for every k from 0 to 22 (repeated multiplication by ten stays exact there).
 *
 * @internal
 */
export const pow10 = (k: number): number => {
  let p = 1;
  while (k-- > 0) p *= 10;
  return p;
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
    let j = 0;
    let p = 1;
    while (Math.round(x * p) / p !== x) {
      if (++j > 16) return 0;
      p *= 10;
    }
    if (j > k) k = j;
  }
  const p = pow10(k);
  for (const x of xs) if (!Number.isSafeInteger(Math.round(x * p))) return 0;
  return p;
};

/**
 * The interval `[value − h, value + h]` with h = 0.5 · 10^−decimals, each end the double
 * nearest to the exact decimal end when `value` is a short decimal (bounds of 23.9 at one
 * decimal are exactly the doubles 23.85 and 23.95). No argument checks.
 *
 * @internal
 */
export const span = (value: number, decimals: number): [low: number, high: number] => {
  const p = scaleOf([value], decimals + 1);
  if (p === 0) {
    const h = 5 / pow10(decimals + 1);
    return [value - h, value + h];
  }
  const r = Math.round(value * p);
  const h = (p / pow10(decimals + 1)) * 5;
  return [(r - h) / p, (r + h) / p];
};
