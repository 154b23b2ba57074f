import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSectors, laggards, leaders, rankChanges } from '../../src/compare/index.js';
import type { CompareRow } from '../../src/compare/types.js';
import { SECTORS } from '../../src/model/catalogues.js';
import type { Observation } from '../../src/model/types.js';
import { datasetOf } from '../../src/query/dataset.js';

const PERIOD = '2030-01/2030-03' as const;
const IDS = SECTORS.map((s) => `sector:${s.id}` as const);

/** A published figure: an integer count of units at `decimals` decimals (value = units / 10^d). */
const figure = fc.record({
  units: fc.integer({ min: -40, max: 40 }),
  decimals: fc.integer({ min: 0, max: 2 }),
});

/** Synthetic rows: some sectors with figures, maybe a total, all in one period. */
const synthetic = fc
  .record({
    sectors: fc.uniqueArray(fc.constantFrom(...IDS), { minLength: 0, maxLength: 12 }),
    figures: fc.array(figure, { minLength: 12, maxLength: 12 }),
    total: fc.option(figure, { nil: undefined }),
  })
  .map(({ sectors, figures, total }) => {
    const make = (breakdown: Observation['breakdown'], f: { units: number; decimals: number }) => ({
      region: 'shanxi' as const,
      indicator: 'value-added' as const,
      breakdown,
      period: PERIOD,
      measure: 'yoy' as const,
      value: f.units / 10 ** f.decimals,
      decimals: f.decimals,
      unit: 'percent' as const,
      source: 'synthetic',
    });
    const rows: Observation[] = sectors.map((id, i) => make(id, figures[i]!));
    if (total) rows.push(make('total', total));
    return rows;
  });

/** A figure as an exact integer count of thousandths. */
const milli = (value: number) => Math.round(value * 1000);
/** Half a unit of `decimals` decimals, in thousandths. */
const halfMilli = (decimals: number) => 500 / 10 ** decimals;

function assertCompetitionRanking(rows: readonly CompareRow[]) {
  if (rows.length === 0) return;
  expect(Math.min(...rows.map((r) => r.rank))).toBe(1);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    expect(r.rank).toBe(1 + rows.filter((s) => s.rank < r.rank).length);
    if (i > 0) {
      expect(r.value).toBeLessThanOrEqual(rows[i - 1]!.value);
      expect(r.rank).toBeGreaterThanOrEqual(rows[i - 1]!.rank);
    }
  }
}

/** Connected components of "overlapping" rows, as sets of indices, computed independently. */
function components(
  rows: readonly CompareRow[],
  overlap: (a: CompareRow, b: CompareRow) => boolean,
) {
  const label = rows.map(() => -1);
  let next = 0;
  for (let i = 0; i < rows.length; i++) {
    if (label[i] !== -1) continue;
    const stack = [i];
    label[i] = next;
    while (stack.length) {
      const k = stack.pop()!;
      for (let m = 0; m < rows.length; m++)
        if (label[m] === -1 && overlap(rows[k]!, rows[m]!)) {
          label[m] = next;
          stack.push(m);
        }
    }
    next++;
  }
  return label;
}

