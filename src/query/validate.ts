/**
 * Validation of a user's rows with the zod schemas, and datasets over them.
 *
 * Every problem names the field, what it takes and the value it got. What is kept is capped
 * (the first {@link MAX_PROBLEMS} problems, with the total count and the count of bad rows),
 * so a million bad rows cost memory for a hundred messages, not for eight million.
 *
 * @module
 */
import * as z from 'zod/mini';
import { type ErrorDetail, readObject, ShanxiIndustryError, show } from '../errors.js';
import {
  BREAKDOWNS,
  DECIMAL_RE,
  EXPECTED,
  fittingUnits,
  normaliseRow,
  ObservationInputSchema,
  PERIOD_FORM,
  SourceSchema,
  type StructuredRow,
} from '../model/schemas.js';
import type { Observation, Source } from '../model/types.js';
import {
  INDICATORS,
  MEASURES,
  type Measure,
  QUALIFIERS,
  REGIONS,
  SCOPES,
  UNITS,
  type Unit,
  unitFitsMeasure,
  YEAR_BASES,
} from '../model/vocab.js';
import { type Dataset, datasetOf, isDataset } from './dataset.js';
import { type Hinter, hintFor } from './hints.js';

/**
 * How many problems a validation keeps by default; the rest are counted, not kept.
 *
 * @category Data
 * @example
 * ```ts
 * MAX_PROBLEMS;
 * //=> 100
 * ```
 */
export const MAX_PROBLEMS = 100;

/**
 * One problem of a user's rows: where it is, what was expected, and what was received.
 *
 * @category Data
 */
export interface Problem extends ErrorDetail {
  /** The index of the row in the input (for CSV: of the data record, the header not counted). */
  readonly row: number;
  /** For rows read from CSV: the line on which the record begins (the header is line 1). */
  readonly line?: number;
  /** The field at fault; absent when the problem is the whole row. */
  readonly field?: string;
  /** The value received, as it was given; `undefined` when nothing was given. */
  readonly received: unknown;
  /** What the field (or row) takes, in words. */
  readonly expected: string;
}

/**
 * What {@link safeParseObservations} returns: the good rows, and the problems of the others.
 *
 * @category Data
 */
export interface SafeParseResult {
  /** The rows that passed, validated, normalised and frozen, in input order. */
  readonly observations: readonly Observation[];
  /** The first problems found (at most `maxProblems`), in row order. */
  readonly problems: readonly Problem[];
  /** How many problems were found in all (kept or not). */
  readonly problemCount: number;
  /** How many rows had at least one problem. */
  readonly badRows: number;
}

/**
 * Options of {@link safeParseObservations}.
 *
 * @category Data
 */
export interface SafeParseOptions {
  /** How many problems to keep (a whole number from 1, or `Infinity`); default {@link MAX_PROBLEMS}. */
  readonly maxProblems?: number | undefined;
}

/** `show`, guarded: a message writer must never throw, whatever it is shown. */
function safeShow(value: unknown): string {
  try {
    return show(value);
  } catch {
    return 'a value that cannot be shown';
  }
}

/**
 * The value received, for a message: `nothing` only when nothing was given; text marked as
 * text where text is not what the field takes; long text cut.
 *
 * @internal
 */
export function got(value: unknown, textExpected = false): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown =
      value.length > 60
        ? `${safeShow(value.slice(0, 50)).slice(0, -1)}…" (${value.length} characters)`
        : safeShow(value);
    return textExpected ? shown : `${shown} (text)`;
  }
  const shown = safeShow(value);
  return shown.length > 80 ? `${shown.slice(0, 70)}… (${shown.length} characters)` : shown;
}

/** The fields that do not take text: a string there is marked `(text)` in a message. */
const NOT_TEXT = new Set(['decimals']);
const ROW_EXPECTED = 'an object';

/** Collects problems: keeps the first `max`, counts them all and the rows they are in. */
class Collector {
  readonly kept: Problem[] = [];
  count = 0;
  badRows = 0;
  private lastRow = -1;
  constructor(
    private readonly max: number,
    private readonly lineOf?: (row: number) => number | undefined,
  ) {}

  /** Whether a problem of this row would still be kept (so its message is worth writing). */
  get full(): boolean {
    return this.kept.length >= this.max;
  }

