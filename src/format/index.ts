/**
 * Formatting: names, periods, percents, points and observation values in English and Chinese,
 * at published precision.
 *
 * @module
 */
export { formatPeriod } from '../model/period.js';
export { label } from './label.js';
export { type FormatNumberOptions, formatPercent, formatPoints } from './number.js';
export { type FormatValueOptions, formatValue } from './value.js';
