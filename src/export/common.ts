/**
 * What the exporters share: reading the rows (observations or `compareSectors` rows), checking
 * options, source look-ups, labels and the published form of numbers. No zod, no data.
 *
 * @module
 * @internal
 */
import type { CompareRow } from '../compare/types.js';
import { readOrFail, ShanxiIndustryError, show } from '../errors.js';
import { label } from '../format/label.js';
import {
  type CatalogueEntry,
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  QUALIFIER_CATALOGUE,
  REGION_CATALOGUE,
  SCOPE_CATALOGUE,
  UNIT_CATALOGUE,
} from '../model/catalogues.js';
import { decimalsOf } from '../model/decimals.js';
import { isBreakdownId } from '../model/observation.js';
import { formatPeriod, type PeriodInput, parsePeriod } from '../model/period.js';
import type { Observation, Source } from '../model/types.js';
import { YEAR_BASES } from '../model/vocab.js';

/**
 * A ranking row as the exporters accept it: a `compareSectors` row ({@link CompareRow}), or one
 * written by hand that leaves out (or sets to `undefined`) its `label`, `indicator`, `measure`,
 * `title` or `unit`; the exporters then leave those cells empty.
 *
 * @category Export
 */
export type CompareRowInput = Omit<
  CompareRow,
  'label' | 'indicator' | 'measure' | 'title' | 'unit'
> & {
  readonly [K in 'label' | 'indicator' | 'measure' | 'title' | 'unit']?: CompareRow[K] | undefined;
};

/**
 * A row the exporters accept: an observation (from `query`, `series`, `find`, or a user's
 * validated rows) or a ranking row (from `compareSectors`, or written by hand).
 *
 * @category Export
 */
export type ExportRow = Observation | CompareRowInput;

/**
 * Where the exporters find source records (for urls and publishers): a list of records, or a
 * function from a source id to its record (such as `sourceOf` of the package root).
 *
 * @category Export
 */
export type SourceLookup = readonly Source[] | ((id: string) => Source | undefined);

/**
 * Which kind of rows a call exports: `observations` or `compare` (rows of `compareSectors`).
 * Detected from the first row when not given: a row with a `rank` is a `compareSectors` row.
 *
 * @category Export
 */
export type RowKind = 'observations' | 'compare';

/** A language of labels. */
export type Lang = 'en' | 'zh';

/** The rows of one call, checked, of one kind. */
export type CheckedRows =
  | { readonly kind: 'observations'; readonly rows: readonly Observation[] }
  | { readonly kind: 'compare'; readonly rows: readonly CompareRowInput[] };

const OBSERVATION_TEXT = [
  'region',
  'indicator',
  'breakdown',
  'period',
  'measure',
  'unit',
  'source',
];
const OBSERVATION_OPTIONAL_TEXT = ['id', 'qualifier', 'scope', 'note', 'yearBasis'];
const COMPARE_TEXT = ['breakdown', 'period', 'region', 'source'];
const COMPARE_OPTIONAL_NUMBERS = ['gapToTotal', 'gapLow', 'gapHigh'];
/** The numeric fields of both kinds of row. */
const NUMBERS = ['value', 'decimals', 'rank', ...COMPARE_OPTIONAL_NUMBERS];

function rowError(
  code: 'INVALID_OBSERVATIONS' | 'NOT_A_NUMBER',
  index: number,
  field: string | undefined,
  why: string,
  value: unknown,
): ShanxiIndustryError {
  const path = field === undefined ? [index] : [index, field];
  const message = `Row ${index}${field === undefined ? '' : ` field "${field}"`}: ${why}`;
  return new ShanxiIndustryError(code, message, value, [{ path, message: why }]);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDecimals(row: Record<string, unknown>, index: number): void {
  const d = row.decimals;
  if (d === undefined) return;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 15)
    throw rowError(
      'INVALID_OBSERVATIONS',
      index,
      'decimals',
      `must be a whole number from 0 to 15, got ${show(d)}.`,
      d,
    );
}

