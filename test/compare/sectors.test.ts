import { describe, expect, it } from 'vitest';
import { compareSectors } from '../../src/compare/index.js';
import { label } from '../../src/format/label.js';
import type { Observation } from '../../src/model/types.js';
import { datasetOf } from '../../src/query/dataset.js';
import { alternatives, shippedDataset } from '../../src/query/shipped.js';
import { tsv } from '../helpers/tsv.js';

const Q1 = '2021-01/2021-03';
const facts = tsv('shanxi', 'facts');
const fact = (id: string) => facts.find((r) => r.id === id)!;

describe('compareSectors on Q1 2021 (rows f0159–f0164)', () => {
  it('reads the figures that are in the TSV', () => {
    const expected: Record<string, [string, string]> = {
      f0159: ['total', '23.9'],
      f0160: ['sector:coal', '24.1'],
      f0161: ['sector:equipment-manufacturing', '41.8'],
      f0162: ['sector:high-tech-manufacturing', '25.3'],
      f0163: ['sector:non-coal', '23.8'],
      f0164: ['sector:strategic-emerging', '29.4'],
    };
    for (const [id, [breakdown, value]] of Object.entries(expected)) {
      const row = fact(id);
      expect([row.region, row.indicator, row.period, row.measure]).toEqual([
        'shanxi',
        'value-added',
        Q1,
        'yoy',
      ]);
      expect([row.breakdown, row.value]).toEqual([breakdown, value]);
    }
    const rows = compareSectors({ period: '2021-Q1' });
    for (const r of rows) {
      const tsvRow = facts.find(
        (f) =>
          f.region === 'shanxi' &&
          f.indicator === 'value-added' &&
          f.period === Q1 &&
          f.measure === 'yoy' &&
          f.breakdown === r.breakdown,
      )!;
      expect(r.value).toBe(Number(tsvRow.value));
      expect(r.source).toBe(tsvRow.source);
    }
  });

  it('ranks the five sectors, leaves the total out and gives exact gaps in points', () => {
    const title = {
      en: 'Shanxi Province, Q1 2021: sectors ranked\nValue added of industry above designated size, year-on-year change, %',
      zh: '山西省2021年一季度分行业排名\n规模以上工业增加值同比增长（%）',
    };
    const base = {
      decimals: 1,
      period: Q1,
      region: 'shanxi',
      indicator: 'value-added',
      measure: 'yoy',
      title,
      source: 's032',
      unit: 'percent',
      scope: 'above-size',
    };
    const rows = compareSectors({ period: '2021-Q1' });
    // each row names its breakdown as label() does
    for (const r of rows)
      expect(r.label).toStrictEqual({ en: label(r.breakdown), zh: label(r.breakdown, 'zh') });
    expect(rows.map(({ label: _, ...r }) => r)).toStrictEqual([
      {
        ...base,
        breakdown: 'sector:equipment-manufacturing',
        value: 41.8,
        rank: 1,
        gapToTotal: 17.9,
      },
      { ...base, breakdown: 'sector:strategic-emerging', value: 29.4, rank: 2, gapToTotal: 5.5 },
      {
        ...base,
        breakdown: 'sector:high-tech-manufacturing',
        value: 25.3,
        rank: 3,
        gapToTotal: 1.4,
      },
      { ...base, breakdown: 'sector:coal', value: 24.1, rank: 4, gapToTotal: 0.2 },
      { ...base, breakdown: 'sector:non-coal', value: 23.8, rank: 5, gapToTotal: -0.1 },
    ]);
  });

  it('removes float noise: 24.1 − 23.9 is 0.2, not 0.20000000000000284', () => {
    expect(24.1 - 23.9).not.toBe(0.2);
    const coal = compareSectors({ period: '2021-Q1', sectors: ['sector:coal'] })[0]!;
    expect(coal.gapToTotal).toBe(0.2);
    expect(
      Object.is(compareSectors({ period: '2023-08', kind: 'ownership' })[1]!.gapToTotal, 0),
    ).toBe(true);
  });

  it('keeps only the sectors asked for, ranked among themselves', () => {
    const rows = compareSectors({
      period: '2021-Q1',
      sectors: ['sector:non-coal', 'sector:coal', 'sector:mining'],
    });
    expect(rows.map((r) => [r.breakdown, r.rank])).toEqual([
      ['sector:coal', 1],
      ['sector:non-coal', 2],
    ]);
    expect(compareSectors({ period: '2021-Q1', sectors: [] })).toEqual([]);
  });

  it('takes the same period by alias or canonical id', () => {
    expect(compareSectors({ period: Q1 })).toEqual(compareSectors({ period: '2021-Q1' }));
  });

  it('returns frozen rows', () => {
    const rows = compareSectors({ period: '2021-Q1' });
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });
});

