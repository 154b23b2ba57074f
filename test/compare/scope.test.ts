/**
 * Scopes in the comparisons: figures of enterprises above designated size, of all producers and
 * of an unstated scope are different statistics, so no comparison holds two figures of one
 * breakdown, and no gap is taken between figures of two scopes.
 */
import { describe, expect, it } from 'vitest';
import { checkClaims } from '../../src/compare/claim-check.js';
import {
  compareSectors,
  compareWithBenchmark,
  gapSeries,
  laggards,
  leaders,
  type RankChangesOptions,
  rankChanges,
} from '../../src/compare/index.js';
import { isShanxiIndustryError } from '../../src/errors.js';
import type { PeriodId } from '../../src/model/period.js';
import type { Claim, Observation } from '../../src/model/types.js';
import { convertLevel, unitFamily } from '../../src/model/units.js';
import { datasetOf } from '../../src/query/dataset.js';
import { query } from '../../src/query/shipped.js';
import { tsv } from '../helpers/tsv.js';

const facts = tsv('shanxi', 'facts');
const fact = (id: string) => facts.find((r) => r.id === id)!;

const row = (o: Partial<Observation> & Pick<Observation, 'breakdown' | 'value'>): Observation => ({
  region: 'shanxi',
  indicator: 'output',
  period: '2030',
  measure: 'yoy',
  decimals: 1,
  unit: 'percent',
  source: 'mine',
  ...o,
});

const share2023 = {
  period: '2023',
  kind: 'product',
  indicator: 'output',
  measure: 'share-of-china',
} as const;

