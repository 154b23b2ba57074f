/**
 * CSV export (RFC 4180), with spreadsheet formula injection neutralised in text cells.
 *
 * @module
 */

import { parsePeriod } from '../model/period.js';
import type { Observation } from '../model/types.js';
import type { CompareRowInput } from './common.js';
import {
  BOOLEAN,
  COMMON_OPTIONS,
  checkOptions,
  checkRows,
  choice,
  decimalsOfRow,
  derivedDecimals,
  type ExportRow,
  type Lang,
  nameOf,
  periodName,
  published,
  type RowKind,
  type SourceLookup,
  sourceFinder,
} from './common.js';
import { neutralise } from './formula.js';

/**
 * Options of {@link toCSV}.
 *
 * @category Export
 */
export interface CsvOptions {
  /** The language of `period_label` (and of `label` for compare rows): `en` (default) or `zh`. */
  readonly lang?: 'en' | 'zh' | undefined;
  /** The line break between records: `'\r\n'` (default, as RFC 4180 says) or `'\n'`. */
  readonly newline?: '\r\n' | '\n' | undefined;
  /** Source records or a look-up; when given, a `source_url` column follows `source`. */
  readonly sources?: SourceLookup | undefined;
  /**
   * Whether to neutralise text cells that a spreadsheet would run as a formula (default
   * `true`); see {@link toCSV}.
   */
  readonly escapeFormulae?: boolean | undefined;
  /** Whether to begin with a byte-order mark, which helps Excel read Chinese text (default `false`). */
  readonly bom?: boolean | undefined;
  /** The kind of the rows; detected from the first row when not given. */
  readonly kind?: RowKind | undefined;
}

const SPECS = {
  ...COMMON_OPTIONS,
  newline: choice('\r\n', '\n'),
  escapeFormulae: BOOLEAN,
  bom: BOOLEAN,
};

/** A cell: its text, and whether it is free text (which may be neutralised) or a number. */
type Cell = readonly [text: string, isText: boolean];

const text = (value: string | undefined): Cell => [value ?? '', true];
const number = (value: string): Cell => [value, false];

/**
 * The characters that make a field quoted: RFC 4180's (comma, quote, CR, LF), and `;` and tab,
 * the delimiters of other locales' imports, so that no importer splits a cell in two.
 */
