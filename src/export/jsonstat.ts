/**
 * JSON-stat 2.0 export: one `dataset` object, which JSON-stat readers such as the
 * jsonstat-toolkit package load as a cube.
 *
 * @module
 */

import { ShanxiIndustryError } from '../errors.js';
import {
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  OWNERSHIPS,
  PRODUCTS,
  REGION_CATALOGUE,
  SCOPE_CATALOGUE,
  SECTORS,
  UNIT_CATALOGUE,
} from '../model/catalogues.js';
import { comparePeriods, parsePeriod } from '../model/period.js';
import type { Source } from '../model/types.js';
import {
  COMMON_OPTIONS,
  checkOptions,
  checkRows,
  choice,
  decimalsOfRow,
  derivedDecimals,
  type ExportRow,
  HEADINGS,
  type Lang,
  nameOf,
  type OptionSpec,
  periodName,
  type RowKind,
  type SourceLookup,
  sourceFinder,
} from './common.js';

/**
 * Options of {@link toJSONStat}.
 *
 * @category Export
 */
export interface JsonStatOptions {
  /** The language of the labels (default `en`); the other language goes to `extension`. */
  readonly lang?: 'en' | 'zh' | undefined;
  /** Source records or a look-up, for `source`, `updated` and `extension.sources`. */
  readonly sources?: SourceLookup | undefined;
  /**
   * The `updated` date (ISO 8601: `2024-05-10`, or a date and time). Default: the latest
   * `published` date of the cited sources that have one; omitted when none is known.
   */
  readonly updated?: string | undefined;
  /** The dataset's label. Default: "Industrial statistics (shanxi-industry)". */
  readonly label?: string | undefined;
  /**
   * What to do when two rows fall in the same cell (the figures of two sources for one key):
   * `error` (the default) throws; `first` keeps the first such row in the order given.
   */
  readonly duplicates?: 'error' | 'first' | undefined;
  /**
   * `auto` (the default): a `unit` dimension only when one measure comes in more than one
   * unit; `always`: a `unit` dimension in every case, for a schema that does not change.
   */
  readonly unitDimension?: 'auto' | 'always' | undefined;
  /**
   * `auto` (the default): a `scope` dimension only when the rows are of more than one scope
   * (otherwise `extension.scope` names the one scope); `always`: a `scope` dimension in every
   * case.
   */
  readonly scopeDimension?: 'auto' | 'always' | undefined;
  /** For rows without an indicator (`compareSectors` rows carry theirs): the indicator ranked (default `value-added`). */
  readonly indicator?: string | undefined;
  /** For rows without a measure (`compareSectors` rows carry theirs): the measure ranked (default `yoy`). */
  readonly measure?: string | undefined;
  /** The kind of the rows; detected from the first row when not given. */
  readonly kind?: RowKind | undefined;
}

/**
 * The unit of a category of the metric dimension (`measure`).
 *
 * @category Export
 */
export interface JsonStatUnit {
  /** The unit's name (`percent`, `10,000 tonnes`). */
  readonly label: string;
  /** The published precision most of the measure's values have (see `extension.decimals`). */
  readonly decimals: number;
}

/**
 * One dimension of a JSON-stat dataset.
 *
 * @category Export
 */
export interface JsonStatDimension {
  /** The dimension's name. */
  readonly label: string;
  /** Its categories: ids in order, their names, and (for `measure`) their units. */
  readonly category: {
    /** The category ids, in cube order. */
    readonly index: readonly string[];
    /** The name of each category. */
    readonly label: Readonly<Record<string, string>>;
    /** The unit of each `measure` category, where it has one unit. */
    readonly unit?: Readonly<Record<string, JsonStatUnit>>;
  };
}

/**
 * A cited source for which no record was given: its id alone.
 *
 * @category Export
 */
export interface JsonStatSourceRef {
  /** The source id. */
  readonly id: string;
}

/**
 * A unit's name in the other language.
 *
 * @category Export
 */
export interface JsonStatUnitName {
  /** The unit's name. */
  readonly label: string;
}

/**
 * The labels of a dataset in the other language than its main one.
 *
 * @category Export
 */
