/**
 * The query engine: an index over observations, `find`, `query` and `series`. No zod, no data:
 * it works on any list of observations (the shipped ones or a user's validated rows).
 *
 * @module
 */

import { ShanxiIndustryError, show } from '../errors.js';
import type { Breakdown } from '../model/catalogues.js';
import { comparePeriods, type PeriodKind, parsePeriod } from '../model/period.js';
import type { Observation, ObservationKey, Source } from '../model/types.js';
import {
  type Indicator,
  type Measure,
  type Qualifier,
  type Region,
  SOURCE_KINDS,
  type Unit,
} from '../model/vocab.js';

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
  readonly region?: OneOrMany<Region>;
  /** Indicators. */
  readonly indicator?: OneOrMany<Indicator>;
  /** Breakdowns (`total`, `sector:coal`, …). */
  readonly breakdown?: OneOrMany<Breakdown>;
  /** Measures. */
  readonly measure?: OneOrMany<Measure>;
  /** Periods by id or alias (`2021-Q1` matches `2021-01/2021-03`). */
  readonly period?: OneOrMany<string>;
  /** Calendar years. */
  readonly year?: OneOrMany<number>;
  /** Periods ending on or after the start of this one (`from: '2022'` keeps all of 2022 on). */
  readonly from?: string;
  /** Periods ending on or before the end of this one (`to: '2022'` keeps all of 2022 and before). */
  readonly to?: string;
  /** Period kinds (`month`, `year-to-date`, `year`, `range`). */
  readonly kind?: OneOrMany<PeriodKind>;
  /** Units. */
  readonly unit?: OneOrMany<Unit>;
  /** Qualifiers; `none` selects rows without one. */
  readonly qualifier?: OneOrMany<Qualifier | 'none'>;
  /** Source ids. */
  readonly source?: OneOrMany<string>;
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
  readonly alternatives?: boolean;
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
  readonly region?: Region;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator;
  /** The breakdown; default `total`. */
  readonly breakdown?: Breakdown;
  /** The measure; default `yoy`. */
  readonly measure?: Measure;
  /** Period kinds to keep, e.g. `year-to-date` to leave single months out. */
  readonly kind?: OneOrMany<PeriodKind>;
  /** Calendar years. */
  readonly year?: OneOrMany<number>;
  /** Periods ending on or after the start of this one. */
  readonly from?: string;
  /** Periods ending on or before the end of this one. */
  readonly to?: string;
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
  'source',
] as const;
const KEY_KEYS = ['region', 'indicator', 'breakdown', 'period', 'measure'] as const;
/** The other fields of an observation: a find key may be an observation, and these are ignored. */
const OBSERVATION_REST = [
  'id',
  'value',
  'decimals',
  'unit',
  'qualifier',
  'source',
  'yearBasis',
  'note',
];
const FIND_KEYS = [...KEY_KEYS, ...OBSERVATION_REST];
const SERIES_KEYS = [
  'region',
  'indicator',
  'breakdown',
  'measure',
  'kind',
  'year',
  'from',
  'to',
] as const;

function badFilter(message: string, value: unknown): ShanxiIndustryError {
  return new ShanxiIndustryError('INVALID_FILTER', message, value);
}

function checkObject(
  value: unknown,
  allowed: readonly string[],
  what: string,
  shown: readonly string[] = allowed,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw badFilter(
      `${what[0]!.toUpperCase()}${what.slice(1)} must be an object with the fields ${shown.join(', ')}; got ${show(value)}.`,
      value,
    );
  for (const k of Object.keys(value))
    if (!allowed.includes(k))
      throw badFilter(`Unknown field ${show(k)} in ${what}; accepted: ${shown.join(', ')}.`, value);
  return value as Record<string, unknown>;
}

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

/** The fields of a key. */
interface KeyFields {
  readonly region: string;
  readonly indicator: string;
  readonly breakdown: string;
  readonly period: string;
  readonly measure: string;
}

/** The index key of an observation or a find key, as text (the fallback of {@link keyCoder}). */
function keyOf(o: KeyFields): string {
  return `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}`;
}

/**
 * Keys as numbers: each field's value gets a small id in a dictionary of its own, and the ids
 * make one number, so that indexing a million rows builds no million key strings (1.45 s with
 * strings, see docs/performance.md). Where a field has more values than its bits hold (never,
 * for validated rows), the key falls back to text. `add: false` looks up without adding: a
 * value never seen means no row has the key.
 */