describe('compareSectors: one figure per breakdown, of one scope', () => {
  it('2023 share of China: raw coal once, above designated size (f0476), not again unstated (f0477)', () => {
    // the two figures, in the TSV: about 29.1 above designated size, 29 with no scope stated
    expect([fact('f0476').value, fact('f0476').scope, fact('f0476').source]).toEqual([
      '29.1',
      'above-size',
      's079',
    ]);
    expect([fact('f0477').value, fact('f0477').scope, fact('f0477').source]).toEqual([
      '29',
      '',
      's081',
    ]);
    const rows = compareSectors(share2023);
    expect(rows.map((r) => [r.breakdown, r.value, r.qualifier, r.rank, r.scope, r.source])).toEqual(
      [['product:raw-coal', 29.1, 'about', 1, 'above-size', 's079']],
    );
    // above-size for every row: the title says nothing of the scope
    expect(rows[0]!.title).toEqual({
      en: 'Shanxi Province, 2023: products ranked\nOutput, share of China, %',
      zh: '山西省2023年分产品排名\n产量占全国比重（%）',
    });
  });

  it('takes a scope: unstated gives the other figure and says so in the title', () => {
    const rows = compareSectors({ ...share2023, scope: 'unstated' });
    expect(rows.map((r) => [r.breakdown, r.value, r.rank, r.source])).toEqual([
      ['product:raw-coal', 29, 1, 's081'],
    ]);
    expect('scope' in rows[0]!).toBe(false);
    expect(rows[0]!.title).toEqual({
      en: 'Shanxi Province, 2023: products ranked\nOutput, share of China, %; scope not stated',
      zh: '山西省2023年分产品排名\n产量占全国比重（%）；未注明口径',
    });
    expect(compareSectors({ ...share2023, scope: 'all' })).toEqual([]);
    expect(
      compareSectors({ ...share2023, scope: 'above-size' }).map((r) => [r.value, r.scope]),
    ).toEqual([[29.1, 'above-size']]);
  });

  it('says in the title when the scope differs by row (2022 products, year on year)', () => {
    const rows = compareSectors({ period: '2022', kind: 'product', indicator: 'output' });
    const scopes = new Map(rows.map((r) => [r.breakdown, r.scope ?? 'unstated']));
    expect(scopes.get('product:raw-coal')).toBe('unstated');
    expect(scopes.get('product:new-energy-vehicles')).toBe('above-size');
    expect(rows[0]!.title!.en.split('\n')[1]).toBe(
      'Output, year-on-year change, %; scope differs by row (above designated size, scope not stated)',
    );
    expect(rows[0]!.title!.zh.split('\n')[1]).toBe(
      '产量同比增长（%）；各行口径不同（规模以上、未注明口径）',
    );
  });

  it('leaders and laggards take the scope too', () => {
    expect(leaders({ ...share2023, scope: 'unstated' }).map((r) => r.value)).toEqual([29]);
    expect(laggards(share2023).map((r) => r.value)).toEqual([29.1]);
  });

  it('refuses an unknown scope, naming it and the accepted ones', () => {
    let error: unknown;
    try {
      compareSectors({ ...share2023, scope: 'most' as never });
    } catch (e) {
      error = e;
    }
    expect(isShanxiIndustryError(error) && error.code).toBe('UNKNOWN_ID');
    expect((error as Error).message).toBe(
      'Unknown scope "most"; accepted: above-size, all, unstated.',
    );
  });

  it('takes each gap to the total of the row’s own scope', () => {
    const dataset = datasetOf([
      row({ breakdown: 'total', value: 5, scope: 'above-size' }),
      row({ breakdown: 'total', value: 9 }),
      row({ breakdown: 'product:coke', value: 7, scope: 'above-size' }),
      row({ breakdown: 'product:cement', value: 8 }),
      row({ breakdown: 'product:cement', value: 6, scope: 'all' }),
    ]);
    const rows = compareSectors({ period: '2030', kind: 'product', indicator: 'output', dataset });
    expect(rows.map((r) => [r.breakdown, r.value, r.scope ?? 'unstated', r.gapToTotal])).toEqual([
      ['product:coke', 7, 'above-size', 2],
      ['product:cement', 6, 'all', undefined],
    ]);
    const unstated = compareSectors({
      period: '2030',
      kind: 'product',
      indicator: 'output',
      scope: 'unstated',
      dataset,
    });
    expect(unstated.map((r) => [r.breakdown, r.value, r.gapToTotal])).toEqual([
      ['product:cement', 8, -1],
    ]);
  });

  it('refuses a row of a caller’s dataset whose scope is not a scope', () => {
    const bad = row({ breakdown: 'product:coke', value: 7, scope: 'most' as never });
    const dataset = { ...datasetOf([]), query: () => [bad] };
    expect(() =>
      compareSectors({ period: '2030', kind: 'product', indicator: 'output', dataset }),
    ).toThrow(/dataset\.query\[0\]\.scope is not a scope/);
  });
});

