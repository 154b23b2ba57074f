import { describe, expect, it } from 'vitest';
import {
  compareSectors,
  compareWithBenchmark,
  gapSeries,
  laggards,
  leaders,
  rankChanges,
} from '../../src/compare/index.js';
import type { Observation } from '../../src/model/types.js';
import { datasetOf } from '../../src/query/dataset.js';
import { tsv } from '../helpers/tsv.js';

const row = (o: Partial<Observation> & Pick<Observation, 'breakdown' | 'value'>): Observation => ({
  region: 'shanxi',
  indicator: 'value-added',
  period: '2030-01/2030-03',
  measure: 'yoy',
  decimals: 1,
  unit: 'percent',
  source: 'mine',
  ...o,
});

describe('compareWithBenchmark', () => {
  it('Q1 2021: Shanxi 23.9 against China 24.5, a gap of −0.6 points', () => {
    const china = tsv('china', 'facts').filter(
      (f) =>
        f.region === 'china' &&
        f.indicator === 'value-added' &&
        f.breakdown === 'total' &&
        f.period === '2021-01/2021-03' &&
        f.measure === 'yoy',
    );
    expect(china.map((f) => f.value)).toEqual(['24.5', '24.5']);
    expect(compareWithBenchmark({ period: '2021-Q1' })).toStrictEqual({
      value: 23.9,
      benchmark: 24.5,
      gap: -0.6,
      period: '2021-01/2021-03',
      breakdown: 'total',
      decimals: 1,
      valueDecimals: 1,
      benchmarkDecimals: 1,
      unit: 'percent',
      source: 's032',
      benchmarkSource: 'n006',
      scope: 'above-size',
    });
  });

  it('compares sectors too, and is undefined where a side is missing', () => {
    const q1 = { period: '2021-Q1' } as const;
    expect(compareWithBenchmark({ ...q1, breakdown: 'sector:equipment-manufacturing' })?.gap).toBe(
      1.9,
    );
    expect(compareWithBenchmark({ ...q1, breakdown: 'sector:high-tech-manufacturing' })?.gap).toBe(
      -5.9,
    );
    expect(compareWithBenchmark({ ...q1, breakdown: 'sector:coal' })).toBeUndefined();
    expect(compareWithBenchmark({ period: '1990' })).toBeUndefined();
  });

  it('carries the qualifiers of both sides (coke output 2023: over 95.7 Mt against over 492 Mt)', () => {
    expect(
      compareWithBenchmark({
        period: '2023',
        indicator: 'output',
        breakdown: 'product:coke',
        measure: 'level',
      }),
    ).toMatchObject({
      value: 95.7,
      benchmark: 492,
      gap: -396.3,
      qualifier: 'over',
      benchmarkQualifier: 'over',
      unit: 'tonnes-million',
    });
  });

  it('agrees with every stated Shanxi-against-China gap in claims.tsv where both figures exist', () => {
    let checked = 0;
    for (const c of tsv('shanxi', 'claims')) {
      if (c.compared_with !== 'china') continue;
      const measure = /two-year/.test(c.note ?? '') ? 'two-year-average' : 'yoy';
      const r = compareWithBenchmark({
        period: c.period as never,
        breakdown: c.breakdown as never,
        indicator: c.indicator as never,
        measure,
      });
      if (!r) continue;
      expect(r.gap, c.id).toBe(Number(c.pp));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(9);
  });

  it('works over a user dataset, and refuses levels in different units', () => {
    const dataset = datasetOf([
      row({ breakdown: 'total', value: 24.1 }),
      row({ breakdown: 'total', value: 23.9, region: 'china', qualifier: 'about' }),
      row({ breakdown: 'sector:coal', value: 2, measure: 'level', unit: 'tonnes-100m' }),
      row({
        breakdown: 'sector:coal',
        value: 4,
        measure: 'level',
        unit: 'tonnes-billion',
        region: 'china',
      }),
    ]);
    expect(compareWithBenchmark({ period: '2030-Q1', dataset })).toMatchObject({
      gap: 0.2,
      benchmarkQualifier: 'about',
    });
    expect(() =>
      compareWithBenchmark({
        period: '2030-Q1',
        breakdown: 'sector:coal',
        measure: 'level',
        dataset,
      }),
    ).toThrow(expect.objectContaining({ code: 'INCOMPATIBLE_UNITS' }));
  });
});

describe('leaders and laggards', () => {
  it('take the top and bottom three of Q1 2021', () => {
    expect(leaders({ period: '2021-Q1' }).map((r) => r.breakdown)).toEqual([
      'sector:equipment-manufacturing',
      'sector:strategic-emerging',
      'sector:high-tech-manufacturing',
    ]);
    expect(laggards({ period: '2021-Q1' }).map((r) => [r.breakdown, r.rank])).toEqual([
      ['sector:non-coal', 5],
      ['sector:coal', 4],
      ['sector:high-tech-manufacturing', 3],
    ]);
  });

  it('take n rows, or all when fewer were published', () => {
    expect(leaders({ period: '2021-Q1', n: 1 })).toEqual(
      compareSectors({ period: '2021-Q1' }).slice(0, 1),
    );
    expect(leaders({ period: '2021-Q1', n: 50 })).toHaveLength(5);
    expect(laggards({ period: '2021-Q1', n: 50 })).toEqual(
      [...compareSectors({ period: '2021-Q1' })].reverse(),
    );
    expect(leaders({ period: '1990' })).toEqual([]);
  });

  it('pass options through (ownership, decimals)', () => {
    expect(
      leaders({ period: '2022-H1', kind: 'ownership', n: 2, decimals: true }).map((r) => r.rank),
    ).toEqual([1, 2]);
  });
});

describe('gapSeries', () => {
  it('gives Shanxi − China for the total in time order', () => {
    const points = gapSeries({ kind: 'year' });
    expect(points.map((p) => [p.period, p.value, p.benchmark, p.gap])).toEqual([
      ['2020', 5.7, 2.8, 2.9],
      ['2021', 12.7, 9.6, 3.1],
      ['2022', 8, 3.6, 4.4],
      ['2023', 4.6, 4.6, 0],
    ]);
    expect(points.map((p) => p.decimals)).toEqual([1, 1, 1, 1]);
  });

  it('covers every period with both figures, and only those', () => {
    const all = gapSeries({ kind: ['month', 'year-to-date', 'year', 'range'] });
    expect(all.length).toBeGreaterThan(15);
    const periods = all.map((p) => p.period);
    expect(periods).toContain('2021-01/2021-03');
    expect(all.find((p) => p.period === '2021-01/2021-03')!.gap).toBe(-0.6);
    // 2025-01/2025-02 exists on both sides; Jan–May 2017 only in Shanxi.
    expect(periods).toContain('2025-01/2025-02');
    expect(periods).not.toContain('2017-01/2017-05');
  });

  it('refuses gaps of several period kinds unless kind is given, as series does', () => {
    expect(() => gapSeries()).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: expect.stringMatching(
          /^gapSeries found gaps of several period kinds \(.*\): single months, year-to-date runs and whole years are different series\. Pass kind/,
        ),
      }),
    );
    expect(gapSeries({ kind: 'year' }).every((p) => /^\d{4}$/.test(p.period))).toBe(true);
  });

  it('compares two breakdowns within one region', () => {
    expect(
      gapSeries({ breakdown: 'sector:coal', against: 'sector:non-coal' }).map((p) => [
        p.period,
        p.gap,
      ]),
    ).toEqual([
      ['2018-01/2018-09', -9.5],
      ['2021-01/2021-03', 0.3],
      ['2021-01/2021-06', -4.3],
      ['2021-01/2021-07', -5.8],
      ['2022-01/2022-03', 0.8],
      ['2022-01/2022-08', -1.4],
      ['2024-01/2024-08', 1.9],
    ]);
    expect(
      gapSeries({
        region: 'china',
        breakdown: 'sector:high-tech-manufacturing',
        against: 'total',
        year: 2021,
        kind: 'year-to-date',
        from: '2021-Q1',
        to: '2021-Q1',
      }),
    ).toStrictEqual([
      {
        period: '2021-01/2021-03',
        value: 31.2,
        benchmark: 24.5,
        gap: 6.7,
        decimals: 1,
        scope: 'above-size',
      },
    ]);
  });

  it('carries qualifiers and works over a user dataset', () => {
    const dataset = datasetOf([
      row({ breakdown: 'total', value: 5, decimals: 0, qualifier: 'nearly' }),
      row({ breakdown: 'total', value: 4.25, decimals: 2, region: 'china' }),
    ]);
    expect(gapSeries({ dataset })).toStrictEqual([
      {
        period: '2030-01/2030-03',
        value: 5,
        benchmark: 4.25,
        gap: 0.75,
        decimals: 2,
        qualifier: 'nearly',
      },
    ]);
  });
});

