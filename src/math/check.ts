/**
 * Argument checks shared by the maths helpers. Kept tiny on purpose: they sit on the hot path
 * and in the smallest bundles (growthRate + twoYearAverage + the error class stay under
 * 600 bytes min+gzip). So an error's message is just the name of what is wrong (an argument
 * such as `previous` or `rates[2]`, an option key, or `result`); its `code` says what is wrong
 * with it, and its `value` holds what was passed.
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
 * Returns a computed ratio as a percent (`x × 100`) when that is finite; otherwise throws
 * `OUT_OF_RANGE`.
 *
 * @internal
 */
export const pct = (x: number): number => num(x * 100, 'result', 'OUT_OF_RANGE');

/**
 * Returns the growth factor `1 + rate / 100` of a checked rate, throwing `FACTOR_NOT_POSITIVE`
 * when it is zero or negative, that is when the rate is −100 or below. (In doubles too,
 * `rate > -100` exactly when `1 + rate / 100 > 0`.)
 *
 * @internal
 */
export const factor = (rate: unknown, name: string): number =>
  num(rate, name) > -100 ? 1 + (rate as number) / 100 : fail('FACTOR_NOT_POSITIVE', name, rate);

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
 * Reads `decimals` from the options of a rounding-aware helper (never `undefined` or `null`:
 * callers treat those as no options). Any other key throws `INVALID_OPTION`; a missing or bad
 * `decimals` (including options that are not an object at all) throws `INVALID_DECIMALS`.
 *
 * @internal
 */
export const decimals = (o: {}): number => {
  for (const k in o) k === 'decimals' || fail('INVALID_OPTION', k, o);
  return places((o as { decimals?: unknown }).decimals, 'decimals');
};

/**
 * Checks the options object of a helper that is not rounding-aware: an object whose own keys
 * are all in `keys`; anything else throws `INVALID_OPTION`.
 *
 * @internal
 */
export const options = (o: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> => {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) fail('INVALID_OPTION', 'options', o);
  for (const k of Object.keys(o as object)) keys.includes(k) || fail('INVALID_OPTION', k, o);
  return o as Readonly<Record<string, unknown>>;
};

/**
 * Returns a checked, non-empty list of finite numbers (the list itself: never copied, never
 * written to). A non-array throws `NOT_A_NUMBER`, an empty one `EMPTY_INPUT`, a bad item
 * `NOT_A_NUMBER` naming its index.
 *
 * @internal
 */
export const list = (xs: unknown, name: string): readonly number[] => {
  if (!Array.isArray(xs)) fail('NOT_A_NUMBER', name, xs);
  const a = xs as readonly unknown[];
  if (a.length === 0) fail('EMPTY_INPUT', name, xs);
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) num(a[i], `${name}[${i}]`);
  return a as readonly number[];
};
