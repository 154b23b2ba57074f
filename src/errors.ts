/**
 * Errors: one class, one guard, and the list of every code the library throws.
 *
 * @module
 */

/**
 * Every error code the library throws, with what it means (frozen). Codes are stable: a code is never
 * renamed or reused for a different condition within a major version.
 *
 * @category Errors
 * @example
 * ```ts
 * Object.keys(ERROR_CODES).includes('INVALID_PERIOD');
 * //=> true
 * ```
 */
export const ERROR_CODES = /* @__PURE__ */ Object.freeze({
  /** A period id that does not parse (see `parsePeriod` for the accepted forms). */
  INVALID_PERIOD: 'A period id that does not parse.',
  /** A query filter that is not an object, or a field of the wrong type. */
  INVALID_FILTER: 'A query filter that is not an object, or a field of the wrong type.',
  /** User rows that fail validation; `details` lists every bad row with its path and reason. */
  INVALID_OBSERVATIONS: 'Observations that fail validation; details lists every bad row.',
  /** CSV that cannot be read as a table of observations: not UTF-8 text, a header without a needed column, a ragged record, an unterminated quote. */
  INVALID_CSV:
    'CSV that cannot be read as a table: not UTF-8, a header without a needed column, a ragged record, an unterminated quote.',
  /** An id (sector, product, region, unit, …) that is not in the catalogues. */
  UNKNOWN_ID: 'An id that is not in the catalogues.',
  /** An option that is not accepted, or an option value of the wrong type. */
  INVALID_OPTION: 'An option that is not accepted, or has a wrong value.',
  /** A value that is not a finite number (NaN, ±Infinity, a string, null, …). */
  NOT_A_NUMBER: 'A value that is not a finite number.',
  /** A base (previous level) of zero, where a division by it is needed. */
  ZERO_BASE: 'A base of zero where a division by it is needed.',
  /** A negative base where a growth rate would be meaningless. */
  NEGATIVE_BASE: 'A negative base where a growth rate would be meaningless.',
  /** A growth factor 1 + rate/100 that is zero or negative where a product, root or division needs it positive. */
  FACTOR_NOT_POSITIVE: 'A growth factor 1 + rate/100 that is zero or negative.',
  /** An empty list where at least one value is needed. */
  EMPTY_INPUT: 'An empty list where at least one value is needed.',
  /** A result that would overflow to ±Infinity, or an argument outside its allowed range. */
  OUT_OF_RANGE: 'A result that would overflow, or an argument outside its allowed range.',
  /** A rounding-aware answer whose extremes are unbounded (a denominator interval spans zero). */
  UNBOUNDED: 'A rounding-aware answer whose extremes are unbounded.',
  /** A `decimals` that is not a whole number from 0 to 15. */
  INVALID_DECIMALS: 'A decimals that is not a whole number from 0 to 15.',
  /** A conversion between units of different families (tonnes to kWh, …). */
  INCOMPATIBLE_UNITS: 'A conversion between units of different families.',
  /** A comparison asked to rank breakdowns of different kinds (sectors with products, …). */
  MIXED_BREAKDOWN_KINDS: 'A comparison across breakdowns of different kinds.',
  /** A release text that is not a string, or longer than `extractRelease` reads (16 Mi characters). */
  INVALID_RELEASE: 'A release text that is not a string, or too long to read.',
} as const);

/**
 * A stable error code: one of the keys of {@link ERROR_CODES}.
 *
 * @category Errors
 */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Marks errors of this library across realms and across ESM/CJS copies of the package. */
const BRAND = Symbol.for('shanxi-industry.error');

/**
 * The one error class the library throws. It carries a stable string `code`, the offending
 * `value`, and for validation errors a `details` list.
 *
 * @category Errors
 * @example
 * ```ts
 * const e = new ShanxiIndustryError('NOT_A_NUMBER', 'rate is not a finite number', NaN);
 * e.code;
 * //=> 'NOT_A_NUMBER'
 * ```
 */
export class ShanxiIndustryError extends Error {
  /** The stable code (a key of {@link ERROR_CODES}). */
  readonly code: ErrorCode;
  /**
   * The offending value, as it was passed. Not enumerable, like `details`: printing an
   * uncaught error shows its message and code, not a whole input of a million rows.
   */
  declare readonly value: unknown;
  /** For validation errors: the problems found (the first 100), each with its path and reason. */
  declare readonly details: readonly ErrorDetail[];

  /**
   * @param code - the stable code
   * @param message - a sentence saying what was wrong and what is accepted
   * @param value - the offending value
   * @param details - every problem found, for validation errors
   */
  constructor(
    code: ErrorCode,
    message: string,
    value?: unknown,
    details: readonly ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ShanxiIndustryError';
    this.code = code;
    Object.defineProperties(this, {
      value: { value },
      details: { value: details },
      [BRAND]: { value: true },
    });
  }
}

