/**
 * `find`, `query`, `series` and friends over the shipped data. The index is built once, on the
 * first call.
 *
 * @module
 */
import { observations, sources } from '../data/observations.js';
import type { Observation, ObservationKey, Source } from '../model/types.js';
import {
  type Dataset,
  datasetOf,
  type QueryFilter,
  type QueryOptions,
  type SeriesFilter,
} from './dataset.js';

let shipped: Dataset | undefined;

/**
 * The shipped data as a {@link Dataset}, its index built on first use.
 *
 * @category Data
 * @returns the dataset of every shipped observation and source
 * @example
 * ```ts
 * shippedDataset().observations.length > 1000;
 * //=> true
 * ```
 */
export function shippedDataset(): Dataset {
  shipped ??= datasetOf(observations, sources);
  return shipped;
}

/**
 * Finds the preferred figure for one key, or `undefined` when there is none. Constant time:
 * an index is built once, on the first call.
 *
 * Defaults: region `shanxi`, indicator `value-added`, breakdown `total`, measure `yoy`. The
 * period may be an alias (`2021-Q1`). An observation is a key too (its other fields are
 * ignored; no scope means `unstated`).
 *
 * **Scope is part of the key.** Figures of enterprises above designated size (`above-size`),
 * of all producers (`all`) and of pages that did not say (`unstated`) are different
 * statistics, never alternatives of one another. A key without `scope` takes the first scope
 * that has figures, in the order `above-size`, `all`, `unstated`; the row's `scope` says which.
 *
 * **The preferred figure**, among the rows of one key and scope:
 * 1. a figure without a qualifier before a qualified one ("over 1.37 bn t" is a bound);
 * 2. the more precise figure, judged by the unit of its last published digit once converted
 *    to one unit (137752.0万吨, to 1,000 t, before 13.78亿吨, to 1 Mt);
 * 3. the source kind: official > state-media > industry-media > reprint;
 * 4. the most recently published page;
 * 5. the order of the data.
 *
 * {@link alternatives} gives every row of the key and scope in that order.
 *
 * @category Data
 * @param key - the period, and any of region, indicator, breakdown, measure
 * @returns the observation, or `undefined` when no figure was published for the key
 * @throws ShanxiIndustryError code `INVALID_FILTER` when the key is not an object, has an
 * unknown field, a field that is not a string, or no period; `INVALID_PERIOD` when the period
 * does not parse; `UNKNOWN_ID` when no figure was found and a field is no id of the
 * catalogues (`sector:cole`, `Shanxi`: a mistake, not a gap; the message names the id it may
 * have meant)
 * @example
 * ```ts
 * find({ period: '2021-Q1', breakdown: 'sector:coal' })?.value;
 * //=> 24.1
 * find({ period: '2014-Q1', breakdown: 'sector:coal' });
 * //=> undefined
 * find({ indicator: 'output', breakdown: 'product:raw-coal', period: '2023', measure: 'level' })?.value;
 * //=> 135658.2
 * find({ indicator: 'output', breakdown: 'product:raw-coal', period: '2023', measure: 'level', scope: 'all' })?.value;
 * //=> 137752
 * ```
 */
export function find(key: ObservationKey): Observation | undefined {
  return shippedDataset().find(key);
}

/**
 * Every figure published for one key and scope, the preferred one first (the rule is under
 * {@link find}); `[]` when there is none. Pass an observation to ask which other pages give
 * that figure.
 *
 * @category Data
 * @param key - as for {@link find}
 * @returns the observations of the key, preferred first
 * @throws ShanxiIndustryError codes as for {@link find}
 * @example
 * ```ts
 * alternatives({ period: '2021-H1' }).map((o) => o.source);
 * //=> ['s034', 's104', 's033']
 * alternatives({ indicator: 'output', breakdown: 'product:raw-coal', period: '2023', measure: 'level' }).map((o) => o.qualifier ?? 'exact');
 * //=> ['exact', 'over']
 * ```
 */
export function alternatives(key: ObservationKey): readonly Observation[] {
  return shippedDataset().alternatives(key);
}

