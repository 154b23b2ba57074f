/**
 * What the sources stated about gaps: "x points higher than …". Kept apart from the figures,
 * and used by the test suite as consistency checks on them.
 *
 * @module
 */
import type { Claim } from '../model/types.js';
import { CLAIM_ROWS } from './generated/claims.js';

function decodeClaims(): readonly Claim[] {
  return Object.freeze(
    CLAIM_ROWS.split('\n').map((line) => {
      const [id, region, indicator, breakdown, period, comparedWith, pp, source, note] = line.split(
        '\t',
      ) as string[];
      const dot = pp!.indexOf('.');
      const c: Record<string, unknown> = {
        id,
        region,
        indicator,
        breakdown,
        period,
        comparedWith,
        pp: Number(pp),
        decimals: dot < 0 ? 0 : pp!.length - dot - 1,
        source,
      };
      if (note) c.note = note;
      return Object.freeze(c) as unknown as Claim;
    }),
  );
}

/**
 * Every stated comparison in the sources: a figure said to be `pp` percentage points above
 * (or, if negative, below) the same key in China (`comparedWith: 'china'`) or in another
 * period (`comparedWith: '2015-03'`). Frozen.
 *
 * @category Data
 * @example
 * ```ts
 * claims.find((c) => c.id === 'sk001');
 * //=> { id: 'sk001', region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2015-04', comparedWith: '2015-03', pp: 1.8, decimals: 1, source: 's003', note: 'decline narrowed' }
 * ```
 */
export const claims: readonly Claim[] = /* @__PURE__ */ decodeClaims();
