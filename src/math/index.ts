/**
 * The year-on-year maths: pure functions on numbers, no data and no zod. Rates are percents
 * everywhere (23.9 means 23.9 %); shares of a whole are fractions from 0 to 1. Nothing is
 * multiplied or divided by 100 behind your back.
 *
 * Exact arithmetic: every helper computes on the decimals its arguments are written as (their
 * shortest round-trip form, `String(x)`), as a person would. When the exact result has at
 * most 15 significant digits it is returned as exactly that number (`growthRate(107.3, 100)`
 * is 7.3, `compoundGrowth([10, 10])` is 21); otherwise it is within 1e-15 relative of the
 * exact value. Results that are roots (the geometric average, `twoYearAverage`, `annualize`
 * over a fractional number of periods) are in general irrational and are only bound by the
 * 1e-15 rule. No result is ever −0. Every argument is checked:
 * bad input throws a `ShanxiIndustryError` with a stable code (its message is just the name
 * of the offending argument, its `value` what was passed), and no function returns NaN or
 * ±Infinity or modifies its arguments.
 *
 * The derived helpers (`percentagePointDifference`, `compoundGrowth`, `twoYearAverage`,
 * `contribution`, `impliedShare`) take a last `{ decimals }` argument and then answer
 * `{ estimate, low, high }`; without it (or with `undefined` or `null`) they answer a number.
 *
 * @module
 */

export type { AverageGrowthOptions, AverageMethod } from './average.js';
export { averageGrowth, twoYearAverage } from './average.js';
export type { Bounded, BoundsOptions, Interval } from './bounds.js';
export { bounds } from './bounds.js';
export { annualize, compoundGrowth } from './compound.js';
export type { ContributionOptions } from './contribution.js';
export { contribution, contributionRate, impliedShare } from './contribution.js';
export { applyGrowth, baseFromGrowth, growthRate } from './growth.js';
export { percentagePointDifference } from './points.js';
export { fromIndex, toIndex } from './volume-index.js';
