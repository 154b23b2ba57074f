/**
 * Published precision.
 *
 * @module
 */

/**
 * The number of digits after the decimal point of a number as written: from a decimal string
 * exactly (`"62.120200"` → 6), from a number by its shortest round-trip form (`23.9` → 1).
 *
 * @category Data
 * @param value - a decimal string or a finite number
 * @returns the count of digits after the decimal point (0 for whole numbers)
 * @example
 * ```ts
 * decimalsOf('62.120200');
 * //=> 6
 * decimalsOf(23.9);
 * //=> 1
 * ```
 */
export function decimalsOf(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value;
  const exp = /e([+-]\d+)$/i.exec(text);
  const mantissa = exp ? text.slice(0, exp.index) : text;
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, digits - (exp ? Number(exp[1]) : 0));
}
