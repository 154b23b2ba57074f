/**
 * The one check of an observation a caller hands in (to `inUnit`, `coverage`, or from a
 * dataset of their own to the comparisons): every field of its type, and nothing else carried
 * into a result. No zod, no data.
 *
 * @module
 * @internal
 */
import { type ErrorCode, readOrFail, ShanxiIndustryError, show } from '../errors.js';
import { OWNERSHIPS, PRODUCTS, SECTORS } from './catalogues.js';
import { isPeriodId } from './period.js';
import type { Observation } from './types.js';
import { INDICATORS, MEASURES, QUALIFIERS, REGIONS, SCOPES, UNITS, YEAR_BASES } from './vocab.js';

/** The fields of an observation, in the order a copy lists them. */
const FIELDS = [
  'id',
  'region',
  'indicator',
  'breakdown',
  'period',
  'measure',
  'value',
  'decimals',
  'unit',
  'qualifier',
  'scope',
  'source',
  'yearBasis',
  'note',
] as const;
const KNOWN: ReadonlySet<string> = /* @__PURE__ */ (() => new Set<string>(FIELDS))();

const BREAKDOWN_IDS: ReadonlySet<unknown> = /* @__PURE__ */ (() =>
  new Set([
    'total',
    ...SECTORS.map((e) => `sector:${e.id}`),
    ...OWNERSHIPS.map((e) => `ownership:${e.id}`),
    ...PRODUCTS.map((e) => `product:${e.id}`),
  ]))();

/**
 * Whether a value is a breakdown id of the catalogues (`total`, `sector:coal`, …).
 *
 * @internal
 */
export const isBreakdownId = (v: unknown): boolean => BREAKDOWN_IDS.has(v);

/**
 * Every breakdown id of the catalogues, in catalogue order (`total` first).
 *
 * @internal
 */
export const breakdownIds = (): readonly string[] => [...BREAKDOWN_IDS] as string[];

const member = (list: readonly unknown[], v: unknown): boolean => list.includes(v);
const optional = (v: unknown, ok: (v: unknown) => boolean): boolean => v === undefined || ok(v);
const text = (v: unknown): boolean => typeof v === 'string';

/**
 * A caller's observation, checked: an object whose fields are those of an observation, every
 * id in its vocabulary or catalogue, a canonical period id, a finite `value`, a whole
 * `decimals` from 0 to 15, text where text goes. Returns the row itself when it is frozen and
 * has no other fields; else a frozen copy of the observation's fields only (other fields
 * left out, a value or decimals of -0 made 0), so that nothing unchecked reaches a result.
 *
 * @param row - what the caller gave
 * @param where - how a message names it (`inUnit: the observation`, `dataset.query[3]`)
 * @param code - the error code (default `INVALID_OBSERVATIONS`)
 * @throws ShanxiIndustryError with `code` naming the first bad field, and when the row is not
 * an object or cannot be read (a revoked Proxy, a getter that throws)
 * @internal
 */
export function checkedObservation(
  row: unknown,
  where: string,
  code: ErrorCode = 'INVALID_OBSERVATIONS',
): Observation {
  const bad = (field: string, why: string, value: unknown): never => {
    throw new ShanxiIndustryError(code, `${where}${field ? `.${field}` : ''} ${why}`, value);
  };
  // read once: a getter is called once, and a revoked Proxy is refused here
  const o = readOrFail(
    () => {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) return undefined;
      const copy: Record<string, unknown> = {};
      let others = false;
      for (const key of Object.keys(row)) {
        if (KNOWN.has(key)) copy[key] = (row as Record<string, unknown>)[key];
        else others = true;
      }
      return { copy, others };
    },
    code,
    where,
    row,
  );
  if (!o) return bad('', `is not an observation; got ${show(row)}.`, row);
  const r = o.copy;
  const check = (field: string, ok: boolean, what: string) => {
    if (!ok) bad(field, `is not ${what}; got ${show(r[field])}.`, r[field]);
  };
  check('region', member(REGIONS, r.region), 'a region');
  check('indicator', member(INDICATORS, r.indicator), 'an indicator');
  check('breakdown', BREAKDOWN_IDS.has(r.breakdown), 'a breakdown id of the catalogues');
  check('period', isPeriodId(r.period), 'a period id');
  check('measure', member(MEASURES, r.measure), 'a measure');
  check('unit', member(UNITS, r.unit), 'a unit');
  check('source', text(r.source), 'a source id');
  check('value', typeof r.value === 'number' && Number.isFinite(r.value), 'a finite number');
  const d = r.decimals;
  check(
    'decimals',
    typeof d === 'number' && Number.isInteger(d) && d >= 0 && d <= 15,
    'a whole number from 0 to 15',
  );
  check('id', optional(r.id, text), 'text');
  check(
    'qualifier',
    optional(r.qualifier, (v) => member(QUALIFIERS, v)),
    'a qualifier',
  );
  check(
    'scope',
    optional(r.scope, (v) => member(SCOPES, v)),
    'a scope',
  );
  check(
    'yearBasis',
    optional(r.yearBasis, (v) => member(YEAR_BASES, v)),
    'a year basis',
  );
  check('note', optional(r.note, text), 'text');
  const minusZero = Object.is(r.value, -0) || Object.is(d, -0);
  const frozen = readOrFail(() => Object.isFrozen(row), code, where, row);
  if (!minusZero && !o.others && frozen) return row as Observation;
  // -0 is the figure 0: it is not carried into a result
  if (minusZero) {
    r.value = (r.value as number) + 0;
    r.decimals = (d as number) + 0;
  }
  const out: Record<string, unknown> = {};
  for (const f of FIELDS) if (r[f] !== undefined) out[f] = r[f];
  return Object.freeze(out) as unknown as Observation;
}
