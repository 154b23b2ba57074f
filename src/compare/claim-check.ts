/**
 * Checks the sources' stated gaps ("x points higher than …") against the stored figures.
 *
 * @module
 */

import { claims as shippedClaims } from '../data/claims.js';
import { type ErrorCode, readList, readObject, ShanxiIndustryError, show } from '../errors.js';
import { type PeriodId, parsePeriod } from '../model/period.js';
import type { Claim, Observation } from '../model/types.js';
import type { Measure } from '../model/vocab.js';
import type { Dataset } from '../query/dataset.js';
import { datasetOption, SCOPE_ORDER, scopeOf } from './internal.js';

/**
 * The outcome of checking one claim.
 * - `consistent`: both sides are stored and their difference equals the stated gap within
 *   rounding;
 * - `inconsistent`: both sides are stored and their difference does not;
 * - `unresolved`: a side is not stored, the two sides are of different scopes (different
 *   statistics), or the claim compares different measures.
 *
 * @category Data
 */
export interface ClaimCheck {
  /** The claim. */
  readonly claim: Claim;
  /** What the check found. */
  readonly status: 'consistent' | 'inconsistent' | 'unresolved';
  /** The measure both sides were read in, when the claim names one. */
  readonly measure?: Measure;
  /** The figure the claim is about. */
  readonly value?: Observation;
  /** The figure it is compared with. */
  readonly other?: Observation;
  /** `value − other`, rounded to the larger of their published decimals. */
  readonly difference?: number;
  /** The allowed deviation: one unit of the coarsest published decimals among the three figures. */
  readonly tolerance?: number;
  /** Why a claim is unresolved. */
  readonly reason?: string;
}

/** Reads the measure a claim's note names; `undefined` for mixed measures. */
function measureOf(note: string | undefined): Measure | undefined {
  const n = note ?? '';
  if (/mixed measures/.test(n)) return undefined;
  if (/two-year average growth rate, not the yoy|measure two-year-average/.test(n))
    return 'two-year-average';
  if (/measure share/.test(n)) return 'share-of-total';
  return 'yoy';
}

/**
 * Checks each stated comparison against the stored figures: the claim's figure minus the one
 * it is compared with should equal the stated gap `pp` within rounding, where the tolerance is
 * one unit of the coarsest published precision among the two figures and the gap (±0.1 point
 * for one-decimal figures, ±1 for a gap published as a whole number) — the widest a difference
 * of rounded figures can stray from a rounded stated gap.
 *
 * The other side is: China's figure for the same key (`comparedWith: 'china'`; China's total
 * when the note says the comparison is with all industry nationally), or the same key in the
 * period named. The measure is `yoy` unless the note names another.
 *
 * @category Data
 * @param list - the claims to check (default: every shipped claim)
 * @param dataset - where to look the figures up (default: the shipped data)
 * @returns one check per claim, in order
 * @throws ShanxiIndustryError code `INVALID_OPTION` when `list` is not a list of claims (a
 * claim that is not an object, or a field of the wrong type) or `dataset` is not a Dataset;
 * `INVALID_PERIOD` when a claim's period does not parse; `NOT_A_NUMBER` when a claim's `pp` is
 * not a finite number; `INVALID_DECIMALS` when its `decimals` is not a whole number from 0 to
 * 15; `INVALID_OBSERVATIONS` when the dataset returns a row that is not a valid observation
 * @example
 * ```ts
 * checkClaims().filter((c) => c.status === 'consistent').length > 50;
 * //=> true
 * ```
 */
export function checkClaims(
  list: readonly Claim[] = shippedClaims,
  dataset?: Dataset,
): readonly ClaimCheck[] {
  const rows = readList(
    list,
    'INVALID_OPTION',
    'The claims',
    'checkClaims takes a list of claims (as in `claims`)',
  );
  const checked = list === shippedClaims ? shippedClaims : rows.map(claimOf);
  return checkAll(checked, datasetOption(dataset));
}

