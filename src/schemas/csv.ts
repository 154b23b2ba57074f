/**
 * `fromCSV`: observations read back from CSV, the library's own (`toCSV`) or a spreadsheet's.
 *
 * It lives in the schemas entry because reading rows means validating them, and the
 * validation is zod's; the export entry, which only writes, stays free of zod. The parser is
 * our own (about 120 lines): it keeps the CSV line of every record for the messages, reads
 * quoted fields with indexOf, and measured faster than papaparse and d3-dsv on the same text
 * (see CHANGELOG and docs/performance.md).
 *
 * @module
 */
import { ShanxiIndustryError, show } from '../errors.js';
import { restore } from '../export/formula.js';
import type { Observation } from '../model/types.js';
import {
  Collector,
  got,
  hintFor,
  maxProblemsOf,
  RowFault,
  resultOf,
  type SafeParseResult,
  validateRows,
} from '../query/validate.js';
import { records } from './csv-records.js';

/**
 * Options of {@link fromCSV}.
 *
 * @category Data
 */
export interface FromCsvOptions {
  /** The field delimiter; detected from the header (`,`, `;` or a tab) when not given. */
  readonly delimiter?: ',' | ';' | '\t' | undefined;
  /**
   * `strict` (the default): every row valid or a coded error; `safe`: the good rows and the
   * problems of the others, as {@link safeParseObservations} returns them.
   */
  readonly mode?: 'strict' | 'safe' | undefined;
  /** How many problems to keep (default 100); the rest are counted. */
  readonly maxProblems?: number | undefined;
  /** Columns that are neither read nor refused: `refuse` (the default) or `ignore` unknown ones. */
  readonly unknownColumns?: 'refuse' | 'ignore' | undefined;
  /**
   * Whether the text was written with formula-like lines neutralised, as `toCSV` does by
   * default (`true`, the default: the `'` put before such a line is removed). Pass `false` for
   * text written with `toCSV(rows, { escapeFormulae: false })` or by a tool that does not
   * neutralise: every cell is then read exactly as written, so a note that really begins with
   * `'=` keeps its quote.
   */
  readonly escapeFormulae?: boolean | undefined;
}

/** The columns read, by CSV name, and the observation field each fills. */
const COLUMNS: Readonly<Record<string, string>> = {
  id: 'id',
  region: 'region',
  indicator: 'indicator',
  breakdown: 'breakdown',
  period: 'period',
  measure: 'measure',
  value: 'value',
  unit: 'unit',
  qualifier: 'qualifier',
  scope: 'scope',
  decimals: 'decimals',
  source: 'source',
  note: 'note',
  year_basis: 'yearBasis',
  yearBasis: 'yearBasis',
};
/** The columns `toCSV` writes for people and tools, which are derived and not read back. */
const DERIVED = new Set([
  'indicator_label',
  'breakdown_label',
  'period_label',
  'kind',
  'year',
  'source_url',
]);
const REQUIRED = [
  'region',
  'indicator',
  'breakdown',
  'period',
  'measure',
  'value',
  'unit',
  'source',
];

function csvError(message: string, value: unknown, line?: number): ShanxiIndustryError {
  return new ShanxiIndustryError('INVALID_CSV', message, value, [
    { path: line === undefined ? [] : [`line ${line}`], message },
  ]);
}

/**
 * The WHATWG decoder, a global in browsers, Node, Deno and Bun; declared here because the
 * library compiles without the DOM or Node types (no Node built-in is imported).
 */
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(input: Uint8Array): string };

