import type { CompareRowInput } from '../../src/export/index.js';
import type { Observation } from '../../src/model/types.js';

/** Shanxi, Q1 2021, coal: 24.1 % (source s032). */
export const coal: Observation = {
  id: 'f0160',
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'sector:coal',
  period: '2021-01/2021-03',
  measure: 'yoy',
  value: 24.1,
  decimals: 1,
  unit: 'percent',
  source: 's032',
};

/** The six Q1 2021 Shanxi figures of the China Daily article (s032). */
export const Q1_2021_IDS = ['f0159', 'f0160', 'f0161', 'f0162', 'f0163', 'f0164'] as const;

/** Rows as `compareSectors({ period: '2021-Q1' })` documents them, written by hand (no labels or titles). */
export const compareRows: readonly CompareRowInput[] = [
  ['sector:equipment-manufacturing', 41.8, 1, 17.9],
  ['sector:strategic-emerging', 29.4, 2, 5.5],
  ['sector:high-tech-manufacturing', 25.3, 3, 1.4],
  ['sector:coal', 24.1, 4, 0.2],
  ['sector:non-coal', 23.8, 5, -0.1],
].map(([breakdown, value, rank, gapToTotal]) => ({
  breakdown: breakdown as CompareRowInput['breakdown'],
  value: value as number,
  decimals: 1,
  rank: rank as number,
  gapToTotal: gapToTotal as number,
  period: '2021-01/2021-03',
  region: 'shanxi',
  source: 's032',
  scope: 'above-size' as const,
  unit: 'percent',
}));

/** Freezes a value and everything in it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The code of the error a function throws, or `undefined` when it does not throw. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}
