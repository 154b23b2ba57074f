/**
 * The user's own figures: `--data FILE` and `check FILE`. A file is read as CSV (what `export
 * --format csv` writes, or a spreadsheet's CSV: BOM, CRLF, `;` or tab detected) or JSON (the
 * array `export --format json` writes, or an object with an `observations` array, as `extract
 * --format json` writes), `-` being standard input. The rows are validated by the schemas
 * entry, which is loaded only here, so that a run without `--data` never loads zod.
 *
 * Source records, so that a user's figures rank by their source's kind and date as the
 * library's `createDataset(rows, { base, sources })` ranks them:
 *
 * - a JSON object's `sources` (an array of records) and `source` (one record, as `extract
 *   --format json` writes it) are validated and used as they are;
 * - a CSV's `source_url` (what `export --format csv` writes beside each source id) makes a
 *   record for a source id that has none, as `extractRelease` makes one for its `url`: the
 *   address, the host as publisher, the kind `official` for a host under `.gov.cn` and
 *   `reprint` otherwise; title the address, language `zh` for a host under `.cn` and `en`
 *   otherwise, no date (a CSV has none);
 * - a source id of the shipped data keeps its shipped record: a file that gives it another
 *   record or address is refused (give your source an id of its own);
 * - a source id without a record is "yours": its figures come after every kind of published
 *   source where they stand beside one.
 *
 * Merged with the shipped data by `createDataset(rows, { base })`, a user's row is one of:
 *
 * - **new**: a key (region, indicator, breakdown, period, measure, scope) the shipped data
 *   lacks, or has only from other sources: it fills the gap, or stands beside the shipped
 *   figures as an alternative under the same preference rules;
 * - **a repeat**: the key and source of a shipped row and every field the same (an export
 *   read back; a note or year basis left out counts as the shipped one's): the shipped
 *   figure itself, read once, as shipped;
 * - **an edit**: the key and source of a shipped row with another value (or decimals,
 *   qualifier, unit, note, year basis): no longer that source's figure, so it is read as the user's,
 *   with `-edited` after the source id (`s032-edited`), beside the shipped figure and never
 *   in its place; a note on stderr says so.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import {
  type Dataset,
  isShanxiIndustryError,
  type Observation,
  type Source,
  shippedDataset,
} from 'shanxi-industry';
import type { Problem, SafeParseResult } from 'shanxi-industry/schemas';
import { DataError, IoError, shown } from './errors.js';
import { type CliIO, whyNot } from './io.js';
import type { DataLook, FigureKey } from './views.js';

/** What is added to a source id when a user's row changes a shipped figure of that source. */
export const EDITED = '-edited';

/** One file read and validated in safe mode: the good rows and the problems of the others. */
export interface FileRead {
  /** The name as given (`-` for standard input). */
  readonly name: string;
  /** How it was read. */
  readonly format: 'csv' | 'json';
  /** The good rows, and the problems of the others (capped as the library caps them). */
  readonly result: SafeParseResult;
  /** The source records the file gives, or their addresses (CSV). */
  readonly sources: FileSources;
}

/** What a file says of its sources. */
export interface FileSources {
  /** Records given in a JSON file (`sources`, or the `source` of `extract --format json`), validated. */
  readonly records: readonly Source[];
  /** For a CSV file: the `source_url` of each source id that has one. */
  readonly urls: ReadonlyMap<string, string>;
  /** What is wrong with them, in words: a record that is not valid, an id with two addresses. */
  readonly problems: readonly string[];
}

const NO_SOURCES: FileSources = { records: [], urls: new Map(), problems: [] };

/** A user's row that changes a shipped figure: read as the user's, under another source id. */
export interface Edit {
  /** The file it came from. */
  readonly file: string;
  /** The row as read, its source id with {@link EDITED} after it. */
  readonly row: Observation;
  /** The shipped figure it changes. */
  readonly shipped: Observation;
}

/** How a file's good rows stand against the shipped data. */
export interface Standing {
  /** Rows that repeat a shipped row exactly (read once, as shipped). */
  readonly repeats: number;
  /** Rows that repeat a row read before from the user's files (read once). */
  readonly again: number;
  /** Rows that change a shipped figure. */
  readonly edits: readonly Edit[];
  /**
   * Rows of other figures that kept a shipped row's id (a spreadsheet user changed a figure and
   * its source but not the id): read without it, as the figures of the user's they are.
   */
  readonly freed?: readonly { readonly id: string; readonly row: Observation }[];
}