describe('compareSectors where figures are missing', () => {
  it('leaves gapToTotal out when the total was not published (Jan–Sep 2018)', () => {
    expect(
      facts.some(
        (f) => f.region === 'shanxi' && f.breakdown === 'total' && f.period === '2018-01/2018-09',
      ),
    ).toBe(false);
    const rows = compareSectors({ period: '2018-01/2018-09' });
    expect(rows.map((r) => [r.breakdown, r.value, r.rank])).toEqual([
      ['sector:manufacturing', 9.6, 1],
      ['sector:non-coal', 8.9, 2],
      ['sector:coal', -0.6, 3],
      ['sector:mining', -1.2, 4],
    ]);
    for (const r of rows) expect('gapToTotal' in r).toBe(false);
    const rounded = compareSectors({ period: '2018-01/2018-09', decimals: true });
    for (const r of rounded) expect('gapLow' in r || 'gapHigh' in r).toBe(false);
  });

  it('ranks only the sectors published in a period (H1 2021 has 5, Jan–Jul 2021 has 9)', () => {
    expect(compareSectors({ period: '2021-H1' }).map((r) => r.breakdown)).toEqual([
      'sector:high-tech-manufacturing',
      'sector:equipment-manufacturing',
      'sector:strategic-emerging',
      'sector:non-coal',
      'sector:coal',
    ]);
    const julyRows = compareSectors({ period: '2021-01/2021-07' });
    expect(julyRows).toHaveLength(9);
    expect(julyRows.find((r) => r.breakdown === 'sector:coal')!.rank).toBe(8);
  });

  it('returns [] for a period with no data', () => {
    expect(compareSectors({ period: '1990' })).toEqual([]);
    expect(compareSectors({ period: '2021-Q4' })).toEqual([]);
    expect(compareSectors({ period: '2021-Q1', kind: 'ownership' })).toEqual([]);
  });

  it('works for China and for other kinds', () => {
    expect(
      compareSectors({ period: '2021-Q1', region: 'china' }).map((r) => [
        r.breakdown,
        r.gapToTotal,
      ]),
    ).toEqual([
      ['sector:equipment-manufacturing', 15.4],
      ['sector:high-tech-manufacturing', 6.7],
      ['sector:manufacturing', 2.8],
      ['sector:utilities', -8.6],
      ['sector:mining', -14.4],
    ]);
  });
});

describe('compareSectors: ties', () => {
  it('gives equal published values one rank (H1 2022 ownership: private = state-holding = 9.2)', () => {
    expect(
      compareSectors({ period: '2022-H1', kind: 'ownership' }).map((r) => [
        r.breakdown,
        r.value,
        r.rank,
      ]),
    ).toEqual([
      ['ownership:joint-stock', 11.6, 1],
      ['ownership:private', 9.2, 2],
      ['ownership:state-holding', 9.2, 2],
      ['ownership:foreign-funded', 3.9, 4],
    ]);
  });

  it('infers the kind from sectors', () => {
    expect(
      compareSectors({
        period: '2022-H1',
        sectors: ['ownership:private', 'ownership:joint-stock'],
      }).map((r) => r.breakdown),
    ).toEqual(['ownership:joint-stock', 'ownership:private']);
  });

  it('Jan–Aug 2022: manufacturing and non-coal (both 11.1) share rank 5, coal is 7th', () => {
    const rows = compareSectors({ period: '2022-01/2022-08' });
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 5, 7, 8]);
  });
});

describe('compareSectors: rounding awareness', () => {
  it('gives the exact interval of each gap at the published decimals', () => {
    expect(
      compareSectors({ period: '2021-Q1', decimals: true }).map((r) => [
        r.breakdown,
        r.gapLow,
        r.gapToTotal,
        r.gapHigh,
      ]),
    ).toEqual([
      ['sector:equipment-manufacturing', 17.8, 17.9, 18],
      ['sector:strategic-emerging', 5.4, 5.5, 5.6],
      ['sector:high-tech-manufacturing', 1.3, 1.4, 1.5],
      ['sector:coal', 0.1, 0.2, 0.3],
      ['sector:non-coal', -0.2, -0.1, 0],
    ]);
  });

  it('at one common precision, ties are equal values: ranks as without decimals', () => {
    expect(compareSectors({ period: '2021-Q1', decimals: true }).map((r) => r.rank)).toEqual([
      1, 2, 3, 4, 5,
    ]);
  });

  it('at 0 decimals, coal (24.1) and non-coal (23.8) cannot be told apart', () => {
    expect(
      compareSectors({ period: '2021-Q1', decimals: 0 }).map((r) => [
        r.breakdown,
        r.rank,
        r.gapLow,
        r.gapHigh,
      ]),
    ).toEqual([
      ['sector:equipment-manufacturing', 1, 16.9, 18.9],
      ['sector:strategic-emerging', 2, 4.5, 6.5],
      ['sector:high-tech-manufacturing', 3, 0.4, 2.4],
      ['sector:coal', 4, -0.8, 1.2],
      ['sector:non-coal', 4, -1.1, 0.9],
    ]);
  });

  it('H1 2019: non-coal "8" (no decimals) overlaps manufacturing 7.5 and shares its rank', () => {
    const plain = compareSectors({ period: '2019-H1' });
    const rounded = compareSectors({ period: '2019-H1', decimals: true });
    const pick = (rows: typeof plain) =>
      rows.slice(-2).map((r) => [r.breakdown, r.value, r.decimals, r.rank]);
    expect(pick(plain)).toEqual([
      ['sector:non-coal', 8, 0, 6],
      ['sector:manufacturing', 7.5, 1, 7],
    ]);
    expect(pick(rounded)).toEqual([
      ['sector:non-coal', 8, 0, 6],
      ['sector:manufacturing', 7.5, 1, 6],
    ]);
    // 9.3 (one decimal) and 10 (none) do not overlap: |0.7| ≥ 0.05 + 0.5.
    expect(rounded.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 6]);
  });
});

