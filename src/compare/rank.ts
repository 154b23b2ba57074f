/**
 * The ranking rule shared by the comparisons: order by value, then give tied (or, with
 * rounding awareness, overlapping) values one rank.
 *
 * @internal
 * @module
 */
import { gap } from './internal.js';

/** What the ranking needs of a row. @internal */
export interface Rankable {
  /** The published value. */
  readonly value: number;
  /** The id that breaks ties in the order (not in the rank). */
  readonly breakdown: string;
}

/**
 * Sorts rows by value, highest first (lowest first when `ascending`; ties by breakdown id, for
 * a stable order), and gives
 * each a competition rank (1, 2, 2, 4): a row's rank is 1 + the number of rows in groups
 * ahead of it.
 *
 * Without `halfUnits`, a group is a run of equal values. With `halfUnits` (half a unit of
 * each row's precision, in the order of `rows`), two values a and b overlap when
 * |a − b| < h(a) + h(b), i.e. their open rounding intervals (v − h, v + h) intersect, and a
 * group is a connected set of overlapping values (the relation is closed transitively: if a
 * overlaps b and b overlaps c, all three share a rank). The groups are runs of the sorted
 * order, because a value inside the span of a group lies in the interval of one of its members.
 *
 * @internal
 */
export function rankRows<T extends Rankable>(
  rows: readonly T[],
  halfUnits?: readonly number[],
  ascending = false,
): { row: T; rank: number }[] {
  const order = rows.map((_, i) => i);
  order.sort((i, j) => {
    const a = rows[i]!;
    const b = rows[j]!;
    const byValue = ascending ? a.value - b.value : b.value - a.value;
    return byValue || (a.breakdown < b.breakdown ? -1 : a.breakdown > b.breakdown ? 1 : 0);
  });
  const n = order.length;
  const parent = order.map((_, k) => k);
  const root = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = parent[parent[k]!]!;
    return k;
  };
  const join = (k: number, m: number): void => {
    const a = root(k);
    const b = root(m);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  for (let k = 0; k < n; k++)
    for (let m = k + 1; m < n; m++) {
      const a = order[k]!;
      const b = order[m]!;
      const va = rows[a]!.value;
      const vb = rows[b]!.value;
      // Equal values; or, with precisions, |a − b| < h(a) + h(b), both sides exact in decimal.
      const tied =
        halfUnits === undefined
          ? va === vb
          : Math.abs(gap(va, vb)) < gap(halfUnits[a]!, -halfUnits[b]!);
      if (tied) join(k, m);
    }
  // The root of a group is its first position in the sorted order; its rank is that + 1.
  return order.map((i, k) => ({ row: rows[i]!, rank: root(k) + 1 }));
}