/** The text of the input: a string, or UTF-8 bytes (a BOM is dropped either way). */
function textOf(input: unknown): string {
  let text: string;
  let bytes = false;
  try {
    bytes = typeof input !== 'string' && input instanceof Uint8Array;
  } catch {
    // a revoked Proxy: neither text nor bytes
  }
  if (typeof input === 'string') text = input;
  else if (bytes) {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input as Uint8Array);
    } catch (e) {
      // the decoder throws a TypeError for bytes that are not UTF-8 (the WHATWG rule); any other
      // error (Node: ERR_STRING_TOO_LONG) is more text than one string of the engine holds
      if (!(e instanceof TypeError)) {
        const n = (input as Uint8Array).length;
        throw csvError(
          `fromCSV: ${n.toLocaleString('en')} bytes are more text than one JavaScript string holds here (Node and Chrome: 536,870,888 characters, about 512 MiB), and fromCSV reads the whole text at once. Split the file at line breaks, with the header line on each part, or load it into a database (DuckDB reads toCSV output directly).`,
          n,
        );
      }
      throw csvError(
        'fromCSV: the bytes are not UTF-8 text. A spreadsheet that saved "CSV" in a local encoding (GBK, ANSI) wrote them: save as "CSV UTF-8" instead.',
        input,
      );
    }
  } else
    throw csvError(
      `fromCSV takes CSV text (a string, or UTF-8 bytes); got ${got(input, true)}.`,
      input,
    );
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The delimiter whose split of the first line names the most known columns. */
function detect(text: string): string {
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  let best = ',';
  let score = -1;
  for (const d of [',', ';', '\t']) {
    const s = first
      .split(d)
      .filter((h) => Object.hasOwn(COLUMNS, h.trim()) || DERIVED.has(h.trim())).length;
    if (s > score) {
      best = d;
      score = s;
    }
  }
  return best;
}

/** The free-text fields: read exactly as written (not trimmed). */
const FREE_TEXT = new Set(['id', 'source', 'note']);

/**
 * One cell into the value of its field: empty is none; the `'` that neutralised a formula is
 * removed; cells of ids and numbers are trimmed, free text is kept as written.
 */
function cellValue(field: string, raw: string, readText: (text: string) => string): unknown {
  if (raw === '') return undefined;
  if (FREE_TEXT.has(field)) return readText(raw);
  const cell = raw.trim();
  if (cell === '') return undefined;
  if (field === 'decimals') return /^\d{1,2}$/.test(cell) ? Number(cell) : cell;
  if (field === 'value') return cell;
  return readText(cell);
}

/** Text read as written (`escapeFormulae: false`). */
const asWritten = (text: string): string => text;

