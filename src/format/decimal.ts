/**
 * Rounding a number as written: the decimal string of its shortest round-trip form, rounded
 * half away from zero (四舍五入) by string arithmetic, never on the binary value.
 *
 * @internal
 * @module
 */

/** A number's shortest round-trip form split into sign, digits and decimal-point position. */
function parts(value: number): { negative: boolean; digits: string; point: number } {
  let text = String(value);
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const e = text.search(/e/i);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const mantissa = e < 0 ? text : text.slice(0, e);
  const dot = mantissa.indexOf('.');
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  return { negative, digits, point };
}

/** Adds one to a string of decimal digits (`"199"` → `"200"`, `"99"` → `"100"`). */
function increment(digits: string): string {
  const a = digits.split('');
  let i = a.length - 1;
  while (i >= 0 && a[i] === '9') a[i--] = '0';
  if (i < 0) return `1${a.join('')}`;
  a[i] = String(Number(a[i]) + 1);
  return a.join('');
}

/**
 * The number as written (`String(value)`), rounded half away from zero to exactly `decimals`
 * digits after the point, as a plain decimal string without exponent: `17.45` → `"17.5"`,
 * `1.005` at 2 → `"1.01"`, `-0.04` at 1 → `"0.0"` (a result of zero never keeps its minus).
 * `value` must be finite and `decimals` a whole number ≥ 0 (not checked here).
 *
 * @internal
 */
export function roundAsWritten(value: number, decimals: number): string {
  let { negative, digits, point } = parts(value);
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (digits.length < point) digits += '0'.repeat(point - digits.length);
  const keep = point + decimals;
  let kept: string;
  if (digits.length <= keep) kept = digits + '0'.repeat(keep - digits.length);
  else {
    kept = digits.slice(0, keep);
    if (digits.charCodeAt(keep) >= 53 /* '5' */) {
      const up = increment(kept);
      if (up.length > kept.length) point += 1;
      kept = up;
    }
  }
  let whole = kept.slice(0, point).replace(/^0+(?=\d)/, '');
  if (whole === '') whole = '0';
  const fraction = kept.slice(point);
  if (/^[0.]*$/.test(whole + fraction)) negative = false;
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}