export interface JsonStatLabels {
  /** The dataset's label. */
  readonly label: string;
  /** For each dimension, its label and its categories' labels (and unit names for `measure`). */
  readonly dimension: Readonly<
    Record<
      string,
      {
        /** The dimension's name. */
        readonly label: string;
        /** Its categories' names, and the unit names of `measure` categories. */
        readonly category: {
          /** The name of each category. */
          readonly label: Readonly<Record<string, string>>;
          /** The unit name of each `measure` category. */
          readonly unit?: Readonly<Record<string, JsonStatUnitName>>;
        };
      }
    >
  >;
}

/**
 * The `extension` of the datasets {@link toJSONStat} writes. Keys of the per-cell maps are
 * cell indexes, as in `value`.
 *
 * @category Export
 */
export interface JsonStatExtension {
  /** The source records cited, by id; `{ id }` alone where no record was given. */
  readonly sources: readonly (Source | JsonStatSourceRef)[];
  /** The source id of each cell's value. */
  readonly source: Readonly<Record<string, string>>;
  /** The observation id of each cell, where the row had one. */
  readonly ids: Readonly<Record<string, string>>;
  /** A cell's published precision where it differs from its measure's `unit.decimals` (or the measure has none). */
  readonly decimals: Readonly<Record<string, number>>;
  /** A cell's note, where the row had one. */
  readonly notes: Readonly<Record<string, string>>;
  /**
   * The scope every figure here is of, when the cube has no `scope` dimension (all rows of one
   * scope): `above-size`, `all` or `unstated`, with its label in both languages.
   */
  readonly scope?: {
    /** The scope's id: `above-size`, `all` or `unstated`. */
    readonly id: string;
    /** Its English label. */
    readonly en: string;
    /** Its Chinese label. */
    readonly zh: string;
  };
  /** The labels in Chinese (when the main language is English). */
  readonly zh?: JsonStatLabels;
  /** The labels in English (when the main language is Chinese). */
  readonly en?: JsonStatLabels;
}

/**
 * A JSON-stat 2.0 dataset, as {@link toJSONStat} writes it.
 *
 * @category Export
 */
export interface JsonStatDataset {
  /** The JSON-stat version. */
  readonly version: '2.0';
  /** The JSON-stat class: a single dataset. */
  readonly class: 'dataset';
  /** The dataset's label. */
  readonly label: string;
  /** Who published the figures: the publishers, or a pointer to `extension.sources`. */
  readonly source: string;
  /** The latest publication date of the cited sources, or the `updated` option. */
  readonly updated?: string;
  /** The dimensions, in the order of the cube: region, indicator, breakdown, (scope,) measure, (unit,) period. */
  readonly id: readonly string[];
  /** The number of categories of each dimension. */
  readonly size: readonly number[];
  /** `time`: period; `geo`: region; `metric`: measure. */
  readonly role: {
    /** The time dimension. */
    readonly time: readonly ['period'];
    /** The geographic dimension. */
    readonly geo: readonly ['region'];
    /** The dimension whose categories are measures with units. */
    readonly metric: readonly ['measure'];
  };
  /** The dimensions by id. */
  readonly dimension: Readonly<Record<string, JsonStatDimension>>;
  /** The values, sparse: cell index → value (the cube has holes where nothing was published). */
  readonly value: Readonly<Record<string, number>>;
  /** The qualifiers, sparse: cell index → `about`, `over` or `nearly`. */
  readonly status?: Readonly<Record<string, string>>;
  /** How to read the dataset, in English. */
  readonly note: readonly string[];
  /** Sources, ids, precision and notes per cell, and the labels in the other language. */
  readonly extension: JsonStatExtension;
}

const SPECS: Readonly<Record<string, OptionSpec>> = {
  ...COMMON_OPTIONS,
  updated: [
    (v) =>
      typeof v === 'string' &&
      /^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?$/.test(v),
    'an ISO 8601 date such as "2024-05-10" (or a date and time)',
  ],
  label: [(v) => typeof v === 'string', 'a string'],
  duplicates: choice('error', 'first'),
  unitDimension: choice('auto', 'always'),
  scopeDimension: choice('auto', 'always'),
  indicator: [
    (v) => typeof v === 'string' && v.length > 0,
    'an indicator id such as "value-added"',
  ],
  measure: [(v) => typeof v === 'string' && v.length > 0, 'a measure id such as "yoy"'],
};