/**
 * One problem found while validating: where it is and what is wrong.
 *
 * @category Errors
 */
export interface ErrorDetail {
  /** Where the problem is, e.g. `[3, 'value']` for the value of the fourth row. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in a sentence. */
  readonly message: string;
}

/**
 * Tells whether a thrown value is an error of this library. Works across realms and across an
 * ESM and a CJS copy of the package, where `instanceof` does not. Never throws: a revoked
 * Proxy or an object whose getters throw is simply not an error of this library.
 *
 * @category Errors
 * @param error - anything that was thrown
 * @returns `true` when `error` is a {@link ShanxiIndustryError} from any copy of the package
 * @example
 * ```ts
 * isShanxiIndustryError(new ShanxiIndustryError('EMPTY_INPUT', 'no rates', []));
 * //=> true
 * isShanxiIndustryError(new Error('other'));
 * //=> false
 * ```
 */
export function isShanxiIndustryError(error: unknown): error is ShanxiIndustryError {
  try {
    return (
      typeof error === 'object' &&
      error !== null &&
      (error as Record<symbol, unknown>)[BRAND] === true &&
      typeof (error as { code?: unknown }).code === 'string'
    );
  } catch {
    return false;
  }
}

/** The longest string shown in a message, in characters. */
const SHOW_MAX = 200;

/**
 * Renders a value for an error message: strings quoted, numbers as written (so that `NaN`,
 * `undefined` and `-0` stay visible), BigInts with their `n`, objects and arrays as JSON with
 * cycles (and repeated objects) marked, the whole cut to about 400 characters. Never
 * throws, whatever it is shown (a revoked Proxy or a getter that throws included).
 *
 * @internal
 */
export function show(value: unknown): string {
  try {
    const seen = new Set<unknown>();
    const text =
      typeof value === 'string'
        ? JSON.stringify(value.slice(0, SHOW_MAX)) + (value.length > SHOW_MAX ? '…' : '')
        : typeof value === 'number' && Object.is(value, -0)
          ? '-0'
          : typeof value === 'bigint'
            ? `${value}n`
            : typeof value !== 'object' || value === null
              ? String(value)
              : (JSON.stringify(value, (_, v) =>
                  typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v))
                    ? `${v}${typeof v === 'bigint' ? 'n' : ''}`
                    : typeof v !== 'object' || v === null
                      ? v
                      : seen.has(v)
                        ? '(cycle)'
                        : seen.add(v) && v,
                ) ?? String(value));
    return text.length > SHOW_MAX * 2 ? `${text.slice(0, SHOW_MAX * 2)}…` : text;
  } catch {
    return 'a value that cannot be read';
  }
}

/**
 * Reads a caller's list once into a new plain array: what cannot be read is refused by
 * {@link readOrFail} with `code` (`what` names it), and a value that is not an array with
 * `code` and the message `takes`, then `; got` and the value (`coverage takes a list of
 * observations; got 42.`).
 *
 * @internal
 */
export function readList(value: unknown, code: ErrorCode, what: string, takes: string): unknown[] {
  const list = readOrFail(() => (Array.isArray(value) ? [...value] : undefined), code, what, value);
  if (!list) throw new ShanxiIndustryError(code, `${takes}; got ${show(value)}.`, value);
  return list;
}

/**
 * Runs `read` (which reads a caller's value: fields, getters, a Proxy) and turns anything it
 * throws that is not a {@link ShanxiIndustryError} — a revoked Proxy, a getter or `toString`
 * that throws — into one with `code`, so that no bare TypeError escapes a public function.
 *
 * @internal
 */
export function readOrFail<T>(read: () => T, code: ErrorCode, what: string, value: unknown): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ShanxiIndustryError) throw e;
    let why = 'an error';
    try {
      why = String(e);
    } catch {}
    throw new ShanxiIndustryError(
      code,
      `${what} cannot be read (${show(why)}); pass plain data.`,
      value,
    );
  }
}

/**
 * A caller's options or filter object read once into a plain copy (its lists copied too), or
 * `undefined` when it is not a non-array object. A revoked Proxy or a throwing getter, at the
 * top or in a field, becomes a {@link ShanxiIndustryError} with `code` instead of a bare
 * TypeError later.
 *
 * @internal
 */
export function readObject(
  value: unknown,
  code: ErrorCode,
  what: string,
): Record<string, unknown> | undefined {
  return readOrFail(
    () => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        const field = (value as Record<string, unknown>)[key];
        const read = Array.isArray(field) ? [...field] : field;
        // the own key `__proto__` stays a plain field of the copy, never its prototype; every
        // other key is assigned (defining each one was most of what a `find` cost)
        if (key === '__proto__')
          Object.defineProperty(copy, key, {
            value: read,
            enumerable: true,
            writable: true,
            configurable: true,
          });
        else copy[key] = read;
      }
      return copy;
    },
    code,
    what,
    value,
  );
}
