/**
 * The data model's types. Types only: importing this module costs nothing at run time.
 *
 * @module
 */
import type { Breakdown } from './catalogues.js';
import type { PeriodId, PeriodInput } from './period.js';
import type {
  Indicator,
  Measure,
  Qualifier,
  Region,
  Scope,
  ScopeFilter,
  SourceKind,
  Unit,
  YearBasis,
} from './vocab.js';

/**
 * One published figure.
 *
 * `value` is the number as published and `decimals` its published precision, so `23.90`
 * stays distinguishable from `23.9`; `value.toFixed(decimals)` writes it back as published.
 *
 * @category Data
 */
export interface Observation {
  /** The row id in the shipped data (`f0159` for Shanxi, `c0001` for China); optional for user rows. */
  readonly id?: string;
  /** The region the figure is about. */
  readonly region: Region;
  /** What was measured. */
  readonly indicator: Indicator;
  /** The whole (`total`) or one sector, ownership type or product. */
  readonly breakdown: Breakdown;
  /** The canonical period id (`2021-05`, `2021-01/2021-05`, `2021`). */
  readonly period: PeriodId;
  /** What the value says about the indicator (`yoy`, `level`, …). */
  readonly measure: Measure;
  /** The number as published. */
  readonly value: number;
  /** The published precision: the number of digits after the decimal point. */
  readonly decimals: number;
  /** `percent`, `rank`, or the published unit of a level. */
  readonly unit: Unit;
  /** The word the page put before the number (`about`, `over`, `nearly`), if any. */
  readonly qualifier?: Qualifier;
  /**
   * What the figure covers, where the page said: `above-size` (enterprises above designated
   * size) or `all` (all producers). Absent when the page did not say. Part of the key: figures
   * of different scopes are different statistics.
   */
  readonly scope?: Scope;
  /** The id of the source record. */
  readonly source: string;
  /** How the year was fixed (shipped data only). */
  readonly yearBasis?: YearBasis;
  /** Free text: how it was published, which page gives which scope, disagreements. */
  readonly note?: string;
}

/**
 * A source: one published page.
 *
 * @category Data
 */
export interface Source {
  /** The id observations cite (`s032`, `n001`). */
  readonly id: string;
  /** The page's address. */
  readonly url: string;
  /** The page's title (ours, in English, where the page has none). */
  readonly title: string;
  /** Who published the page. */
  readonly publisher: string;
  /** The publication date, `YYYY-MM-DD` or `YYYY-MM`, where known. */
  readonly published?: string;
  /** The page's language. */
  readonly language: 'en' | 'zh' | 'ja';
  /** The kind of source, which decides preference when sources disagree. */
  readonly kind: SourceKind;
}

/**
 * A stated comparison: a source said that a figure was `pp` percentage points higher (or, if
 * negative, lower) than another.
 *
 * @category Data
 */
export interface Claim {
  /** The claim id (`sk001`, `ck001`). */
  readonly id: string;
  /** The region of the figure. */
  readonly region: Region;
  /** The indicator of the figure. */
  readonly indicator: Indicator;
  /** The breakdown of the figure. */
  readonly breakdown: Breakdown;
  /** The canonical period id of the figure. */
  readonly period: PeriodId;
  /** What it is compared with: `china` (the same key nationally), a period id (the same key then), or `total`. */
  readonly comparedWith: string;
  /** The stated gap in percentage points; positive means higher. */
  readonly pp: number;
  /** The published precision of `pp`. */
  readonly decimals: number;
  /** The source id. */
  readonly source: string;
  /** Free text: which measure, how it was worded. */
  readonly note?: string;
}

/**
 * The key of one figure. Defaults used by `find`: region `shanxi`, indicator `value-added`,
 * breakdown `total`, measure `yoy`.
 *
 * @category Data
 */
export interface ObservationKey {
  /** The region; default `shanxi`. */
  readonly region?: Region | undefined;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator | undefined;
  /** The breakdown; default `total`. */
  readonly breakdown?: Breakdown | undefined;
  /** The period id or alias (`2021-Q1`); required. A `string` goes through `isPeriodId` first. */
  readonly period: PeriodInput;
  /** The measure; default `yoy`. */
  readonly measure?: Measure | undefined;
  /**
   * The scope: `above-size`, `all`, or `unstated` for figures whose page did not say. Left
   * out, the key takes the first scope that has figures, in the order `above-size`, `all`,
   * `unstated`; the row returned says which.
   */
  readonly scope?: ScopeFilter | undefined;
}