/** One cell to place in the cube. */
interface Cell {
  readonly row: number;
  readonly region: string;
  readonly indicator: string;
  readonly breakdown: string;
  readonly scope: string;
  readonly measure: string;
  readonly unit: string;
  readonly period: string;
  readonly value: number;
  readonly decimals: number;
  readonly status?: string;
  readonly source?: string;
  readonly id?: string;
  readonly note?: string;
}

/** The unit of the cells of a compare row's value when the row does not say. */
const UNKNOWN_UNIT = 'unknown';
/** The unit of gaps between rates. */
const POINTS = 'percentage-points';

/** Names of the ids only compare rows bring, in both languages. */
const EXTRA_NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  rank: { en: 'Rank among the breakdowns compared', zh: '排名' },
  'gap-to-total': { en: 'Gap to the total', zh: '与合计之差' },
  'gap-low': { en: 'Gap to the total, lowest consistent with rounding', zh: '与合计之差（下限）' },
  'gap-high': {
    en: 'Gap to the total, highest consistent with rounding',
    zh: '与合计之差（上限）',
  },
  [POINTS]: { en: 'percentage points', zh: '百分点' },
  [UNKNOWN_UNIT]: { en: 'unit not given', zh: '单位不详' },
};

const RATE_MEASURES = new Set([
  'yoy',
  'two-year-average',
  'share-of-total',
  'share-of-china',
  'contribution-rate',
]);

function cellsOfRows(
  rows: readonly ExportRow[],
  kind: RowKind | undefined,
  options: JsonStatOptions | undefined,
): Cell[] {
  const checked = checkRows(rows, kind);
  const cells: Cell[] = [];
  if (checked.kind === 'observations') {
    checked.rows.forEach((o, row) => {
      cells.push({
        row,
        region: o.region,
        indicator: o.indicator,
        breakdown: o.breakdown,
        scope: o.scope ?? 'unstated',
        measure: o.measure,
        unit: o.unit,
        period: parsePeriod(o.period).id,
        value: o.value,
        decimals: decimalsOfRow(o),
        ...(o.qualifier === undefined ? {} : { status: o.qualifier }),
        source: o.source,
        ...(o.id === undefined ? {} : { id: o.id }),
        ...(o.note === undefined ? {} : { note: o.note }),
      });
    });
    return cells;
  }
  checked.rows.forEach((r, row) => {
    const loose = r as unknown as Record<string, unknown>;
    const text = (field: string, fallback: string): string => {
      const v = loose[field];
      return typeof v === 'string' && v.length > 0 ? v : fallback;
    };
    const measure = text('measure', options?.measure ?? 'yoy');
    const fallbackUnit = RATE_MEASURES.has(measure)
      ? 'percent'
      : measure === 'national-rank'
        ? 'rank'
        : UNKNOWN_UNIT;
    const unit = text('unit', fallbackUnit);
    const decimals = decimalsOfRow(r);
    const base = {
      row,
      region: r.region,
      indicator: text('indicator', options?.indicator ?? 'value-added'),
      breakdown: r.breakdown,
      scope: r.scope ?? 'unstated',
      period: parsePeriod(r.period).id,
    };
    cells.push({
      ...base,
      measure,
      unit,
      value: r.value,
      decimals,
      ...(r.qualifier === undefined ? {} : { status: r.qualifier }),
      source: r.source,
    });
    cells.push({ ...base, measure: 'rank', unit: 'rank', value: r.rank, decimals: 0 });
    const gapUnit = unit === 'percent' ? POINTS : unit;
    const gaps = [
      ['gap-to-total', r.gapToTotal],
      ['gap-low', r.gapLow],
      ['gap-high', r.gapHigh],
    ] as const;
    for (const [id, gap] of gaps) {
      if (gap === undefined) continue;
      const d = derivedDecimals(gap, decimals);
      cells.push({
        ...base,
        measure: id,
        unit: gapUnit,
        value: Number(gap.toFixed(d)),
        decimals: d,
      });
    }
  });
  return cells;
}

