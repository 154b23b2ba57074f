/**
 * The gap between two series over time: Shanxi against China, or one breakdown against
 * another.
 *
 * @module
 */
import { show } from '../errors.js';
import type { Breakdown } from '../model/catalogues.js';
import { type PeriodInput, type PeriodKind, parsePeriod } from '../model/period.js';
import type { Indicator, Measure, Region, ScopeFilter } from '../model/vocab.js';
import type { Dataset, OneOrMany, SeriesFilter } from '../query/dataset.js';
import {
  breakdownOf,
  checkOptions,
  datasetOption,
  fail,
  gap,
  indicatorOf,
  measureOf,
  regionOf,
  SCOPE_ORDER,
  sameUnit,
  scopeField,
  scopeOf,
  scopeOption,
} from './internal.js';
import type { GapPoint } from './types.js';

/**
 * Options of {@link gapSeries}.
 *
 * @category Comparisons
 */
export interface GapSeriesOptions {
  /** The breakdown (breakdown A when `against` is a breakdown); default `total`. */
  readonly breakdown?: Breakdown | undefined;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator | undefined;
  /** The measure; default `yoy`. */
  readonly measure?: Measure | undefined;
  /**
   * What the series is compared with: `china` (the default: the same breakdown nationally), or
   * a breakdown B of the same region (`sector:non-coal`).
   */
  readonly against?: 'china' | Breakdown | undefined;
  /** The region of the first series; default `shanxi`. With `against: 'china'` it must be `shanxi`. */
  readonly region?: Region | undefined;
  /**
   * Period kinds to keep (`year-to-date`, `month`, `year`, `range`): single-month and
   * cumulative rates are different series, so pick one to chart.
   */
  readonly kind?: OneOrMany<PeriodKind> | undefined;
  /** Calendar years to keep. */
  readonly year?: OneOrMany<number> | undefined;
  /** Periods on or after this one. */
  readonly from?: PeriodInput | undefined;
  /** Periods on or before this one. */
  readonly to?: PeriodInput | undefined;
  /**
   * The scope of both series: `above-size`, `all`, or `unstated`. Default: the first of those
   * that both series have figures of, as `find` takes scopes.
   */
  readonly scope?: ScopeFilter | undefined;
  /** The data to use; default the shipped dataset. */
  readonly dataset?: Dataset | undefined;
}

const KEYS = [
  'breakdown',
  'indicator',
  'measure',
  'against',
  'region',
  'kind',
  'year',
  'from',
  'to',
  'scope',
  'dataset',
] as const;
const PERIOD_KINDS: readonly unknown[] = ['month', 'year-to-date', 'year', 'range'];

function periodFilter(o: Readonly<Record<string, unknown>>): Partial<SeriesFilter> {
  const out: { -readonly [K in keyof SeriesFilter]?: SeriesFilter[K] } = {};
  if (o.kind !== undefined) {
    const list = Array.isArray(o.kind) ? o.kind : [o.kind];
    for (const k of list)
      if (!PERIOD_KINDS.includes(k))
        fail(
          'INVALID_OPTION',
          `kind takes month, year-to-date, year or range (or a list of them); got ${show(o.kind)}.`,
          o.kind,
        );
    out.kind = o.kind as OneOrMany<PeriodKind>;
  } else {
    // every kind is read (series would refuse the mix); gapSeries refuses a mix of the gaps
    out.kind = PERIOD_KINDS as readonly PeriodKind[];
  }
  if (o.year !== undefined) {
    const list = Array.isArray(o.year) ? o.year : [o.year];
    for (const y of list)
      if (!Number.isInteger(y))
        fail('INVALID_OPTION', 'year takes a whole number or a list of them.', o.year);
    out.year = o.year as OneOrMany<number>;
  }
  if (o.from !== undefined) out.from = parsePeriod(o.from as string).id;
  if (o.to !== undefined) out.to = parsePeriod(o.to as string).id;
  return out;
}

