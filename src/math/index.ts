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
 * bad input throws a `ShanxiIndustryError` with a stable code, its `value` what was passed,
 * and a message of one form that names the function, says what is wrong and shows the value
 * (`growthRate: previous must be above 0 (ZERO_BASE); got 0`); no function returns NaN or
 * ±Infinity or modifies its arguments.
 *
 * The derived helpers (`percentagePointDifference`, `compoundGrowth`, `averageGrowth`,
 * `twoYearAverage`, `contribution`, `impliedShare`) take a `{ decimals }` option and then
 * answer `{ estimate, low, high }`; without it (or with `undefined` or `null` options) they
 * answer a number. `decimals` is one number when every figure was published with the same
 * decimals, or a list with one per figure, in argument order, when they differ
 * (`percentagePointDifference(14, 15.9, { decimals: [0, 1] })`).
 * Every object a helper returns (those and `bounds`' `{ low, high }`) is frozen. Lists and
 * options objects are read once, into plain values: one that cannot be read (a revoked
 * Proxy, a getter or Proxy trap that throws) is refused with `NOT_A_NUMBER` (a list or an
 * item) or `INVALID_OPTION` (options), and nothing a caller passes is ever converted (a BigInt,
 * a Symbol or an object whose `valueOf` throws is simply not a number).
 *
 * Cost. Published figures (decimals of at most 15 significant digits, such as 23.9 or
 * 1356.2) take a fast path: scaled by a power of ten they are exact integers, and the result
 * is one division of two of them. `growthRate`, `applyGrowth` and `baseFromGrowth` then cost
 * about twice the bare formula called through a function at most (measured 1.7×, 2.0× and
 * 1.8× by the project's benchmarks). A double of 16 or 17 significant digits (a computed ratio,
 * `1 + Math.random() * 1e4`) takes the decimal path: its digits are read from `String(x)`
 * and the formula evaluated on BigInt, about 2 µs a call (150 to 250 times the bare formula).
 * It has to: such a double stands for a decimal that differs from its binary value by up to
 * half a unit in the last place, and a rate magnifies that difference by
 * `(|c| + |p|) / |c − p|`, about 20 for a 10 % rate. Computed from the binary values, the
 * rate of two such levels misses the rate of their decimals by more than 1e-15 in 4 % of
 * random pairs (13 % of pairs 5–15 % apart, up to 7e-13), and whether the exact rate is a
 * short decimal (so must come out exact) cannot be told without the decimals' digits.
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