/** The ids present, known ones in catalogue order, then the others sorted. */
function ordered(present: ReadonlySet<string>, known: readonly string[]): string[] {
  const out = known.filter((id) => present.has(id));
  const seen = new Set(out);
  return [...out, ...[...present].filter((id) => !seen.has(id)).sort()];
}

const BREAKDOWN_ORDER = [
  'total',
  ...SECTORS.map((s) => `sector:${s.id}`),
  ...OWNERSHIPS.map((s) => `ownership:${s.id}`),
  ...PRODUCTS.map((s) => `product:${s.id}`),
];

function nameIn(dim: string, id: string, lang: Lang): string {
  if (dim === 'period') return periodName(id, lang);
  // own entries only: an id such as `constructor` or `toString` is not a name of Object.prototype
  const extra = Object.hasOwn(EXTRA_NAMES, id) ? EXTRA_NAMES[id] : undefined;
  if (extra && (dim === 'unit' || dim === 'measure') && (id !== 'rank' || dim === 'measure'))
    return extra[lang];
  return nameOf(id, lang);
}

/** The most common value; a tie goes to the larger. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let bestCount = 0;
  for (const [v, n] of counts)
    if (n > bestCount || (n === bestCount && v > best)) {
      best = v;
      bestCount = n;
    }
  return best;
}

const DEFAULT_LABEL: Readonly<Record<Lang, string>> = {
  en: 'Industrial statistics (shanxi-industry)',
  zh: '工业统计（shanxi-industry）',
};

const STATUS_NOTE =
  'status gives the word the source put before a number: "about" (约), "over" (超过, 逾) or "nearly" (近); the value is the number as published.';

/**
 * Builds a JSON-stat 2.0 dataset of observations or `compareSectors` rows.
 *
 * JSON-stat readers such as the jsonstat-toolkit package read it (its JSON text, or a copy)
 * as a cube.
 *
 * The cube's dimensions are `region`, `indicator`, `breakdown`, a `scope` when the rows are of
 * more than one scope (above designated size, all producers, unstated: different statistics,
 * never one cell; otherwise `extension.scope` names the one scope, or pass
 * `scopeDimension: 'always'`), `measure` (the metric dimension), an optional `unit`, and `period` (in time
 * order), each with `label` and
 * `category.index`/`category.label`; `role` is `{ time: ['period'], geo: ['region'],
 * metric: ['measure'] }`. Labels are in `lang`; the other language's labels are in
 * `extension.zh` (or `extension.en`). Periods are canonical ids (`2021-Q1` becomes
 * `2021-01/2021-03`).
 *
 * - `value` is sparse (`{ "index": number }`): a published dataset has holes, and a dense
 *   array would be mostly `null`. Values are numbers as published.
 * - `status` holds the qualifiers: `{ "12": "about" }` means that cell 12 was published as
 *   "about" its value (约).
 * - Units: each measure category has `unit: { label, decimals }` where all its values share
 *   one unit. When one measure comes in several units (output levels in 10,000 tonnes and in
 *   100 million tonnes), the unit is a property of the cell, not of the measure: a `unit`
 *   dimension is then added after `measure` (and that measure gets no `category.unit`). Pass
 *   `unitDimension: 'always'` for a cube whose dimensions never change.
 * - Precision: `unit.decimals` is the published precision most of the measure's values
 *   have; `extension.decimals` lists the cells whose own precision differs, so that
 *   `value.toFixed(decimals)` writes every value as published.
 * - Sources: `extension.source` gives each cell's source id and `extension.sources` the
 *   records cited; `source` names the publishers (up to three) or points to
 *   `extension.sources`; `updated` is the `updated` option or else the latest `published`
 *   date of the cited sources (never the clock, so the output is deterministic).
 *   `extension.ids` maps cells to observation ids, `extension.notes` to the rows' notes.
 * - One value per cell: when two rows fall in the same cell (the figures of two sources for
 *   one key, as `query(filter, { alternatives: true })` returns them), it throws, unless
 *   `duplicates: 'first'`, which keeps the first of them in the order given. Pass the
 *   preferred rows (`query` without `alternatives`) to export one figure per key.
 * - Rows of `compareSectors` carry their indicator, measure and scope; for rows without an
 *   indicator or measure, the `indicator` and `measure` options say which (defaults
 *   `value-added`, `yoy`). Each row gives a value cell, a
 *   `rank` cell and `gap-to-total` (and `gap-low`, `gap-high`) cells in percentage points;
 *   those are computed, not published, and have no source.
 *
 * @category Export
 * @param rows - observations (from `query`, `series`, …) or `compareSectors` rows; not changed
 * @param options - `lang`, `sources`, `updated`, `label`, `duplicates`, `unitDimension`, `scopeDimension`,
 * `indicator`, `measure`, `kind`
 * @returns the dataset, deeply frozen (as everything the library returns): `JSON.stringify`
 * writes it as it is; jsonstat-toolkit writes into the object it reads, so give it the JSON
 * text parsed, or `structuredClone(dataset)`
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when `rows` is not an array, a row
 * is of neither shape (the message names its index), or two rows fall in the same cell and
 * `duplicates` is not `first`
 * @throws ShanxiIndustryError code `NOT_A_NUMBER` when a row's value (or rank, or gap) is not
 * a finite number
 * @throws ShanxiIndustryError code `INVALID_OPTION` when an option is unknown or has a wrong value
 * @example
 * ```ts
 * const row: Observation = { id: 'f0160', region: 'shanxi', indicator: 'value-added',
 *   breakdown: 'sector:coal', period: '2021-01/2021-03', measure: 'yoy',
 *   value: 24.1, decimals: 1, unit: 'percent', source: 's032' };
 * toJSONStat([row]).id;
 * //=> ['region', 'indicator', 'breakdown', 'measure', 'period']
 * toJSONStat([row, { ...row, id: 'f0161', breakdown: 'total', value: 23.9 }]).value;
 * //=> { 0: 23.9, 1: 24.1 }
 * toJSONStat([{ ...row, qualifier: 'about' }]).status;
 * //=> { 0: 'about' }
 * ```
 */
