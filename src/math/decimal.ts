/**
 * Decimal-exact arithmetic for published figures. A published rate such as 23.9 is a short
 * decimal; its double is only the nearest binary value. The maths helpers compute with the
 * decimal each argument is written as (its shortest round-trip form, `String(x)`), exactly,
 * and round once at the end.
 *
 * Fast path: when every argument is a decimal of at most 15 significant digits, scaling by a
 * power of ten turns them into exact integers below 10^15; a result that is one division of
 * two exact integers (both below 2^53) is then the double nearest the exact result, so a
 * result with at most 15 significant digits comes out as exactly that number. (`10 ** k` and
 * `s *= 10` from 1 are exact for every whole k from 0 to 22.) Otherwise: the same formula on
 * BigInt, from the digits of `String(x)` ({@link bigs}), rounded once by {@link toNum}.
 *
 * Why a double of 16 or 17 digits (a computed ratio, `1 + Math.random() × 1e4`) cannot take
 * the fast path: its decimal `String(x)` differs from its binary value by up to half a unit
 * in the last place, and a result such as `growthRate(c, p)` magnifies that difference by
 * `(|c| + |p|) / |c − p|` (about 20 for a 10 % rate): computed from the binary values, the
 * rate would miss the rate of the decimals by more than 1e-15. Only the digits of
 * `String(x)` tell the decimal, so that path pays for two string conversions and a few
 * BigInt operations (about 1 µs a call).
 *
 * @internal
 * @module
 */

/** Scaled integers are kept below 10^15: such a decimal is the only one of ≤ 15 digits, so it is `String(x)`. */
const LIM = 1e15;

/**
 * The whole number nearest to `t` (ties to even) when |t| < 2^51, by adding and taking away
 * 1.5 × 2^52 (faster than Math.round). Larger `t` give some other number, which no check
 * accepts: a scale is only returned when every |x × s| < 10^15.
 *
 * @internal
 */
export const rint = (t: number): number => t + 6755399441055744 - 6755399441055744;

/**
 * The least power of ten s ≥ `s0` (a power of ten from 1 to 10^16; 10 by default, 0 for
 * none) at which `x` and `y` are both short decimals: `rint(x × s) / s === x`, the same for
 * `y`, and |x × s|, |y × s| < 10^15. Returns 0 when there is none up to 10^16 (callers then
 * take the BigInt path).
 *
 * Proof obligations. (1) A passing check is sound: x is then the double nearest N / s with
 * N = rint(x × s) a whole number below 10^15, a decimal of at most 15 significant digits;
 * two such decimals never round to the same double (15 digits is within a double's
 * precision), and `String(x)` is the shortest decimal that rounds to x, so it is N / s.
 * (2) A pass is kept at every larger s while |x × s| < 10^15: there x × s lies within
 * 10^15 × 2^−53 < 0.12 of N × s / s₀ before rounding and within as much after, so rint gives
 * that whole number, and dividing it by s is the same rational as N / s₀. So raising s for
 * whichever check fails finds the least common scale, and the final magnitude check makes
 * every earlier pass valid at the final s.
 *
 * @internal
 */
export const scale2 = (x: number, y: number, s = 10): number => {
  while (s && (rint(x * s) / s !== x || rint(y * s) / s !== y)) s = s < 1e16 ? s * 10 : 0;
  return Math.abs(x * s) < LIM && Math.abs(y * s) < LIM ? s : 0;
};

/**
 * {@link scale2} of every number of `xs`, from `s` (10 by default): the least power of ten at
 * which all of them are short decimals below 10^15 once scaled, or 0.
 *
 * @internal
 */
export const scaleOf = (xs: readonly number[], s = 10): number => {
  let m = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    while (s && rint(x * s) / s !== x) s = s < 1e16 ? s * 10 : 0;
    if (Math.abs(x) > m) m = Math.abs(x);
  }
  return m * s < LIM ? s : 0;
};

/** 10^k as a BigInt (each computed once: `10n ** k` costs as much as a division). */
export const ten = (k: number): bigint => (TENS[k] ??= 10n ** BigInt(k));

/** The powers of ten computed so far. */
const TENS: bigint[] = [];

/**
 * The decimal `String(x)` as [digits, z]: x's shortest decimal is the whole number written
 * by `digits` (with its sign, perhaps with leading zeros) times 10^z. No split or regular
 * expression: `String` writes `123.45`, `-0.0012`, `1.5e-7` or `1e+21`.
 */
