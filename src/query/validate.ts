/**
 * Validation of a user's rows with the zod schemas, and datasets over them.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ErrorDetail, ShanxiIndustryError } from '../errors.js';
import { isPeriodId } from '../model/period.js';
import {
  normaliseRow,
  ObservationInputSchema,
  SourceSchema,
  type StructuredRow,
} from '../model/schemas.js';
import type { Observation, Source } from '../model/types.js';
import { type Dataset, datasetOf } from './dataset.js';

/** zod/mini ships no messages ("Invalid input"): say what was expected and what came. */
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const got = (v: unknown) => (v === undefined ? 'nothing' : (JSON.stringify(v) ?? String(v)));
  const i = issue as z.core.$ZodIssue & {
    expected?: string;
    keys?: string[];
    input?: unknown;
    minimum?: unknown;
  };
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${i.expected}, got ${got(i.input)}`;
    case 'unrecognized_keys':
      return `unknown field${i.keys!.length > 1 ? 's' : ''} ${i.keys!.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_small':
      return `too small (minimum ${String(i.minimum)}), got ${got(i.input)}`;
    case 'invalid_union':
      return `expected a finite number or a decimal string, got ${got(i.input)}`;
    default:
      return `invalid (${issue.code}), got ${got(i.input)}`;
  }
}

function detailsOf(error: z.core.$ZodError, prefix: readonly (string | number)[]): ErrorDetail[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...(issue.path as (string | number)[])],
    message: messageOf(issue),
  }));
}

function arrayOf(input: unknown, what: string): readonly unknown[] {
  if (!Array.isArray(input))
    throw new ShanxiIndustryError(
      'INVALID_OBSERVATIONS',
      `${what} must be an array of rows; got ${input === null ? 'null' : typeof input}.`,
      input,
      [{ path: [], message: 'not an array' }],
    );
  // Array.from visits holes: a sparse list's missing rows are reported, not skipped
  return Array.from(input as unknown[]);
}

function validateAll<T>(
  input: unknown,
  schema: z.ZodMiniType<T, unknown>,
  what: string,
): { rows: T[]; details: ErrorDetail[] } {
  const rows: T[] = [];
  const details: ErrorDetail[] = [];
  arrayOf(input, what).forEach((row, i) => {
    const result = schema.safeParse(row);
    if (result.success) rows.push(result.data);
    else details.push(...detailsOf(result.error, [i]));
  });
  return { rows, details };
}

function fail(what: string, input: unknown, details: ErrorDetail[]): never {
  const rowsWithErrors = new Set(details.map((d) => d.path[0])).size;
  const first = details
    .slice(0, 3)
    .map((d) => `[${d.path.join('.')}] ${d.message}`)
    .join('; ');
  throw new ShanxiIndustryError(
    'INVALID_OBSERVATIONS',
    `${rowsWithErrors} invalid ${what}${rowsWithErrors === 1 ? '' : 's'} (${details.length} problem${details.length === 1 ? '' : 's'}): ${first}${details.length > 3 ? '; …' : ''}`,
    input,
    details,
  );
}

/**
 * Validates a user's observation rows (for example parsed JSON) and returns them normalised
 * and frozen: periods in canonical form, values as numbers with their `decimals` (inferred from
 * the value as written when left out). Nothing is half-accepted: one bad row fails the call,
 * and the error lists every problem of every row.
 *
 * Checked: every field against the vocabularies and catalogues; the unit fits the measure;
 * ranks are whole numbers from 1; `decimals` is not fewer than the value's written digits; no
 * unknown fields (so `__proto__` in JSON is an error, never a prototype); and no two rows of
 * the same key and source with different values.
 *
 * @category Data
 * @param input - anything; an array of row objects is expected
 * @returns the validated observations, frozen
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` with `details` listing each problem
 * as `{ path: [rowIndex, field], message }`
 * @example
 * ```ts
 * parseObservations([{ region: 'shanxi', indicator: 'value-added', breakdown: 'total',
 *   period: '2022-Q1', measure: 'yoy', value: '11.0', unit: 'percent', source: 's097' }])[0];
 * //=> { region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2022-01/2022-03', measure: 'yoy', value: 11, decimals: 1, unit: 'percent', source: 's097' }
 * ```
 */
