/**
 * Published precision.
 *
 * @module
 */
import { ShanxiIndustryError, show } from '../errors.js';

const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * The number of digits after the decimal point of a number as written: from a decimal string
 * exactly (`"62.120200"` → 6), from a number by its shortest round-trip form (`23.9` → 1).
 *
 * @category Data
 * @param value - a decimal string or a finite number
 * @returns the count of digits after the decimal point (0 for whole numbers)
 * @throws ShanxiIndustryError code `NOT_A_NUMBER` when `value` is neither a finite number nor a
 * decimal string; `OUT_OF_RANGE` when its exponent is so negative that the count is not a safe
 * integer (`'1e-' + '9'.repeat(400)`)
 * @example
 * ```ts
 * decimalsOf('62.120200');
 * //=> 6
 * decimalsOf(23.9);
 * //=> 1
 * ```
 */
export function decimalsOf(value: string | number): number {
  const ok =
    typeof value === 'number'
      ? Number.isFinite(value)
      : typeof value === 'string' && DECIMAL.test(value);
  if (!ok)
    throw new ShanxiIndustryError(
      'NOT_A_NUMBER',
      `decimalsOf takes a finite number or a decimal string; got ${show(value)}.`,
      value,
    );
  const text = typeof value === 'number' ? String(value) : value;
  const exp = /e([+-]?\d+)$/i.exec(text);
  const mantissa = exp ? text.slice(0, exp.index) : text;
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? 0 : mantissa.length - dot - 1;
  const count = Math.max(0, digits - (exp ? Number(exp[1]) : 0));
  if (!Number.isSafeInteger(count))
    throw new ShanxiIndustryError(
      'OUT_OF_RANGE',
      `decimalsOf: ${show(value)} has more digits after the point than can be counted.`,
      value,
    );
  return count;
}
