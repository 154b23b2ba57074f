/**
 * How the ranking of breakdowns changed between two periods.
 *
 * @module
 */
import type { Breakdown } from '../model/catalogues.js';
import type { PeriodInput } from '../model/period.js';
import type { Scope, ScopeFilter } from '../model/vocab.js';
import { checkOptions, periodId, SCOPE_ORDER, scopeField, scopeOf } from './internal.js';
import {
  type CompareSectorsOptions,
  onePerBreakdown,
  rankFigures,
  rankingCandidates,
  rankingRequest,
  KEYS as SECTOR_KEYS,
} from './sectors.js';

/**
 * Options of {@link rankChanges}: those of `compareSectors` but the period.
 *
 * @category Comparisons
 */
export type RankChangesOptions = Omit<CompareSectorsOptions, 'period'>;

/**
 * One breakdown's rank in two periods.
 *
 * @category Comparisons
 */
export interface RankChange {
  /** The breakdown. */
  readonly breakdown: Breakdown;
  /** Its rank in period A, among the breakdowns ranked in both periods (1 = highest). */
  readonly rankA: number;
  /** Its rank in period B, among the breakdowns ranked in both periods. */
  readonly rankB: number;
  /** `rankA − rankB`: positive when it moved up from A to B, negative when it fell. */
  readonly change: number;
  /** Its value in period A. */
  readonly valueA: number;
  /** Its value in period B. */
  readonly valueB: number;
  /** The scope of both values: `above-size` or `all`; none when their pages did not say. */
  readonly scope?: Scope;
}

/** The options of compareSectors but the period. */
const KEYS = /* @__PURE__ */ SECTOR_KEYS.filter((k) => k !== 'period');

/**
 * Compares the rankings of two periods: for every breakdown published in both, its rank in
 * each and how far it moved.
 *
 * Only breakdowns ranked in both periods take part, and both rankings are made among exactly
 * those (with the tie rule of `compareSectors`), so a sector missing from one period does not
 * shift the others' ranks. Formula: `change = rankA − rankB` (positive = moved up).
 *
 * A breakdown's two figures are of one scope, never two: with `scope`, that one; without it,
 * the first of `above-size`, `all`, `unstated` the breakdown has in both periods (a breakdown
 * with no scope in common takes no part). Each row says its `scope`.
 *
 * @category Comparisons
 * @param periodA - the first period, by id or alias (usually the earlier)
 * @param periodB - the second period, by id or alias
 * @param options - the options of `compareSectors` but `period`
 * @returns one row per breakdown ranked in both periods, in the order of period B's ranking
 * @throws ShanxiIndustryError code INVALID_PERIOD when a period does not parse
 * @throws ShanxiIndustryError code UNKNOWN_ID when a breakdown in `sectors`, the region,
 * indicator, measure or scope is not in the catalogues
 * @throws ShanxiIndustryError code MIXED_BREAKDOWN_KINDS when `sectors` mixes kinds
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown or of the wrong type
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is a number out of 0–15
 * @throws ShanxiIndustryError code INCOMPATIBLE_UNITS when the ranked figures are in different units
 * @example
 * ```ts
 * rankChanges('2021-Q1', '2021-H1').map((r) => [r.breakdown, r.rankA, r.rankB, r.change]);
 * //=> [['sector:high-tech-manufacturing', 3, 1, 2], ['sector:equipment-manufacturing', 1, 2, -1], ['sector:strategic-emerging', 2, 3, -1], ['sector:non-coal', 5, 4, 1], ['sector:coal', 4, 5, -1]]
 * ```
 */
export function rankChanges(
  periodA: PeriodInput,
  periodB: PeriodInput,
  options?: RankChangesOptions,
): readonly RankChange[] {
  const o = checkOptions(options, KEYS, 'rankChanges', true) as RankChangesOptions;
  const reqA = rankingRequest({ ...o, period: periodId(periodA) }, 'rankChanges');
  const reqB = rankingRequest({ ...o, period: periodId(periodB) }, 'rankChanges');
  const candidatesA = rankingCandidates(reqA);
  const candidatesB = rankingCandidates(reqB);
  const scopesIn = (rows: readonly { breakdown: string; scope?: string }[]) => {
    const map = new Map<string, Set<ScopeFilter>>();
    for (const r of rows) map.set(r.breakdown, (map.get(r.breakdown) ?? new Set()).add(scopeOf(r)));
    return map;
  };
  const inA = scopesIn(candidatesA);
  const inB = scopesIn(candidatesB);
  // each breakdown's scope: the first of above-size, all, unstated it has in both periods
  const chosen = new Map<string, ScopeFilter>();
  for (const [breakdown, scopes] of inB) {
    const s = SCOPE_ORDER.find((x) => scopes.has(x) && inA.get(breakdown)?.has(x));
    if (s !== undefined) chosen.set(breakdown, s);
  }
  if (chosen.size === 0) return Object.freeze([]);
  const rowsA = new Map(
    rankFigures(reqA, onePerBreakdown(candidatesA, chosen)).map((r) => [r.breakdown, r]),
  );
  return Object.freeze(
    rankFigures(reqB, onePerBreakdown(candidatesB, chosen)).map((rb) => {
      const ra = rowsA.get(rb.breakdown)!;
      return Object.freeze({
        breakdown: rb.breakdown,
        rankA: ra.rank,
        rankB: rb.rank,
        change: ra.rank - rb.rank,
        valueA: ra.value,
        valueB: rb.value,
        ...scopeField(chosen.get(rb.breakdown)!),
      });
    }),
  );
}