  /** Counts `n` problems of a row without keeping them (the list is full). */
  addCount(row: number, n: number) {
    this.count += n;
    if (row !== this.lastRow) {
      this.badRows++;
      this.lastRow = row;
    }
  }

  add(
    row: number,
    field: string | undefined,
    expected: string,
    received: unknown,
    message?: string,
  ) {
    this.count++;
    if (row !== this.lastRow) {
      this.badRows++;
      this.lastRow = row;
    }
    if (this.full) return;
    const text =
      message ??
      (field === undefined
        ? `expected ${expected}, got ${got(received, true)}`
        : `${field}: expected ${expected}, got ${got(received, !NOT_TEXT.has(field))}`);
    const line = this.lineOf?.(row);
    const p: Record<string, unknown> = {
      path: Object.freeze(field === undefined ? [row] : [row, field]),
      message: text,
      row,
    };
    if (line !== undefined) p.line = line;
    if (field !== undefined) p.field = field;
    // the value as given; a non-finite number or -0 as its text, so no NaN leaves the library
    p.received =
      typeof received === 'number' && (!Number.isFinite(received) || Object.is(received, -0))
        ? show(received)
        : unreadable(received)
          ? show(received)
          : received;
    p.expected = expected;
    this.kept.push(Object.freeze(p) as unknown as Problem);
  }
}

const KNOWN_FIELDS = /* @__PURE__ */ (() => Object.keys(EXPECTED).join(', '))();

/** Reports the structural issues zod found in one row, with the values the row holds. */
function reportStructure(
  error: z.core.$ZodError,
  raw: unknown,
  row: number,
  into: Collector,
  hint?: Hinter,
): void {
  const done = new Set<PropertyKey>();
  for (const issue of error.issues) {
    const field = issue.path[0];
    // one problem per field: zod may find two (a type and a length) in one value
    if (field !== undefined && done.has(field)) continue;
    if (field !== undefined) done.add(field);
    if (issue.code === 'unrecognized_keys') {
      for (const key of (issue as { keys: string[] }).keys)
        into.add(
          row,
          key,
          'no such field',
          readField(raw, key),
          into.full
            ? undefined
            : `unknown field ${safeShow(key)} (accepted: ${KNOWN_FIELDS}), got ${got(readField(raw, key), true)}`,
        );
    } else if (typeof field === 'string') {
      const received = readField(raw, field);
      const expected = EXPECTED[field] ?? 'a valid value';
      // "expected text, got 123"; "non-empty text" is for the empty string
      const words =
        expected === 'non-empty text' && typeof received !== 'string' ? 'text' : expected;
      const comma =
        field === 'value' && typeof received === 'string' && DECIMAL_COMMA.test(received);
      // `coal` for sector:coal, `万吨` for tonnes-10k: the value as received, then the id it names
      const said = comma || into.full ? undefined : hint?.(field, received, SETS[field]);
      into.add(
        row,
        field,
        comma ? 'a decimal number with a point, such as 12.3' : words,
        received,
        comma && !into.full
          ? decimalCommaHint(received)
          : said === undefined
            ? undefined
            : `${field}: expected ${words}, got ${got(received, !NOT_TEXT.has(field))} (${said})`,
      );
    } else into.add(row, undefined, ROW_EXPECTED, raw);
  }
  // the unit must fit the measure, whatever else is wrong with the row (as the JSON Schema says)
  const [measure, unit] = [readField(raw, 'measure'), readField(raw, 'unit')];
  if (!done.has('measure') && !done.has('unit') && misfit(measure, unit))
    into.add(
      row,
      'unit',
      `a unit that fits measure "${measure}" (${fittingUnits(measure as Measure)})`,
      unit,
    );
}

/** Whether a valid measure and a valid unit do not fit each other. */
function misfit(measure: unknown, unit: unknown): boolean {
  return (
    SETS.measure!.has(measure) &&
    SETS.unit!.has(unit) &&
    !unitFitsMeasure(measure as Measure, unit as Unit)
  );
}

function readField(raw: unknown, field: string): unknown {
  try {
    return (raw as Record<string, unknown>)[field];
  } catch {
    return undefined;
  }
}