/** A user's source id that has no record: where its rows came from. */
interface YourSource {
  readonly files: string[];
  /** For `s032-edited`: `s032`. */
  readonly editOf?: string;
}

/** The data a command reads: the shipped dataset, or it merged with the user's files. */
export interface CliData extends DataLook {
  /** The dataset the command queries. */
  readonly dataset: Dataset;
  /** The `--data` files, as given. */
  readonly files: readonly string[];
  /** The user's source ids that have no record, in the order met. */
  readonly yourSourceIds: readonly string[];
  /** Lines for stderr: rows read once, edits read beside the shipped figure. */
  readonly notes: readonly string[];
  /** Whether a figure is a user's edit of a shipped one (said in {@link CliData.notes}). */
  isEdit(row: FigureKey): boolean;
}

/** The shipped data alone (no `--data`). */
export function shippedData(): CliData {
  const dataset = shippedDataset();
  return {
    dataset,
    files: [],
    yourSourceIds: [],
    notes: [],
    isEdit: () => false,
    yours: () => false,
    sourceOf: (id) => dataset.sourceOf(id),
    yourSource: () => undefined,
  };
}

/** A file's name for messages: quoted and escaped; standard input in words. */
export function fileWords(name: string): string {
  return name === '-' ? '- (standard input)' : shown(name);
}

/** The bytes of a file, or of standard input for `-`. */
function readBytes(name: string, io: CliIO, option: string): Uint8Array {
  if (name === '-') {
    if (io.stdin !== undefined)
      return typeof io.stdin === 'string' ? new TextEncoder().encode(io.stdin) : io.stdin;
    try {
      return readFileSync(0);
    } catch (e) {
      throw new IoError(`Cannot read standard input: ${whyNot(e, 'read')}.`);
    }
  }
  try {
    return readFileSync(resolve(io.cwd ?? process.cwd(), name));
  } catch (e) {
    throw new IoError(`Cannot read ${option}${shown(name)}: ${whyNot(e, 'read')}.`);
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** A file that is not figures: "--data "x.json" is not valid JSON …", and the detail alone. */
const notFigures = (where: string, detail: string): DataError =>
  new DataError(`${where} is ${detail}`, detail);

/** Refuses bytes that are no text file at all, saying what they look like. */
function checkText(bytes: Uint8Array, where: string): void {
  const not = (what: string): never => {
    throw notFigures(where, `not a CSV or JSON file: ${what}`);
  };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    not(
      'it is a zip archive, as an Excel or WPS workbook (.xlsx) is. Save the sheet as "CSV UTF-8" and read that.',
    );
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    not('it is an old Excel workbook (.xls). Save the sheet as "CSV UTF-8" and read that.');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    not(
      'it is UTF-16 text (what Excel saves as "Unicode text"). Save the sheet as "CSV UTF-8" and read that.',
    );
  if (bytes.subarray(0, 4096).includes(0)) not('it holds binary data, not text.');
}

/** CSV or JSON: by the name's extension, else by the first character that is not a space. */
function formatOf(name: string, bytes: Uint8Array): 'csv' | 'json' {
  const ext = extname(name).toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && [0x20, 0x09, 0x0a, 0x0d].includes(bytes[i]!)) i++;
  return bytes[i] === 0x5b || bytes[i] === 0x7b ? 'json' : 'csv';
}

/**
 * Where JSON.parse stopped, in words, from its message (which differs between engines): the
 * line and column where it gives a position, the end of the text, the unexpected character.
 */
function jsonFault(text: string, e: unknown): string {
  const message = e instanceof Error ? e.message : '';
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    return ` (line ${line}, column ${before.length - before.lastIndexOf('\n')})`;
  }
  if (/end of JSON input/i.test(message)) return ' (it ends too soon)';
  const token = /^Unexpected token '?(.)'?[ ,]/u.exec(message);
  return token ? ` (an unexpected ${shown(token[1]!)})` : '';
}

/** A JSON value in words: text quoted, an object or array named, anything else as written. */
const describe = (v: unknown): string =>
  typeof v === 'string'
    ? shown(v)
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'object' && v !== null
        ? 'an object'
        : String(v);

/** A JSON file's rows, and the source records it gives, each with its name for messages. */
interface JsonContent {
  readonly rows: unknown;
  readonly records: readonly (readonly [string, unknown])[];
  /** A `sources` that is not an array, in words. */
  readonly problem?: string;
}

