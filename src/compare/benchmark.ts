/**
 * Shanxi against the China-wide benchmark for the same figure.
 *
 * @module
 */
import type { Breakdown } from '../model/catalogues.js';
import type { PeriodId, PeriodInput } from '../model/period.js';
import type { Observation } from '../model/types.js';
import type { Indicator, Measure, Qualifier, Scope, ScopeFilter, Unit } from '../model/vocab.js';
import type { Dataset } from '../query/dataset.js';
import {
  breakdownOf,
  checkOptions,
  datasetOption,
  gap,
  indicatorOf,
  measureOf,
  periodId,
  SCOPE_ORDER,
  sameUnit,
  scopeField,
  scopeOf,
  scopeOption,
} from './internal.js';

/**
 * Options of {@link compareWithBenchmark}.
 *
 * @category Comparisons
 */
export interface BenchmarkOptions {
  /** The period, by id or alias (`2021-Q1`); required. */
  readonly period: PeriodInput;
  /** The breakdown; default `total`. */
  readonly breakdown?: Breakdown | undefined;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator | undefined;
  /** The measure; default `yoy`. */
  readonly measure?: Measure | undefined;
  /**
   * The scope of both figures: `above-size`, `all`, or `unstated`. Default: the first of
   * those that both Shanxi and China have a figure of.
   */
  readonly scope?: ScopeFilter | undefined;
  /** The data to use; default the shipped dataset. */
  readonly dataset?: Dataset | undefined;
}

/**
 * Shanxi's figure beside China's for one key, and the gap.
 *
 * @category Comparisons
 */
export interface BenchmarkComparison {
  /** Shanxi's published value. */
  readonly value: number;
  /** China's published value for the same breakdown, indicator, period and measure. */
  readonly benchmark: number;
  /** `value − benchmark`, in percentage points for rates (in the unit of the figures otherwise). */
  readonly gap: number;
  /** The period (canonical id). */
  readonly period: PeriodId;
  /** The breakdown compared. */
  readonly breakdown: Breakdown;
  /** Precision of the gap: the larger of the two values' decimals. */
  readonly decimals: number;
  /** The published precision of Shanxi's value. */
  readonly valueDecimals: number;
  /** The published precision of China's value (492 million tonnes is 0, not the gap's 1). */
  readonly benchmarkDecimals: number;
  /** The word the page put before Shanxi's value, if any. */
  readonly qualifier?: Qualifier;
  /** The word the page put before China's value, if any. */
  readonly benchmarkQualifier?: Qualifier;
  /** The unit of both values. */
  readonly unit: Unit;
  /** The source id of Shanxi's value. */
  readonly source: string;
  /** The source id of China's value. */
  readonly benchmarkSource: string;
  /** The scope of both figures: `above-size` or `all`; none when their pages did not say. */
  readonly scope?: Scope;
}

const KEYS = ['period', 'breakdown', 'indicator', 'measure', 'scope', 'dataset'] as const;

/**
 * Compares Shanxi's published figure with China's for the same breakdown, indicator, period and
 * measure (the preferred source's figure on each side where sources disagree).
 *
 * Formula: `gap = value − benchmark`, in percentage points for rates, computed exactly in
 * decimal (23.9 − 24.5 = −0.6). The two figures are of one scope, never two: `scope`, or by
 * default the first of `above-size`, `all`, `unstated` that both sides have.
 *
 * @category Comparisons
 * @param options - `period` (required); `breakdown`, `indicator`, `measure` (defaults `total`,
 * `value-added`, `yoy`); `scope`; `dataset`
 * @returns the two values and the gap, or `undefined` when either side was not published (in
 * a scope both have)
 * @throws ShanxiIndustryError code INVALID_PERIOD when the period does not parse
 * @throws ShanxiIndustryError code UNKNOWN_ID when the breakdown, indicator, measure or scope
 * is not in the catalogues
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown or of the wrong type
 * @throws ShanxiIndustryError code INCOMPATIBLE_UNITS when the two figures are levels in
 * different units
 * @example
 * ```ts
 * compareWithBenchmark({ period: '2021-Q1' });
 * //=> { value: 23.9, benchmark: 24.5, gap: -0.6, period: '2021-01/2021-03', breakdown: 'total', decimals: 1, valueDecimals: 1, benchmarkDecimals: 1, unit: 'percent', source: 's032', benchmarkSource: 'n006', scope: 'above-size' }
 * compareWithBenchmark({ period: '2021-Q1', breakdown: 'sector:equipment-manufacturing' })?.gap;
 * //=> 1.9
 * compareWithBenchmark({ period: '2021-Q1', breakdown: 'sector:coal' });
 * //=> undefined
 * ```
 */
export function compareWithBenchmark(options: BenchmarkOptions): BenchmarkComparison | undefined {
  const o = checkOptions(options, KEYS, 'compareWithBenchmark');
  const period = periodId(o.period);
  const breakdown = breakdownOf(o.breakdown);
  const indicator = indicatorOf(o.indicator);
  const measure = measureOf(o.measure);
  const asked = scopeOption(o.scope);
  const dataset = datasetOption(o.dataset);
  const key = { period, breakdown, indicator, measure };
  let a: Observation | undefined;
  let b: Observation | undefined;
  for (const scope of asked === undefined ? SCOPE_ORDER : [asked]) {
    a = dataset.find({ ...key, region: 'shanxi', scope });
    b = dataset.find({ ...key, region: 'china', scope });
    if (a && b && scopeOf(a) === scope && scopeOf(b) === scope) break;
    a = b = undefined;
  }
  if (!a || !b) return undefined;
  sameUnit(a, b);
  const out: Record<string, unknown> = {
    value: a.value,
    benchmark: b.value,
    gap: gap(a.value, b.value),
    period,
    breakdown,
    decimals: Math.max(a.decimals, b.decimals),
    valueDecimals: a.decimals,
    benchmarkDecimals: b.decimals,
  };
  if (a.qualifier !== undefined) out.qualifier = a.qualifier;
  if (b.qualifier !== undefined) out.benchmarkQualifier = b.qualifier;
  out.unit = a.unit;
  out.source = a.source;
  out.benchmarkSource = b.source;
  Object.assign(out, scopeField(scopeOf(a)));
  return Object.freeze(out as unknown as BenchmarkComparison);
}
