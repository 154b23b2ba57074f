/**
 * Result types of the comparisons. Types only.
 *
 * @module
 */
import type { Breakdown } from '../model/catalogues.js';
import type { PeriodId } from '../model/period.js';
import type { ChineseLevel, ConvertedLevel } from '../model/units.js';
import type { Indicator, Measure, Qualifier, Region, Scope, Unit } from '../model/vocab.js';

/**
 * One row of a sector (or ownership, or product) ranking, as `compareSectors`, `leaders` and
 * `laggards` return it: `label`, `indicator`, `measure`, `title` and `unit` are always set. The
 * exporters also take rows written by hand that leave those five out (see `CompareRowInput` of
 * `shanxi-industry/export`).
 *
 * @category Comparisons
 */
export interface CompareRow {
  /** The breakdown ranked (`sector:coal`). */
  readonly breakdown: Breakdown;
  /** Its name in English and Chinese (`{ en: 'Coal industry', zh: '煤炭工业' }`), as `label` gives it. */
  readonly label: {
    /** In English. */
    readonly en: string;
    /** In Chinese. */
    readonly zh: string;
  };
  /** The published value. */
  readonly value: number;
  /** Its published precision. */
  readonly decimals: number;
  /** The word the page put before it, if any. */
  readonly qualifier?: Qualifier;
  /** 1 = highest; rows whose values tie (or, with rounding awareness, overlap) share a rank. */
  readonly rank: number;
  /** `value − total` in percentage points; `undefined` when the total is not published. */
  readonly gapToTotal?: number;
  /** Rounding-aware interval of `gapToTotal`, when asked for. */
  readonly gapLow?: number;
  /** Rounding-aware interval of `gapToTotal`, when asked for. */
  readonly gapHigh?: number;
  /** The period (canonical id). */
  readonly period: PeriodId;
  /** The region. */
  readonly region: Region;
  /** The indicator ranked. */
  readonly indicator: Indicator;
  /** The measure ranked. */
  readonly measure: Measure;
  /**
   * What the ranking shows, in English and Chinese, for the title of a chart or a table: the
   * region, the period and what is ranked, then (after a line break) the indicator, the measure
   * and the unit, and the scope when it is not above-size (or differs between rows). The same
   * on every row of one call; `barChart` titles itself with it. The Chinese title names the
   * unit of `inChinese` when the rows carry it (万吨, not million tonnes).
   */
  readonly title: {
    /** In English. */
    readonly en: string;
    /** In Chinese. */
    readonly zh: string;
  };
  /** The source id of the value. */
  readonly source: string;
  /** The unit of the value (`percent` for rates; the gap is in points then). */
  readonly unit: Unit;
  /**
   * The scope of the figure: `above-size` or `all`; none when its page did not say. A ranking
   * never holds two figures of one breakdown.
   */
  readonly scope?: Scope;
  /**
   * For levels published in English-style units (million tonnes, billion kWh, billion yuan or
   * m³): the value as Chinese statistics write it, in the unit the Chinese title names (万吨
   * or 亿吨, one for the whole ranking; 亿千瓦时, 亿元, 亿立方米), converted exactly (see
   * `inChineseUnit`). Chinese tables and charts show it; absent when the unit needs no change.
   */
  readonly inChinese?: ChineseLevel;
  /**
   * When the ranking holds levels published in different units of one family (10,000 tonnes
   * and million tonnes): the value in the one unit the English title names (million or billion
   * tonnes, billion kWh, …; see `inOneUnit`), converted exactly. English tables and charts show
   * it; absent when the row's own unit is that unit.
   */
  readonly inEnglish?: ConvertedLevel;
}

/**
 * One point of a gap series: Shanxi against China (or one breakdown against another) in one
 * period, the gap in percentage points.
 *
 * @category Comparisons
 */
export interface GapPoint {
  /** The period (canonical id). */
  readonly period: PeriodId;
  /** The first series' value (Shanxi, or breakdown A). */
  readonly value: number;
  /** The second series' value (China, or breakdown B). */
  readonly benchmark: number;
  /** `value − benchmark`, in percentage points. */
  readonly gap: number;
  /** Precision of the gap: the larger of the two values' decimals. */
  readonly decimals: number;
  /** The word the page put before the first value, if any. */
  readonly qualifier?: Qualifier;
  /** The word the page put before the second value, if any. */
  readonly benchmarkQualifier?: Qualifier;
  /** The scope of both values: `above-size` or `all`; none when their pages did not say. */
  readonly scope?: Scope;
}
