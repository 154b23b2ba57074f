/**
 * Argument checks shared by the maths helpers, and the one writer of their error messages.
 * They sit on the hot path and in the smallest bundles, so they stay small: every message has
 * one form, `fn: what must be (CODE); got value`, such as
 * `growthRate: previous must be above 0 (ZERO_BASE); got 0`, the function's name and the
 * requirement passed by the caller, and the value shown by {@link show}.
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

/** The longest value shown in a message, in characters (a longer one is cut, with `…`). */
const MAX = 60;

/**
 * A value as a maths message shows it, without running any of the caller's code (no getter,
 * no conversion, no Proxy trap): numbers, booleans, `null` and `undefined` as `String` writes
 * them (`NaN`, `-Infinity`; −0 as `0`), strings quoted, BigInts with their `n`, Symbols as
 * `Symbol(x)`; an array, another object or a function by its kind (`an array`); the whole
 * cut to 60 characters. Never throws: what cannot even be told apart (a revoked Proxy) is
 * `a value that cannot be read`.
 *
 * @internal
 */
export const show = (v: unknown): string => {
  let t = 'a value that cannot be read';
  try {
    const k = typeof v;
    t =
      k === 'string'
        ? JSON.stringify((v as string).slice(0, MAX + 1))
        : k === 'bigint'
          ? `${v as bigint}n`
          : v !== Object(v)
            ? String(v)
            : Array.isArray(v)
              ? 'an array'
              : k === 'object'
                ? 'an object'
                : 'a function';
  } catch {}
  return t.length > MAX ? `${t.slice(0, MAX)}…` : t;
};

/**
 * Throws a {@link ShanxiIndustryError} with `code` and `value`, whose message is
 * `fn: what (CODE); got text` (`text` is `show(value)` unless given). Typed `never` so that it
 * can stand in any expression.
 *
 * @internal
 */
export const fail = (
  code: ErrorCode,
  fn: string,
  what: string,
  value: unknown,
  text = show(value),
): never => {
  throw new ShanxiIndustryError(code, `${fn}: ${what} (${code}); got ${text}`, value);
};

/**
 * Returns `x` when it is a finite number; otherwise throws `code` (`NOT_A_NUMBER` by default):
 * `fn: name must be a finite number (CODE); got x`.
 *
 * @internal
 */
export const num = (
  x: unknown,
  fn: string,
  name: string,
  code: ErrorCode = 'NOT_A_NUMBER',
): number =>
  Number.isFinite(x) ? (x as number) : fail(code, fn, `${name} must be a finite number`, x);

/**
 * Returns a computed result of `fn` when it is finite; otherwise throws `OUT_OF_RANGE`
 * (`fn: the result must be a finite number (OUT_OF_RANGE); got Infinity`).
 *
 * @internal
 */
export const fin = (x: number, fn: string): number => num(x, fn, 'the result', 'OUT_OF_RANGE');

/**
 * Returns `d` when it is a whole number from 0 to 15; otherwise throws `INVALID_DECIMALS`
 * (`fn: name must be a whole number from 0 to 15…`, `or` added to the requirement, the value
 * shown as `text` when given).
 * (For a finite number, `d & 15` equals `d` exactly for those sixteen values.)
 *
 * @internal
 */
export const places = (d: unknown, fn: string, name: string, or = '', text?: string): number =>
  Number.isFinite(d) && d === ((d as number) & 15)
    ? (d as number)
    : fail('INVALID_DECIMALS', fn, `${name} must be a whole number from 0 to 15${or}`, d, text);

/**
 * Reads the options of `fn` once: the values of `keys`, in order. Its keys are those that
 * `for…in` lists (so a number or a boolean has none, and a string or an array has indices).
 * A key not in `keys` throws `INVALID_OPTION` showing it; options that cannot be read (a
 * revoked Proxy, a getter or trap that throws) throw `INVALID_OPTION`. The error's value is
 * the options.
 *
 * @internal
 */