/**
 * Reads observations from CSV: what `toCSV` (shanxi-industry/export) writes, and what people write by hand or
 * save from Excel, LibreOffice or WPS.
 *
 * The text may be a string or UTF-8 bytes, with or without a byte-order mark, with CRLF, LF or
 * CR line breaks, with fields quoted (commas, quotes, line breaks inside) as RFC 4180 says,
 * and delimited by `,`, `;` or a tab (detected from the header unless `delimiter` is given).
 * The first record is the header: the columns `region, indicator, breakdown, period, measure,
 * value, unit, source` are needed; `id, qualifier, scope, decimals, note, year_basis` are read when
 * present; the columns `toCSV` adds for people (`indicator_label`, `breakdown_label`,
 * `period_label`, `kind`, `year`, `source_url`) are ignored; any other column is refused
 * (or ignored with `unknownColumns: 'ignore'`). An empty cell is "none" (so an empty note
 * reads back as no note); cells other than the free text of `id`, `source` and `note` are
 * trimmed. Values are read as decimal strings, so `23.90` keeps two decimals; a
 * decimal comma (`12,3`) is refused with a hint, never read as 123. The `'` that `toCSV` puts
 * before a formula-like piece of a cell is removed again, so `fromCSV(toCSV(rows))` gives
 * `rows` back (for text written with `toCSV(rows, { escapeFormulae: false })`, pass the same
 * option here: every cell is then read as written). Whoever wrote the file, with the default
 * `escapeFormulae: true` one `'` before a piece that `toCSV` would neutralise is taken as such
 * a mark: a cell `'=A1` (or `x;'=A1`) reads as `=A1` (`x;=A1`), and `''=A1` as `'=A1`.
 * Every row is then validated as by `parseObservations`.
 *
 * In `safe` mode the good rows are returned with the problems of the others; each problem
 * carries the record's CSV `line` beside its `row` index (0 for the first record after the
 * header). At most `maxProblems` problems are kept.
 *
 * **Size.** fromCSV reads the whole text at once (it does not stream): time and memory grow in
 * proportion to the text. A 50 MB file of 318,204 rows takes a few seconds and, at the peak,
 * about 3.5 times the text's size in memory beside the text itself; the rows it returns keep
 * 60–100 MB (docs/performance.md has the measured figures). The largest text is one
 * JavaScript string (Node and Chrome: 536,870,888 characters, about 512 MiB); bytes that would
 * decode to more are refused with `INVALID_CSV` and their count. Split larger files at line
 * breaks, with the header on each part, or load them into a database such as DuckDB.
 *
 * @category Data
 * @param input - the CSV text, or its UTF-8 bytes
 * @param options - `delimiter`, `mode`, `maxProblems`, `unknownColumns`, `escapeFormulae`
 * @returns the observations, validated and frozen (`strict`), or `{ observations, problems,
 * problemCount, badRows }` (`safe`)
 * @throws ShanxiIndustryError code `INVALID_CSV` when the input is not text or not UTF-8, or
 * bytes that decode to more text than one string holds, when
 * the header lacks a needed column or has an unknown or repeated one, and (in `strict` mode)
 * when a record is ragged (another number of fields than the header) or a quote is never
 * closed; the message names the line
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` (in `strict` mode) when a field's
 * value is invalid, with the first problems in `details`
 * @throws ShanxiIndustryError code `INVALID_OPTION` for a wrong option
 * @example
 * ```ts
 * const csv = 'region;indicator;breakdown;period;measure;value;unit;source\r\n' +
 *   'shanxi;value-added;sector:coal;2021-Q1;yoy;24.10;percent;my-sheet\r\n';
 * fromCSV(csv)[0];
 * //=> { region: 'shanxi', indicator: 'value-added', breakdown: 'sector:coal', period: '2021-01/2021-03', measure: 'yoy', value: 24.1, decimals: 2, unit: 'percent', source: 'my-sheet' }
 * fromCSV(csv.replace('24.10', '24,10'), { mode: 'safe' }).problems[0]?.message;
 * //=> 'value: expected a decimal number with a point, such as 12.3, got "24,10" (a decimal comma: write 24.10; it is never read as 2410)'
 * ```
 */