/** The rows of an input list, or a coded error when it is not a readable list. */
function listOf(input: unknown, what: string): readonly unknown[] {
  let ok = false;
  try {
    ok = Array.isArray(input);
    // Array.from visits holes: a sparse list's missing rows are reported, not skipped
    if (ok) return Array.from(input as unknown[]);
  } catch (e) {
    throw new ShanxiIndustryError(
      'INVALID_OBSERVATIONS',
      `${what} could not be read as a list: ${e instanceof Error ? e.message : 'it threw'}.`,
      input,
      [{ path: [], message: 'not a readable list' }],
    );
  }
  throw new ShanxiIndustryError(
    'INVALID_OBSERVATIONS',
    `${what} must be an array of rows; got ${got(input, true)}.`,
    input,
    [{ path: [], message: `expected an array of rows, got ${got(input, true)}` }],
  );
}

const SETS: Readonly<Record<string, ReadonlySet<unknown>>> = /* @__PURE__ */ (() => ({
  region: new Set(REGIONS),
  indicator: new Set(INDICATORS),
  breakdown: new Set(BREAKDOWNS),
  measure: new Set(MEASURES),
  unit: new Set(UNITS),
  qualifier: new Set(QUALIFIERS),
  scope: new Set(SCOPES),
  yearBasis: new Set(YEAR_BASES),
}))();
const OPTIONAL = new Set(['id', 'decimals', 'qualifier', 'scope', 'yearBasis', 'note']);
const FIELD_LIST = /* @__PURE__ */ (() => Object.keys(EXPECTED))();

/**
 * The number of structural problems of a row, as the zod structure schema counts them (one per
 * bad or missing field, one per unknown field, one for a row that is not an object), without
 * making zod's issue objects. Used only to count once the kept list is full; a test checks that
 * it agrees with zod.
 *
 * @internal
 */
export function structuralProblems(raw: unknown): number {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 1;
    const r = raw as Record<string, unknown>;
    let n = 0;
    for (const key of Object.keys(r)) if (!Object.hasOwn(EXPECTED, key)) n++;
    for (const field of FIELD_LIST) {
      const v = r[field];
      if (v === undefined) {
        if (!OPTIONAL.has(field)) n++;
        continue;
      }
      const set = SETS[field];
      if (set) {
        if (!set.has(v)) n++;
      } else if (field === 'value') {
        if (
          !(typeof v === 'number'
            ? Number.isFinite(v)
            : typeof v === 'string' && DECIMAL_RE.test(v))
        )
          n++;
      } else if (field === 'decimals') {
        if (!(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 15)) n++;
      } else if (field === 'period') {
        if (!(typeof v === 'string' && PERIOD_FORM.test(v))) n++;
      } else if (typeof v !== 'string' || (field !== 'note' && v.length === 0)) n++;
    }
    // as reportStructure does: only where the structure failed (else the full path reports it)
    if (n > 0 && misfit(r.measure, r.unit)) n++;
    return n;
  } catch {
    return 0; // unreadable: the full path reports it
  }
}

/**
 * A row that could not be read at all (a ragged CSV record, an unterminated quote): reported
 * as a problem of the whole row by {@link validateRows}.
 *
 * @internal
 */
export class RowFault {
  constructor(
    readonly expected: string,
    readonly received: unknown,
    readonly message: string,
  ) {}
}

/** Whether a row is a {@link RowFault} (a revoked Proxy throws on `instanceof`: it is not). */
function isFault(raw: unknown): raw is RowFault {
  try {
    return raw instanceof RowFault;
  } catch {
    return false;
  }
}

/** A decimal comma (`12,3`, `1.234,5`): the hint says so, rather than "not a number". */
const DECIMAL_COMMA = /^[-+]?\d{1,3}([.\s\u00a0]\d{3})*,\d+$|^[-+]?\d+,\d+$/;

function decimalCommaHint(value: string): string {
  const point = value.replace(/[.\s\u00a0]/g, '').replace(',', '.');
  const whole = point.replace('.', '');
  // `1,356` may be a decimal comma or a thousands separator: say both, and read it as neither.
  return /^[-+]?\d{1,3},\d{3}$/.test(value)
    ? `value: expected a decimal number with a point, such as 12.3, got ${got(value, true)} (a decimal comma or a thousands separator: write ${point} or ${whole}; it is never read as either)`
    : `value: expected a decimal number with a point, such as 12.3, got ${got(value, true)} (a decimal comma: write ${point}; it is never read as ${whole})`;
}

/** The state of one validation run over rows, shared by every entry point. */
interface Run {
  readonly out: Observation[];
  readonly problems: Collector;
}