/**
 * The gap between two series, period by period: Shanxi against China for one breakdown (the
 * default), or breakdown A against breakdown B within one region (`against: 'sector:x'`).
 *
 * Formula: `gap = value − benchmark` for every period where both were published, in
 * percentage points for rates, computed exactly in decimal. Each series takes the preferred
 * source's figure where sources disagree. Both series are of one scope, never two: `scope`,
 * or by default the first of `above-size`, `all`, `unstated` that both have figures of (each
 * point carries it; none when unstated).
 *
 * @category Comparisons
 * @param options - `breakdown`, `indicator`, `measure` (defaults `total`, `value-added`,
 * `yoy`); `against` (`china` or a breakdown); `region` (default `shanxi`); which periods
 * (`kind`, `year`, `from`, `to`); `scope`; `dataset`
 * @returns one point per period where both series have a value, in time order
 * @throws ShanxiIndustryError code UNKNOWN_ID when a breakdown, `against`, the region,
 * indicator, measure or scope is not in the catalogues
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown or of the wrong
 * type, the two series are the same, or no `kind` is given and the gaps are of several period
 * kinds (single months, year-to-date runs, whole years: pass `kind`)
 * @throws ShanxiIndustryError code INVALID_PERIOD when `from` or `to` does not parse
 * @throws ShanxiIndustryError code INCOMPATIBLE_UNITS when the two series are levels in
 * different units
 * @example
 * ```ts
 * gapSeries({ kind: 'year' }).map((p) => [p.period, p.value, p.benchmark, p.gap]);
 * //=> [['2020', 5.7, 2.8, 2.9], ['2021', 12.7, 9.6, 3.1], ['2022', 8, 3.6, 4.4], ['2023', 4.6, 4.6, 0]]
 * gapSeries({ breakdown: 'sector:coal', against: 'sector:non-coal', year: 2021 });
 * //=> [{ period: '2021-01/2021-03', value: 24.1, benchmark: 23.8, gap: 0.3, decimals: 1, scope: 'above-size' }, { period: '2021-01/2021-06', value: 14, benchmark: 18.3, gap: -4.3, decimals: 1, scope: 'above-size' }, { period: '2021-01/2021-07', value: 12.4, benchmark: 18.2, gap: -5.8, decimals: 1, scope: 'above-size' }]
 * ```
 */
export function gapSeries(options?: GapSeriesOptions): readonly GapPoint[] {
  const o = checkOptions(options, KEYS, 'gapSeries', true);
  const breakdown = breakdownOf(o.breakdown);
  const indicator = indicatorOf(o.indicator);
  const measure = measureOf(o.measure);
  const region = regionOf(o.region);
  const against =
    o.against === undefined || o.against === 'china' ? 'china' : breakdownOf(o.against);
  const dataset = datasetOption(o.dataset);
  const periods = periodFilter(o);
  if (against === 'china' && region === 'china')
    fail(
      'INVALID_OPTION',
      'region "china" against "china" compares a series with itself; give against a breakdown.',
      o,
    );
  if (against === breakdown)
    fail('INVALID_OPTION', `against ${show(against)} is the breakdown itself.`, o);
  const keyA = { region, indicator, breakdown, measure };
  const keyB =
    against === 'china'
      ? { region: 'china' as const, indicator, breakdown, measure }
      : { region, indicator, breakdown: against, measure };
  let scope = scopeOption(o.scope);
  if (scope === undefined) {
    // one scope for both series: the first of above-size, all, unstated that both have
    const scopesOf = (key: typeof keyA) =>
      new Set(dataset.query({ ...periods, ...key }).map(scopeOf));
    const a = scopesOf(keyA);
    const b = scopesOf(keyB);
    scope = SCOPE_ORDER.find((x: ScopeFilter) => a.has(x) && b.has(x));
    if (scope === undefined) return Object.freeze([]);
  }
  const first = dataset.series({ ...periods, ...keyA, scope });
  const second = dataset.series({ ...periods, ...keyB, scope });
  const byPeriod = new Map(second.map((b) => [b.period, b]));
  const points: GapPoint[] = [];
  for (const a of first) {
    const b = byPeriod.get(a.period);
    if (!b) continue;
    sameUnit(a, b);
    const p: Record<string, unknown> = {
      period: a.period,
      value: a.value,
      benchmark: b.value,
      gap: gap(a.value, b.value),
      decimals: Math.max(a.decimals, b.decimals),
    };
    if (a.qualifier !== undefined) p.qualifier = a.qualifier;
    if (b.qualifier !== undefined) p.benchmarkQualifier = b.qualifier;
    Object.assign(p, scopeField(scope));
    points.push(Object.freeze(p as unknown as GapPoint));
  }
  if (o.kind === undefined) {
    // as series: single months, year-to-date runs and whole years are different series
    const kinds = [...new Set(points.map((p) => parsePeriod(p.period).kind))];
    if (kinds.length > 1)
      fail(
        'INVALID_OPTION',
        `gapSeries found gaps of several period kinds (${kinds.join(', ')}): single months, year-to-date runs and whole years are different series. Pass kind, e.g. { kind: '${kinds.includes('year-to-date') ? 'year-to-date' : kinds[0]}' }, or a list of kinds to mix them knowingly.`,
        o,
      );
  }
  return Object.freeze(points);
}