function checkNumber(
  row: Record<string, unknown>,
  index: number,
  field: string,
  optional: boolean,
): void {
  const v = row[field];
  if (optional && v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw rowError('NOT_A_NUMBER', index, field, `must be a finite number, got ${show(v)}.`, v);
}

function checkText(
  row: Record<string, unknown>,
  index: number,
  field: string,
  optional: boolean,
): void {
  const v = row[field];
  if (optional && v === undefined) return;
  if (typeof v !== 'string' || (!optional && v.length === 0))
    throw rowError(
      'INVALID_OBSERVATIONS',
      index,
      field,
      `must be ${optional ? 'a string' : 'a non-empty string'}, got ${show(v)}.`,
      v,
    );
}

/** A test: whether a value is the id of an entry of the catalogue (which the labels bundle anyway). */
const idOf =
  (catalogue: readonly CatalogueEntry<string>[]) =>
  (v: unknown): boolean =>
    catalogue.some((e) => e.id === v);

/**
 * The fields that hold an id of a vocabulary or catalogue, with a test and its words: an export
 * writes only what `fromCSV` and `parseObservations` read back, so `region: 'mars'` or
 * `scope: 'weird'` is refused here rather than written.
 */
const IDS: Readonly<Record<string, readonly [(v: unknown) => boolean, string]>> = {
  region: [idOf(REGION_CATALOGUE), 'a region (shanxi, china)'],
  indicator: [idOf(INDICATOR_CATALOGUE), 'an indicator'],
  breakdown: [isBreakdownId, 'a breakdown id of the catalogues'],
  measure: [idOf(MEASURE_CATALOGUE), 'a measure'],
  unit: [idOf(UNIT_CATALOGUE), 'a unit'],
  qualifier: [idOf(QUALIFIER_CATALOGUE), 'a qualifier (about, over, nearly)'],
  // `unstated` names the absence of a scope: a row says it by having none
  scope: [
    (v) => v !== 'unstated' && idOf(SCOPE_CATALOGUE)(v),
    'a scope (above-size, all; none when unstated)',
  ],
  yearBasis: [(v) => YEAR_BASES.includes(v as never), 'a year basis'],
};

function checkIds(row: Record<string, unknown>, index: number, fields: readonly string[]): void {
  for (const field of fields) {
    const v = row[field];
    const [ok, what] = IDS[field]!;
    if (v !== undefined && !ok(v))
      throw rowError('INVALID_OBSERVATIONS', index, field, `is not ${what}, got ${show(v)}.`, v);
  }
}

function checkPeriod(row: Record<string, unknown>, index: number): void {
  try {
    parsePeriod(row.period as string);
  } catch {
    throw rowError(
      'INVALID_OBSERVATIONS',
      index,
      'period',
      `is not a period id: ${show(row.period)}.`,
      row.period,
    );
  }
}

/**
 * Checks the rows of an export call: an array, every row an observation or every row a
 * `compareSectors` row (a row with a `rank`), with the fields each needs. Throws at the first
 * problem, naming the row's index.
 */
function readRows(rows: unknown, kind: RowKind | undefined): CheckedRows {
  if (!Array.isArray(rows))
    throw new ShanxiIndustryError(
      'INVALID_OBSERVATIONS',
      `Expected an array of observations or of compareSectors rows, got ${show(rows)}.`,
      rows,
      [{ path: [], message: 'not an array' }],
    );
  const first: unknown = rows[0];
  const resolved: RowKind =
    kind ?? (isRecord(first) && 'rank' in first ? 'compare' : 'observations');
  // Array.from visits holes too: a sparse list is an error, not a shorter list
  const list = Array.from(rows as unknown[]);
  list.forEach((row: unknown, index) => {
    if (!isRecord(row))
      throw rowError(
        'INVALID_OBSERVATIONS',
        index,
        undefined,
        `is neither an observation nor a compareSectors row: ${show(row)}.`,
        row,
      );
    const isCompare = 'rank' in row;
    if (resolved === 'compare' && !isCompare)
      throw rowError(
        'INVALID_OBSERVATIONS',
        index,
        'rank',
        'is missing: the rows are compareSectors rows (they have a rank), and this row has none. Export one kind of row at a time.',
        row,
      );
    if (resolved === 'observations' && isCompare)
      throw rowError(
        'INVALID_OBSERVATIONS',
        index,
        'rank',
        'is a compareSectors row (it has a rank), but the rows are observations. Export one kind of row at a time.',
        row,
      );
    if (resolved === 'observations') {
      for (const f of OBSERVATION_TEXT) checkText(row, index, f, false);
      for (const f of OBSERVATION_OPTIONAL_TEXT) checkText(row, index, f, true);
      checkIds(row, index, Object.keys(IDS));
    } else {
      for (const f of COMPARE_TEXT) checkText(row, index, f, false);
      checkText(row, index, 'qualifier', true);
      checkText(row, index, 'scope', true);
      checkText(row, index, 'unit', true);
      checkNumber(row, index, 'rank', false);
      for (const f of COMPARE_OPTIONAL_NUMBERS) checkNumber(row, index, f, true);
      checkIds(row, index, ['region', 'breakdown', 'qualifier', 'scope', 'unit']);
    }
    checkNumber(row, index, 'value', false);
    checkDecimals(row, index);
    checkPeriod(row, index);
    // -0 is the figure 0: no export writes it (JSON-stat would keep it as -0)
    for (const f of NUMBERS)
      if (Object.is(row[f], -0)) list[index] = { ...(list[index] as object), [f]: 0 };
  });
  return resolved === 'compare'
    ? { kind: 'compare', rows: list as readonly CompareRowInput[] }
    : { kind: 'observations', rows: list as readonly Observation[] };
}

/** One accepted option: a test and the words for what it accepts. */
export type OptionSpec = readonly [test: (value: unknown) => boolean, accepted: string];

const oneOf =
  (...values: readonly unknown[]) =>
  (v: unknown): boolean =>
    values.includes(v);

/** The options every exporter takes. */
export const COMMON_OPTIONS = {
  lang: [oneOf('en', 'zh'), '"en" or "zh"'],
  kind: [oneOf('observations', 'compare'), '"observations" or "compare"'],
  sources: [
    (v: unknown) =>
      typeof v === 'function' ||
      // Array.from visits the holes of a sparse list, which every() would skip
      (Array.isArray(v) && Array.from(v).every((s) => isRecord(s) && typeof s.id === 'string')),
    'a list of source records (each with a string id) or a function from a source id to its record',
  ],
} as const satisfies Record<string, OptionSpec>;

/** `true` or `false`. */
export const BOOLEAN: OptionSpec = [(v) => typeof v === 'boolean', 'true or false'];

/** `one of the given values`. */
export function choice(...values: readonly string[]): OptionSpec {
  return [oneOf(...values), values.map((v) => JSON.stringify(v)).join(' or ')];
}

/**
 * Checks an options object: `undefined` or an object whose every key is accepted and whose
 * every value (other than `undefined`) passes its test.
 */
function readOptions(
  fn: string,
  options: unknown,
  specs: Readonly<Record<string, OptionSpec>>,
): void {
  if (options === undefined) return;
  if (!isRecord(options))
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `${fn}: options must be an object, got ${show(options)}.`,
      options,
    );
  for (const [key, value] of Object.entries(options)) {
    const spec = Object.hasOwn(specs, key) ? specs[key] : undefined;
    if (!spec)
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `${fn}: unknown option ${show(key)}. Accepted options: ${Object.keys(specs).join(', ')}.`,
        key,
      );
    if (value !== undefined && !spec[0](value))
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `${fn}: option ${key} must be ${spec[1]}, got ${show(value)}.`,
        value,
      );
  }
}