/** The source records of a JSON object: its `sources` array, and its `source` record. */
function jsonRecords(o: Record<string, unknown>): Omit<JsonContent, 'rows'> {
  const records: (readonly [string, unknown])[] = [];
  let problem: string | undefined;
  if (o.sources !== undefined) {
    if (Array.isArray(o.sources))
      o.sources.forEach((r, i) => {
        records.push([`"sources" [${i}]`, r]);
      });
    else problem = `"sources": expected an array of source records, got ${describe(o.sources)}`;
  }
  if (o.source !== undefined) records.push(['"source"', o.source]);
  return { records, ...(problem === undefined ? {} : { problem }) };
}

/**
 * The rows of a JSON text: an array, or an object's `observations` array (with the object's
 * source records).
 */
function jsonContent(bytes: Uint8Array, where: string): JsonContent {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notFigures(where, 'not UTF-8 text. Save it as UTF-8 (a spreadsheet\'s "CSV UTF-8").');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw notFigures(where, 'empty: expected figures.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw notFigures(where, `not valid JSON${jsonFault(text, e)}.`);
  }
  if (Array.isArray(value)) return { rows: value, records: [] };
  if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (Array.isArray(o.observations)) return { rows: o.observations, ...jsonRecords(o) };
    if (o.class === 'dataset' && typeof o.version === 'string')
      throw notFigures(
        where,
        'a JSON-stat dataset, which cannot be read back: give the CSV or the JSON that export --format csv or --format json writes.',
      );
  }
  const what = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
  throw notFigures(
    where,
    `JSON but not a list of figures: expected an array of observations (as export --format json writes) or an object with an "observations" array; got ${what === 'object' ? 'an object without one' : what}.`,
  );
}

/** A library message about a CSV file, in the command's words. */
function csvWords(message: string): string {
  return message
    .replace(/^fromCSV: /, '')
    .replace(/ Pass unknownColumns: 'ignore' to skip others\./, ' Remove or rename such columns.')
    .replace(
      /\(Only one column was found: is the delimiter another one\? Pass delimiter\.\)/,
      '(Only one column was found: fields are separated by commas, semicolons or tabs.)',
    )
    .replace(
      'This looks like a compareSectors export; fromCSV reads observations.',
      'This looks like a compare export; figures are read as show and export write them.',
    );
}

type Schemas = typeof import('shanxi-industry/schemas');

/** Whether two source records are the same, whatever the order of their fields. */
const sameRecord = (a: Source, b: Source): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** A JSON file's source records, validated one by one: the good ones, and the problems. */
function checkedRecords(json: JsonContent, schemas: Schemas): FileSources {
  const records = new Map<string, Source>();
  const problems: string[] = json.problem === undefined ? [] : [json.problem];
  for (const [label, raw] of json.records) {
    let record: Source;
    try {
      record = schemas.parseSources([raw])[0]!;
    } catch (e) {
      if (!isShanxiIndustryError(e)) throw e;
      const details = e.details.length > 0 ? e.details : [{ message: e.message }];
      for (const d of details) problems.push(`${label}: ${d.message}`);
      continue;
    }
    const prev = records.get(record.id);
    if (prev === undefined) records.set(record.id, record);
    else if (!sameRecord(prev, record))
      problems.push(
        `${label}: another record of source ${shown(record.id)} than the one before it: a source id names one record`,
      );
  }
  return { records: [...records.values()], urls: new Map(), problems };
}

/**
 * The `source_url` of each source id of a CSV file's good rows. The library reads the column
 * as a derived one and ignores it; to read it with the same parser (delimiter, quotes, the
 * `'` before formula-like cells), the text is read a second time with the header naming it
 * `note` (and the file's own `note` column left unread).
 */
function csvSources(bytes: Uint8Array, schemas: Schemas): FileSources {
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const end = text.search(/\r|\n/);
  const first = end < 0 ? text : text.slice(0, end);
  const d = [',', ';', '\t'].find((c) =>
    first.split(c).some((h) => h.trim().replace(/^"(.*)"$/, '$1') === 'source_url'),
  );
  if (d === undefined) return NO_SOURCES;
  const header = first
    .split(d)
    .map((h) => {
      const name = h.trim().replace(/^"(.*)"$/, '$1');
      return name === 'source_url' ? 'note' : name === 'note' ? 'period_label' : name;
    })
    .join(d);
  let rows: readonly Observation[];
  try {
    rows = schemas.fromCSV(header + text.slice(first.length), {
      mode: 'safe',
      maxProblems: 1,
    }).observations;
  } catch {
    return NO_SOURCES; // a header the first reading took and this one cannot: no addresses
  }
  const urls = new Map<string, string>();
  const problems: string[] = [];
  const twice = new Set<string>();
  for (const o of rows) {
    const url = o.note?.trim();
    if (url === undefined || url === '') continue;
    const prev = urls.get(o.source);
    if (prev === undefined) urls.set(o.source, url);
    else if (prev !== url && !twice.has(o.source)) {
      twice.add(o.source);
      problems.push(
        `source ${shown(o.source)} has two addresses in source_url, ${shown(prev)} and ${shown(url)}: a source id names one page`,
      );
    }
  }
  return { records: [], urls, problems };
}