describe('compareSectors: qualifiers and sources that disagree', () => {
  it('carries the qualifier of a value', () => {
    expect(
      compareSectors({
        period: '2022',
        indicator: 'output',
        measure: 'share-of-china',
        kind: 'product',
      }),
    ).toStrictEqual([
      {
        breakdown: 'product:coalbed-methane-gas',
        value: 83,
        decimals: 0,
        qualifier: 'over',
        rank: 1,
        period: '2022',
        region: 'shanxi',
        indicator: 'output',
        measure: 'share-of-china',
        title: {
          en: 'Shanxi Province, 2022: products ranked\nOutput, share of China, %',
          zh: '山西省2022年分产品排名\n产量占全国比重（%）',
        },
        label: {
          en: label('product:coalbed-methane-gas'),
          zh: label('product:coalbed-methane-gas', 'zh'),
        },
        source: 's057',
        unit: 'percent',
        scope: 'above-size',
      },
    ]);
  });

  it('uses the preferred figure where sources disagree (raw coal 2016: 832 vs 816 Mt)', () => {
    // The disagreement, in the TSV: f0025 (s008) says 832, f0026 (s009) says 816.
    expect([fact('f0025').value, fact('f0026').value]).toEqual(['832', '816']);
    for (const id of ['f0025', 'f0026'])
      expect([fact(id).breakdown, fact(id).period, fact(id).measure, fact(id).unit]).toEqual([
        'product:raw-coal',
        '2016',
        'level',
        'tonnes-million',
      ]);
    const key = {
      period: '2016',
      indicator: 'output',
      measure: 'level',
      breakdown: 'product:raw-coal',
    } as const;
    // s110 (state media) before the reprints s008 (2024) and s009 (2020)
    expect(alternatives(key).map((o) => [o.value, o.source])).toEqual([
      [832, 's110'],
      [832, 's008'],
      [816, 's009'],
    ]);
    const options = {
      period: '2016',
      indicator: 'output',
      measure: 'level',
      kind: 'product',
    } as const;
    expect(compareSectors(options).map((r) => [r.breakdown, r.value, r.source])).toEqual([
      ['product:raw-coal', 832, 's110'],
    ]);
    // Over a user's dataset without source records, the first row given wins.
    const rows = shippedDataset().observations;
    const reordered: Observation[] = [
      rows.find((o) => o.id === 'f0026')!,
      ...rows.filter((o) => o.id !== 'f0026'),
    ];
    expect(compareSectors({ ...options, dataset: datasetOf(reordered) })[0]!.value).toBe(816);
  });

  it('ranks national ranks lowest first, so that rank 1 is still the best', () => {
    const rank = (breakdown: Observation['breakdown'], value: number): Observation => ({
      region: 'shanxi',
      indicator: 'output',
      breakdown,
      period: '2030',
      measure: 'national-rank',
      value,
      decimals: 0,
      unit: 'rank',
      source: 'mine',
    });
    const dataset = datasetOf([
      rank('product:coke', 1),
      rank('product:raw-coal', 2),
      rank('product:cement', 9),
      rank('product:crude-steel', 2),
    ]);
    expect(
      compareSectors({
        period: '2030',
        indicator: 'output',
        measure: 'national-rank',
        kind: 'product',
        dataset,
      }).map((r) => [r.breakdown, r.value, r.rank]),
    ).toEqual([
      ['product:coke', 1, 1],
      ['product:crude-steel', 2, 2],
      ['product:raw-coal', 2, 2],
      ['product:cement', 9, 4],
    ]);
  });

  it('ranks a user dataset', () => {
    const row = (breakdown: Observation['breakdown'], value: number): Observation => ({
      region: 'shanxi',
      indicator: 'value-added',
      breakdown,
      period: '2030-01/2030-03',
      measure: 'yoy',
      value,
      decimals: 1,
      unit: 'percent',
      source: 'mine',
    });
    const dataset = datasetOf([
      row('total', 5.5),
      row('sector:coal', 2.2),
      row('sector:food', 7.7),
      row('sector:mining', 7.7),
    ]);
    expect(
      compareSectors({ period: '2030-Q1', dataset }).map((r) => [
        r.breakdown,
        r.rank,
        r.gapToTotal,
      ]),
    ).toEqual([
      ['sector:food', 1, 2.2],
      ['sector:mining', 1, 2.2],
      ['sector:coal', 3, -3.3],
    ]);
  });
});