export const options = (o: unknown, fn: string, keys: readonly string[]): unknown[] => {
  // the first unknown key, once found
  let key: string | undefined;
  try {
    for (const k in o as object)
      if (!keys.includes(k)) {
        key = k;
        break;
      }
    if (key === undefined) return keys.map((k) => (o as Record<string, unknown>)[k]);
  } catch {
    // (what was thrown is never looked at: it may be hostile too)
    fail('INVALID_OPTION', fn, 'options must be plain data that can be read', o);
  }
  return fail('INVALID_OPTION', fn, `options may only have ${keys.join(', ')}`, o, show(key));
};

/**
 * Reads a `decimals` option of `fn`, whose figures are `n` inputs: a whole number from 0 to
 * 15 (every input) or a list of `n` of them (one per input, in argument order), read once.
 * Returns the list of `n`, or of one for a number (so `ds[i] ?? ds[0]` is input i's). Anything
 * else, a list of another length, an item out of range or a list that cannot be read throws
 * `INVALID_DECIMALS`.
 *
 * @internal
 */
export const precisions = (d: unknown, fn: string, n: number): number[] => {
  const ds: unknown[] = [];
  // the length of the list (−1: not a list)
  let len = -1;
  try {
    if (Array.isArray(d)) {
      len = d.length;
      // (a Proxy's length may be anything: it is never converted)
      if (typeof len !== 'number') throw 0;
      for (let i = 0; len === n && i < n; i++) ds.push(d[i]);
    }
  } catch {
    fail('INVALID_DECIMALS', fn, 'decimals cannot be read', d);
  }
  const or = `, or a list of ${n} of them`;
  if (len < 0) return [places(d, fn, 'decimals', or)];
  if (len !== n) places(d, fn, 'decimals', or, `a list of ${len}`);
  return ds.map((x, i) => places(x, fn, `decimals[${i}]`));
};

/**
 * The `decimals` of the options of a rounding-aware helper `fn` of `n` inputs (never
 * `undefined` or `null`: callers treat those as no options): see {@link precisions}. A
 * missing one throws `INVALID_DECIMALS`, a key other than `decimals` `INVALID_OPTION`.
 *
 * @internal
 */
export const decimals = (o: unknown, fn: string, n: number): number[] =>
  precisions(options(o, fn, DECIMALS)[0], fn, n);

/** The one key of {@link decimals}. */
const DECIMALS = ['decimals'];

/**
 * The largest of the precisions `ds` (−1 when there are none).
 *
 * @internal
 */
export const top = (ds?: readonly number[]): number => {
  let m = -1;
  for (const d of ds ?? []) if (d > m) m = d;
  return m;
};

/**
 * Reads a non-empty list of finite numbers once into a new plain array (the caller's list is
 * never written to, and never read again). A value that is not an array, or that cannot be
 * read (a revoked Proxy, a `length` that throws), throws `NOT_A_NUMBER` showing it; an empty
 * one `EMPTY_INPUT`; an item that is not a finite number `NOT_A_NUMBER` showing the item; an
 * item whose reading throws `NOT_A_NUMBER` with the list as value.
 *
 * @internal
 */
export const list = (xs: unknown, fn: string, name: string): number[] => {
  const a: number[] = [];
  // i: −1 while the list is not a readable array, then the index of the item being read
  let i = -1;
  let n = 0;
  let v: unknown = xs;
  let unread = 0;
  try {
    if (Array.isArray(xs)) {
      n = xs.length;
      // (a Proxy's length may be anything: it is never converted)
      if (typeof n !== 'number') throw 0;
      for (i = 0; i < n; i++) {
        const x = xs[i];
        if (!Number.isFinite(x)) {
          v = x;
          break;
        }
        a.push(x);
      }
    }
  } catch {
    unread = 1;
  }
  if (unread) fail('NOT_A_NUMBER', fn, `${name}${i < 0 ? '' : `[${i}]`} cannot be read`, xs);
  if (i < 0) fail('NOT_A_NUMBER', fn, `${name} must be an array of finite numbers`, xs);
  if (i < n) fail('NOT_A_NUMBER', fn, `${name}[${i}] must be a finite number`, v);
  return a.length ? a : fail('EMPTY_INPUT', fn, `${name} must not be empty`, xs, '[]');
};
