/**
 * Growth rates as volume indices with the previous year at 100 (上年 = 100), as yearbooks
 * print them.
 *
 * @module
 */

import { fail, num } from './check.js';
import { gap } from './decimal.js';

/**
 * The volume index (previous year = 100) of a growth rate.
 *
 * Formula: `100 + rate`, computed exactly in decimal (a result of at most 15 significant
 * digits is exactly that number, any other within 1e-15 relative). An index must be positive, so a rate of
 * −100 or below (a level falling to zero or changing sign) has none.
 *
 * @category Maths
 * @param rate - the growth rate, in percent; must be above −100
 * @returns the index, previous year = 100
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `rate` is not a finite number
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when `rate` is −100 or below
 * @example
 * ```ts
 * toIndex(23.9);
 * //=> 123.9
 * toIndex(-2.8);
 * //=> 97.2
 * ```
 */
export function toIndex(rate: number): number {
  const F = 'toIndex';
  if (!(num(rate, F, 'rate') > -100))
    fail('FACTOR_NOT_POSITIVE', F, 'rate must be above -100', rate);
  return gap(rate, 0, 100);
}

/**
 * The growth rate of a volume index (previous year = 100).
 *
 * Formula: `index − 100`, computed exactly in decimal (a result of at most 15 significant
 * digits is exactly that number, any other within 1e-15 relative). The index must be positive (it is
 * the growth factor times 100).
 *
 * @category Maths
 * @param index - the index, previous year = 100; must be positive
 * @returns the growth rate, in percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `index` is not a finite number
 * @throws ShanxiIndustryError code FACTOR_NOT_POSITIVE when `index` is zero or negative
 * @example
 * ```ts
 * fromIndex(123.9);
 * //=> 23.9
 * fromIndex(97.2);
 * //=> -2.8
 * ```
 */
export function fromIndex(index: number): number {
  const F = 'fromIndex';
  if (!(num(index, F, 'index') > 0)) fail('FACTOR_NOT_POSITIVE', F, 'index must be above 0', index);
  return gap(index, 0, -100);
}