/** One claim of a caller's list, read once and checked field by field. */
/** The fields of a claim, in the order a checked copy lists them. */
const CLAIM_FIELDS = [
  'id',
  'region',
  'indicator',
  'breakdown',
  'period',
  'comparedWith',
  'pp',
  'decimals',
  'source',
  'note',
] as const;

function claimOf(value: unknown, i: number): Claim {
  const c = readObject(value, 'INVALID_OPTION', `claims[${i}]`);
  const bad = (code: ErrorCode, field: string, why: string): never => {
    throw new ShanxiIndustryError(code, `claims[${i}]${field} ${why}`, value);
  };
  if (!c)
    return bad(
      'INVALID_OPTION',
      '',
      `is not a claim (an object as in \`claims\`); got ${show(value)}.`,
    );
  for (const f of ['id', 'region', 'indicator', 'breakdown', 'comparedWith', 'source'] as const)
    if (typeof c[f] !== 'string')
      bad('INVALID_OPTION', `.${f}`, `takes a string; got ${show(c[f])}.`);
  if (c.note !== undefined && typeof c.note !== 'string')
    bad('INVALID_OPTION', '.note', `takes a string; got ${show(c.note)}.`);
  parsePeriod(c.period as string);
  if (typeof c.pp !== 'number' || !Number.isFinite(c.pp))
    bad('NOT_A_NUMBER', '.pp', `is not a finite number; got ${show(c.pp)}.`);
  const d = c.decimals;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 15)
    bad('INVALID_DECIMALS', '.decimals', `must be a whole number from 0 to 15; got ${show(d)}.`);
  // -0 is 0, and no field other than a claim's is carried into a result
  c.pp = (c.pp as number) + 0;
  c.decimals = (d as number) + 0;
  const out: Record<string, unknown> = {};
  for (const f of CLAIM_FIELDS) if (c[f] !== undefined) out[f] = c[f];
  return Object.freeze(out) as unknown as Claim;
}

function checkAll(list: readonly Claim[], dataset: Dataset): readonly ClaimCheck[] {
  return Object.freeze(
    list.map((claim): ClaimCheck => {
      const measure = measureOf(claim.note);
      if (!measure)
        return Object.freeze({
          claim,
          status: 'unresolved',
          reason: 'compares different measures',
        });
      const key = {
        region: claim.region,
        indicator: claim.indicator,
        breakdown: claim.breakdown,
        period: claim.period,
        measure,
      };
      const toChina = claim.comparedWith === 'china';
      const nationalTotal = toChina && /all above-size industry nationally/.test(claim.note ?? '');
      const otherKey = toChina
        ? {
            ...key,
            region: 'china' as const,
            ...(nationalTotal ? { breakdown: 'total' as const } : {}),
          }
        : { ...key, period: claim.comparedWith as PeriodId };
      // both sides of one scope: the first of above-size, all, unstated that both have
      let value: Observation | undefined;
      let other: Observation | undefined;
      for (const scope of SCOPE_ORDER) {
        const a = dataset.find({ ...key, scope });
        const b = dataset.find({ ...otherKey, scope });
        if (a && b && scopeOf(a) === scope && scopeOf(b) === scope) {
          value = a;
          other = b;
          break;
        }
      }
      if (!value || !other) {
        value = dataset.find(key);
        other = dataset.find(otherKey);
        if (value && other)
          return Object.freeze({
            claim,
            status: 'unresolved',
            measure,
            reason: 'the two figures are of different scopes',
            value,
            other,
          });
      }
      if (!value || !other)
        return Object.freeze({
          claim,
          status: 'unresolved',
          measure,
          reason: `${value ? 'the compared figure' : 'the claimed figure'} is not in the data`,
          ...(value ? { value } : {}),
          ...(other ? { other } : {}),
        });
      const d = Math.max(value.decimals, other.decimals);
      const difference = Number((value.value - other.value).toFixed(d));
      const tolerance = 10 ** -Math.min(value.decimals, other.decimals, claim.decimals);
      const ok = Math.abs(difference - claim.pp) <= tolerance + 1e-9;
      return Object.freeze({
        claim,
        status: ok ? 'consistent' : 'inconsistent',
        measure,
        value,
        other,
        difference,
        tolerance,
      });
    }),
  );
}
