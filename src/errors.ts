/**
 * Errors: one class, one guard, and the list of every code the library throws.
 *
 * @module
 */

/**
 * Every error code the library throws, with what it means. Codes are stable: a code is never
 * renamed or reused for a different condition within a major version.
 *
 * @category Errors
 * @example
 * ```ts
 * Object.keys(ERROR_CODES).includes('INVALID_PERIOD');
 * //=> true
 * ```
 */
export const ERROR_CODES = {
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
} as const;

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
  /** The offending value, as it was passed. */
  readonly value: unknown;
  /** For validation errors: every problem found, each with its path and reason. */
  readonly details: readonly ErrorDetail[];

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
    this.value = value;
    this.details = details;
    Object.defineProperty(this, BRAND, { value: true });
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
 * ESM and a CJS copy of the package, where `instanceof` does not.
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
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[BRAND] === true &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/**
 * Renders a value for an error message: strings quoted, everything else as JSON where
 * possible, so that `NaN`, `undefined` and `-0` stay visible.
 *
 * @internal
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol')
    return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