const parts = (x: number): [digits: string, z: number] => {
  let s = String(x);
  let z = 0;
  const e = s.indexOf('e');
  if (e > 0) {
    z = +s.slice(e + 1);
    s = s.slice(0, e);
  }
  const i = s.indexOf('.');
  return i < 0 ? [s, z] : [s.slice(0, i) + s.slice(i + 1), z + i + 1 - s.length];
};

/**
 * The decimals `String(x)` of `xs` as BigInt numerators over one power of ten q = 10^k, with
 * k ≥ `minPlaces` (≥ 0): `[...numerators, q]`. Exact for every finite double; the numerators
 * are read from the digits with zeros appended, so no BigInt multiplication aligns them.
 *
 * @internal
 */
export const bigs = (xs: readonly number[], minPlaces = 0): bigint[] => {
  const ps = xs.map(parts);
  let k = minPlaces;
  for (const [, z] of ps) if (-z > k) k = -z;
  const ns = ps.map(([m, z]) => BigInt(m + '0'.repeat(z + k)));
  ns.push(ten(k));
  return ns;
};

/**
 * The double nearest to `n / d` (d ≠ 0), ties to even; never −0.
 *
 * Proof obligation: the hexadecimal lengths give the bit lengths of |n| and |d| within 4,
 * so with e = 64 − 4 × (their difference) the quotient q = ⌊|n| × 2^e / |d|⌋ has 60 to 69
 * bits. Setting q's last bit when the division leaves a remainder keeps it on the same side
 * of every tie between two 53-bit values, so `Number` (which rounds a BigInt to nearest,
 * ties to even) rounds it as it would round the exact quotient; scaling by 2^−e in two
 * halves is exact (a normal result) or one final rounding (a subnormal one). In particular
 * a quotient of at most 15 significant digits gives exactly that number.
 *
 * @internal
 */
export const toNum = (n: bigint, d: bigint): number => {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const neg = n < 0n;
  if (neg) n = -n;
  const e = 64 - 4 * (n.toString(16).length - d.toString(16).length);
  if (e > 0) n <<= BigInt(e);
  else d <<= BigInt(-e);
  const q = n / d;
  const h = -e >> 1;
  const r = Number(q * d === n ? q : q | 1n) * 2 ** h * 2 ** (-e - h);
  return (neg ? -r : r) + 0;
};

/**
 * `n / d` of two exact integers, both numbers (below 2^53) or both BigInts: the double
 * nearest to the quotient, never −0 (one division, or {@link toNum}). For formulas written
 * once for both kinds of integer.
 *
 * @internal
 */
export const div = (n: any, d: any): number => (typeof n === 'bigint' ? toNum(n, d) : n / d + 0);

/**
 * `x − y + k · 10^−j` (k a whole number, 0 ≤ j ≤ 16) computed exactly on the decimals `x`
 * and `y` are written as: the double nearest to it (exactly that number when it has at most
 * 15 significant digits), never −0; ±Infinity when it overflows. No argument checks.
 *
 * @internal
 */
export const gap = (x: number, y: number, k = 0, j = 0): number => {
  // Scaled by s = 10^m (m ≥ j, m ≥ 1), x and y are integers below 10^15 and k · 10^(m − j)
  // an exact integer; their sum, checked below 2^53, is exact: one division.
  const t = 10 ** j;
  const s = scale2(x, y, j ? t : 10);
  const n = rint(x * s) - rint(y * s) + k * (s / t);
  if (s && Math.abs(n) < 2 ** 53) return n / s + 0;
  const [mx, my, q] = bigs([x, y], j) as [bigint, bigint, bigint];
  return toNum(mx - my + (BigInt(k) * q) / ten(j), q);
};

/**
 * The half-unit 0.5 · 10^−d of a figure published with `d` decimals (0 for d < 0, an exact
 * figure), over the scale `q` (a power of ten above 10^d, a number or a BigInt): the whole
 * number 5 · q / 10^(d + 1), exact.
 *
 * @internal
 */
export const half = (q: any, d: number): any =>
  d < 0 ? q - q : typeof q === 'bigint' ? (q / ten(d + 1)) * 5n : (q / 10 ** (d + 1)) * 5;

/**
 * The offset e · 0.5 · 10^−dᵢ of the end of input i's rounding interval, over the scale `q`
 * (as {@link half}): dᵢ is `ds[i]`, or `ds[0]` when `ds` has one precision for all inputs;
 * 0 without `ds` (exact inputs). `e` is −1 (the low end), 0 or 1 (the high end).
 *
 * @internal
 */
export const end = (q: any, ds: readonly number[] | undefined, i: number, e: number): any =>
  ds
    ? half(q, (ds[i] ?? ds[0]) as number) * ((typeof q === 'bigint' ? BigInt(e) : e) as any)
    : q - q;
