/**
 * Where the periods of one series sit in time, so that a sparkline can mark the periods that
 * have no figure instead of spacing the points evenly.
 *
 * @module
 */
import { parsePeriod } from 'shanxi-industry';

/**
 * For each period after the first, how many periods of the series' own rhythm are missing
 * between it and the one before: single months count months, whole years count years,
 * year-to-date runs count the runs of a year (from the shortest to the longest one the series
 * has, so January–February to January–November), and runs of one length (quarters, halves)
 * count those. `undefined` when the periods do not share one rhythm (a mix of kinds).
 *
 * @param periods - canonical period ids, in time order
 * @returns one number per period (0 for the first)
 */
export function missingBefore(periods: readonly string[]): number[] | undefined {
  if (periods.length === 0) return [];
  const ps = periods.map((p) => parsePeriod(p));
  const kind = ps[0]!.kind;
  if (ps.some((p) => p.kind !== kind)) return undefined;
  let slot: (p: (typeof ps)[number]) => number;
  if (kind === 'month') slot = (p) => p.year * 12 + p.end;
  else if (kind === 'year') slot = (p) => p.year;
  else if (kind === 'year-to-date') {
    const lo = Math.min(...ps.map((p) => p.end));
    const hi = Math.max(...ps.map((p) => p.end));
    slot = (p) => p.year * (hi - lo + 1) + (p.end - lo);
  } else {
    const length = ps[0]!.end - ps[0]!.start + 1;
    if (ps.some((p) => p.end - p.start + 1 !== length || (p.start - 1) % length !== 0))
      return undefined;
    slot = (p) => (p.year * 12 + p.end) / length;
  }
  return ps.map((p, i) => (i === 0 ? 0 : Math.max(0, slot(p) - slot(ps[i - 1]!) - 1)));
}