describe('rankChanges', () => {
  it('Q1 to H1 2021: high-tech manufacturing rose from 3rd to 1st', () => {
    expect(rankChanges('2021-Q1', '2021-H1')).toStrictEqual([
      {
        breakdown: 'sector:high-tech-manufacturing',
        rankA: 3,
        rankB: 1,
        change: 2,
        valueA: 25.3,
        valueB: 36.5,
        scope: 'above-size',
      },
      {
        breakdown: 'sector:equipment-manufacturing',
        rankA: 1,
        rankB: 2,
        change: -1,
        valueA: 41.8,
        valueB: 34.7,
        scope: 'above-size',
      },
      {
        breakdown: 'sector:strategic-emerging',
        rankA: 2,
        rankB: 3,
        change: -1,
        valueA: 29.4,
        valueB: 26.3,
        scope: 'above-size',
      },
      {
        breakdown: 'sector:non-coal',
        rankA: 5,
        rankB: 4,
        change: 1,
        valueA: 23.8,
        valueB: 18.3,
        scope: 'above-size',
      },
      {
        breakdown: 'sector:coal',
        rankA: 4,
        rankB: 5,
        change: -1,
        valueA: 24.1,
        valueB: 14,
        scope: 'above-size',
      },
    ]);
  });

  it('ranks among the breakdowns of both periods only', () => {
    // Jan–Jul 2021 adds four sectors; coal is 8th of 9 there but 5th of the 5 shared with H1.
    const rows = rankChanges('2021-H1', '2021-01/2021-07');
    expect(rows.map((r) => r.breakdown)).toHaveLength(5);
    expect(rows.find((r) => r.breakdown === 'sector:coal')).toMatchObject({
      rankA: 5,
      rankB: 5,
      change: 0,
    });
  });

  it('is empty when no breakdown is in both periods, and takes options', () => {
    // H1 2022: joint-stock 11.6, private = state-holding 9.2, foreign-funded 3.9 (ranks 1, 2, 2, 4);
    // Jan–Aug 2023: state-holding 3.9, joint-stock 3.8, foreign-funded 3.1, private −1.9.
    expect(rankChanges('2021-Q1', '1990')).toEqual([]);
    expect(
      rankChanges('2022-H1', '2023-01/2023-08', { kind: 'ownership' }).map((r) => [
        r.breakdown,
        r.change,
      ]),
    ).toEqual([
      ['ownership:state-holding', 1],
      ['ownership:joint-stock', -1],
      ['ownership:foreign-funded', 1],
      ['ownership:private', -2],
    ]);
  });
});