describe('compareSectors ranking invariants (synthetic datasets via datasetOf)', () => {
  it('is a competition ranking, sorted by value, with exact gaps and shared ranks for ties', () => {
    fc.assert(
      fc.property(synthetic, (rows) => {
        const out = compareSectors({ period: PERIOD, dataset: datasetOf(rows) });
        const sectors = rows.filter((r) => r.breakdown !== 'total');
        const total = rows.find((r) => r.breakdown === 'total');
        expect(out).toHaveLength(sectors.length);
        expect(new Set(out.map((r) => r.breakdown))).toEqual(
          new Set(sectors.map((r) => r.breakdown)),
        );
        assertCompetitionRanking(out);
        for (const r of out) {
          if (total) expect(r.gapToTotal).toBe((milli(r.value) - milli(total.value)) / 1000);
          else expect('gapToTotal' in r).toBe(false);
          expect('gapLow' in r).toBe(false);
        }
        for (const a of out)
          for (const b of out) expect(a.rank === b.rank).toBe(a.value === b.value);
      }),
      { numRuns: 300 },
    );
  });

  it('with decimals: true, never orders two overlapping values, and ties only chains of overlaps', () => {
    fc.assert(
      fc.property(synthetic, (rows) => {
        const out = compareSectors({ period: PERIOD, decimals: true, dataset: datasetOf(rows) });
        assertCompetitionRanking(out);
        // |a − b| < h(a) + h(b), in exact integer thousandths.
        const overlap = (a: CompareRow, b: CompareRow) =>
          Math.abs(milli(a.value) - milli(b.value)) < halfMilli(a.decimals) + halfMilli(b.decimals);
        for (const a of out) for (const b of out) if (overlap(a, b)) expect(a.rank).toBe(b.rank);
        const comp = components(out, overlap);
        for (let i = 0; i < out.length; i++)
          for (let j = 0; j < out.length; j++)
            expect(out[i]!.rank === out[j]!.rank).toBe(comp[i] === comp[j]);
        const total = rows.find((r) => r.breakdown === 'total');
        for (const r of out) {
          if (!total) {
            expect('gapLow' in r).toBe(false);
            continue;
          }
          const g = milli(r.value) - milli(total.value);
          const h = halfMilli(r.decimals) + halfMilli(total.decimals);
          expect(r.gapToTotal).toBe(g / 1000);
          expect(r.gapLow).toBe((g - h) / 1000);
          expect(r.gapHigh).toBe((g + h) / 1000);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('with a common precision d, ties are exactly the pairs closer than one unit', () => {
    fc.assert(
      fc.property(synthetic, fc.integer({ min: 0, max: 2 }), (rows, d) => {
        const out = compareSectors({ period: PERIOD, decimals: d, dataset: datasetOf(rows) });
        assertCompetitionRanking(out);
        const overlap = (a: CompareRow, b: CompareRow) =>
          Math.abs(milli(a.value) - milli(b.value)) < 2 * halfMilli(d);
        const comp = components(out, overlap);
        for (let i = 0; i < out.length; i++)
          for (let j = 0; j < out.length; j++)
            expect(out[i]!.rank === out[j]!.rank).toBe(comp[i] === comp[j]);
      }),
      { numRuns: 200 },
    );
  });

  it('leaders and laggards are the ends of the ranking; inputs are not modified', () => {
    fc.assert(
      fc.property(synthetic, fc.integer({ min: 1, max: 6 }), (rows, n) => {
        const before = JSON.stringify(rows);
        const dataset = datasetOf(rows);
        const all = compareSectors({ period: PERIOD, dataset });
        expect(leaders({ period: PERIOD, dataset, n })).toEqual(all.slice(0, n));
        expect(laggards({ period: PERIOD, dataset, n })).toEqual(all.slice(-n).reverse());
        expect(JSON.stringify(rows)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('rankChanges: change = rankA − rankB, ranks valid among the shared breakdowns', () => {
    fc.assert(
      fc.property(synthetic, synthetic, (a, b) => {
        const later = b.map((o) => ({ ...o, period: '2030-01/2030-06' as const }));
        const dataset = datasetOf([...a, ...later]);
        const out = rankChanges(PERIOD, '2030-H1', { dataset });
        const inA = new Set(a.filter((o) => o.breakdown !== 'total').map((o) => o.breakdown));
        const shared = later.filter((o) => o.breakdown !== 'total' && inA.has(o.breakdown));
        expect(out).toHaveLength(shared.length);
        for (const r of out) expect(r.change).toBe(r.rankA - r.rankB);
        for (const key of ['rankA', 'rankB'] as const) {
          const ranks = out.map((r) => r[key]);
          for (const k of ranks) expect(k).toBe(1 + ranks.filter((x) => x < k).length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