/**
 * Validates rows one by one into `out`, reporting into `problems`. Rows that fail are left
 * out; the duplicate check (same key and source, different value) spans `base` too.
 */
function validateRows(
  list: readonly unknown[],
  problems: Collector,
  base: readonly Observation[] = [],
  keep = true,
  hint?: Hinter,
  once = false,
): Run {
  const schema = structure();
  const out: Observation[] = [];
  const seen = duplicateFinder();
  for (let i = 0; i < base.length; i++) seen(base[i]!, -1 - i);
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    if (isFault(raw)) {
      problems.add(index, undefined, raw.expected, raw.received, raw.message);
      continue;
    }
    if (problems.full) {
      // nothing more is kept: count a structurally bad row by the quick check, not by zod,
      // whose issues cost some 20 µs a row (1,300,000 rows of {} took 28 s)
      const n = structuralProblems(raw);
      if (n > 0) {
        problems.addCount(index, n);
        continue;
      }
    }
    let bad = false;
    const issue = (field: string, expected: string, received: unknown, message?: string) => {
      bad = true;
      problems.add(index, field, expected, received, problems.full ? undefined : message);
    };
    try {
      const result = schema.safeParse(raw);
      if (!result.success) {
        reportStructure(result.error, raw, index, problems, hint);
        continue;
      }
      const o = normaliseRow(result.data, issue);
      if (bad) continue;
      const prev = seen(o, index);
      const twin = prev && prev.index < 0 ? base[-1 - prev.index] : undefined;
      // an earlier row of the same key and source: of the base (twin), or of these rows
      const change = prev && (prev.value !== o.value ? 'value' : changeOf(o, twin ?? prev.row));
      if (prev && change) {
        const which =
          prev.index < 0 ? `base row ${baseName(base, prev.index)}` : `row ${prev.index}`;
        issue(
          change,
          `the ${change} of ${which}, which has the same key and source`,
          change === 'value' ? result.data.value : o[change],
          `${change}: same key and source as ${which} but a different ${change} (${change === 'value' ? (twin ? `${o.value.toFixed(o.decimals)} vs ${twin.value.toFixed(twin.decimals)}` : `${o.value} vs ${prev.value}`) : `${safeShow(o[change])} vs ${safeShow((twin ?? prev.row)[change])}`})${twin ? '; a figure you changed is yours: give it a source id of your own (and no id)' : ''}`,
        );
        continue;
      }
      // a base row read back (an export of it): it is that row, kept once; and in a dataset
      // (`once`) a row that repeats an earlier one of these rows is that row (alternatives
      // listed it twice); validation alone returns every row given
      if (twin || (prev && once)) continue;
      const clash = o.id === undefined ? undefined : baseIds(base).get(o.id);
      if (clash) {
        issue(
          'id',
          'an id that no base row has, or none',
          o.id,
          `id: ${safeShow(o.id)} is the id of a base row of another key or source; a figure of yours takes an id of its own, or none`,
        );
        continue;
      }
      if (keep || problems.count === 0) out.push(o);
    } catch (e) {
      // a getter that throws, a revoked Proxy: the row cannot be read
      problems.add(
        index,
        undefined,
        'an object whose fields can be read',
        raw,
        problems.full
          ? undefined
          : `expected an object whose fields can be read; reading it threw ${safeShow(e instanceof Error ? e.message : e)}`,
      );
    }
  }
  return { out, problems };
}

/**
 * What differs, besides the value, between a row and the base row of its key and source: a
 * precision, unit or qualifier (a note or year basis the row leaves out is the base row's, so
 * an export read back with them blank is no change).
 */
function changeOf(
  o: Observation,
  twin: Observation,
): 'decimals' | 'unit' | 'qualifier' | 'note' | 'yearBasis' | undefined {
  if (o.decimals !== twin.decimals) return 'decimals';
  if (o.unit !== twin.unit) return 'unit';
  if (o.qualifier !== twin.qualifier) return 'qualifier';
  if (o.note !== undefined && o.note !== twin.note) return 'note';
  if (o.yearBasis !== undefined && o.yearBasis !== twin.yearBasis) return 'yearBasis';
  return undefined;
}

/** The ids of a base's rows (a cache per base list, made on the first row with an id). */
const idCache = new WeakMap<readonly Observation[], Map<string, Observation>>();
function baseIds(base: readonly Observation[]): Map<string, Observation> {
  let ids = idCache.get(base);
  if (!ids) {
    ids = new Map();
    for (const b of base) if (b.id !== undefined) ids.set(b.id, b);
    idCache.set(base, ids);
  }
  return ids;
}