/** A function from a source id to its record, or to `undefined` where none is known.@internal */
export function sourceFinder(
  sources: SourceLookup | undefined,
): (id: string) => Source | undefined {
  if (sources === undefined) return () => undefined;
  if (typeof sources === 'function')
    return (id) => {
      const s: unknown = sources(id);
      return isRecord(s) ? (s as unknown as Source) : undefined;
    };
  const byId = new Map<string, Source>();
  for (const s of sources) if (!byId.has(s.id)) byId.set(s.id, s);
  return (id) => byId.get(id);
}

/** The name of an id in a language, or the id itself when it is in no catalogue.@internal */
export function nameOf(id: string, lang: Lang): string {
  try {
    return label(id, lang);
  } catch {
    return id;
  }
}

/** The label of a (checked) period in a language.@internal */
export function periodName(period: string, lang: Lang): string {
  return formatPeriod(period as PeriodInput, lang);
}

/** The published precision of a row: its `decimals`, or inferred from its value.@internal */
export function decimalsOfRow(row: { readonly value: number; readonly decimals?: number }): number {
  return row.decimals ?? decimalsOf(row.value);
}

/** A number as published: `value.toFixed(decimals)`, without a sign on a zero.@internal */
export function published(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * The decimals to write a derived number (a gap computed from two published figures) with:
 * the fewest, from `min`, that give back the number to within floating-point noise, so
 * that `24.1 − 23.9` is written `0.2`, not `0.20000000000000284`.
 *
 * @internal
 */
export function derivedDecimals(value: number, min: number): number {
  for (let d = min; d < 15; d++) {
    const back = Number(value.toFixed(d));
    if (Math.abs(back - value) <= 1e-9 * Math.max(1, Math.abs(value))) return d;
  }
  return 15;
}

/** Headers and dimension names in both languages. */
export const HEADINGS = {
  id: { en: 'Id', zh: '编号' },
  region: { en: 'Region', zh: '地区' },
  indicator: { en: 'Indicator', zh: '指标' },
  breakdown: { en: 'Breakdown', zh: '分组' },
  period: { en: 'Period', zh: '时期' },
  measure: { en: 'Measure', zh: '度量' },
  unit: { en: 'Unit', zh: '单位' },
  scope: { en: 'Scope', zh: '统计口径' },
  value: { en: 'Value', zh: '数值' },
  source: { en: 'Source', zh: '来源' },
  note: { en: 'Note', zh: '备注' },
  rank: { en: 'Rank', zh: '排名' },
  gapToTotal: { en: 'Gap to total (pp)', zh: '与合计之差（百分点）' },
} as const;

/**
 * Checks the rows of an export (see `readRows`); a revoked Proxy or a throwing getter in them
 * is an `INVALID_OBSERVATIONS` error, never a bare TypeError.
 *
 * @internal
 */
export function checkRows(rows: unknown, kind: RowKind | undefined): CheckedRows {
  return readOrFail(() => readRows(rows, kind), 'INVALID_OBSERVATIONS', 'The rows', rows);
}

/**
 * Checks the options of an export (see `readOptions`); a revoked Proxy or a throwing getter
 * is an `INVALID_OPTION` error.
 *
 * @internal
 */
export function checkOptions(
  fn: string,
  options: unknown,
  specs: Readonly<Record<string, OptionSpec>>,
): void {
  readOrFail(() => readOptions(fn, options, specs), 'INVALID_OPTION', `${fn}: options`, options);
}