export function fromCSV(
  input: string | Uint8Array,
  options?: FromCsvOptions & { readonly mode?: 'strict' | undefined },
): readonly Observation[];
export function fromCSV(
  input: string | Uint8Array,
  options: FromCsvOptions & { readonly mode: 'safe' },
): SafeParseResult;
export function fromCSV(
  input: string | Uint8Array,
  options?: FromCsvOptions,
): readonly Observation[] | SafeParseResult {
  const max = maxProblemsOf('fromCSV', options, [
    'delimiter',
    'mode',
    'unknownColumns',
    'escapeFormulae',
  ]);
  const o = (options ?? {}) as Record<string, unknown>;
  const check = (key: string, allowed: readonly unknown[]) => {
    if (o[key] !== undefined && !allowed.includes(o[key]))
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `fromCSV: option ${key} must be ${allowed.map((a) => show(a)).join(' or ')}, got ${got(o[key], true)}.`,
        o[key],
      );
  };
  check('delimiter', [',', ';', '\t']);
  check('mode', ['strict', 'safe']);
  check('unknownColumns', ['refuse', 'ignore']);
  check('escapeFormulae', [true, false]);
  const readText = o.escapeFormulae === false ? asWritten : restore;
  const safe = o.mode === 'safe';
  const text = textOf(input);
  const delimiter = (o.delimiter as string | undefined) ?? detect(text);

  let header: (string | undefined)[] | undefined;
  let width = 0;
  const rows: unknown[] = [];
  const lines: number[] = [];
  let faults = 0;
  const unterminated = records(text, delimiter, (fields, line, junk) => {
    if (!header) {
      header = readHeader(fields, o.unknownColumns === 'ignore', delimiter);
      width = fields.length;
      return;
    }
    if (fields.length === 1 && fields[0] === '') return; // a blank line
    lines.push(line);
    if (fields.length !== width) {
      faults++;
      rows.push(
        new RowFault(
          `${width} fields, as in the header`,
          fields.length,
          `expected ${width} fields, as in the header, got ${fields.length} (a ragged record)`,
        ),
      );
      return;
    }
    if (junk >= 0) {
      faults++;
      rows.push(
        new RowFault(
          'a delimiter or a line break after a closing quote',
          fields[junk],
          `field ${junk + 1}: expected a delimiter or a line break after a closing quote, got ${got(fields[junk], true)}`,
        ),
      );
      return;
    }
    const row: Record<string, unknown> = {};
    for (let k = 0; k < width; k++) {
      const field = header[k];
      if (field === undefined) continue;
      const v = cellValue(field, fields[k]!, readText);
      if (v !== undefined) row[field] = v;
    }
    rows.push(row);
  });
  if (!header)
    throw csvError('fromCSV: the text is empty; expected a header line and rows.', input);
  if (unterminated !== undefined) {
    faults++;
    lines.push(unterminated);
    rows.push(
      new RowFault(
        'a closing quote',
        undefined,
        `a quoted field opened on line ${unterminated} is never closed (the rest of the text is inside it)`,
      ),
    );
  }
  const problems = new Collector(max, (row) => lines[row]);
  const { out } = validateRows(rows, problems, [], safe, hintFor);
  if (safe) return resultOf(out, problems);
  if (problems.count === 0) return Object.freeze(out);
  const first = problems.kept
    .slice(0, 3)
    .map((p) => `line ${p.line}: ${p.message}`)
    .join('; ');
  const listed =
    problems.count > problems.kept.length
      ? `; the first ${problems.kept.length} are in details`
      : '';
  throw new ShanxiIndustryError(
    faults ? 'INVALID_CSV' : 'INVALID_OBSERVATIONS',
    `fromCSV: ${problems.badRows} invalid record${problems.badRows === 1 ? '' : 's'} (${problems.count} problem${problems.count === 1 ? '' : 's'}${listed}): ${first}${problems.count > 3 ? '; …' : ''}`,
    input,
    Object.freeze(problems.kept),
  );
}

/** The field each header column fills (`undefined`: ignored), or a coded error. */
function readHeader(
  fields: string[],
  ignoreUnknown: boolean,
  delimiter: string,
): (string | undefined)[] {
  const names = fields.map((f) => f.trim());
  if (names.includes('rank') && names.includes('gap_to_total') && !names.includes('measure'))
    throw csvError(
      'fromCSV: the header (line 1) has rank and gap_to_total. This looks like a compareSectors export; fromCSV reads observations.',
      names,
      1,
    );
  const unknown = names.filter((h) => !Object.hasOwn(COLUMNS, h) && !DERIVED.has(h));
  if (unknown.length && !ignoreUnknown)
    throw csvError(
      `fromCSV: the header (line 1) has unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => show(u)).join(', ')}; read are ${Object.keys(COLUMNS).join(', ')}; ignored are ${[...DERIVED].join(', ')}. Pass unknownColumns: 'ignore' to skip others.${names.length === 1 && delimiter === ',' ? ' (Only one column was found: is the delimiter another one? Pass delimiter.)' : ''}`,
      names,
      1,
    );
  const fieldsOf = names.map((h) => (Object.hasOwn(COLUMNS, h) ? COLUMNS[h] : undefined));
  const repeated = fieldsOf.filter((f, i) => f !== undefined && fieldsOf.indexOf(f) !== i);
  if (repeated.length)
    throw csvError(`fromCSV: the header (line 1) names ${show(repeated[0])} twice.`, names, 1);
  const missing = REQUIRED.filter((f) => !fieldsOf.includes(f));
  if (missing.length) {
    throw csvError(
      `fromCSV: the header (line 1) lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; needed are ${REQUIRED.join(', ')}.`,
      names,
      1,
    );
  }
  return fieldsOf;
}
