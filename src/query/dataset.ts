/**
 * The query engine: an index over observations, `find`, `query` and `series`. No zod, no data:
 * it works on any list of observations (the shipped ones or a user's validated rows).
 *
 * @module
 */

import { readObject, readOrFail, ShanxiIndustryError, show } from '../errors.js';
import type { Breakdown } from '../model/catalogues.js';
import { breakdownIds, isBreakdownId } from '../model/observation.js';
import { type PeriodInput, type PeriodKind, parsePeriod } from '../model/period.js';
import { unknownId } from '../model/suggest.js';
import type { Observation, ObservationKey, Source } from '../model/types.js';
import { unitPower } from '../model/units.js';
import {
  INDICATORS,
  type Indicator,
  MEASURES,
  type Measure,
  QUALIFIERS,
  type Qualifier,
  REGIONS,
  type Region,
  SCOPES,
  type ScopeFilter,
  SOURCE_KINDS,
  UNITS,
  type Unit,
} from '../model/vocab.js';
import { type IndexKey, RowIndex, type ScanFilter } from './row-index.js';

/** One value or a list of values. @category Data */
export type OneOrMany<T> = T | readonly T[];

/**
 * What `query` selects. Every field takes one value or a list; a row matches when each given
 * field matches one of its values. Unknown ids match nothing.
 *
 * @category Data
 */
export interface QueryFilter {
  /** Regions. */
  readonly region?: OneOrMany<Region> | undefined;
  /** Indicators. */
  readonly indicator?: OneOrMany<Indicator> | undefined;
  /** Breakdowns (`total`, `sector:coal`, …). */
  readonly breakdown?: OneOrMany<Breakdown> | undefined;
  /** Measures. */
  readonly measure?: OneOrMany<Measure> | undefined;
  /** Periods by id or alias (`2021-Q1` matches `2021-01/2021-03`). */
  readonly period?: OneOrMany<PeriodInput> | undefined;
  /** Calendar years. */
  readonly year?: OneOrMany<number> | undefined;
  /** Periods ending on or after the start of this one (`from: '2022'` keeps all of 2022 on). */
  readonly from?: PeriodInput | undefined;
  /** Periods ending on or before the end of this one (`to: '2022'` keeps all of 2022 and before). */
  readonly to?: PeriodInput | undefined;
  /** Period kinds (`month`, `year-to-date`, `year`, `range`). */
  readonly kind?: OneOrMany<PeriodKind> | undefined;
  /** Units. */
  readonly unit?: OneOrMany<Unit> | undefined;
  /** Qualifiers; `none` selects rows without one. */
  readonly qualifier?: OneOrMany<Qualifier | 'none'> | undefined;
  /** Scopes: `above-size`, `all`, or `unstated` for rows whose page did not say. */
  readonly scope?: OneOrMany<ScopeFilter> | undefined;
  /** Source ids. */
  readonly source?: OneOrMany<string> | undefined;
}

/**
 * Options of `query`.
 *
 * @category Data
 */
export interface QueryOptions {
  /**
   * `false` (the default): one row per key, the preferred source's. `true`: every row,
   * including the figures of sources that were not preferred.
   */
  readonly alternatives?: boolean | undefined;
}

/**
 * A set of observations with its query functions. The shipped data is one; `createDataset`
 * makes one of a user's rows.
 *
 * @category Data
 */
export interface Dataset {
  /** Every observation, in the order given. */
  readonly observations: readonly Observation[];
  /** The source records, where known. */
  readonly sources: readonly Source[];
  /**
   * The preferred observation for one key, or `undefined`. Constant time.
   * Defaults: region `shanxi`, indicator `value-added`, breakdown `total`, measure `yoy`.
   */
  find(key: ObservationKey): Observation | undefined;
  /** Every observation of one key, the preferred one first; `[]` when there is none. */
  alternatives(key: ObservationKey): readonly Observation[];
  /** The observations matching a filter; one per key unless `{ alternatives: true }`. */
  query(filter?: QueryFilter, options?: QueryOptions): readonly Observation[];
  /** One observation per period, in time order, for one region, indicator, breakdown and measure. */
  series(filter?: SeriesFilter): readonly Observation[];
  /** The source record of an observation (or a source id), or `undefined`. */
  sourceOf(observation: Observation | string): Source | undefined;
}

/**
 * What `series` selects: one region, indicator, breakdown and measure (defaults as for
 * `find`), and optionally which periods.
 *
 * @category Data
 */