/**
 * Selects observations. Every filter field takes one value or a list; periods by id or alias,
 * by `year`, by `kind` or by range (`from`, `to`). Unknown ids match nothing. Where sources
 * disagree only the preferred figure of each key and scope is returned (see {@link find}),
 * unless `{ alternatives: true }`; rows of different scopes are different keys.
 *
 * @category Data
 * @param filter - which rows; none selects every row
 * @param options - `{ alternatives: true }` for every source's figure
 * @returns the matching observations, in the order of the data
 * @throws ShanxiIndustryError code `INVALID_FILTER` when the filter is not an object, has an
 * unknown field or a field of the wrong type, a `kind` other than month, year-to-date, year or
 * range, or cannot be read (a revoked Proxy); `INVALID_PERIOD` when a period does not parse;
 * `UNKNOWN_ID` when a region, indicator, breakdown, measure, unit, qualifier or scope is no id
 * of the catalogues (the message names the id it may have meant); `INVALID_OPTION` for a
 * wrong option
 * @example
 * ```ts
 * query({ period: '2021-Q1', breakdown: ['sector:coal', 'sector:non-coal'] }).map((o) => o.value);
 * //=> [24.1, 23.8]
 * query({ breakdown: 'sector:coal', year: 2014 });
 * //=> []
 * ```
 */
export function query(filter?: QueryFilter, options?: QueryOptions): readonly Observation[] {
  return shippedDataset().query(filter, options);
}

/**
 * One observation per period, in time order, for one region, indicator, breakdown and
 * measure (defaults as for {@link find}). Single months, year-to-date runs and whole years are
 * different series: when the figures found are of more than one period kind, pass `kind`
 * (`'year-to-date'`, `'month'`, `'year'`, or a list to mix them knowingly). Likewise, figures of
 * different scopes are different statistics: when more than one scope is found, pass `scope`.
 *
 * Each figure keeps the unit its page published it in, so a series of levels may mix units of
 * one family: Shanxi's raw coal output is in 亿吨 (`tonnes-100m`) for some years and in 万吨
 * (`tonnes-10k`) for others. To show, compare or draw such a series on one scale, pass it to
 * {@link inOneUnit}, which moves every figure exactly into one unit (the data is not changed).
 *
 * @category Data
 * @param filter - the series and, optionally, which periods
 * @returns the observations in time order (see `comparePeriods`)
 * @throws ShanxiIndustryError code `INVALID_FILTER` when a field is of the wrong type or a list,
 * a `kind` is not month, year-to-date, year or range, or when no `kind` is given and the
 * figures found are of several period kinds, or no `scope` and they are of several scopes;
 * `INVALID_PERIOD` when `from` or `to` does not parse; `UNKNOWN_ID` when a field is no id of
 * the catalogues
 * @example
 * ```ts
 * series({ region: 'china', year: 2021, kind: 'year-to-date' }).slice(0, 2).map((o) => [o.period, o.value]);
 * //=> [['2021-01/2021-02', 35.1], ['2021-01/2021-03', 24.5]]
 * series({ indicator: 'output', breakdown: 'product:raw-coal', measure: 'level', kind: 'year', scope: 'all' }).map((o) => o.period);
 * //=> ['2019', '2023']
 * const coal = series({ indicator: 'output', breakdown: 'product:raw-coal', measure: 'level', kind: 'year', scope: 'above-size' });
 * coal.map((o) => `${o.value}${label(o.unit, 'zh')}`);
 * //=> ['9.71亿吨', '10.63亿吨', '11.9亿吨', '135658.2万吨', '126873.8万吨', '13亿吨']
 * inOneUnit(coal, { lang: 'zh' }).map((l) => `${l.value}${label(l.unit, 'zh')}`);
 * //=> ['9.71亿吨', '10.63亿吨', '11.9亿吨', '13.56582亿吨', '12.68738亿吨', '13亿吨']
 * ```
 */
export function series(filter?: SeriesFilter): readonly Observation[] {
  return shippedDataset().series(filter);
}

/**
 * The source record of an observation or a source id: url, title, publisher, date, kind.
 *
 * @category Data
 * @param observation - an observation, or a source id
 * @returns the source, or `undefined` for an unknown id
 * @example
 * ```ts
 * sourceOf('s032')?.publisher;
 * //=> 'China Daily'
 * ```
 */
export function sourceOf(observation: Observation | string): Source | undefined {
  return shippedDataset().sourceOf(observation);
}