export function parseObservations(input: unknown): readonly Observation[] {
  const list = arrayOf(input, 'Observations');
  const schema = structure();
  const out: Observation[] = [];
  const details: ErrorDetail[] = [];
  const seen = duplicateFinder();
  let index = 0;
  let ok = true;
  const issue = (field: string, message: string) => {
    ok = false;
    details.push({ path: [index, field], message });
  };
  for (; index < list.length; index++) {
    const raw = list[index];
    const result = schema.safeParse(raw);
    if (!result.success) {
      details.push(...detailsOf(result.error, [index]));
      // the structure failed elsewhere; still report a bad period of that row
      const period = (raw as { period?: unknown } | null)?.period;
      if (typeof period === 'string' && !isPeriodId(period))
        details.push({
          path: [index, 'period'],
          message: `Invalid period ${JSON.stringify(period)}: accepted are YYYY, YYYY-MM, YYYY-MM/YYYY-MM and the aliases YYYY-Q1…Q4, YYYY-H1, YYYY-H2, YYYY-Q1Q3`,
        });
      continue;
    }
    ok = true;
    const o = normaliseRow(result.data, issue);
    if (!ok) continue;
    out.push(o);
    const prev = seen(o, index);
    if (prev && prev.value !== o.value)
      details.push({
        path: [index, 'value'],
        message: `same key and source as row ${prev.index} but a different value (${o.value} vs ${prev.value})`,
      });
  }
  if (details.length) fail('observation row', input, details.sort(byRow));
  return Object.freeze(out);
}

/**
 * Remembers the first row of each key and source and returns it when the key comes again.
 * Keys are numbers in nested maps rather than one long string per row: on 100,000 rows the
 * string keys took 200 ms, these take 35.
 */
function duplicateFinder(): (
  o: Observation,
  index: number,
) => { value: number; index: number } | undefined {
  const dictionaries = [
    new Map<string, number>(),
    new Map<string, number>(),
    new Map<string, number>(),
  ];
  const id = (d: Map<string, number>, s: string): number => {
    const known = d.get(s);
    if (known !== undefined) return known;
    d.set(s, d.size);
    return d.size - 1;
  };
  const [sources, periods, rest] = dictionaries as [
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
  ];
  const seen = new Map<number, Map<number, { value: number; index: number }>>();
  return (o, index) => {
    // outer: the source and the region, indicator and measure; inner: the period and breakdown
    const outer =
      id(sources, o.source) * 4096 + id(rest, `${o.region}|${o.indicator}|${o.measure}`);
    const inner = id(periods, o.period) * 4096 + id(rest, o.breakdown);
    let map = seen.get(outer);
    if (!map) {
      map = new Map();
      seen.set(outer, map);
    }
    const prev = map.get(inner);
    if (!prev) map.set(inner, { value: o.value, index });
    return prev;
  };
}

const byRow = (a: ErrorDetail, b: ErrorDetail) => Number(a.path[0] ?? -1) - Number(b.path[0] ?? -1);

let compiled: z.ZodMiniType<StructuredRow, unknown> | undefined;

/**
 * The row structure schema, compiled by zod to a fast path on first use (zod's compiler uses
 * `new Function`; where that is forbidden, as under a strict Content Security Policy, the
 * plain schema is used).
 */
function structure(): z.ZodMiniType<StructuredRow, unknown> {
  if (!compiled) {
    try {
      compiled = z.compile(ObservationInputSchema) as z.ZodMiniType<StructuredRow, unknown>;
    } catch {
      compiled = ObservationInputSchema as z.ZodMiniType<StructuredRow, unknown>;
    }
  }
  return compiled;
}

/**
 * Validates a user's source records.
 *
 * @category Data
 * @param input - anything; an array of source objects is expected
 * @returns the validated sources, frozen
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` with `details` listing each problem
 * @example
 * ```ts
 * parseSources([{ id: 'my-notes', url: 'https://example.org/notes', title: 'My notes',
 *   publisher: 'Me', language: 'en', kind: 'official' }]).length;
 * //=> 1
 * ```
 */
export function parseSources(input: unknown): readonly Source[] {
  const { rows, details } = validateAll(input, SourceSchema, 'Sources');
  if (details.length) fail('source row', input, details);
  return Object.freeze(rows.map((s) => Object.freeze(s as Source)));
}

/**
 * Options of {@link createDataset}.
 *
 * @category Data
 */
export interface CreateDatasetOptions {
  /** Source records for the rows' `source` ids; they decide preference where rows disagree. */
  readonly sources?: unknown;
}

/**
 * Validates a user's rows (see {@link parseObservations}) and returns a {@link Dataset} with
 * the same `find`, `alternatives`, `query` and `series` as the shipped data. The shipped
 * `observations` may be passed along with the user's own to extend them.
 *
 * @category Data
 * @param input - the rows
 * @param options - `sources`: source records for the rows, validated too
 * @returns the dataset
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when a row or a source is invalid
 * @example
 * ```ts
 * const mine = createDataset([{ region: 'shanxi', indicator: 'value-added', breakdown: 'total',
 *   period: '2022-Q1', measure: 'yoy', value: '11.0', unit: 'percent', source: 's097' }]);
 * mine.find({ period: '2022-Q1' })?.value;
 * //=> 11
 * ```
 */
export function createDataset(input: unknown, options: CreateDatasetOptions = {}): Dataset {
  const rows = parseObservations(input);
  const srcs = options.sources === undefined ? [] : parseSources(options.sources);
  return datasetOf(rows, srcs);
}