export interface SeriesFilter {
  /** The region; default `shanxi`. */
  readonly region?: Region | undefined;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator | undefined;
  /** The breakdown; default `total`. */
  readonly breakdown?: Breakdown | undefined;
  /** The measure; default `yoy`. */
  readonly measure?: Measure | undefined;
  /**
   * The scope (`above-size`, `all`, or `unstated`). Required when the figures found are of more
   * than one scope: figures of different scopes are different statistics.
   */
  readonly scope?: ScopeFilter | undefined;
  /** Period kinds to keep, e.g. `year-to-date` to leave single months out. */
  readonly kind?: OneOrMany<PeriodKind> | undefined;
  /** Calendar years. */
  readonly year?: OneOrMany<number> | undefined;
  /** Periods ending on or after the start of this one. */
  readonly from?: PeriodInput | undefined;
  /** Periods ending on or before the end of this one. */
  readonly to?: PeriodInput | undefined;
}

const FILTER_KEYS = [
  'region',
  'indicator',
  'breakdown',
  'measure',
  'period',
  'year',
  'from',
  'to',
  'kind',
  'unit',
  'qualifier',
  'scope',
  'source',
] as const;
const KEY_KEYS = ['region', 'indicator', 'breakdown', 'period', 'measure', 'scope'] as const;
/** The fields an observation has beyond its key: `find(observation)` ignores them. */
const OBSERVATION_KEYS = [
  ...KEY_KEYS,
  'id',
  'value',
  'decimals',
  'unit',
  'qualifier',
  'source',
  'yearBasis',
  'note',
] as const;
/** The fields of a key that `find`'s fast path reads (a scope goes the checked way). */
const FAST_KEYS: ReadonlySet<string> = /* @__PURE__ */ (() =>
  new Set(['region', 'indicator', 'breakdown', 'period', 'measure']))();
/** Scope groups, in the order a key without a scope takes them. */
const SCOPE_ORDER: readonly ScopeFilter[] = /* @__PURE__ */ (() => [...SCOPES, 'unstated'])();
const SERIES_KEYS = [
  'region',
  'indicator',
  'breakdown',
  'measure',
  'scope',
  'kind',
  'year',
  'from',
  'to',
] as const;

/**
 * The ids each field of a key or filter takes. A value outside them can match no figure of any
 * dataset (every row is checked against them), so it is a mistake, not a gap in the data:
 * `UNKNOWN_ID`, with the id it may have meant.
 */
const KNOWN: Readonly<Record<string, () => readonly string[]>> = {
  region: () => REGIONS,
  indicator: () => INDICATORS,
  breakdown: breakdownIds,
  measure: () => MEASURES,
  unit: () => UNITS,
  qualifier: () => [...QUALIFIERS, 'none'],
  scope: () => SCOPE_ORDER,
};

/** Throws `UNKNOWN_ID` for the first value of a checked field that no dataset can hold. */
function checkIds(where: string, fields: Readonly<Record<string, Iterable<unknown> | undefined>>) {
  for (const [field, values] of Object.entries(fields)) {
    if (values === undefined) continue;
    const ids = KNOWN[field]!();
    for (const v of values)
      if (field === 'breakdown' ? !isBreakdownId(v) : !ids.includes(v as string))
        throw unknownId(where, field, v, ids);
  }
}

function badFilter(message: string, value: unknown): ShanxiIndustryError {
  return new ShanxiIndustryError('INVALID_FILTER', message, value);
}

function checkObject(
  value: unknown,
  allowed: readonly string[],
  what: string,
): Record<string, unknown> {
  // a copy read once: a revoked Proxy or a throwing getter is refused here, not met later
  const copy = readObject(value, 'INVALID_FILTER', what);
  if (copy === undefined)
    throw badFilter(
      `${what.charAt(0).toUpperCase()}${what.slice(1)} must be an object with the fields ${allowed.join(', ')}; got ${show(value)}.`,
      value,
    );
  for (const k of Object.keys(copy))
    if (!allowed.includes(k))
      throw badFilter(
        `Unknown field ${show(k)} in ${what}; accepted: ${allowed.join(', ')}.`,
        value,
      );
  return copy as Record<string, unknown>;
}

/** The period kinds a `kind` filter may name. */
const PERIOD_KINDS: readonly unknown[] = ['month', 'year-to-date', 'year', 'range'];

/** Normalises a filter field to a set of strings (or numbers), checking the type. */
function asSet(field: string, value: unknown, type: 'string' | 'number'): Set<unknown> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  for (const v of list)
    if (typeof v !== type || (type === 'number' && !Number.isInteger(v)))
      throw badFilter(
        `Filter field ${field} takes ${type === 'number' ? 'a whole number' : 'a string'} or a list of them; got ${show(value)}.`,
        value,
      );
  return new Set(list);
}