function keyCoder(): (o: KeyFields, add: boolean) => number | string | undefined {
  // bits: region 1, indicator 2, measure 3, breakdown 7 (the vocabularies hold 2, 4, 7 and
  // about 60 values); the period takes the rest, so keys stay small integers up to 2^18 periods
  const [regions, indicators, measures, breakdowns, periods] = [0, 1, 2, 3, 4].map(
    () => new Map<string, number>(),
  ) as [
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
    Map<string, number>,
  ];
  const idOf = (d: Map<string, number>, v: string, add: boolean): number => {
    const id = d.get(v);
    if (id !== undefined) return id;
    if (!add) return -1;
    d.set(v, d.size);
    return d.size - 1;
  };
  return (o, add) => {
    const r = idOf(regions, o.region, add);
    const i = idOf(indicators, o.indicator, add);
    const m = idOf(measures, o.measure, add);
    const b = idOf(breakdowns, o.breakdown, add);
    const p = idOf(periods, o.period, add);
    if ((r | i | m | b | p) < 0) return undefined;
    if (r >= 2 || i >= 4 || m >= 8 || b >= 128) return keyOf(o);
    return (((p * 128 + b) * 8 + m) * 4 + i) * 2 + r;
  };
}

/** Marks datasets made here, across ESM/CJS copies of the package (see `isDataset`). */
const DATASET = Symbol.for('shanxi-industry.dataset');

/**
 * Whether a value is a dataset made by this library (the shipped one or `createDataset`'s).
 *
 * @internal
 */
export function isDataset(value: unknown): value is Dataset {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[DATASET] === true
  );
}

const KIND_RANK: Record<string, number> = /* @__PURE__ */ (() =>
  Object.fromEntries(SOURCE_KINDS.map((k, i) => [k, i])))();

/**
 * Builds a dataset over already-validated observations. Preference among rows of one key:
 * the source kind (official > state-media > industry-media > reprint; unknown last), then the
 * most recently published page, then the order given.
 *
 * @internal
 */
