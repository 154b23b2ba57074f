/**
 * What the data covers.
 *
 * @module
 */

import { readList } from '../errors.js';
import type { Breakdown } from '../model/catalogues.js';
import { checkedObservation } from '../model/observation.js';
import { comparePeriods } from '../model/period.js';
import type { Observation } from '../model/types.js';
import type { Indicator, Measure, Region, ScopeFilter } from '../model/vocab.js';
import { shippedDataset } from './shipped.js';

/**
 * One series that exists in the data: a region, indicator, breakdown, measure and scope, and
 * the periods it has figures for.
 *
 * @category Data
 */
export interface CoverageRow {
  /** The region. */
  readonly region: Region;
  /** The indicator. */
  readonly indicator: Indicator;
  /** The breakdown. */
  readonly breakdown: Breakdown;
  /** The measure. */
  readonly measure: Measure;
  /** The scope: `above-size`, `all`, or `unstated` where the pages did not say. */
  readonly scope: ScopeFilter;
  /** Every period with a figure, in time order (canonical ids). */
  readonly periods: readonly string[];
  /** The earliest period. */
  readonly first: string;
  /** The latest period. */
  readonly last: string;
  /** How many figures, counting every source's (alternatives included). */
  readonly figures: number;
}

/**
 * What exists: one row per region, indicator, breakdown, measure and scope, with the periods
 * it has figures for, sorted by region, indicator, breakdown, measure and scope. Figures of
 * different scopes are different series, so raw coal's level appears once for enterprises
 * above designated size, once for all mines and once for pages that did not say.
 *
 * @category Data
 * @param rows - the observations to describe (default: every shipped one)
 * @returns the coverage rows
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when `rows` is not a list of
 * observations (the message names the first bad row and field)
 * @example
 * ```ts
 * coverage().find((r) => r.region === 'shanxi' && r.breakdown === 'sector:coal' && r.measure === 'yoy' && r.indicator === 'value-added')?.first;
 * //=> '2015-08'
 * coverage().filter((r) => r.breakdown === 'product:raw-coal' && r.measure === 'level').map((r) => r.scope);
 * //=> ['above-size', 'all', 'unstated']
 * ```
 */
export function coverage(
  rows: readonly Observation[] = shippedDataset().observations,
): readonly CoverageRow[] {
  // read once: a revoked Proxy or a throwing getter is refused here with the same code
  const list = readList(
    rows,
    'INVALID_OBSERVATIONS',
    'coverage: the rows',
    'coverage takes a list of observations',
  );
  // every row an observation: the same check as everywhere a caller's observation comes in
  if (rows !== shippedDataset().observations)
    for (let i = 0; i < list.length; i++)
      list[i] = checkedObservation(list[i], `coverage: rows[${i}]`);
  const groups = new Map<string, { o: Observation; periods: Set<string>; figures: number }>();
  for (const o of list as Observation[]) {
    const k = `${o.region}|${o.indicator}|${o.breakdown}|${o.measure}|${o.scope ?? 'unstated'}`;
    const g = groups.get(k);
    if (g) {
      g.periods.add(o.period);
      g.figures++;
    } else groups.set(k, { o, periods: new Set([o.period]), figures: 1 });
  }
  return Object.freeze(
    [...groups.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, { o, periods, figures }]) => {
        const list = Object.freeze([...periods].sort(comparePeriods));
        return Object.freeze({
          region: o.region,
          indicator: o.indicator,
          breakdown: o.breakdown,
          measure: o.measure,
          scope: o.scope ?? 'unstated',
          periods: list,
          first: list[0]!,
          last: list[list.length - 1]!,
          figures,
        });
      }),
  );
}