/** Marks datasets made here, across ESM/CJS copies of the package (see `isDataset`). */
const DATASET = Symbol.for('shanxi-industry.dataset');

/**
 * Whether a value is a dataset made by this library (the shipped one or `createDataset`'s).
 *
 * @internal
 */
export function isDataset(value: unknown): value is Dataset {
  // The mark is not enumerable, so a spread copy (`{ ...dataset, sources: 1 }`) lacks it; the
  // lists are checked too, and a value that cannot be read (a revoked Proxy) is no dataset.
  try {
    const v = value as Record<PropertyKey, unknown>;
    return (
      typeof value === 'object' &&
      value !== null &&
      v[DATASET] === true &&
      Array.isArray(v.observations) &&
      Array.isArray(v.sources)
    );
  } catch {
    return false;
  }
}

const NO_SOURCES: readonly Source[] = /* @__PURE__ */ Object.freeze([]);

const KIND_RANK: Record<string, number> = /* @__PURE__ */ (() =>
  Object.fromEntries(SOURCE_KINDS.map((k, i) => [k, i])))();

/**
 * Builds a dataset over already-validated observations. Rows of one key are grouped by scope
 * (`above-size`, `all`, unstated): different statistics, never alternatives of one. Preference
 * among rows of one key and scope:
 * 1. a figure without a qualifier before a qualified one (a bound is not the figure);
 * 2. the more precise figure: the smaller unit of its last published digit once converted to
 *    one unit (137752.0 万吨 before 13.78 亿吨);
 * 3. the source kind (official > state-media > industry-media > reprint; unknown last);
 * 4. the most recently published page;
 * 5. the order given.
 *
 * The dataset is frozen, and so is everything it exposes (its lists, its methods, what they
 * return). The index (`RowIndex` in row-index.ts, which says why it is built as it is) lives in
 * this closure, built on the first call that needs it; it is never a property of the dataset.
 *
 * @internal
 */