function baseName(base: readonly Observation[], index: number): string {
  const o = base[-1 - index];
  return o?.id ?? String(-1 - index);
}

function fail(what: string, input: unknown, c: Collector): never {
  const first = c.kept
    .slice(0, 3)
    .map((d) => `[${d.path.join('.')}] ${d.message}`)
    .join('; ');
  const listed = c.count > c.kept.length ? `; the first ${c.kept.length} are in details` : '';
  throw new ShanxiIndustryError(
    'INVALID_OBSERVATIONS',
    `${c.badRows} invalid ${what}${c.badRows === 1 ? '' : 's'} (${c.count} problem${c.count === 1 ? '' : 's'}${listed}): ${first}${c.count > 3 ? '; …' : ''}`,
    input,
    Object.freeze(c.kept),
  );
}

/**
 * Validates a user's observation rows (for example parsed JSON) and returns them normalised
 * and frozen: periods in canonical form, values as numbers with their `decimals` (inferred from
 * the value as written when left out). Nothing is half-accepted: one bad row fails the call.
 * The error's `details` are {@link Problem}s (row, field, the value received, what was
 * expected), the first {@link MAX_PROBLEMS} of them; its message gives the total count and
 * the number of bad rows. For the good rows and every problem, use {@link safeParseObservations},
 * whose messages also name the id a value means in other words (`got "coal" (did you mean
 * sector:coal?)`), as `createDataset`'s and `fromCSV`'s do; this function leaves the hints out to
 * stay small.
 *
 * Checked: every field against the vocabularies and catalogues; the unit fits the measure;
 * ranks are whole numbers from 1; `decimals` is not fewer than the value's written digits; a
 * decimal string stays within the range of a number; no unknown fields (so `__proto__` in
 * JSON is an error, never a prototype); and no two rows of the same key and source with
 * different values.
 *
 * @category Data
 * @param input - anything; an array of row objects is expected
 * @returns the validated observations, frozen
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when the input is not an array or a
 * row is invalid, with `details` listing the first problems as {@link Problem}s (`path` is
 * `[rowIndex, field]`)
 * @example
 * ```ts
 * parseObservations([{ region: 'shanxi', indicator: 'value-added', breakdown: 'total',
 *   period: '2022-Q1', measure: 'yoy', value: '11.0', unit: 'percent', source: 's097' }])[0];
 * //=> { region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2022-01/2022-03', measure: 'yoy', value: 11, decimals: 1, unit: 'percent', source: 's097' }
 * ```
 */
export function parseObservations(input: unknown): readonly Observation[] {
  const list = listOf(input, 'Observations');
  const problems = new Collector(MAX_PROBLEMS);
  const { out } = validateRows(list, problems, [], false);
  if (problems.count) fail('observation row', input, problems);
  return Object.freeze(out);
}

/**
 * Validates a user's rows and keeps the good ones: returns the valid rows (validated,
 * normalised and frozen, as {@link parseObservations} returns them) and the problems of the
 * others, each with its row index, field, the value received and what was expected. The
 * problems kept are capped (`maxProblems`, default {@link MAX_PROBLEMS}); `problemCount` and
 * `badRows` count them all. A row whose key and source repeat an earlier row's with a
 * different value is a problem, and the earlier row is kept.
 *
 * @category Data
 * @param input - an array of rows
 * @param options - `maxProblems`
 * @returns `{ observations, problems, problemCount, badRows }`, frozen
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when the input is not an array (there
 * are no rows to keep); `INVALID_OPTION` for a wrong option
 * @example
 * ```ts
 * const { observations: good, problems } = safeParseObservations([
 *   { region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2022-Q1',
 *     measure: 'yoy', value: '11.0', unit: 'percent', source: 's097' },
 *   { region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2022-Q2',
 *     measure: 'yoy', value: '9.1', decimals: '1', unit: 'percent', source: 's097' },
 * ]);
 * good.length;
 * //=> 1
 * problems[0]?.message;
 * //=> 'decimals: expected a whole number 0–15, got "1" (text)'
 * ```
 */
