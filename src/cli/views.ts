/**
 * What a command builds once and its renderers (the table, the chart, the export) draw: the
 * rows and what was asked for. Renderers take a view and never call back into a command.
 *
 * @module
 */
import type {
  BenchmarkComparison,
  Breakdown,
  CompareRow,
  CompareSectorsOptions,
  Indicator,
  Measure,
  Observation,
  PeriodId,
  PeriodKind,
  Region,
  Source,
} from 'shanxi-industry';

/** What identifies a figure for {@link DataLook.yours}: an observation or a ranking row. */
export interface FigureKey {
  readonly region: string;
  readonly indicator?: string;
  readonly breakdown: string;
  readonly period: string;
  readonly measure?: string;
  readonly source: string;
  readonly value: number;
}

/**
 * What the renderers know of the data beyond a view's rows: which figures are the user's
 * (read with `--data`), and the sources, shipped or the user's.
 */
export interface DataLook {
  /** Whether a figure is one of the user's. */
  yours(row: FigureKey): boolean;
  /** The record of a source id (shipped, or given by the user in a JSON file). */
  sourceOf(id: string): Source | undefined;
  /** For a user's source id that has no record: what it is, in words ("your figures, …"). */
  yourSource(id: string, lang: 'en' | 'zh'): string | undefined;
}

/** One series in time order (`series`). */
export interface SeriesView {
  readonly kind: 'series';
  readonly region: Region;
  readonly indicator: Indicator;
  readonly breakdown: Breakdown;
  readonly measure: Measure;
  /** The rows, in time order. */
  readonly rows: readonly Observation[];
  /** The period kinds of the rows, in the order met. */
  readonly kinds: readonly PeriodKind[];
  /**
   * The values on one scale (levels of one family in the one unit the table shows, converted
   * exactly); `undefined` when they cannot be put on one.
   */
  readonly values: readonly number[] | undefined;
}

/** One period of a comparison of two series: either side may be missing. */
export interface GapRow {
  readonly period: PeriodId;
  /** The first series' figure (`--region`, `--breakdown`), if published. */
  readonly value?: Observation;
  /** The `--against` series' figure, if published. */
  readonly benchmark?: Observation;
  /** `value − benchmark` (from `gapSeries`), when both were published. */
  readonly gap?: number;
  /** The decimals of the gap. */
  readonly decimals?: number;
}

/** Two series side by side, with the gap (`series --against`). */
export interface GapView {
  readonly kind: 'gap';
  readonly region: Region;
  readonly indicator: Indicator;
  readonly breakdown: Breakdown;
  readonly measure: Measure;
  /** `china`, or a breakdown of the same region. */
  readonly against: 'china' | Breakdown;
  /** Every period either series has, in time order. */
  readonly rows: readonly GapRow[];
  /** The observations of the first series. */
  readonly first: readonly Observation[];
  /** The observations of the `--against` series. */
  readonly second: readonly Observation[];
  readonly kinds: readonly PeriodKind[];
}

/** A breakdown kind a ranking ranks. */
export type RankKind = 'sector' | 'ownership' | 'product';

/** What `compare` was asked for, with the defaults filled in. */
export interface CompareRequest {
  readonly period: PeriodId;
  readonly region: Region;
  readonly indicator: Indicator;
  readonly measure: Measure;
  readonly kind: RankKind;
  readonly options: CompareSectorsOptions;
}

/** A ranking of one period (`compare`). */
export interface RankingView {
  readonly kind: 'ranking';
  readonly req: CompareRequest;
  readonly rows: readonly CompareRow[];
  /** The published total of the key, if any. */
  readonly total?: Observation;
  /** China's figure for the total (Shanxi rankings), if published in the same unit. */
  readonly totalBenchmark?: BenchmarkComparison;
  /** China's figure for each row, where published. */
  readonly benchmarks: readonly (BenchmarkComparison | undefined)[];
}
