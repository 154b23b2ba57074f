/**
 * Markdown export: a GitHub-flavoured table.
 *
 * @module
 */

import type { Observation } from '../model/types.js';
import { atLeast100m, chineseUnitOf, moveLevel, unitFamily } from '../model/units.js';
import type { Unit } from '../model/vocab.js';
import type { CompareRowInput } from './common.js';
import {
  BOOLEAN,
  COMMON_OPTIONS,
  checkOptions,
  checkRows,
  decimalsOfRow,
  derivedDecimals,
  type ExportRow,
  HEADINGS,
  type Lang,
  nameOf,
  periodName,
  published,
  type RowKind,
  type SourceLookup,
  sourceFinder,
} from './common.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @category Export
 */
export interface MarkdownOptions {
  /** The language of the headers, names, period labels and qualifiers: `en` (default) or `zh`. */
  readonly lang?: 'en' | 'zh' | undefined;
  /** Source records or a look-up; when given, a source id links to its page. */
  readonly sources?: SourceLookup | undefined;
  /** Whether to add a column with each observation's note (default `false`). */
  readonly note?: boolean | undefined;
  /** The kind of the rows; detected from the first row when not given. */
  readonly kind?: RowKind | undefined;
}

const SPECS = { ...COMMON_OPTIONS, note: BOOLEAN };

/** A column: its header, and whether it is numeric (right-aligned). */
interface Column {
  readonly head: string;
  readonly numeric: boolean;
}

/**
 * Escapes text for a table cell: `&`, `<` and `>` become HTML entities (Markdown renderers
 * render raw HTML, so a name or note such as `<img onerror=…>` must stay text), a backslash
 * and `|` are escaped with a backslash, and a line break (CR LF, LF or CR) becomes `<br>`,
 * since a table row is one line.
 */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r\n|\r|\n/g, '<br>');
}

/** A value with its qualifier: "about 29" in English, "约29" in Chinese. */
function valueText(value: string, qualifier: string | undefined, lang: Lang): string {
  if (qualifier === undefined) return value;
  const word = nameOf(qualifier, lang);
  return lang === 'zh' ? `${word}${value}` : `${word} ${value}`;
}

/** Characters a url may not carry unencoded inside a Markdown link in a table. */
const URL_UNSAFE = /[\s()<>|\\[\]]/g;