/**
 * Reads and validates one file in safe mode. Throws {@link IoError} when it cannot be read
 * and {@link DataError} when it is not CSV or JSON of figures (a header without the needed
 * columns, text that is not UTF-8, JSON of another shape).
 */
export async function readFile(name: string, io: CliIO, option = ''): Promise<FileRead> {
  const bytes = readBytes(name, io, option);
  const where = `${option}${fileWords(name)}`;
  checkText(bytes, where);
  const schemas = await import('shanxi-industry/schemas');
  const format = formatOf(name, bytes);
  if (format === 'json') {
    const json = jsonContent(bytes, where);
    return {
      name,
      format,
      result: schemas.safeParseObservations(json.rows),
      sources: checkedRecords(json, schemas),
    };
  }
  try {
    const result = schemas.fromCSV(bytes, { mode: 'safe' });
    return { name, format, result, sources: csvSources(bytes, schemas) };
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    if (code !== 'INVALID_CSV' || !(e instanceof Error)) throw e;
    const text = csvWords(e.message);
    if (/^the text is empty/.test(text))
      throw notFigures(where, 'empty: expected a header line and rows.');
    throw notFigures(where, `not a CSV file of figures: ${text}`);
  }
}

/** Where a problem is: `line 3` (CSV) or `row 2` (the index in a JSON array, from 0). */
export function problemPlace(p: Problem): string {
  return p.line === undefined ? `row ${p.row}` : `line ${p.line}`;
}

/** The key of a figure without its source: region, indicator, breakdown, period, measure, scope. */
const keyWords = (o: Observation): string =>
  `${o.region} ${o.indicator} ${o.breakdown} ${o.period} ${o.measure}${o.scope ? ` (${o.scope})` : ''}`;

/** The key, scope and source of a figure, as a list. */
const keyParts = (o: Observation): unknown[] => [
  o.region,
  o.indicator,
  o.breakdown,
  o.period,
  o.measure,
  o.scope ?? '',
  o.source,
];

/** Every field of a figure but its id, for "the same row". */
const rowSig = (o: Observation): string =>
  JSON.stringify([
    ...keyParts(o),
    o.value,
    o.decimals,
    o.unit,
    o.qualifier ?? '',
    o.note ?? '',
    o.yearBasis ?? '',
  ]);

/** The key, scope and source of a figure. */
const keySig = (o: Observation): string => JSON.stringify(keyParts(o));

/** What identifies a figure in a table (see {@link DataLook.yours}). */
export const figureSig = (r: FigureKey): string =>
  JSON.stringify([r.region, r.indicator, r.breakdown, r.period, r.measure, r.source, r.value]);

/**
 * A user's row as it compares with a shipped one: a note or year basis the row leaves out is
 * the shipped one's (a row typed by hand need not copy them), so leaving one out is no edit.
 */
function asAgainst(o: Observation, shipped: Observation): Observation {
  if (o.note !== undefined && o.yearBasis !== undefined) return o;
  const filled: Record<string, unknown> = { ...o };
  if (o.note === undefined && shipped.note !== undefined) filled.note = shipped.note;
  if (o.yearBasis === undefined && shipped.yearBasis !== undefined)
    filled.yearBasis = shipped.yearBasis;
  return filled as unknown as Observation;
}

/** The shipped row of the same key, scope and source as `o`, if any. */
function shippedTwin(o: Observation, shipped: Dataset): Observation | undefined {
  const same = shipped
    .alternatives({
      region: o.region,
      indicator: o.indicator,
      breakdown: o.breakdown,
      period: o.period,
      measure: o.measure,
      scope: o.scope ?? 'unstated',
    })
    .filter((s) => s.source === o.source);
  return same.find((s) => rowSig(s) === rowSig(asAgainst(o, s))) ?? same[0];
}