const NEEDS_QUOTES = /[",;\t\r\n]/;

function field([value, isText]: Cell, escapeFormulae: boolean): string {
  const safe = isText && escapeFormulae ? neutralise(value) : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function observationTable(
  rows: readonly Observation[],
  lang: Lang,
  urlOf: ((id: string) => string) | undefined,
): { head: string[]; body: Cell[][] } {
  const head = ['id', 'region', 'indicator', 'indicator_label', 'breakdown', 'breakdown_label'];
  head.push('period', 'period_label', 'kind', 'year', 'measure', 'value', 'unit', 'qualifier');
  head.push('scope', 'decimals', 'source');
  if (urlOf) head.push('source_url');
  head.push('note', 'year_basis');
  const body = rows.map((o) => {
    const decimals = decimalsOfRow(o);
    const period = parsePeriod(o.period);
    const cells: Cell[] = [
      text(o.id),
      text(o.region),
      text(o.indicator),
      text(nameOf(o.indicator, lang)),
      text(o.breakdown),
      text(nameOf(o.breakdown, lang)),
      text(o.period),
      text(periodName(o.period, lang)),
      text(period.kind),
      number(String(period.year)),
      text(o.measure),
      number(published(o.value, decimals)),
      text(o.unit),
      text(o.qualifier),
      text(o.scope),
      number(String(decimals)),
      text(o.source),
    ];
    if (urlOf) cells.push(text(urlOf(o.source)));
    cells.push(text(o.note), text(o.yearBasis));
    return cells;
  });
  return { head, body };
}

function compareTable(
  rows: readonly CompareRowInput[],
  lang: Lang,
  urlOf: ((id: string) => string) | undefined,
): { head: string[]; body: Cell[][] } {
  const bounds = rows.some((r) => r.gapLow !== undefined || r.gapHigh !== undefined);
  const head = ['rank', 'region', 'period', 'period_label', 'breakdown', 'label', 'value'];
  head.push('unit', 'qualifier', 'scope', 'decimals', 'gap_to_total');
  if (bounds) head.push('gap_low', 'gap_high');
  head.push('source');
  if (urlOf) head.push('source_url');
  const body = rows.map((r) => {
    const decimals = decimalsOfRow(r);
    const gap = (x: number | undefined): Cell =>
      number(x === undefined ? '' : published(x, derivedDecimals(x, decimals)));
    const cells: Cell[] = [
      number(String(r.rank)),
      text(r.region),
      text(r.period),
      text(periodName(r.period, lang)),
      text(r.breakdown),
      text(nameOf(r.breakdown, lang)),
      number(published(r.value, decimals)),
      text(r.unit),
      text(r.qualifier),
      text(r.scope),
      number(String(decimals)),
      gap(r.gapToTotal),
    ];
    if (bounds) cells.push(gap(r.gapLow), gap(r.gapHigh));
    cells.push(text(r.source));
    if (urlOf) cells.push(text(urlOf(r.source)));
    return cells;
  });
  return { head, body };
}

/**
 * Writes observations or `compareSectors` rows as CSV (RFC 4180), formula injection neutralised.
 *
 * A header row, then one record per row, in the order given.
 *
 * Observations get the columns `id, region, indicator, indicator_label, breakdown,
 * breakdown_label, period, period_label, kind, year, measure, value, unit, qualifier, scope,
 * decimals, source, source_url, note, year_basis` (`source_url` only when `sources` are
 * given; `scope` empty where the page did not say). The `_label` columns are names in `lang`; `kind` (`month`, `year-to-date`, `year`,
 * `range`) and `year` come from the period, so that an analyst grouping by year can keep single
 * months, year-to-date runs and whole years apart. `value` is written exactly as published,
 * `value.toFixed(decimals)`: `62.120200` stays `62.120200`, `14` stays `14`. The qualifier
 * (`about`, `over`, `nearly`) has its own column, so the value stays a number. `fromCSV`
 * (in `shanxi-industry/schemas`) reads the output back into the same observations; the label,
 * `kind`, `year` and `source_url` columns are ignored there. Rows of `compareSectors` get
 * `rank, region, period, period_label, breakdown, label, value, unit, qualifier, scope, decimals,
 * gap_to_total` (plus `gap_low, gap_high` when a row has them), `source` and `source_url`; a
 * gap is written with the fewest decimals (at least the value's) that give it back, so
 * `24.1 − 23.9` is `0.2`.
 *
 * Fields are quoted when they contain a comma, a double quote, CR, LF, a semicolon or a tab
 * (the last two are other locales' delimiters); quotes are doubled. Records are separated by
 * `newline`, with no line break after the last one.
 *
 * Formula injection: every piece of a TEXT cell that some spreadsheet import could make a
 * cell of its own, and would then run as a formula, gets a leading `'` (single quote), so
 * that it is shown rather than run. The pieces are the cell itself and the text after each
 * line break, `,`, `;` and tab in it: a `;` import (the delimiter of many European locales)
 * ignores the quotes of a `,` file and cuts the cell at its `;`, and an importer that splits
 * lines first cuts a multi-line cell at every `,` after its first line. A piece runs when,
 * after any white space or invisible format character (no-break and ideographic spaces,
 * the byte-order mark, zero-width and bidirectional marks), it begins with `=`, `+`, `-`,
 * `@` or their full-width forms `＝`, `＋`, `－`, `＠`; a cell that begins with a tab, CR or
 * LF gets the `'` too, as OWASP advises. So `x;=cmd` is written `"x;'=cmd"` and a note whose
 * second line is `=cmd` is neutralised there. A piece of leading quotes before such text gets
 * one more, so that `fromCSV` gives back exactly the text written. Text cells are every column written from a string,
 * since a user's rows may carry any text in any of them. The numeric columns (`value`,
 * `decimals`, `year`, `rank`, `gap_to_total`, `gap_low`, `gap_high`) are written from numbers
 * and never altered, so `-2.8` stays `-2.8`. The header row is fixed text. Pass
 * `escapeFormulae: false` to write text exactly as it is.
 *
 * @category Export
 * @param rows - observations (from `query`, `series`, …) or `compareSectors` rows; not changed
 * @param options - `lang`, `newline`, `sources`, `escapeFormulae`, `bom`, `kind`
 * @returns the CSV text
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when `rows` is not an array, or a
 * row is of neither shape, of the other shape than the first row, or lacks a field it needs
 * (the message names the row's index)
 * @throws ShanxiIndustryError code `NOT_A_NUMBER` when a row's value (or rank, or gap) is not
 * a finite number
 * @throws ShanxiIndustryError code `INVALID_OPTION` when an option is unknown or has a wrong value
 * @example
 * ```ts
 * const row: Observation = { id: 'f0160', region: 'shanxi', indicator: 'value-added',
 *   breakdown: 'sector:coal', period: '2021-01/2021-03', measure: 'yoy',
 *   value: 24.1, decimals: 1, unit: 'percent', source: 's032' };
 * toCSV([row]).split('\r\n')[1];
 * //=> 'f0160,shanxi,value-added,Value added of industry above designated size,sector:coal,Coal industry,2021-01/2021-03,Q1 2021,year-to-date,2021,yoy,24.1,percent,,,1,s032,,'
 * toCSV([{ ...row, note: '=SUM(A1), "x"' }]).split('\r\n')[1]?.slice(-19);
 * //=> '"\'=SUM(A1), ""x""",'
 * ```
 */
export function toCSV(rows: readonly ExportRow[], options?: CsvOptions): string {
  checkOptions('toCSV', options, SPECS);
  const lang = options?.lang ?? 'en';
  const checked = checkRows(rows, options?.kind);
  let urlOf: ((id: string) => string) | undefined;
  if (options?.sources !== undefined) {
    const find = sourceFinder(options.sources);
    urlOf = (id) => {
      const url = find(id)?.url;
      return typeof url === 'string' ? url : '';
    };
  }
  const { head, body } =
    checked.kind === 'compare'
      ? compareTable(checked.rows, lang, urlOf)
      : observationTable(checked.rows, lang, urlOf);
  const neutralise = options?.escapeFormulae ?? true;
  const newline = options?.newline ?? '\r\n';
  const lines = [head.join(',')];
  for (const cells of body) lines.push(cells.map((c) => field(c, neutralise)).join(','));
  return (options?.bom ? '\uFEFF' : '') + lines.join(newline);
}
