/**
 * Decimal-exact arithmetic for published figures. A published rate such as 23.9 is a short
 * decimal; its double is only the nearest binary value. The maths helpers compute with the
 * decimal each argument is written as (its shortest round-trip form, `String(x)`), exactly,
 * and round once at the end.
 *
 * Fast path: when every argument is a decimal of at most 15 significant digits, scaling by a
 * power of ten turns them into exact integers below 10^15; a result that is one division of
 * two exact integers (both below 2^53) is then the double nearest the exact result, so a
 * result with at most 15 significant digits comes out as exactly that number. (`10 ** k` is
 * exact for every whole k from 0 to 22.) Otherwise: the same formula on BigInt, converted by
 * {@link toNum}.
 *
 * @internal
 * @module
 */

/** Scaled integers are kept below 10^15: such a decimal is the only one of ≤ 15 digits, so it is `String(x)`. */
const LIM = 1e15;

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
 * exact integer numerator, below 10^15 in size (so that the decimal is `String(x)`). Returns
 * 0 when there is none; callers then take the BigInt path.
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
  for (const x of xs) if (!(Math.abs(Math.round(x * p)) < LIM)) return 0;
  return p;
};

/**
 * {@link scaleOf} of two numbers, without a list (the hot path of growthRate and friends).
 *
 * @internal
 */
export const scale2 = (x: number, y: number): number => {
  let s = 1;
  for (let k = 0; rint(x * s) / s !== x || rint(y * s) / s !== y; s *= 10) if (++k > 16) return 0;
  return Math.abs(x * s) < LIM && Math.abs(y * s) < LIM ? s : 0;
};

/**
 * The whole number nearest to `t` (ties to even) when |t| < 2^51, by adding and taking away
 * 1.5 × 2^52 (faster than Math.round). Larger `t` give some other number, which no check
 * above accepts: a scale is only returned when |x × s| < 10^15.
 *
 * @internal
 */
export const rint = (t: number): number => t + 6755399441055744 - 6755399441055744;

/** 10^k as a BigInt. */
export const ten = (k: number): bigint => 10n ** BigInt(k);

/**
 * The decimals `String(x)` of `xs` as BigInt numerators over one power of ten 10^k, with
 * k ≥ `minPlaces`: `[numerators, 10^k]`. Exact for every finite double.
 *
 * @internal
 */
export const bigs = (xs: readonly number[], minPlaces = 0): [bigint[], bigint] => {
  const parts: [bigint, number][] = [];
  let k = minPlaces;
  for (const x of xs) {
    const [m, e] = String(x).split('e') as [string, string?];
    const i = m.indexOf('.');
    const z = Number(e ?? 0) - (i < 0 ? 0 : m.length - i - 1);
    parts.push([BigInt(m.replace('.', '')), z]);
    if (-z > k) k = -z;
  }
  return [parts.map(([n, z]) => n * ten(z + k)), ten(k)];
};

/**
 * The double nearest to `n / d` (d ≠ 0): 21 or 22 significant digits of the quotient (exact
 * when it has fewer), read back by `Number`. So a quotient of at most 15 significant digits
 * gives exactly that number, any other one within 10^−20 relative before the final rounding.
 * Never −0.
 *
 * @internal
 */
export const toNum = (n: bigint, d: bigint): number => {
  const neg = n < 0n !== d < 0n;
  if (d < 0n) d = -d;
  const a = n < 0n ? -n : n;
  const s = 21 - String(a).length + String(d).length;
  const q = s < 0 ? a / (d * ten(-s)) : (a * ten(s)) / d;
  return Number(`${neg ? '-' : ''}${q}e${-s}`) + 0;
};

/**
 * The interval `[value − h, value + h]` with h = 0.5 · 10^−decimals, each end the double
 * nearest to the exact decimal end (the ends for 23.9 at one decimal are exactly the doubles
 * 23.85 and 23.95). No argument checks.
 *
 * @internal
 */
export const span = (value: number, decimals: number): [low: number, high: number] => {
  const p = scaleOf([value], decimals + 1);
  if (p) {
    const r = Math.round(value * p);
    const h = (p / 10 ** (decimals + 1)) * 5;
    return [(r - h) / p + 0, (r + h) / p + 0];
  }
  const [[r], q] = bigs([value], decimals + 1) as [[bigint], bigint];
  const h = (q / ten(decimals + 1)) * 5n;
  return [toNum(r - h, q), toNum(r + h, q)];
};
