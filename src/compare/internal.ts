/**
 * Checks and helpers shared by the comparison modules: option objects, ids, the dataset to
 * use, and noise-free gaps between published figures.
 *
 * @internal
 * @module
 */

import { type ErrorCode, readObject, readOrFail, ShanxiIndustryError, show } from '../errors.js';
import { bounds, percentagePointDifference } from '../math/index.js';
import { type Breakdown, OWNERSHIPS, PRODUCTS, SECTORS } from '../model/catalogues.js';
import { checkedObservation } from '../model/observation.js';
import { type PeriodId, parsePeriod } from '../model/period.js';
import type { Observation } from '../model/types.js';
import {
  INDICATORS,
  type Indicator,
  MEASURES,
  type Measure,
  REGIONS,
  type Region,
  SCOPES,
  type ScopeFilter,
} from '../model/vocab.js';
import type { Dataset } from '../query/dataset.js';
import { shippedDataset } from '../query/shipped.js';

/**
 * The kinds of breakdown that can be ranked against each other: sectors, ownership types or
 * products (never mixed).
 *
 * @category Comparisons
 */
export type RankedKind = 'sector' | 'ownership' | 'product';

/** Throws a {@link ShanxiIndustryError}; typed `never` to stand in any expression. @internal */
export const fail = (code: ErrorCode, message: string, value: unknown): never => {
  throw new ShanxiIndustryError(code, message, value);
};

/**
 * Checks an options argument: a plain object whose own keys are all in `keys` (`undefined`
 * counts as `{}` when `optional`). Anything else throws `INVALID_OPTION`. Returns a copy read
 * once, so that a getter is called once and a revoked Proxy or a throwing getter is refused
 * here with `INVALID_OPTION` rather than met later as a bare TypeError.
 *
 * @internal
 */
export function checkOptions(
  value: unknown,
  keys: readonly string[],
  what: string,
  optional = false,
): Readonly<Record<string, unknown>> {
  if (value === undefined && optional) return {};
  const copy = readObject(value, 'INVALID_OPTION', `The options of ${what}`);
  if (copy === undefined)
    return fail(
      'INVALID_OPTION',
      `${what} takes an object with the fields ${keys.join(', ')}; got ${show(value)}.`,
      value,
    );
  for (const k of Object.keys(copy))
    if (!keys.includes(k))
      fail(
        'INVALID_OPTION',
        `Unknown option ${show(k)} of ${what}; accepted: ${keys.join(', ')}.`,
        k,
      );
  return copy as Readonly<Record<string, unknown>>;
}

/** The canonical id of a required period option; `INVALID_PERIOD` when it does not parse. @internal */
export const periodId = (value: unknown): PeriodId => parsePeriod(value as string).id;

function oneOf<T extends string>(value: unknown, list: readonly T[], what: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T;
  return fail('UNKNOWN_ID', `Unknown ${what} ${show(value)}; accepted: ${list.join(', ')}.`, value);
}

/** A region option (default `shanxi`); `UNKNOWN_ID` when it is not a region. @internal */
export const regionOf = (value: unknown, fallback: Region = 'shanxi'): Region =>
  oneOf(value, REGIONS, 'region', fallback);

/** An indicator option (default `value-added`); `UNKNOWN_ID` when unknown. @internal */
export const indicatorOf = (value: unknown): Indicator =>
  oneOf(value, INDICATORS, 'indicator', 'value-added');

/** A measure option (default `yoy`); `UNKNOWN_ID` when unknown. @internal */
export const measureOf = (value: unknown): Measure => oneOf(value, MEASURES, 'measure', 'yoy');

/**
 * Scopes in the order a key without a scope takes them, as `find` does: enterprises above
 * designated size, then all producers, then figures whose page did not say.
 *
 * @internal
 */
export const SCOPE_ORDER: readonly ScopeFilter[] = /* @__PURE__ */ (() => [
  ...SCOPES,
  'unstated' as const,
])();

/** The scope of a figure as filters name it: its scope, or `unstated`. @internal */
export const scopeOf = (o: { readonly scope?: string | undefined }): ScopeFilter =>
  (o.scope ?? 'unstated') as ScopeFilter;

/** A scope option: `undefined` (each key's first scope), or one of SCOPE_ORDER; else `UNKNOWN_ID`. @internal */
export const scopeOption = (value: unknown): ScopeFilter | undefined =>
  value === undefined ? undefined : oneOf(value, SCOPE_ORDER, 'scope', 'unstated');

/** The fields to spread into a result: `{ scope }` for a stated scope, `{}` for unstated. @internal */
export const scopeField = (scope: ScopeFilter): { scope?: 'above-size' | 'all' } =>
  scope === 'unstated' ? {} : { scope };

/**
 * The dataset option: the shipped data by default; `INVALID_OPTION` when not a dataset. A
 * dataset other than the shipped one is wrapped so that every row it returns is checked (see
 * {@link checkedRow}): any object with `find`, `query` and `series` can pass as a dataset, and
 * its rows must not carry NaN, an unknown id or a bad `decimals` into a comparison.
 *
 * @internal
 */
