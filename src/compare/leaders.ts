/**
 * The top and bottom of a sector ranking.
 *
 * @module
 */
import { readObject, show } from '../errors.js';
import { fail } from './internal.js';
import { type CompareSectorsOptions, compareSectors } from './sectors.js';
import type { CompareRow } from './types.js';

/**
 * Options of {@link leaders} and {@link laggards}: those of `compareSectors`, and how many rows.
 *
 * @category Comparisons
 */
export interface LeadersOptions extends CompareSectorsOptions {
  /** How many rows; a whole number of at least 1, default 3. */
  readonly n?: number | undefined;
}

function split(options: LeadersOptions): [CompareSectorsOptions, number] {
  const copy = readObject(options, 'INVALID_OPTION', 'The options');
  if (!copy) return [options, 3]; // compareSectors reports the bad options object
  const { n = 3, ...rest } = copy;
  if (!Number.isInteger(n) || (n as number) < 1)
    fail('INVALID_OPTION', `n takes a whole number of at least 1; got ${show(n)}.`, n);
  return [rest as unknown as CompareSectorsOptions, n as number];
}

/**
 * The `n` highest rows of {@link compareSectors}, highest first, with the ranks of the full
 * ranking. Exactly `n` rows (fewer when fewer were published): rows tied at the cut are taken
 * in the ranking's order (breakdown id), so check `rank` when ties matter.
 *
 * @category Comparisons
 * @param options - the options of `compareSectors`, and `n` (default 3)
 * @returns at most `n` rows, highest value first
 * @throws ShanxiIndustryError code INVALID_OPTION when `n` is not a whole number of at least 1,
 * or for the reasons of `compareSectors`
 * @throws ShanxiIndustryError code INVALID_PERIOD when the period does not parse
 * @throws ShanxiIndustryError code UNKNOWN_ID when a breakdown, region, indicator or measure is
 * not in the catalogues
 * @throws ShanxiIndustryError code MIXED_BREAKDOWN_KINDS when `sectors` mixes kinds
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is a number out of 0–15
 * @example
 * ```ts
 * leaders({ period: '2021-Q1' }).map((r) => [r.breakdown, r.value]);
 * //=> [['sector:equipment-manufacturing', 41.8], ['sector:strategic-emerging', 29.4], ['sector:high-tech-manufacturing', 25.3]]
 * leaders({ period: '2021-Q1', n: 1 }).map((r) => r.breakdown);
 * //=> ['sector:equipment-manufacturing']
 * ```
 */
export function leaders(options: LeadersOptions): readonly CompareRow[] {
  const [rest, n] = split(options);
  return Object.freeze(compareSectors(rest).slice(0, n));
}

/**
 * The `n` lowest rows of {@link compareSectors}, lowest first, with the ranks of the full
 * ranking (so the first row has the largest rank). Exactly `n` rows (fewer when fewer were
 * published): rows tied at the cut are taken in the reverse of the ranking's order.
 *
 * @category Comparisons
 * @param options - the options of `compareSectors`, and `n` (default 3)
 * @returns at most `n` rows, lowest value first
 * @throws ShanxiIndustryError code INVALID_OPTION when `n` is not a whole number of at least 1,
 * or for the reasons of `compareSectors`
 * @throws ShanxiIndustryError code INVALID_PERIOD when the period does not parse
 * @throws ShanxiIndustryError code UNKNOWN_ID when a breakdown, region, indicator or measure is
 * not in the catalogues
 * @throws ShanxiIndustryError code MIXED_BREAKDOWN_KINDS when `sectors` mixes kinds
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is a number out of 0–15
 * @example
 * ```ts
 * laggards({ period: '2021-Q1' }).map((r) => [r.breakdown, r.value, r.rank]);
 * //=> [['sector:non-coal', 23.8, 5], ['sector:coal', 24.1, 4], ['sector:high-tech-manufacturing', 25.3, 3]]
 * ```
 */
export function laggards(options: LeadersOptions): readonly CompareRow[] {
  const [rest, n] = split(options);
  return Object.freeze(compareSectors(rest).slice(-n).reverse());
}
