/**
 * Comparisons: sectors ranked against each other and the total, Shanxi against China, and
 * gaps over time. Every function reads the shipped data unless given a `dataset`.
 *
 * @module
 */
export {
  type BenchmarkComparison,
  type BenchmarkOptions,
  compareWithBenchmark,
} from './benchmark.js';
export { type GapSeriesOptions, gapSeries } from './gap-series.js';
export type { RankedKind } from './internal.js';
export { type LeadersOptions, laggards, leaders } from './leaders.js';
export { type RankChange, type RankChangesOptions, rankChanges } from './rank-changes.js';
export { type CompareSectorsOptions, compareSectors } from './sectors.js';
export type { CompareRow, GapPoint } from './types.js';
