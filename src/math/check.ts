/**
 * Argument checks shared by the maths helpers. Kept tiny on purpose: they sit on the hot path
 * and in the smallest bundles (growthRate + twoYearAverage + the error class stay under
 * 1,500 bytes min+gzip). So an error's message is just the name of what is wrong (an argument
 * such as `previous` or `rates[2]`, an option key, or `result`); its `code` says what is wrong
 * with it, and its `value` holds what was passed.
 *
 * Lists and options are read once, into plain values, inside a `try`: whatever a caller's
 * value does when it is read (a revoked Proxy, a getter or a Proxy trap that throws) becomes a
 * coded error, and the helpers never read the caller's value again. Numbers are checked with
 * `Number.isFinite`, which converts nothing: a BigInt, a Symbol, a null-prototype object or an
 * object whose `valueOf` throws is simply not a number.
 *
 * @internal
 * @module
 */

import { type ErrorCode, ShanxiIndustryError } from '../errors.js';

/**
 * Throws a {@link ShanxiIndustryError} whose message is `name`. Typed `never` so that it can
 * stand in any expression.
 *
 * @internal
 */
export const fail = (code: ErrorCode, name: string, value: unknown): never => {
  throw new ShanxiIndustryError(code, name, value);
};

/**
 * Returns `x` when it is a finite number; otherwise throws `code` (`NOT_A_NUMBER` by default)
 * naming it.
 *
 * @internal
 */
export const num = (x: unknown, name: string, code: ErrorCode = 'NOT_A_NUMBER'): number =>
  Number.isFinite(x) ? (x as number) : fail(code, name, x);

/**
 * Returns a computed result when it is finite; otherwise throws `OUT_OF_RANGE`.
 *
 * @internal
 */
export const fin = (x: number): number => num(x, 'result', 'OUT_OF_RANGE');

/**
 * Returns `d` when it is a whole number from 0 to 15; otherwise throws `INVALID_DECIMALS`.
 * (For a finite number, `d & 15` equals `d` exactly for those sixteen values.)
 *
 * @internal
 */
export const places = (d: unknown, name: string): number =>
  num(d, name, 'INVALID_DECIMALS') === ((d as number) & 15)
    ? (d as number)
    : fail('INVALID_DECIMALS', name, d);

/**
 * Reads the options of a helper once: the values of `keys`, in order. Its keys are those that
 * `for…in` lists (so a number or a boolean has none, and a string or an array has indices).
 * A key not in `keys` throws `INVALID_OPTION` naming it; options that cannot be read (a
 * revoked Proxy, a getter or trap that throws) throw `INVALID_OPTION` naming `options`.
 *
 * @internal
 */
export const options = (o: unknown, keys: readonly string[]): unknown[] => {
  let name = 'options';
  try {
    for (const k in o as object)
      if (!keys.includes(k)) {
        name = k;
        throw 0;
      }
    return keys.map((k) => (o as Record<string, unknown>)[k]);
  } catch {
    // (what was thrown is never looked at: it may be hostile too)
    return fail('INVALID_OPTION', name, o);
  }
};

/**
 * Reads `decimals` from the options of a rounding-aware helper (never `undefined` or `null`:
 * callers treat those as no options; see {@link options}). A missing or bad `decimals` throws
 * `INVALID_DECIMALS`.
 *
 * @internal
 */
export const decimals = (o: unknown): number => places(options(o, DECIMALS)[0], 'decimals');

/** The one key of {@link decimals}. */
const DECIMALS = ['decimals'];

/**
 * Reads a non-empty list of finite numbers once into a new plain array (the caller's list is
 * never written to, and never read again). A value that is not an array, or that cannot be
 * read (a revoked Proxy, a `length` that throws), throws `NOT_A_NUMBER` naming the list; an
 * empty one `EMPTY_INPUT`; an item that is not a finite number, or whose reading throws,
 * `NOT_A_NUMBER` naming its index.
 *
 * @internal
 */
export const list = (xs: unknown, name: string): number[] => {
  const a: number[] = [];
  // i: −1 while the list is not a readable array, then the index of the item being read
  let i = -1;
  let n = 0;
  let v: unknown = xs;
  try {
    if (Array.isArray(xs)) {
      n = xs.length;
      for (i = 0; i < n; i++) {
        const x = xs[i];
        if (!Number.isFinite(x)) {
          v = x;
          break;
        }
        a.push(x);
      }
    }
  } catch {}
  if (i < 0) fail('NOT_A_NUMBER', name, xs);
  // (an item whose reading threw is named with the list as its value)
  if (i < n) fail('NOT_A_NUMBER', `${name}[${i}]`, v);
  if (!a.length) fail('EMPTY_INPUT', name, xs);
  return a;
};