export function safeParseObservations(input: unknown, options?: SafeParseOptions): SafeParseResult {
  const max = maxProblemsOf('safeParseObservations', options);
  const list = listOf(input, 'Observations');
  const problems = new Collector(max);
  const { out } = validateRows(list, problems, [], true, hintFor);
  return resultOf(out, problems);
}

/** Whether a value is an object that cannot be read (a revoked Proxy): kept as its text. */
function unreadable(value: unknown): boolean {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return false;
  try {
    Reflect.ownKeys(value);
    return false;
  } catch {
    return true;
  }
}

/** @internal */
export function resultOf(out: readonly Observation[], problems: Collector): SafeParseResult {
  return Object.freeze({
    observations: Object.freeze(out),
    problems: Object.freeze(problems.kept),
    problemCount: problems.count,
    badRows: problems.badRows,
  });
}

/** Checks an options object against the accepted keys: undefined, or a plain object. */
function optionsOf(
  fn: string,
  options: unknown,
  accepted: readonly string[],
): Record<string, unknown> {
  if (options === undefined) return {};
  // a copy read once: a revoked Proxy or a throwing getter becomes a coded error here
  const copy = readObject(options, 'INVALID_OPTION', `${fn}: options`);
  if (copy === undefined)
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `${fn}: options must be an object, got ${got(options, true)}.`,
      options,
    );
  for (const key of Object.keys(copy))
    if (!accepted.includes(key))
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `${fn}: unknown option ${safeShow(key)}. Accepted options: ${accepted.join(', ')}.`,
        key,
      );
  return copy;
}

/** @internal */
export function maxProblemsOf(fn: string, options: unknown, more: readonly string[] = []): number {
  const o = optionsOf(fn, options, ['maxProblems', ...more]);
  const max = o.maxProblems;
  if (max === undefined) return MAX_PROBLEMS;
  if (
    typeof max !== 'number' ||
    !(max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 1))
  )
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `${fn}: option maxProblems must be a whole number from 1, or Infinity; got ${got(max)}.`,
      max,
    );
  return max;
}

/** @internal */
export { Collector, hintFor, validateRows };

/**
 * Remembers the first row of each key and source and returns it when the key comes again.
 * Keys are numbers in nested maps rather than one long string per row: on 100,000 rows the
 * string keys took 200 ms, these take 35.
 */
function duplicateFinder(): (
  o: Observation,
  index: number,
) => { value: number; index: number; row: Observation } | undefined {
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
  const seen = new Map<number, Map<number, { value: number; index: number; row: Observation }>>();
  return (o, index) => {
    // outer: the source, region, indicator, measure and scope; inner: the period and breakdown
    const outer =
      id(sources, o.source) * 4096 +
      id(rest, `${o.region}|${o.indicator}|${o.measure}|${o.scope ?? ''}`);
    const inner = id(periods, o.period) * 4096 + id(rest, o.breakdown);
    let map = seen.get(outer);
    if (!map) {
      map = new Map();
      seen.set(outer, map);
    }
    const prev = map.get(inner);
    if (!prev) map.set(inner, { value: o.value, index, row: o });
    return prev;
  };
}

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

const SOURCE_EXPECTED: Readonly<Record<string, string>> = {
  id: 'non-empty text',
  url: 'a URL such as https://example.org/page',
  title: 'non-empty text',
  publisher: 'non-empty text',
  published: 'a date YYYY-MM-DD or YYYY-MM',
  language: 'one of en, zh, ja',
  kind: 'one of official, state-media, industry-media, reprint',
};

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
  const list = listOf(input, 'Sources');
  const problems = new Collector(MAX_PROBLEMS);
  const rows: Source[] = [];
  list.forEach((raw, i) => {
    try {
      const result = SourceSchema.safeParse(raw);
      if (result.success) {
        rows.push(Object.freeze(result.data));
        return;
      }
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        if (issue.code === 'unrecognized_keys')
          for (const key of (issue as { keys: string[] }).keys)
            problems.add(
              i,
              key,
              'no such field',
              readField(raw, key),
              `unknown field ${safeShow(key)} (accepted: ${Object.keys(SOURCE_EXPECTED).join(', ')})`,
            );
        else if (typeof field === 'string')
          problems.add(i, field, SOURCE_EXPECTED[field] ?? 'a valid value', readField(raw, field));
        else problems.add(i, undefined, 'an object (a source record)', raw);
      }
    } catch {
      problems.add(i, undefined, 'an object whose fields can be read', raw);
    }
  });
  if (problems.count) fail('source row', input, problems);
  return Object.freeze(rows);
}

