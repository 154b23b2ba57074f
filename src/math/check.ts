/**
 * Argument checks shared by the maths helpers. Kept tiny on purpose: they sit on the hot path
 * and in the smallest bundles, so messages are short and name the argument; the offending
 * value itself travels in the error's `value`.
 *
 * @internal
 * @module
 */

import { type ErrorCode, ShanxiIndustryError } from '../errors.js';

/**
 * Throws a {@link ShanxiIndustryError}. Typed `never` so that it can stand in any expression.
 *
 * @internal
 */
export const fail = (code: ErrorCode, message: string, value: unknown): never => {
  throw new ShanxiIndustryError(code, message, value);
};

/**
 * Returns `x` when it is a finite number; otherwise throws `NOT_A_NUMBER` naming the argument.
 *
 * @internal
 */
export const num = (x: unknown, name: string): number =>
  Number.isFinite(x) ? (x as number) : fail('NOT_A_NUMBER', `${name} is not a finite number`, x);

/**
 * Returns a computed result when it is finite; otherwise throws `OUT_OF_RANGE`.
 *
 * @internal
 */
export const fin = (x: number): number =>
  Number.isFinite(x) ? x : fail('OUT_OF_RANGE', 'result is out of range', x);

/**
 * Returns the growth factor `1 + rate / 100` of a checked rate, throwing `FACTOR_NOT_POSITIVE`
 * when it is zero or negative (a rate of −100 or below).
 *
 * @internal
 */
export const factor = (rate: unknown, name: string): number => {
  const f = 1 + num(rate, name) / 100;
  return f > 0 ? f : fail('FACTOR_NOT_POSITIVE', `1 + ${name}/100 is not positive`, rate);
};

/**
 * Returns a checked, non-empty list of finite numbers (the list itself, never a copy, never
 * written to). A non-array throws `NOT_A_NUMBER`, an empty one `EMPTY_INPUT`, a bad item
 * `NOT_A_NUMBER` naming its index.
 *
 * @internal
 */
export const list = (xs: unknown, name: string): readonly number[] => {
  if (!Array.isArray(xs)) fail('NOT_A_NUMBER', `${name} is not an array of numbers`, xs);
  const a = xs as readonly unknown[];
  if (a.length === 0) fail('EMPTY_INPUT', `${name} is empty`, xs);
  for (let i = 0; i < a.length; i++) num(a[i], `${name}[${i}]`);
  return a as readonly number[];
};

/**
 * Checks an options argument: a plain object (not null, not an array) whose own keys are all
 * in `keys`; anything else throws `INVALID_OPTION`.
 *
 * @internal
 */
export const options = (o: unknown, keys: readonly string[]): Readonly<Record<string, unknown>> => {
  if (typeof o !== 'object' || o === null || Array.isArray(o))
    fail('INVALID_OPTION', 'options is not an object', o);
  for (const k of Object.keys(o as object))
    if (!keys.includes(k)) fail('INVALID_OPTION', `unknown option ${k}`, o);
  return o as Readonly<Record<string, unknown>>;
};

/**
 * Returns `d` when it is a whole number from 0 to 15; otherwise throws `INVALID_DECIMALS`.
 *
 * @internal
 */
export const places = (d: unknown, name: string): number =>
  Number.isInteger(d) && (d as number) >= 0 && (d as number) <= 15
    ? (d as number)
    : fail('INVALID_DECIMALS', `${name} is not a whole number from 0 to 15`, d);