export function datasetOption(value: unknown): Dataset {
  if (value === undefined) return shippedDataset();
  const methods = readOrFail(
    () => {
      if (typeof value !== 'object' || value === null) return undefined;
      const { find, query, series } = value as Partial<Dataset>;
      return typeof find === 'function' &&
        typeof query === 'function' &&
        typeof series === 'function'
        ? { find, query, series }
        : undefined;
    },
    'INVALID_OPTION',
    'dataset',
    value,
  );
  if (!methods)
    return fail(
      'INVALID_OPTION',
      `dataset takes a Dataset (from createDataset); got ${show(value)}.`,
      value,
    );
  const shipped = shippedDataset();
  if (value === shipped) return shipped;
  const call = <T>(run: () => T, what: string): T =>
    readOrFail(run, 'INVALID_OPTION', `dataset.${what}`, value);
  const list = (rows: unknown, what: string): readonly Observation[] => {
    const copy = call(() => (Array.isArray(rows) ? [...rows] : undefined), what);
    if (!copy)
      return fail(
        'INVALID_OPTION',
        `dataset.${what} must return a list of observations; got ${show(rows)}.`,
        rows,
      );
    return Object.freeze(copy.map((r, i) => checkedRow(r, `dataset.${what}[${i}]`)));
  };
  return Object.freeze({
    ...shipped,
    find(key) {
      const row = call(() => methods.find.call(value, key), 'find');
      return row === undefined ? undefined : checkedRow(row, 'dataset.find');
    },
    query(filter, options) {
      return list(
        call(() => methods.query.call(value, filter, options), 'query'),
        'query',
      );
    },
    series(filter) {
      return list(
        call(() => methods.series.call(value, filter), 'series'),
        'series',
      );
    },
  } satisfies Dataset);
}

/**
 * One row a caller's dataset returned, checked (see `checkedObservation`): `INVALID_OBSERVATIONS`
 * names the first bad field; the row itself when it is frozen and has only an observation's
 * fields, else a frozen copy of those fields.
 *
 * @internal
 */
export const checkedRow = (row: unknown, where: string): Observation =>
  checkedObservation(row, where);

const IDS: Record<RankedKind, ReadonlySet<string>> = /* @__PURE__ */ (() => ({
  sector: new Set(SECTORS.map((e) => e.id)),
  ownership: new Set(OWNERSHIPS.map((e) => e.id)),
  product: new Set(PRODUCTS.map((e) => e.id)),
}))();

/** Whether a string names a kind of breakdown that can be ranked. @internal */
export const isRankedKind = (k: unknown): k is RankedKind =>
  k === 'sector' || k === 'ownership' || k === 'product';

/**
 * Checks one breakdown id against the catalogues and returns its kind (`total` for the
 * total). `UNKNOWN_ID` names the id when it is in no catalogue.
 *
 * @internal
 */
export function breakdownKind(id: unknown): RankedKind | 'total' {
  if (id === 'total') return 'total';
  if (typeof id === 'string') {
    const colon = id.indexOf(':');
    const kind = id.slice(0, colon);
    if (colon > 0 && isRankedKind(kind) && IDS[kind].has(id.slice(colon + 1))) return kind;
  }
  return fail(
    'UNKNOWN_ID',
    `Unknown breakdown ${show(id)}: expected "total" or an id such as "sector:coal", "ownership:private" or "product:raw-coal" from the catalogues.`,
    id,
  );
}

/** A breakdown option (default `total`), checked against the catalogues. @internal */
export function breakdownOf(value: unknown): Breakdown {
  if (value === undefined) return 'total';
  breakdownKind(value);
  return value as Breakdown;
}

/**
 * `a − b` with the binary noise removed (24.1 − 23.9 → 0.2), in the unit of the figures
 * (percentage points for rates).
 *
 * @internal
 */
export const gap = (a: number, b: number): number => percentagePointDifference(a, b);

/**
 * The exact interval of `a − b` when `a` was rounded to `da` decimals and `b` to `db`:
 * `[(a − ½·10^−da) − (b + ½·10^−db), (a + ½·10^−da) − (b − ½·10^−db)]`.
 *
 * @internal
 */
export function gapInterval(
  a: number,
  da: number,
  b: number,
  db: number,
): { low: number; high: number } {
  const x = bounds(a, da);
  const y = bounds(b, db);
  return { low: gap(x.low, y.high), high: gap(x.high, y.low) };
}

/**
 * Checks that two observations share a unit before they are subtracted; throws
 * `INCOMPATIBLE_UNITS` naming both otherwise.
 *
 * @internal
 */
export function sameUnit(a: Observation, b: Observation): void {
  if (a.unit !== b.unit)
    fail(
      'INCOMPATIBLE_UNITS',
      `Cannot subtract ${b.breakdown} (${b.region}, ${b.unit}) from ${a.breakdown} (${a.region}, ${a.unit}): the units differ.`,
      [a.unit, b.unit],
    );
}
