/**
 * An exact oracle for the maths helpers: rationals on BigInt, built from the decimals the
 * arguments are written as (`String(x)`), and the checks of the exact-arithmetic rule.
 */
import { expect } from 'vitest';

/** A rational n / d with d > 0 (not necessarily reduced). */
export type Q = readonly [n: bigint, d: bigint];

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [abs(a), abs(b)];
  while (y) [x, y] = [y, x % y];
  return x;
};
const norm = ([n, d]: Q): Q => {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};

/** The decimal `String(x)` as an exact rational. */
export function dec(x: number): Q {
  const [m, e = '0'] = String(x).split('e') as [string, string?];
  const i = m.indexOf('.');
  const z = Number(e) - (i < 0 ? 0 : m.length - i - 1);
  const n = BigInt(m.replace('.', ''));
  return z >= 0 ? [n * 10n ** BigInt(z), 1n] : norm([n, 10n ** BigInt(-z)]);
}

/** A whole number as a rational. */
export const int = (k: number | bigint): Q => [BigInt(k), 1n];
export const add = (a: Q, b: Q): Q => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
export const sub = (a: Q, b: Q): Q => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]);
export const mul = (a: Q, b: Q): Q => norm([a[0] * b[0], a[1] * b[1]]);
export const div = (a: Q, b: Q): Q => norm([a[0] * b[1], a[1] * b[0]]);
export const pow = (a: Q, k: number): Q => norm([a[0] ** BigInt(k), a[1] ** BigInt(k)]);
export const cmp = (a: Q, b: Q): number => {
  const s = a[0] * b[1] - b[0] * a[1];
  return s < 0n ? -1 : s > 0n ? 1 : 0;
};
/** The growth factor 1 + r / 100 of a rate. */
export const factor = (r: Q): Q => add(int(1), div(r, int(100)));

/** The exact binary value of a finite double. */
export function exact(y: number): Q {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, y);
  const bits = v.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const e = Number((bits >> 52n) & 0x7ffn);
  let m = bits & ((1n << 52n) - 1n);
  if (e) m |= 1n << 52n;
  const p = (e || 1) - 1075;
  return p >= 0 ? [sign * m * 2n ** BigInt(p), 1n] : norm([sign * m, 2n ** BigInt(-p)]);
}

/**
 * The decimal string of `q` when it terminates with at most 15 significant digits; else
 * undefined.
 */
export function short(q: Q): string | undefined {
  const [n, d] = norm(q);
  let r = d;
  let k = 0;
  while (r % 10n === 0n) [r, k] = [r / 10n, k + 1];
  while (r % 2n === 0n || r % 5n === 0n) [r, k] = [r % 2n === 0n ? r / 2n : r / 5n, k + 1];
  if (r !== 1n) return undefined;
  let m = (n * 10n ** BigInt(k)) / d;
  while (m !== 0n && m % 10n === 0n) [m, k] = [m / 10n, k - 1];
  if (String(abs(m)).length > 15) return undefined;
  return `${m}e${-k}`;
}

/** Counts of the two kinds of check, for the report in the test output. */
export const tally = { exact: 0, bounded: 0 };

/**
 * Asserts the rule: `y` is exactly the number when `q` has at most 15 significant digits,
 * else within 1e-15 relative of `q`. Never −0.
 */
export function expectRule(y: number, q: Q, what = ''): void {
  expect(Object.is(y, -0), `${what}: -0`).toBe(false);
  const s = short(q);
  if (s !== undefined) {
    tally.exact++;
    expect(y, `${what}: exact ${s}`).toBe(Number(s) + 0);
    return;
  }
  tally.bounded++;
  expectNear(y, q, what);
}

/** Asserts |y − q| ≤ 1e-15 |q| (exactly, on the binary value of y), with `slack` absolute. */
export function expectNear(y: number, q: Q, what = '', slack: Q = [0n, 1n]): void {
  expect(Number.isFinite(y), `${what}: finite`).toBe(true);
  const diff = sub(exact(y), q);
  const lhs = mul([abs(diff[0]), diff[1]], int(10n ** 15n));
  const rhs = add([abs(q[0]), q[1]], mul([abs(slack[0]), slack[1]], int(10n ** 15n)));
  expect(cmp(lhs, rhs) <= 0, `${what}: ${y} vs ${Number(q[0]) / Number(q[1])}`).toBe(true);
}

/** floor(A^(1/k)) for A ≥ 0 (Newton). */
function iroot(a: bigint, k: number): bigint {
  if (a < 2n) return a;
  const K = BigInt(k);
  let x = 1n << BigInt(Math.ceil(a.toString(2).length / k) + 1);
  for (;;) {
    const y = ((K - 1n) * x + a / x ** (K - 1n)) / K;
    if (y >= x) return x;
    x = y;
  }
}

/** q^(1/k) to `s` decimal places, with its error bound 10^−s: [value, error]. */
export function root(q: Q, k: number, s = 60): [Q, Q] {
  const [n, d] = norm(q);
  const scale = 10n ** BigInt(s);
  const r = iroot((n * scale ** BigInt(k)) / d, k);
  return [norm([r, scale]), [2n, scale]];
}
