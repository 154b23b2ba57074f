/**
 * The closed vocabularies of the data model, as frozen readonly tuples and literal-union types.
 * No zod here: the data, the query functions and the formatters import these without paying
 * for the schemas.
 *
 * @module
 */

/**
 * Regions: Shanxi province (GB/T 2260 code 140000) and China as a whole.
 *
 * @category Data
 * @example
 * ```ts
 * REGIONS;
 * //=> ['shanxi', 'china']
 * ```
 */
export const REGIONS = /* @__PURE__ */ Object.freeze(['shanxi', 'china'] as const);
/** A region id. @category Data */
export type Region = (typeof REGIONS)[number];

/**
 * Indicators, all of industrial enterprises above designated size except `output`, which is
 * the output of one product.
 *
 * @category Data
 * @example
 * ```ts
 * INDICATORS;
 * //=> ['value-added', 'output', 'revenue', 'profit']
 * ```
 */
export const INDICATORS = /* @__PURE__ */ Object.freeze([
  'value-added',
  'output',
  'revenue',
  'profit',
] as const);
/** An indicator id. @category Data */
export type Indicator = (typeof INDICATORS)[number];

/**
 * Measures: what a value says about its indicator.
 * - `yoy`: percent change on the same period a year earlier (real growth for value added);
 * - `level`: an amount in a level unit;
 * - `two-year-average`: the official average annual growth over two years (2021 releases);
 * - `share-of-total`: percent of the region's total (of the parent, for a product);
 * - `share-of-china`: percent of China's figure for the same indicator and breakdown;
 * - `contribution-rate`: percent of the total's growth contributed by the breakdown (贡献率);
 * - `national-rank`: rank among China's provinces, 1 = highest.
 *
 * @category Data
 * @example
 * ```ts
 * MEASURES.includes('two-year-average');
 * //=> true
 * ```
 */
export const MEASURES = /* @__PURE__ */ Object.freeze([
  'yoy',
  'level',
  'two-year-average',
  'share-of-total',
  'share-of-china',
  'contribution-rate',
  'national-rank',
] as const);
/** A measure id. @category Data */
export type Measure = (typeof MEASURES)[number];

/**
 * Units of levels, as published (万吨 is `tonnes-10k`, 亿千瓦时 is `kwh-100m`, 万辆 is
 * `vehicles-10k`, 亿元 is
 * `yuan-100m`, …). Every level unit is a power of ten of a base unit, so conversion within a
 * family is exact (see `convertLevel`).
 *
 * @category Data
 * @example
 * ```ts
 * LEVEL_UNITS.filter((u) => u.startsWith('yuan'));
 * //=> ['yuan-100m', 'yuan-billion', 'yuan-trillion']
 * ```
 */
export const LEVEL_UNITS = /* @__PURE__ */ Object.freeze([
  'tonnes-10k',
  'tonnes-million',
  'tonnes-100m',
  'tonnes-billion',
  'kwh-100m',
  'kwh-billion',
  'yuan-100m',
  'yuan-billion',
  'yuan-trillion',
  'm3-100m',
  'm3-billion',
  'vehicles-10k',
] as const);
/** A unit of a level. @category Data */
export type LevelUnit = (typeof LEVEL_UNITS)[number];

/**
 * Every unit: `percent` for rates and shares, `rank` for national ranks, and the level units.
 *
 * @category Data
 * @example
 * ```ts
 * UNITS.slice(0, 2);
 * //=> ['percent', 'rank']
 * ```
 */
export const UNITS = /* @__PURE__ */ Object.freeze([
  'percent',
  'rank',
  'tonnes-10k',
  'tonnes-million',
  'tonnes-100m',
  'tonnes-billion',
  'kwh-100m',
  'kwh-billion',
  'yuan-100m',
  'yuan-billion',
  'yuan-trillion',
  'm3-100m',
  'm3-billion',
  'vehicles-10k',
] as const);
/** A unit id. @category Data */
export type Unit = (typeof UNITS)[number];

/**
 * Words a page put before a number: 约 `about`, 超过/逾 `over`, 近 `nearly`.
 *
 * @category Data
 * @example
 * ```ts
 * QUALIFIERS;
 * //=> ['about', 'over', 'nearly']
 * ```
 */
export const QUALIFIERS = /* @__PURE__ */ Object.freeze(['about', 'over', 'nearly'] as const);
/** A qualifier id. @category Data */
export type Qualifier = (typeof QUALIFIERS)[number];

/**
 * Scopes a figure can state: `above-size`, industrial enterprises above designated size
 * (规模以上, the scope of the statistics bureaus' industrial figures), or `all`, a total of all
 * producers (全口径, e.g. an all-mine coal total). A row whose page did not say has no scope.
 * Figures of different scopes are different statistics, never alternatives of one.
 *
 * @category Data
 * @example
 * ```ts
 * SCOPES;
 * //=> ['above-size', 'all']
 * ```
 */
export const SCOPES = /* @__PURE__ */ Object.freeze(['above-size', 'all'] as const);
/** A stated scope. @category Data */
export type Scope = (typeof SCOPES)[number];
/** A scope as filters and keys take it: a stated one, or `unstated` for rows whose page did not say. @category Data */
export type ScopeFilter = Scope | 'unstated';

/**
 * Kinds of source, in order of preference when two sources give the same key.
 *
 * @category Data
 * @example
 * ```ts
 * SOURCE_KINDS;
 * //=> ['official', 'state-media', 'industry-media', 'reprint']
 * ```
 */
export const SOURCE_KINDS = /* @__PURE__ */ Object.freeze([
  'official',
  'state-media',
  'industry-media',
  'reprint',
] as const);
/** A source kind. @category Data */
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * How the year of a figure was fixed: `stated` on the page, `from-date` (the page says "this
 * year" and its date gives the year), or `cross-checked` against another dated source.
 *
 * @category Data
 * @example
 * ```ts
 * YEAR_BASES;
 * //=> ['stated', 'from-date', 'cross-checked']
 * ```
 */
export const YEAR_BASES = /* @__PURE__ */ Object.freeze([
  'stated',
  'from-date',
  'cross-checked',
] as const);
/** A year basis. @category Data */
export type YearBasis = (typeof YEAR_BASES)[number];

/**
 * The unit each measure takes: `percent` for rates and shares, `rank` for ranks, and a level
 * unit for levels.
 *
 * @category Data
 * @param measure - a measure id
 * @param unit - a unit id
 * @returns whether a value of `measure` may be expressed in `unit`
 * @example
 * ```ts
 * unitFitsMeasure('yoy', 'percent');
 * //=> true
 * unitFitsMeasure('level', 'percent');
 * //=> false
 * ```
 */
export function unitFitsMeasure(measure: Measure, unit: Unit): boolean {
  if (measure === 'level') return (LEVEL_UNITS as readonly string[]).includes(unit);
  if (measure === 'national-rank') return unit === 'rank';
  return unit === 'percent';
}
