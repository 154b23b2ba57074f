/**
 * shanxi-industry: typed, sourced datasets of Shanxi province's industrial statistics, with
 * China-wide benchmarks, and the year-on-year maths people do with them.
 *
 * @module shanxi-industry
 */

export { type ClaimCheck, checkClaims } from './compare/claim-check.js';
export * from './compare/index.js';
export { claims } from './data/claims.js';
export { observations, sources } from './data/observations.js';
export * from './data/threshold.js';
export {
  ERROR_CODES,
  type ErrorCode,
  type ErrorDetail,
  isShanxiIndustryError,
  ShanxiIndustryError,
} from './errors.js';
export {
  type FormatNumberOptions,
  type FormatValueOptions,
  formatPercent,
  formatPoints,
  formatValue,
  label,
} from './format/index.js';
export * from './math/index.js';
export * from './model/catalogues.js';
export { decimalsOf } from './model/decimals.js';
export * from './model/period.js';
export type * from './model/types.js';
export {
  type ChineseLevel,
  type ConvertedLevel,
  convertLevel,
  inChineseUnit,
  inOneUnit,
  inUnit,
  type LevelFigure,
  type OneUnitOptions,
  unitFamily,
} from './model/units.js';
export * from './model/vocab.js';
export { type CoverageRow, coverage } from './query/coverage.js';
export type {
  Dataset,
  OneOrMany,
  QueryFilter,
  QueryOptions,
  SeriesFilter,
} from './query/dataset.js';
export { alternatives, find, query, series, shippedDataset, sourceOf } from './query/shipped.js';