export function datasetOf(
  rows: readonly Observation[],
  sourceList: readonly Source[] = [],
): Dataset {
  // one row per key is stored as itself, several as a list, preferred first
  let index: Map<number | string, Observation | Observation[]> | undefined;
  let preferred: readonly Observation[] | undefined;
  const code = keyCoder();
  const sourceIndex = new Map(sourceList.map((s) => [s.id, s]));

  const rank = (o: Observation): number => KIND_RANK[sourceIndex.get(o.source)?.kind ?? ''] ?? 9;
  const date = (o: Observation): string => sourceIndex.get(o.source)?.published ?? '';

  function build(): Map<number | string, Observation | Observation[]> {
    if (index) return index;
    const map = new Map<number | string, Observation | Observation[]>();
    for (const o of rows) {
      const k = code(o, true)!;
      const known = map.get(k);
      if (known === undefined) map.set(k, o);
      else if (Array.isArray(known)) known.push(o);
      else map.set(k, [known, o]);
    }
    for (const list of map.values())
      if (Array.isArray(list)) {
        const order = new Map(list.map((o, i) => [o, i]));
        list.sort(
          (a, b) =>
            rank(a) - rank(b) ||
            (date(b) > date(a) ? 1 : date(b) < date(a) ? -1 : 0) ||
            order.get(a)! - order.get(b)!,
        );
      }
    index = map;
    return map;
  }

  function preferredRows(): readonly Observation[] {
    if (preferred) return preferred;
    const others = new Set<Observation>();
    for (const list of build().values())
      if (Array.isArray(list)) for (let i = 1; i < list.length; i++) others.add(list[i]!);
    preferred =
      others.size === 0 && Object.isFrozen(rows)
        ? rows
        : Object.freeze(rows.filter((o) => !others.has(o)));
    return preferred;
  }

  function lookup(key: ObservationKey): readonly Observation[] {
    const k = checkObject(key, FIND_KEYS, 'a find key', KEY_KEYS);
    for (const f of KEY_KEYS)
      if (k[f] !== undefined && typeof k[f] !== 'string')
        throw badFilter(`Key field ${f} takes a string; got ${show(k[f])}.`, key);
    if (k.period === undefined)
      throw badFilter('A find key needs a period, e.g. { period: "2021-Q1" }.', key);
    const full = {
      region: (k.region as string) ?? 'shanxi',
      indicator: (k.indicator as string) ?? 'value-added',
      breakdown: (k.breakdown as string) ?? 'total',
      period: parsePeriod(k.period as string).id,
      measure: (k.measure as string) ?? 'yoy',
    };
    const map = build(); // first: it fills the dictionaries that code() reads
    const id = code(full, false);
    const found = id === undefined ? undefined : map.get(id);
    return found === undefined ? [] : Array.isArray(found) ? found : [found];
  }

  function matcher(filter: unknown, allowed: readonly string[]): (o: Observation) => boolean {
    if (filter === undefined) return () => true;
    const f = checkObject(filter, allowed, 'a filter');
    const sets: [keyof Observation, Set<unknown>][] = [];
    for (const field of [
      'region',
      'indicator',
      'breakdown',
      'measure',
      'unit',
      'source',
    ] as const) {
      const s = asSet(field, f[field], 'string');
      if (s) sets.push([field, s]);
    }
    const periods = asSet('period', f.period, 'string');
    const periodIds = periods && new Set([...periods].map((p) => parsePeriod(p as string).id));
    const years = asSet('year', f.year, 'number');
    const kinds = asSet('kind', f.kind, 'string');
    const qualifiers = asSet('qualifier', f.qualifier, 'string');
    for (const bound of ['from', 'to'] as const)
      if (f[bound] !== undefined && typeof f[bound] !== 'string')
        throw badFilter(`Filter field ${bound} takes a period id; got ${show(f[bound])}.`, filter);
    const from = f.from === undefined ? undefined : parsePeriod(f.from as string);
    const to = f.to === undefined ? undefined : parsePeriod(f.to as string);
    // one verdict per distinct period, not a parse per row
    const byPeriod = years || kinds || from || to ? new Map<string, boolean>() : undefined;
    const periodOk = (id: string): boolean => {
      let ok = byPeriod!.get(id);
      if (ok === undefined) {
        const p = parsePeriod(id);
        // from: periods ending on or after the start of `from`; to: ending on or before its end
        ok = !(
          (years && !years.has(p.year)) ||
          (kinds && !kinds.has(p.kind)) ||
          (from && (p.year < from.year || (p.year === from.year && p.end < from.start))) ||
          (to && (p.year > to.year || (p.year === to.year && p.end > to.end)))
        );
        byPeriod!.set(id, ok);
      }
      return ok;
    };
    const fields = sets.map(([field]) => field);
    const values = sets.map(([, set]) => set);
    const n = sets.length;
    return (o) => {
      for (let i = 0; i < n; i++) if (!values[i]!.has(o[fields[i]!])) return false;
      if (periodIds && !periodIds.has(o.period)) return false;
      if (qualifiers && !qualifiers.has(o.qualifier ?? 'none')) return false;
      return byPeriod ? periodOk(o.period) : true;
    };
  }

  return Object.freeze({
    [DATASET]: true,
    observations: rows,
    sources: sourceList,
    find: (key: ObservationKey) => lookup(key)[0],
    alternatives: (key: ObservationKey) => Object.freeze([...lookup(key)]),
    query(filter?: QueryFilter, options?: QueryOptions) {
      if (options !== undefined) checkObject(options, ['alternatives'], 'the query options');
      const all = options?.alternatives;
      if (all !== undefined && typeof all !== 'boolean')
        throw new ShanxiIndustryError(
          'INVALID_OPTION',
          `alternatives takes true or false; got ${show(all)}.`,
          all,
        );
      const match = matcher(filter, FILTER_KEYS);
      return Object.freeze((all ? rows : preferredRows()).filter(match));
    },
    series(filter?: SeriesFilter) {
      const f = filter === undefined ? {} : checkObject(filter, SERIES_KEYS, 'a series filter');
      for (const field of ['region', 'indicator', 'breakdown', 'measure'] as const)
        if (f[field] !== undefined && typeof f[field] !== 'string')
          throw badFilter(
            `series takes one ${field} (a string); got ${show(f[field])}. Use query for several.`,
            filter,
          );
      const full = {
        region: 'shanxi',
        indicator: 'value-added',
        breakdown: 'total',
        measure: 'yoy',
        ...f,
      };
      const match = matcher(full, SERIES_KEYS);
      const rows = preferredRows()
        .filter(match)
        .sort((a, b) => comparePeriods(a.period, b.period));
      if (f.kind === undefined) {
        const kinds = [...new Set(rows.map((o) => parsePeriod(o.period).kind))];
        if (kinds.length > 1)
          throw badFilter(
            `series found figures of several period kinds (${kinds.join(', ')}): single months, year-to-date runs and whole years are different series. Pass kind, e.g. { kind: '${kinds.includes('year-to-date') ? 'year-to-date' : kinds[0]}' }, or a list of kinds to mix them knowingly.`,
            filter,
          );
      }
      return Object.freeze(rows);
    },
    sourceOf(o: Observation | string) {
      return sourceIndex.get(typeof o === 'string' ? o : o?.source);
    },
  });
}