/** What differs between a user's row and the shipped one it changes, in words. */
export function changes(row: Observation, shipped: Observation): string {
  const parts: string[] = [];
  const text = (v: unknown): string => (v === undefined ? 'none' : shown(String(v)));
  if (row.value !== shipped.value || row.decimals !== shipped.decimals)
    parts.push(
      `value ${row.value.toFixed(row.decimals)}, shipped ${shipped.value.toFixed(shipped.decimals)}`,
    );
  if (row.unit !== shipped.unit) parts.push(`unit ${row.unit}, shipped ${shipped.unit}`);
  if (row.qualifier !== shipped.qualifier)
    parts.push(`qualifier ${text(row.qualifier)}, shipped ${text(shipped.qualifier)}`);
  if (row.note !== undefined && row.note !== shipped.note) parts.push('another note');
  if (row.yearBasis !== undefined && row.yearBasis !== shipped.yearBasis)
    parts.push(`year basis ${text(row.yearBasis)}, shipped ${text(shipped.yearBasis)}`);
  return parts.join('; ');
}

/** A row without its id. */
const withoutId = ({ id: _, ...rest }: Observation): Observation => rest;

/** Sorts the good rows of each file into new rows, repeats and edits (renamed). */
export function stand(reads: readonly FileRead[], shipped: Dataset) {
  const rows: Observation[] = [];
  const fileOf = new Map<Observation, string>();
  const standings: Standing[] = [];
  const seen = new Set<string>();
  const byKey = new Map<string, Observation>();
  let shippedIds: Set<string> | undefined;
  for (const read of reads) {
    let repeats = 0;
    let again = 0;
    const edits: Edit[] = [];
    const freed: { id: string; row: Observation }[] = [];
    for (const o of read.result.observations) {
      const twin = shippedTwin(o, shipped);
      if (twin && rowSig(twin) === rowSig(asAgainst(o, twin))) {
        repeats++;
        continue;
      }
      // an edited figure is no longer the shipped one: its own source, and not the shipped id;
      // nor is a figure of another source that kept a shipped id
      shippedIds ??= new Set(shipped.observations.flatMap((r) => (r.id ? [r.id] : [])));
      const takesId = !twin && o.id !== undefined && shippedIds.has(o.id);
      const row = twin
        ? Object.freeze({ ...withoutId(o), source: `${o.source}${EDITED}` })
        : takesId
          ? Object.freeze(withoutId(o))
          : o;
      if (twin) edits.push({ file: read.name, row, shipped: twin });
      if (takesId) freed.push({ id: o.id!, row });
      const sig = rowSig(row);
      if (seen.has(sig)) {
        again++;
        continue;
      }
      seen.add(sig);
      const prev = byKey.get(keySig(row));
      if (prev && prev.value !== row.value)
        throw new DataError(
          `--data ${fileWords(read.name)} and ${fileWords(fileOf.get(prev)!)} both give ${keyWords(row)} from source ${shown(row.source)}, with different values (${row.value.toFixed(row.decimals)} and ${prev.value.toFixed(prev.decimals)}): keep one, or give one of them a source id of its own.`,
        );
      byKey.set(keySig(row), row);
      fileOf.set(row, read.name);
      rows.push(row);
    }
    standings.push({ repeats, again, edits, freed });
  }
  return { rows, fileOf, standings };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Where the record of a user's source id came from. */
export type RecordOrigin = 'file' | 'url';

/** The source records of the user's files, checked against the shipped ones and each other. */
export interface SourcePlan {
  /** The records to merge, for source ids the rows cite. */
  readonly records: readonly Source[];
  /** How each was found. */
  readonly origin: ReadonlyMap<string, RecordOrigin>;
  /** What is wrong, with the file it is in. */
  readonly problems: readonly { readonly file: string; readonly text: string }[];
}

/**
 * The record a source id takes from its address, as `extractRelease` makes one for its `url`:
 * the host as publisher, `official` for a host under `.gov.cn` and `reprint` otherwise; the
 * address as title, `zh` for a host under `.cn` (else `en`), no date. A string when the
 * address is not an http(s) one.
 */
export function recordFromUrl(id: string, url: string): Source | string {
  const host = /^https?:\/\/(?:[^/?#@\s]*@)?([^/?#:@\s]+)/i.exec(url)?.[1]?.toLowerCase();
  if (host === undefined)
    return `source_url of source ${shown(id)}: expected an http(s) address such as https://tjj.shanxi.gov.cn/…, got ${shown(url)}`;
  return {
    id,
    url,
    title: url,
    publisher: host,
    language: host.endsWith('.cn') ? 'zh' : 'en',
    kind: host.endsWith('.gov.cn') ? 'official' : 'reprint',
  };
}

/**
 * The records of the files' sources: a JSON file's records as given, a CSV file's addresses
 * made into records (see {@link recordFromUrl}) where no file gives the id a record; a shipped
 * id keeps its shipped record, and a file that gives it another is a problem, as are two
 * records or two addresses of one id. Only the ids in `cited` (the rows merged) are kept.
 */
export async function sourcePlan(
  reads: readonly FileRead[],
  shipped: Dataset,
  cited: ReadonlySet<string>,
): Promise<SourcePlan> {
  const problems: { file: string; text: string }[] = [];
  const given = new Map<string, { record: Source; file: string }>();
  const fromUrl = new Map<string, { url: string; file: string }>();
  for (const read of reads) {
    for (const text of read.sources.problems) problems.push({ file: read.name, text });
    for (const record of read.sources.records) {
      const ship = shipped.sourceOf(record.id);
      if (ship !== undefined) {
        if (!sameRecord(ship, record))
          problems.push({
            file: read.name,
            text: `source ${shown(record.id)} is a shipped source, and the file gives it another record: give your source an id of its own`,
          });
        continue;
      }
      const prev = given.get(record.id);
      if (prev === undefined) given.set(record.id, { record, file: read.name });
      else if (!sameRecord(prev.record, record))
        problems.push({
          file: read.name,
          text: `source ${shown(record.id)} has another record in ${fileWords(prev.file)}: a source id names one record`,
        });
    }
  }
  for (const read of reads)
    for (const [id, url] of read.sources.urls) {
      const ship = shipped.sourceOf(id);
      const record = ship ?? given.get(id)?.record;
      if (record !== undefined) {
        if (record.url !== url)
          problems.push({
            file: read.name,
            text: ship
              ? `source ${shown(id)} is a shipped source (${ship.url}), and the file gives it source_url ${shown(url)}: give your source an id of its own`
              : `source ${shown(id)} has source_url ${shown(url)}, and its record in ${fileWords(given.get(id)!.file)} the address ${shown(record.url)}: a source id names one page`,
          });
        continue;
      }
      const prev = fromUrl.get(id);
      if (prev === undefined) fromUrl.set(id, { url, file: read.name });
      else if (prev.url !== url)
        problems.push({
          file: read.name,
          text: `source ${shown(id)} has source_url ${shown(url)}, and in ${fileWords(prev.file)} ${shown(prev.url)}: a source id names one page`,
        });
    }
  const records: Source[] = [];
  const origin = new Map<string, RecordOrigin>();
  for (const [id, { record }] of given)
    if (cited.has(id)) {
      records.push(record);
      origin.set(id, 'file');
    }
  const schemas = fromUrl.size > 0 ? await import('shanxi-industry/schemas') : undefined;
  for (const [id, { url, file }] of fromUrl) {
    const made = recordFromUrl(id, url);
    let record: Source | undefined;
    if (typeof made === 'string') problems.push({ file, text: made });
    else
      try {
        record = schemas!.parseSources([made])[0];
      } catch {
        problems.push({
          file,
          text: `source_url of source ${shown(id)}: expected an address such as https://tjj.shanxi.gov.cn/…, got ${shown(url)}`,
        });
      }
    if (record && cited.has(id)) {
      records.push(record);
      origin.set(id, 'url');
    }
  }
  return { records, origin, problems };
}

/** What a source plan did for a file's sources, in words, for `check`. */
export function recordWords(plan: SourcePlan): string[] {
  const out: string[] = [];
  const list = plan.records.slice(0, 5);
  for (const r of list) {
    const date = r.published === undefined ? 'no date' : `published ${r.published}`;
    out.push(
      plan.origin.get(r.id) === 'url'
        ? `Source ${r.id}: a record made from its source_url (publisher ${r.publisher}, kind ${r.kind}${r.kind === 'official' ? ', a host under .gov.cn' : ''}, ${date}): --data ranks its figures by it.`
        : `Source ${r.id}: the file's record (publisher ${r.publisher}, kind ${r.kind}, ${date}): --data ranks its figures by it.`,
    );
  }
  if (plan.records.length > list.length)
    out.push(`… and ${plural(plan.records.length - list.length, 'more source')} with a record.`);
  return out;
}

/** The lines that say how a file's rows stand against the shipped data (for notes and check). */
export function standingWords(s: Standing): string[] {
  const out: string[] = [];
  if (s.repeats > 0)
    out.push(
      `${plural(s.repeats, 'row repeats a shipped figure', 'rows repeat shipped figures')} exactly (as an export read back): --data reads ${s.repeats === 1 ? 'it' : 'them'} once, as shipped.`,
    );
  if (s.again > 0)
    out.push(
      `${plural(s.again, 'row repeats a row', 'rows repeat rows')} read before: --data reads ${s.again === 1 ? 'it' : 'them'} once.`,
    );
  if (s.edits.length > 0) {
    const e = s.edits[0]!;
    const first = `${keyWords(e.row)} from ${e.shipped.source}: ${changes(e.row, e.shipped)}`;
    out.push(
      s.edits.length === 1
        ? `1 row changes a shipped figure (${first}): --data reads it as your figure, source ${e.row.source}, beside the shipped one, not in its place (--all shows both).`
        : `${s.edits.length} rows change shipped figures (the first: ${first}): --data reads each as your figure, with ${EDITED} after the source id, beside the shipped one, not in its place (--all shows both).`,
    );
  }
  const freed = s.freed ?? [];
  if (freed.length > 0) {
    const f = freed[0]!;
    const first = `${f.id}, on ${keyWords(f.row)} from ${f.row.source}`;
    out.push(
      freed.length === 1
        ? `1 row keeps the id of a shipped figure (${first}) for a figure of its own: --data reads it without that id.`
        : `${freed.length} rows keep ids of shipped figures for figures of their own (the first: ${first}): --data reads them without those ids.`,
    );
  }
  return out;
}

/**
 * Reads the `--data` files and merges their rows with the shipped data. All or nothing: a
 * file with a problem is a {@link DataError} that lists the first problems and points to
 * `check`.
 */
export async function loadData(names: readonly string[], io: CliIO): Promise<CliData> {
  const reads: FileRead[] = [];
  for (const name of names) {
    const read = await readFile(name, io, '--data ');
    const r = read.result;
    if (r.problemCount > 0) {
      const rows = r.observations.length + r.badRows;
      const first = r.problems
        .slice(0, 3)
        .map((p) => `${problemPlace(p)}: ${p.message}`)
        .join('; ');
      const more = r.problemCount - Math.min(3, r.problems.length);
      throw new DataError(
        `--data ${fileWords(name)} has ${plural(r.problemCount, 'problem')} in ${r.badRows} of ${plural(rows, 'row')}, so none of its rows were read: ${first}${more > 0 ? ` (and ${more} more)` : ''}. Run shanxi-industry check ${name === '-' ? '-' : shown(name)} to see every problem.`,
      );
    }
    reads.push(read);
  }
  const shipped = shippedDataset();
  const { rows, fileOf, standings } = stand(reads, shipped);
  const plan = await sourcePlan(reads, shipped, new Set(rows.map((o) => o.source)));
  const bad = plan.problems[0];
  if (bad !== undefined) {
    const more = plan.problems.length - 1;
    throw new DataError(
      `--data ${fileWords(bad.file)}: ${bad.text}${more > 0 ? ` (and ${plural(more, 'more problem')} with sources)` : ''}; none of its rows were read.`,
    );
  }
  const schemas = await import('shanxi-industry/schemas');
  let dataset: Dataset;
  try {
    dataset = schemas.createDataset(rows, { base: shipped, sources: plan.records });
  } catch (e) {
    // every row was checked above; this is a safeguard, in the command's words, naming the file
    // of the first row at fault (the library counts the rows of all files together)
    const at = (e as { details?: readonly { path?: readonly unknown[] }[] }).details?.[0]
      ?.path?.[0];
    const row = typeof at === 'number' ? rows[at] : undefined;
    const where =
      row === undefined
        ? ''
        : ` ${fileWords(fileOf.get(row)!)} (${keyWords(row)} from ${row.source})`;
    throw new DataError(
      `--data${where}: the rows could not be merged with the shipped data: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    );
  }
  const mine = new Set(rows.map(figureSig));
  const edited = new Set(standings.flatMap((s) => s.edits.map((e) => figureSig(e.row))));
  const yours = new Map<string, YourSource>();
  for (const o of rows) {
    if (dataset.sourceOf(o.source) !== undefined) continue;
    const file = fileOf.get(o)!;
    const entry = yours.get(o.source);
    if (entry) {
      if (!entry.files.includes(file)) entry.files.push(file);
    } else {
      const editOf = o.source.endsWith(EDITED) ? o.source.slice(0, -EDITED.length) : undefined;
      yours.set(o.source, {
        files: [file],
        ...(editOf !== undefined && shipped.sourceOf(editOf) !== undefined ? { editOf } : {}),
      });
    }
  }
  // a repeat is the shipped figure itself, read once without a word; an edit is said each time
  const notes = reads.flatMap((read, i) =>
    standingWords({ ...standings[i]!, repeats: 0, again: 0 }).map(
      (line) => `${fileWords(read.name)}: ${line}`,
    ),
  );
  return {
    dataset,
    files: names,
    yourSourceIds: [...yours.keys()],
    notes,
    isEdit: (r) => edited.has(figureSig(r)),
    yours: (r) => mine.has(figureSig(r)),
    sourceOf: (id) => dataset.sourceOf(id),
    yourSource(id, lang) {
      const y = yours.get(id);
      if (!y) return undefined;
      const files = y.files
        .map((f) => (f === '-' ? (lang === 'zh' ? '标准输入' : 'standard input') : f))
        .join(lang === 'zh' ? '、' : ', ');
      if (lang === 'zh')
        return y.editOf ? `你对 ${y.editOf} 的修改，来自 ${files}` : `你的数据，来自 ${files}`;
      return y.editOf ? `your edit of ${y.editOf}, from ${files}` : `your figures, from ${files}`;
    },
  };
}

/** A figure's value as the notes write it: `3.9`, `about 24.1`, `813 tonnes-10k`. */
const valueWords = (o: Observation): string =>
  `${o.qualifier ? `${o.qualifier} ` : ''}${o.value.toFixed(o.decimals)}${o.unit === 'percent' ? '' : ` ${o.unit}`}`;

/**
 * The note for the user's figures that an output leaves out: figures of a key whose preferred
 * figure (the one shown) is another source's. `shown` are the figures the output shows, each
 * the preferred one of its key and scope; `how` says what shows the others (`--all`, or for
 * series and compare `show --all`). Edits of shipped figures are left out: {@link
 * CliData.notes} says them already. `undefined` when nothing of the user's is left out.
 */
export function hiddenNote(
  data: CliData,
  shown: Iterable<Observation>,
  how: '--all' | 'show --all',
): string | undefined {
  if (data.files.length === 0) return undefined;
  const hidden = new Map<Observation, Observation>();
  // figures of the user's, of a source without a record, shown where a published figure of the
  // same key stands aside (by being more precise, or exact beside a bound): "unknown sources
  // come last" would have the user expect the published one
  const instead = new Map<Observation, Observation>();
  for (const o of shown)
    for (const alt of data.dataset.alternatives(o)) {
      if (alt === o) continue;
      if (data.yours(alt) && !data.isEdit(alt) && !hidden.has(alt)) hidden.set(alt, o);
      if (
        data.yours(o) &&
        !data.isEdit(o) &&
        !data.yours(alt) &&
        !instead.has(o) &&
        data.dataset.sourceOf(o.source) === undefined
      )
        instead.set(o, alt);
    }
  const shows = how === '--all' ? '--all shows' : '"show --all" lists';
  const notes: string[] = [];
  if (hidden.size > 0) {
    const [mine, preferred] = [...hidden][0]!;
    const beside = `${keyWords(mine)} ${valueWords(mine)} from ${mine.source}, beside ${valueWords(preferred)} from ${preferred.source}`;
    const why =
      data.dataset.sourceOf(mine.source) === undefined
        ? `; ${mine.source} has no source record (a source_url column or a JSON record gives it one), so it comes after every kind of published source among figures as exact and as precise`
        : '';
    notes.push(
      hidden.size === 1
        ? `1 figure of yours (--data) is not shown: ${beside}, which is preferred${why}. ${shows} both.`
        : `${hidden.size} figures of yours (--data) are not shown, each beside a preferred figure of another source (the first: ${beside}${why}). ${shows} them.`,
    );
  }
  if (instead.size > 0) {
    const [mine, other] = [...instead][0]!;
    const over = `${keyWords(mine)} ${valueWords(mine)} from ${mine.source}, preferred to ${valueWords(other)} from ${other.source}`;
    const rule = `${mine.source} has no source record, but an exact figure comes before a bound, and the more precise before the source's kind`;
    notes.push(
      instead.size === 1
        ? `1 figure of yours (--data) is shown in place of a published one: ${over} (${rule}). ${shows} both.`
        : `${instead.size} figures of yours (--data) are shown in place of published ones (${rule}; the first: ${over}). ${shows} them.`,
    );
  }
  return notes.length === 0 ? undefined : notes.join('\n');
}