export function toJSONStat(rows: readonly ExportRow[], options?: JsonStatOptions): JsonStatDataset {
  checkOptions('toJSONStat', options, SPECS);
  const lang: Lang = options?.lang ?? 'en';
  const other: Lang = lang === 'en' ? 'zh' : 'en';
  const cells = cellsOfRows(rows, options?.kind, options);

  // Units by measure: one each, or a unit dimension.
  const unitsOf = new Map<string, Set<string>>();
  for (const c of cells) {
    const set = unitsOf.get(c.measure) ?? new Set<string>();
    set.add(c.unit);
    unitsOf.set(c.measure, set);
  }
  const mixed = [...unitsOf.values()].some((s) => s.size > 1);
  const withUnit = mixed || options?.unitDimension === 'always';
  // Figures of different scopes are different statistics: a scope dimension keeps them apart.
  const scopes = new Set(cells.map((c) => c.scope));
  const withScope = scopes.size > 1 || options?.scopeDimension === 'always';
  const [onlyScope] = scopes;

  const present = (pick: (c: Cell) => string): Set<string> => new Set(cells.map(pick));
  const index: Record<string, string[]> = {
    region: ordered(
      present((c) => c.region),
      REGION_CATALOGUE.map((e) => e.id),
    ),
    indicator: ordered(
      present((c) => c.indicator),
      INDICATOR_CATALOGUE.map((e) => e.id),
    ),
    breakdown: ordered(
      present((c) => c.breakdown),
      BREAKDOWN_ORDER,
    ),
    scope: ordered(
      present((c) => c.scope),
      SCOPE_CATALOGUE.map((e) => e.id),
    ),
    measure: ordered(
      present((c) => c.measure),
      [...MEASURE_CATALOGUE.map((e) => e.id), 'rank', 'gap-to-total', 'gap-low', 'gap-high'],
    ),
    unit: ordered(
      present((c) => c.unit),
      [...UNIT_CATALOGUE.map((e) => e.id), POINTS],
    ),
    period: [...present((c) => c.period)].sort(comparePeriods),
  };
  const ids = [
    'region',
    'indicator',
    'breakdown',
    ...(withScope ? ['scope'] : []),
    'measure',
    ...(withUnit ? ['unit'] : []),
    'period',
  ];
  const size = ids.map((d) => index[d]!.length);
  const position = new Map<string, Map<string, number>>(
    ids.map((d) => [d, new Map(index[d]!.map((id, i) => [id, i]))]),
  );
  const strides = ids.map((_, k) => size.slice(k + 1).reduce((a, b) => a * b, 1));
  const cellIndex = (c: Cell): number =>
    ids.reduce(
      (sum, d, k) => sum + position.get(d)!.get(c[d as keyof Cell] as string)! * strides[k]!,
      0,
    );

  // Decimals by measure, where the measure has one unit.
  const unitEntry = new Map<string, { unit: string; decimals: number }>();
  for (const m of index.measure!) {
    const units = unitsOf.get(m)!;
    const [unit] = units;
    if (units.size !== 1 || unit === undefined || unit === UNKNOWN_UNIT) continue;
    unitEntry.set(m, {
      unit,
      decimals: mode(cells.filter((c) => c.measure === m).map((c) => c.decimals)),
    });
  }

  // Place the cells.
  const placed = new Map<number, Cell>();
  for (const c of cells) {
    const at = cellIndex(c);
    const before = placed.get(at);
    if (before === undefined) {
      placed.set(at, c);
      continue;
    }
    if (options?.duplicates === 'first') continue;
    const key = `${c.region}, ${c.indicator}, ${c.breakdown}, ${c.scope}, ${c.measure}, ${c.unit}, ${c.period}`;
    const message = `Rows ${before.row} and ${c.row} fall in the same cell (${key}): JSON-stat holds one value per cell. Pass the preferred rows only (query without { alternatives: true }), or { duplicates: 'first' } to keep the first row of each cell.`;
    throw new ShanxiIndustryError('INVALID_OBSERVATIONS', message, rows[c.row], [
      { path: [c.row], message: `same cell as row ${before.row}` },
    ]);
  }

  const value: Record<string, number> = {};
  const status: Record<string, string> = {};
  const source: Record<string, string> = {};
  const cellIds: Record<string, string> = {};
  const decimals: Record<string, number> = {};
  const notes: Record<string, string> = {};
  for (const at of [...placed.keys()].sort((a, b) => a - b)) {
    const c = placed.get(at)!;
    const key = String(at);
    value[key] = c.value;
    if (c.status !== undefined) status[key] = c.status;
    if (c.source !== undefined) source[key] = c.source;
    if (c.id !== undefined) cellIds[key] = c.id;
    if (c.note !== undefined) notes[key] = c.note;
    if (unitEntry.get(c.measure)?.decimals !== c.decimals) decimals[key] = c.decimals;
  }

  // Sources cited.
  const find = sourceFinder(options?.sources);
  const cited = [...new Set(Object.values(source))].sort();
  // copies of the records' text fields: the result is frozen, and the caller's records are not
  const records = cited.map((id) => sourceCopy(find(id)));
  const found = records.filter((s): s is Source => s !== undefined);
  const publishers = [
    ...new Set(found.map((s) => s.publisher).filter((p) => typeof p === 'string')),
  ];
  const sourceText =
    found.length === cited.length && cited.length > 0 && publishers.length <= 3
      ? publishers.join('; ')
      : `${cited.length} source${cited.length === 1 ? '' : 's'} cited; see extension.sources`;
  const dates = found.map((s) => s.published).filter((d): d is string => typeof d === 'string');
  const updated = options?.updated ?? (dates.length > 0 ? dates.sort().at(-1) : undefined);

  const labelsIn = (l: Lang) =>
    Object.fromEntries(
      ids.map((d) => [
        d,
        {
          label: HEADINGS[d as keyof typeof HEADINGS][l],
          labels: Object.fromEntries(index[d]!.map((id) => [id, nameIn(d, id, l)])),
        },
      ]),
    );
  const main = labelsIn(lang);
  const second = labelsIn(other);
  const unitsIn = (l: Lang) =>
    Object.fromEntries(
      [...unitEntry].map(([m, u]) => [
        m,
        { label: nameIn('unit', u.unit, l), decimals: u.decimals },
      ]),
    );

  const dimension: Record<string, JsonStatDimension> = {};
  for (const d of ids) {
    const category =
      d === 'measure' && unitEntry.size > 0
        ? { index: index[d]!, label: main[d]!.labels, unit: unitsIn(lang) }
        : { index: index[d]!, label: main[d]!.labels };
    dimension[d] = { label: main[d]!.label, category };
  }
  const otherLabels: JsonStatLabels = {
    label: options?.label ?? DEFAULT_LABEL[other],
    dimension: Object.fromEntries(
      ids.map((d) => {
        const units = Object.fromEntries(
          Object.entries(unitsIn(other)).map(([m, u]) => [m, { label: u.label }]),
        );
        const category =
          d === 'measure' && unitEntry.size > 0
            ? { label: second[d]!.labels, unit: units }
            : { label: second[d]!.labels };
        return [d, { label: second[d]!.label, category }];
      }),
    ),
  };

  const note = [
    'Values are figures as published; extension.source gives the source id of each cell and extension.sources the records cited.',
    'Precision: unit.decimals of a measure is the published precision most of its values have; extension.decimals gives a cell its own where it differs, so that value.toFixed(decimals) writes it as published.',
  ];
  if (Object.keys(status).length > 0) note.push(STATUS_NOTE);
  if (withUnit)
    note.push(
      'unit is a dimension of its own, because a measure here comes in more than one unit (or it was asked for); measure categories have a unit only where all their values share one.',
    );
  if (withScope)
    note.push(
      'scope is a dimension: figures of enterprises above designated size, of all producers, and of an unstated scope are different statistics, never one cell.',
    );
  else if (onlyScope !== undefined)
    note.push(
      `Every figure here is of one scope, given in extension.scope: ${nameIn('scope', onlyScope, 'en')}.`,
    );
  if (index.measure!.includes('rank'))
    note.push(
      'rank and gap-to-total (gap-low, gap-high) are computed by compareSectors from the published values, not published; gaps are in percentage points.',
    );

  const extension: JsonStatExtension = {
    sources: cited.map((id, i) => records[i] ?? { id }),
    source,
    ids: cellIds,
    decimals,
    notes,
    ...(withScope || onlyScope === undefined
      ? {}
      : {
          scope: {
            id: onlyScope,
            en: nameIn('scope', onlyScope, 'en'),
            zh: nameIn('scope', onlyScope, 'zh'),
          },
        }),
    ...(other === 'zh' ? { zh: otherLabels } : { en: otherLabels }),
  };
  return deepFreeze({
    version: '2.0',
    class: 'dataset',
    label: options?.label ?? DEFAULT_LABEL[lang],
    source: sourceText,
    ...(updated === undefined ? {} : { updated }),
    id: ids,
    size,
    role: { time: ['period'], geo: ['region'], metric: ['measure'] },
    dimension,
    value,
    ...(Object.keys(status).length > 0 ? { status } : {}),
    note,
    extension,
  });
}

const SOURCE_FIELDS = ['id', 'url', 'title', 'publisher', 'published', 'language', 'kind'];

/** A source record's text fields, copied (`undefined` stays `undefined`). */
const sourceCopy = (s: Source | undefined): Source | undefined =>
  s &&
  (Object.fromEntries(
    SOURCE_FIELDS.map((f) => [f, (s as unknown as Record<string, unknown>)[f]]).filter(
      ([, v]) => typeof v === 'string',
    ),
  ) as unknown as Source);

/** Freezes the dataset built here and every object in it (a tree: no cycles). */
const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value) Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
};