describe('no comparison holds a breakdown twice, over the shipped data', () => {
  // every region, indicator, measure, period and kind that has figures of a ranked kind
  const keys = new Map<string, Parameters<typeof compareSectors>[0]>();
  for (const o of query({})) {
    const kind = o.breakdown.slice(0, o.breakdown.indexOf(':'));
    if (kind !== 'sector' && kind !== 'ownership' && kind !== 'product') continue;
    const k = [o.region, o.indicator, o.measure, o.period, kind].join('|');
    keys.set(k, {
      region: o.region,
      indicator: o.indicator,
      measure: o.measure,
      period: o.period,
      kind,
    });
  }

  let unitsMixed = 0;
  /** Units of one family: ranked by the value converted exactly, highest first. */
  const ordered = (rows: ReturnType<typeof compareSectors>): void => {
    const units = [...new Set(rows.map((r) => r.unit!))];
    if (units.length < 2 || rows[0]!.measure === 'national-rank') return;
    unitsMixed++;
    const inFirst = rows.map((r) => convertLevel(r.value, r.unit!, units[0]!));
    for (let i = 1; i < rows.length; i++) {
      expect(inFirst[i]!).toBeLessThanOrEqual(inFirst[i - 1]!);
      expect(rows[i]!.rank > rows[i - 1]!.rank).toBe(inFirst[i]! < inFirst[i - 1]!);
    }
  };

  it(`compareSectors, in every scope and by default (${keys.size} rankings)`, () => {
    expect(keys.size).toBeGreaterThan(200);
    let mixed = 0;
    let refused = 0;
    for (const options of keys.values())
      for (const scope of [undefined, 'above-size', 'all', 'unstated'] as const) {
        let rows: ReturnType<typeof compareSectors>;
        try {
          rows = compareSectors(scope === undefined ? options : { ...options, scope });
        } catch (e) {
          // levels of different quantities (tonnes, kWh) cannot be ranked together; units of
          // one family (10,000 tonnes and million tonnes) can
          expect(isShanxiIndustryError(e) && e.code, JSON.stringify(options)).toBe(
            'INCOMPATIBLE_UNITS',
          );
          const units = isShanxiIndustryError(e) ? (e.value as string[]) : [];
          expect(new Set(units.map((u) => unitFamily(u) ?? u)).size).toBeGreaterThan(1);
          refused++;
          // each quantity on its own ranks, units of one family together
          const families = new Map<string, Set<string>>();
          const { kind: _, ...key } = options;
          for (const o of query({ ...key, ...(scope === undefined ? {} : { scope }) }))
            if (o.breakdown.startsWith(`${options.kind}:`)) {
              const f = unitFamily(o.unit) ?? o.unit;
              families.set(f, (families.get(f) ?? new Set()).add(o.breakdown));
            }
          for (const sectors of families.values())
            ordered(
              compareSectors({
                ...options,
                sectors: [...sectors] as never,
                ...(scope === undefined ? {} : { scope }),
              }),
            );
          continue;
        }
        const breakdowns = rows.map((r) => r.breakdown);
        expect(new Set(breakdowns).size, JSON.stringify({ ...options, scope })).toBe(
          breakdowns.length,
        );
        ordered(rows);
        if (scope !== undefined) for (const r of rows) expect(r.scope ?? 'unstated').toBe(scope);
        const scopes = new Set(rows.map((r) => r.scope ?? 'unstated'));
        if (scopes.size > 1) {
          mixed++;
          expect(rows[0]!.title!.en).toContain('scope differs by row');
        } else if (rows[0] && !scopes.has('above-size'))
          expect(rows[0].title!.en).toMatch(/; (all producers|scope not stated)$/);
      }
    expect(mixed).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
    expect(unitsMixed).toBeGreaterThan(0);
  });

  it('rankChanges between consecutive periods: one scope per breakdown, in both periods', () => {
    const byKind = new Map<string, { options: RankChangesOptions; periods: PeriodId[] }>();
    for (const { period, ...options } of keys.values()) {
      const k = [options.region, options.indicator, options.measure, options.kind].join('|');
      const entry = byKind.get(k) ?? { options, periods: [] };
      entry.periods.push(period as PeriodId);
      byKind.set(k, entry);
    }
    let compared = 0;
    for (const { options, periods } of byKind.values()) {
      const { region, indicator, measure } = options;
      for (let i = 1; i < periods.length; i++) {
        let rows: ReturnType<typeof rankChanges>;
        try {
          rows = rankChanges(periods[i - 1]!, periods[i]!, options);
        } catch (e) {
          expect(isShanxiIndustryError(e) && e.code).toBe('INCOMPATIBLE_UNITS');
          continue;
        }
        compared++;
        const breakdowns = rows.map((r) => r.breakdown);
        expect(new Set(breakdowns).size).toBe(breakdowns.length);
        for (const r of rows) {
          // both values are the figures of that scope in their periods
          const scope = r.scope ?? 'unstated';
          const base = { region, indicator, measure, breakdown: r.breakdown, scope } as never;
          expect(
            query({ ...(base as object), period: periods[i - 1] } as never).map((o) => o.value),
          ).toContain(r.valueA);
          expect(
            query({ ...(base as object), period: periods[i] } as never).map((o) => o.value),
          ).toContain(r.valueB);
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('rankChanges, compareWithBenchmark, gapSeries and checkClaims pair figures of one scope', () => {
  const a = (o: Partial<Observation> & Pick<Observation, 'breakdown' | 'value'>) =>
    row({ period: '2029', ...o });

  it('rankChanges takes, per breakdown, the first scope it has in both periods', () => {
    const dataset = datasetOf([
      a({ breakdown: 'product:coke', value: 1, scope: 'above-size' }),
      a({ breakdown: 'product:coke', value: 2 }),
      row({ breakdown: 'product:coke', value: 3 }),
      a({ breakdown: 'product:cement', value: 5, scope: 'above-size' }),
      row({ breakdown: 'product:cement', value: 1, scope: 'above-size' }),
    ]);
    const options = { kind: 'product', indicator: 'output', dataset } as const;
    expect(rankChanges('2029', '2030', options)).toEqual([
      {
        breakdown: 'product:coke',
        rankA: 2,
        rankB: 1,
        change: 1,
        valueA: 2,
        valueB: 3,
      },
      {
        breakdown: 'product:cement',
        rankA: 1,
        rankB: 2,
        change: -1,
        valueA: 5,
        valueB: 1,
        scope: 'above-size',
      },
    ]);
    expect(
      rankChanges('2029', '2030', { ...options, scope: 'above-size' }).map((r) => r.breakdown),
    ).toEqual(['product:cement']);
  });

  it('compareWithBenchmark pairs Shanxi and China in a scope both have', () => {
    const dataset = datasetOf([
      row({ breakdown: 'product:coke', value: 7, scope: 'above-size' }),
      row({ breakdown: 'product:coke', value: 6 }),
      row({ breakdown: 'product:coke', value: 4, region: 'china' }),
    ]);
    const key = {
      period: '2030',
      breakdown: 'product:coke',
      indicator: 'output',
      dataset,
    } as const;
    expect(compareWithBenchmark(key)).toMatchObject({ value: 6, benchmark: 4, gap: 2 });
    expect(compareWithBenchmark(key)).not.toHaveProperty('scope');
    expect(compareWithBenchmark({ ...key, scope: 'above-size' })).toBeUndefined();
  });

  it('gapSeries takes one scope for both series (it used to throw on a mixed series)', () => {
    const dataset = datasetOf([
      a({ breakdown: 'product:coke', value: 7, scope: 'above-size' }),
      row({ breakdown: 'product:coke', value: 6 }),
      row({ breakdown: 'product:coke', value: 4, region: 'china' }),
      a({ breakdown: 'product:coke', value: 5, region: 'china', scope: 'above-size' }),
    ]);
    const options = { breakdown: 'product:coke', indicator: 'output', dataset } as const;
    expect(gapSeries(options)).toEqual([
      { period: '2029', value: 7, benchmark: 5, gap: 2, decimals: 1, scope: 'above-size' },
    ]);
    expect(gapSeries({ ...options, scope: 'unstated' })).toEqual([
      { period: '2030', value: 6, benchmark: 4, gap: 2, decimals: 1 },
    ]);
    expect(gapSeries({ ...options, scope: 'all' })).toEqual([]);
  });

  it('checkClaims leaves a claim across two scopes unresolved', () => {
    const dataset = datasetOf([
      row({ breakdown: 'product:coke', value: 7, scope: 'above-size' }),
      row({ breakdown: 'product:coke', value: 4, region: 'china' }),
    ]);
    const claim: Claim = {
      id: 'c1',
      region: 'shanxi',
      indicator: 'output',
      breakdown: 'product:coke',
      period: '2030',
      comparedWith: 'china',
      pp: 3,
      decimals: 0,
      source: 'mine',
    };
    const [check] = checkClaims([claim], dataset);
    expect(check).toMatchObject({
      status: 'unresolved',
      reason: 'the two figures are of different scopes',
    });
  });
});