const NO_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Options of {@link createDataset}.
 *
 * @category Data
 */
export interface CreateDatasetOptions {
  /** Source records for the rows' `source` ids; they decide preference where rows disagree. */
  readonly sources?: unknown;
  /**
   * A dataset to extend, such as `shippedDataset()`: the new dataset holds its observations
   * and sources unchanged, followed by the user's.
   */
  readonly base?: Dataset | undefined;
}

/**
 * Validates a user's rows (see {@link parseObservations}) and returns a {@link Dataset} with
 * the same `find`, `alternatives`, `query`, `series` and `sourceOf` as the shipped data.
 *
 * With `base` (for example `shippedDataset()`), the user's rows are merged with the base's:
 * they fill the base's gaps, and where the base has a figure of the same key they stand
 * beside it as alternatives, ranked by the same preference rules: an exact figure before a
 * bound, then the more precise figure, whoever gives it (a user's 24.30 comes before a shipped
 * 24.1), then the source's kind, where a source id without a record comes after every
 * published kind. Nothing of the base changes: its rows and sources
 * are kept as they are, and `sourceOf` answers for the base's sources and the user's. A
 * user's row that repeats a base row exactly (an export of it read back; a note or year basis
 * left blank counts as the base row's) is that row, kept once; so is a row that repeats an
 * earlier one of the user's rows, with or without a base (a row of the same key and source
 * with another precision, unit or qualifier is a problem, as another value is). A user's row with a base row's
 * key and source but another value, precision, unit or qualifier is a problem (a figure you
 * changed is yours: give it a source id of your own, and no id), as is a row that takes a base
 * row's id for another figure, or a source id of the base given again with another record.
 *
 * The dataset is deeply frozen: the object, its methods, its `observations` and `sources` and
 * every row, and whatever its methods return. Its index is built on the first `find`,
 * `alternatives`, `query` or `series` (for 1,000,000 rows about 0.4–0.6 s of CPU and 28 bytes
 * a row; see docs/performance.md), held apart from the frozen object.
 *
 * @category Data
 * @param input - the rows
 * @param options - `sources`: source records for the rows, validated too; `base`: a dataset
 * to extend
 * @returns the dataset, deeply frozen
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when a row or a source is invalid
 * @throws ShanxiIndustryError code `INVALID_OPTION` when `options` is not an object, has an
 * unknown option, or `base` is not a dataset
 * @example
 * ```ts
 * const mine = createDataset([{ region: 'shanxi', indicator: 'value-added', breakdown: 'total',
 *   period: '2022-Q1', measure: 'yoy', value: '11.0', unit: 'percent', source: 's097' }]);
 * mine.find({ period: '2022-Q1' })?.value;
 * //=> 11
 * ```
 */
export function createDataset(input: unknown, options?: CreateDatasetOptions): Dataset {
  const o = optionsOf('createDataset', options, ['sources', 'base']);
  const base = o.base;
  if (base !== undefined && !isDataset(base))
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `createDataset: option base must be a dataset (from shippedDataset() or createDataset), got ${got(base, true)}.`,
      base,
    );
  const list = listOf(input, 'Observations');
  const problems = new Collector(MAX_PROBLEMS);
  const { out } = validateRows(list, problems, base?.observations, true, hintFor, true);
  if (problems.count) fail('observation row', input, problems);
  // frozen like every list a dataset exposes (an unfrozen [] here was issue 15, class 4)
  const srcs = o.sources === undefined ? NO_SOURCES : parseSources(o.sources);
  if (!base) return datasetOf(Object.freeze(out), srcs);
  const known = new Map(base.sources.map((s) => [s.id, s]));
  const added: Source[] = [];
  srcs.forEach((s, i) => {
    const prev = known.get(s.id);
    if (prev === undefined) {
      known.set(s.id, s);
      added.push(s);
    } else if (JSON.stringify(prev) !== JSON.stringify(s))
      problems.add(
        i,
        'id',
        'a source id the base does not already have',
        s.id,
        `id: the base already has a source ${safeShow(s.id)} with another record`,
      );
  });
  if (problems.count) fail('source row', o.sources, problems);
  return datasetOf(
    Object.freeze([...base.observations, ...out]),
    Object.freeze([...base.sources, ...added]),
  );
}