export function datasetOf(
  rows: readonly Observation[],
  sourceList: readonly Source[] = NO_SOURCES,
): Dataset {
  let index: RowIndex | undefined;
  const sourceIndex = new Map(sourceList.map((s) => [s.id, s]));

  // The preference rules above as one number per row, lower first, so that sorting the rows
  // of a key compares numbers (a comparator calling back for each rule took 1.3-1.7 s on
  // 1,000,000 rows of 18,000 keys). The digits of a mixed-radix number, most significant
  // first: the qualifier (0 none, 1 any; radix 2), the resolution (the last published digit's
  // power of ten in the unit's base, lower more precise: unit powers 0-12 less 0-15 decimals,
  // plus 32; radix 64), the source kind (0-3, 9 unknown; radix 16), and the page's date (0
  // the newest, pages without a date last; radix D). Each digit stays within its radix, so the
  // order of the numbers is the order of the rules; the largest is below 2,048 D, exact.
  const dates = [...new Set(['', ...sourceList.map((s) => s.published ?? '')])].sort();
  const newest = new Map(dates.map((d, i) => [d, dates.length - 1 - i]));
  const preference = (o: Observation): number => {
    const source = sourceIndex.get(o.source);
    const qualified = o.qualifier === undefined ? 0 : 1;
    const resolution = unitPower(o.unit) - o.decimals + 32;
    const kind = KIND_RANK[source?.kind ?? ''] ?? 9;
    const age = newest.get(source?.published ?? '')!;
    return ((qualified * 64 + resolution) * 16 + kind) * dates.length + age;
  };

  const built = (): RowIndex => {
    index ??= new RowIndex(rows, preference, SCOPE_ORDER);
    return index;
  };

  function lookup(key: ObservationKey): number[] {
    return fastLookup(key) ?? checkedLookup(key);
  }

  /** On a miss, a key field that is no id at all is a mistake, not a gap: `UNKNOWN_ID`. */
  function found(rows: number[], full: IndexKey): number[] {
    if (rows.length === 0)
      checkIds('find', {
        region: [full.region],
        indicator: [full.indicator],
        breakdown: [full.breakdown],
        measure: [full.measure],
      });
    return rows;
  }

  /**
   * The common case without the copy: a key object of key fields only, each a string or
   * absent, read once inside a `try`. Anything else (an observation, a wrong field, a value
   * that cannot be read, a scope to check) returns `undefined`, and the checked path below
   * answers with its coded error. (Copying the key was half of what a find cost.)
   */
  function fastLookup(key: unknown): number[] | undefined {
    if (typeof key !== 'object' || key === null) return undefined;
    let region: unknown;
    let indicator: unknown;
    let breakdown: unknown;
    let period: unknown;
    let measure: unknown;
    try {
      const names = Object.keys(key);
      for (let j = 0; j < names.length; j++) if (!FAST_KEYS.has(names[j]!)) return undefined;
      const k = key as Record<string, unknown>;
      ({
        region = 'shanxi',
        indicator = 'value-added',
        breakdown = 'total',
        period,
        measure = 'yoy',
      } = k);
    } catch {
      return undefined;
    }
    if (
      typeof region !== 'string' ||
      typeof indicator !== 'string' ||
      typeof breakdown !== 'string' ||
      typeof period !== 'string' ||
      typeof measure !== 'string'
    )
      return undefined;
    const full = { region, indicator, breakdown, period: parsePeriod(period).id, measure };
    return found(built().rowsOf(full, undefined), full);
  }

  function checkedLookup(key: ObservationKey): number[] {
    // an observation is a key too: its other fields are ignored, and no scope means unstated
    const k = checkObject(key, OBSERVATION_KEYS, 'a find key');
    const isObservation = Object.hasOwn(k, 'value');
    // a key that is not an observation takes the key fields only (checked on the copy: a second
    // copy cost as much as the rest of find)
    if (!isObservation)
      for (const f of Object.keys(k))
        if (!(KEY_KEYS as readonly string[]).includes(f))
          throw badFilter(
            `Unknown field ${show(f)} in a find key; accepted: ${KEY_KEYS.join(', ')}.`,
            key,
          );
    for (const f of KEY_KEYS)
      if (k[f] !== undefined && typeof k[f] !== 'string')
        throw badFilter(`Key field ${f} takes a string; got ${show(k[f])}.`, key);
    if (k.period === undefined)
      throw badFilter('A find key needs a period, e.g. { period: "2021-Q1" }.', key);
    const scope = k.scope ?? (isObservation ? 'unstated' : undefined);
    if (scope !== undefined && !SCOPE_ORDER.includes(scope as ScopeFilter))
      throw badFilter(`Key field scope takes ${SCOPE_ORDER.join(', ')}; got ${show(scope)}.`, key);
    const full = {
      region: (k.region as string) ?? 'shanxi',
      indicator: (k.indicator as string) ?? 'value-added',
      breakdown: (k.breakdown as string) ?? 'total',
      period: parsePeriod(k.period as string).id,
      measure: (k.measure as string) ?? 'yoy',
    };
    return found(built().rowsOf(full, scope as string | undefined), full);
  }

  /** Checks a filter and turns it into the scan's tables (see `RowIndex.scan`). */
  function scanFilter(filter: unknown, allowed: readonly string[]): ScanFilter {
    if (filter === undefined) return {};
    const f = checkObject(filter, allowed, 'a filter');
    const sets: Partial<Record<string, Set<unknown>>> = {};
    for (const field of [
      'region',
      'indicator',
      'breakdown',
      'measure',
      'unit',
      'source',
    ] as const) {
      const s = asSet(field, f[field], 'string');
      if (s) sets[field] = s;
    }
    const periods = asSet('period', f.period, 'string');
    const periodIds = periods && new Set([...periods].map((p) => parsePeriod(p as string).id));
    const years = asSet('year', f.year, 'number');
    const kinds = asSet('kind', f.kind, 'string');
    for (const k of kinds ?? [])
      if (!PERIOD_KINDS.includes(k))
        throw badFilter(
          `Filter field kind takes month, year-to-date, year or range (or a list of them); got ${show(f.kind)}.`,
          filter,
        );
    const qualifiers = asSet('qualifier', f.qualifier, 'string');
    const scopes = asSet('scope', f.scope, 'string');
    checkIds(allowed === FILTER_KEYS ? 'query' : 'series', {
      region: sets.region,
      indicator: sets.indicator,
      breakdown: sets.breakdown,
      measure: sets.measure,
      unit: sets.unit,
      qualifier: qualifiers,
      scope: scopes,
    });
    for (const bound of ['from', 'to'] as const)
      if (f[bound] !== undefined && typeof f[bound] !== 'string')
        throw badFilter(`Filter field ${bound} takes a period id; got ${show(f[bound])}.`, filter);
    const from = f.from === undefined ? undefined : parsePeriod(f.from as string);
    const to = f.to === undefined ? undefined : parsePeriod(f.to as string);
    const ix = built();
    const { unit: units, source: sourceIds } = sets;
    return {
      region: ix.tableOf('region', sets.region),
      indicator: ix.tableOf('indicator', sets.indicator),
      breakdown: ix.tableOf('breakdown', sets.breakdown),
      measure: ix.tableOf('measure', sets.measure),
      scope: ix.tableOf('scope', scopes),
      period: ix.periodTable(
        periodIds || years || kinds || from || to
          ? (p) =>
              (!periodIds || periodIds.has(p.id)) &&
              (!years || years.has(p.year)) &&
              (!kinds || kinds.has(p.kind)) &&
              // from: periods ending on or after the start of `from`; to: ending on or before its end
              !(from && (p.year < from.year || (p.year === from.year && p.end < from.start))) &&
              !(to && (p.year > to.year || (p.year === to.year && p.end > to.end)))
          : undefined,
      ),
      // unit, qualifier and source are not indexed: tested on the row
      rest:
        units || sourceIds || qualifiers
          ? (o) =>
              (!units || units.has(o.unit)) &&
              (!sourceIds || sourceIds.has(o.source)) &&
              (!qualifiers || qualifiers.has(o.qualifier ?? 'none'))
          : undefined,
    };
  }

  const dataset: Dataset = {
    observations: rows,
    sources: sourceList,
    find: (key: ObservationKey) => {
      const found = lookup(key);
      return found.length ? rows[found[0]!] : undefined;
    },
    alternatives: (key: ObservationKey) => Object.freeze(lookup(key).map((j) => rows[j]!)),
    query(filter?: QueryFilter, options?: QueryOptions) {
      const opts =
        options === undefined ? {} : checkObject(options, ['alternatives'], 'query options');
      const all = opts.alternatives;
      if (all !== undefined && typeof all !== 'boolean')
        throw new ShanxiIndustryError(
          'INVALID_OPTION',
          `alternatives takes true or false; got ${show(all)}.`,
          all,
        );
      const f = scanFilter(filter, FILTER_KEYS);
      return Object.freeze(built().scan(f, all === true));
    },
    series(filter?: SeriesFilter) {
      const f = filter === undefined ? {} : checkObject(filter, SERIES_KEYS, 'a series filter');
      for (const field of ['region', 'indicator', 'breakdown', 'measure', 'scope'] as const)
        if (f[field] !== undefined && typeof f[field] !== 'string')
          throw badFilter(
            `series takes one ${field} (a string); got ${show(f[field])}. Use query for several.`,
            filter,
          );
      // a field given as undefined takes its default, as a field left out does
      const full = {
        ...f,
        region: f.region ?? 'shanxi',
        indicator: f.indicator ?? 'value-added',
        breakdown: f.breakdown ?? 'total',
        measure: f.measure ?? 'yoy',
      };
      const ix = built();
      // time order (the order of comparePeriods), by each period's rank in the index; the sort
      // is stable, so rows of one period keep the order given
      const found = ix
        .scan(scanFilter(full, SERIES_KEYS), false)
        .map((o) => ({ o, ...ix.periodOf(o.period) }))
        .sort((a, b) => a.rank - b.rank);
      if (f.scope === undefined) {
        const scopes = SCOPE_ORDER.filter((s) =>
          found.some(({ o }) => (o.scope ?? 'unstated') === s),
        );
        if (scopes.length > 1)
          throw badFilter(
            `series found figures of several scopes (${scopes.join(', ')}): figures of enterprises above designated size, of all producers and of an unstated scope are different statistics. Pass scope, e.g. { scope: '${scopes[0]}' }.`,
            filter,
          );
      }
      if (f.kind === undefined) {
        const kinds = [...new Set(found.map(({ period }) => period.kind))];
        if (kinds.length > 1)
          throw badFilter(
            `series found figures of several period kinds (${kinds.join(', ')}): single months, year-to-date runs and whole years are different series. Pass kind, e.g. { kind: '${kinds.includes('year-to-date') ? 'year-to-date' : kinds[0]}' }, or a list of kinds to mix them knowingly.`,
            filter,
          );
      }
      return Object.freeze(found.map(({ o }) => o));
    },
    sourceOf(o: Observation | string) {
      const id = readOrFail(
        () => (typeof o === 'string' ? o : o?.source),
        'INVALID_OPTION',
        'sourceOf: the observation',
        o,
      );
      return sourceIndex.get(id);
    },
  };
  // deeply frozen: the methods too, so nothing can be hung on them or swapped
  for (const fn of Object.values(dataset)) if (typeof fn === 'function') Object.freeze(fn);
  return Object.freeze(Object.defineProperty(dataset, DATASET, { value: true }));
}