function sourceCell(id: string, url: string | undefined): string {
  if (url === undefined || !/^https?:\/\//i.test(url)) return cell(id);
  const safe = url.replace(
    URL_UNSAFE,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const text = cell(id).replace(/[[\]]/g, (ch) => `\\${ch}`);
  return `[${text}](${safe})`;
}

/**
 * The figures of a table as it shows them: as published, or in Chinese, levels in the units
 * Chinese statistics use, as `inChineseUnit` converts them with the whole table as the column
 * (one of 万吨 or 亿吨 for every million- or billion-tonnes row).
 */
function shownIn(
  lang: Lang,
  rows: readonly ExportRow[],
): (r: ExportRow) => { value: number; decimals: number; unit: string | undefined } {
  const big = rows.every((r) => unitFamily(r.unit!) !== 'tonnes' || atLeast100m(r.value, r.unit!));
  return (r) => {
    const level = { value: r.value, decimals: decimalsOfRow(r), unit: r.unit };
    if (lang !== 'zh' || !unitFamily(r.unit!)) return level;
    const unit = chineseUnitOf(r.unit as Unit, big);
    const moved = moveLevel(level.value, level.decimals, r.unit!, unit);
    return Number.isFinite(moved.value) ? { ...moved, unit } : level;
  };
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function observationTable(
  rows: readonly Observation[],
  lang: Lang,
  source: (id: string) => string,
  withNote: boolean,
): { columns: Column[]; body: string[][] } {
  const h = (k: keyof typeof HEADINGS): string => HEADINGS[k][lang];
  const shown = shownIn(lang, rows);
  const columns: Column[] = [
    { head: h('region'), numeric: false },
    { head: h('indicator'), numeric: false },
    { head: h('breakdown'), numeric: false },
    { head: h('period'), numeric: false },
    { head: h('measure'), numeric: false },
    { head: h('value'), numeric: true },
    { head: h('unit'), numeric: false },
  ];
  // figures of different scopes are different statistics: say which, where any row says
  const withScope = rows.some((o) => o.scope !== undefined);
  if (withScope) columns.push({ head: h('scope'), numeric: false });
  columns.push({ head: h('source'), numeric: false });
  if (withNote) columns.push({ head: h('note'), numeric: false });
  const body = rows.map((o) => {
    const v = shown(o);
    const cells = [
      cell(nameOf(o.region, lang)),
      cell(nameOf(o.indicator, lang)),
      cell(nameOf(o.breakdown, lang)),
      cell(periodName(o.period, lang)),
      cell(nameOf(o.measure, lang)),
      cell(valueText(published(v.value, v.decimals), o.qualifier, lang)),
      cell(nameOf(v.unit as string, lang)),
    ];
    if (withScope) cells.push(cell(nameOf(o.scope ?? 'unstated', lang)));
    cells.push(source(o.source));
    if (withNote) cells.push(cell(o.note ?? ''));
    return cells;
  });
  return { columns, body };
}

function compareTable(
  rows: readonly CompareRowInput[],
  lang: Lang,
  source: (id: string) => string,
): { columns: Column[]; body: string[][] } {
  const h = (k: keyof typeof HEADINGS): string => HEADINGS[k][lang];
  const inUnits = shownIn(lang, rows);
  // a ranking of levels in several units of one family: each row in the one unit compareSectors
  // gave it (inEnglish, inChinese), so that one heading names the unit of every row
  const shown = (r: CompareRowInput) => (lang === 'zh' ? r.inChinese : r.inEnglish) ?? inUnits(r);
  // a level's unit goes in the heading: "Value (million tonnes)", "数值（万吨）"
  const unit = rows[0] && shown(rows[0]).unit;
  const words = unit && unitFamily(unit) ? nameOf(unit, lang) : undefined;
  const columns: Column[] = [
    { head: h('rank'), numeric: true },
    { head: h('breakdown'), numeric: false },
    {
      head:
        words === undefined
          ? h('value')
          : lang === 'zh'
            ? `${h('value')}（${words}）`
            : `${h('value')} (${words})`,
      numeric: true,
    },
    { head: h('gapToTotal'), numeric: true },
    { head: h('region'), numeric: false },
    { head: h('period'), numeric: false },
  ];
  // a ranking of figures that are not all above designated size says each row's scope
  const scopes = new Set(rows.map((r) => r.scope ?? 'unstated'));
  const withScope = scopes.size > 1 || (scopes.size === 1 && !scopes.has('above-size'));
  if (withScope) columns.push({ head: h('scope'), numeric: false });
  columns.push({ head: h('source'), numeric: false });
  const body = rows.map((r) => {
    const v = shown(r);
    const decimals = v.decimals;
    // a gap of levels is in their unit: shown in the same unit as the value
    const gap =
      r.gapToTotal === undefined || v.unit === r.unit
        ? r.gapToTotal
        : moveLevel(r.gapToTotal, 0, r.unit!, v.unit!).value;
    let gapText = '';
    if (gap !== undefined) {
      gapText = published(gap, derivedDecimals(gap, decimals));
      if (Number(gapText) > 0) gapText = `+${gapText}`;
    }
    return [
      cell(String(r.rank)),
      cell(nameOf(r.breakdown, lang)),
      cell(valueText(published(v.value, decimals), r.qualifier, lang)),
      cell(gapText),
      cell(nameOf(r.region, lang)),
      cell(periodName(r.period, lang)),
      ...(withScope ? [cell(nameOf(r.scope ?? 'unstated', lang))] : []),
      source(r.source),
    ];
  });
  return { columns, body };
}

/**
 * Writes observations or `compareSectors` rows as a GitHub-flavoured Markdown table.
 *
 * A header row, an alignment row (numbers right-aligned, `---:`), then one line per row, in
 * the order given, lines joined with `\n` and no line break after the last.
 *
 * Observations get the columns Region, Indicator, Breakdown, Period, Measure, Value, Unit,
 * Scope (where a row states one) and Source (and Note with `note: true`); rows of
 * `compareSectors` get Rank, Breakdown, Value (with the unit of levels in the heading), Gap to
 * total (pp, signed), Region, Period, Scope (unless every row is above designated size) and
 * Source. In Chinese, levels published in million or billion units are written in the units
 * Chinese statistics use, as `inChineseUnit` converts them with the whole table as one column
 * (67.407 million t → 6740.7 in 万吨; 1.37 billion t → 13.7 in 亿吨), never 百万吨 or 十亿吨. Ids are shown by their names in
 * `lang` (an id in no catalogue as itself), periods by their labels ("Q1 2021",
 * "2021年一季度"), values as published with their qualifier ("about 29", "约29"). With
 * `sources`, a source id links to its page (http and https urls only). In a cell, `&`, `<` and
 * `>` are written as HTML entities (so raw HTML in a note stays text), `\` and `|` are escaped
 * with a backslash and a line break becomes `<br>`.
 *
 * @category Export
 * @param rows - observations (from `query`, `series`, …) or `compareSectors` rows; not changed
 * @param options - `lang`, `sources`, `note`, `kind`
 * @returns the Markdown table
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when `rows` is not an array, or a
 * row is of neither shape, of the other shape than the first row, or lacks a field it needs
 * (the message names the row's index)
 * @throws ShanxiIndustryError code `NOT_A_NUMBER` when a row's value (or rank, or gap) is not
 * a finite number
 * @throws ShanxiIndustryError code `INVALID_OPTION` when an option is unknown or has a wrong value
 * @example
 * ```ts
 * const row: Observation = { region: 'shanxi', indicator: 'output', breakdown: 'product:raw-coal',
 *   period: '2021', measure: 'level', value: 12.06, decimals: 2, unit: 'tonnes-100m',
 *   qualifier: 'over', source: 's001' };
 * toMarkdown([row]).split('\n')[1];
 * //=> '| --- | --- | --- | --- | --- | ---: | --- | --- |'
 * toMarkdown([row]).split('\n')[2];
 * //=> '| Shanxi Province | Output | Raw coal | 2021 | Level | over 12.06 | 100 million tonnes | s001 |'
 * ```
 */
export function toMarkdown(rows: readonly ExportRow[], options?: MarkdownOptions): string {
  checkOptions('toMarkdown', options, SPECS);
  const lang = options?.lang ?? 'en';
  const checked = checkRows(rows, options?.kind);
  const find = sourceFinder(options?.sources);
  const source = (id: string): string => {
    const url = find(id)?.url;
    return sourceCell(id, typeof url === 'string' ? url : undefined);
  };
  const { columns, body } =
    checked.kind === 'compare'
      ? compareTable(checked.rows, lang, source)
      : observationTable(checked.rows, lang, source, options?.note ?? false);
  const lines = [
    row(columns.map((c) => cell(c.head))),
    row(columns.map((c) => (c.numeric ? '---:' : '---'))),
    ...body.map(row),
  ];
  return lines.join('\n');
}
