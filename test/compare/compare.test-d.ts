import { describe, expectTypeOf, it } from 'vitest';
import {
  type BenchmarkComparison,
  type CompareRow,
  type CompareSectorsOptions,
  compareSectors,
  compareWithBenchmark,
  type GapPoint,
  gapSeries,
  laggards,
  leaders,
  type RankChange,
  rankChanges,
} from '../../src/compare/index.js';
import {
  type FormatNumberOptions,
  formatPercent,
  formatPoints,
  formatValue,
} from '../../src/format/index.js';
import type { Breakdown } from '../../src/model/catalogues.js';
import type { Observation } from '../../src/model/types.js';
import type { Dataset } from '../../src/query/dataset.js';

describe('types of the comparisons', () => {
  it('compareSectors takes a period and returns readonly rows', () => {
    expectTypeOf(compareSectors).parameter(0).toEqualTypeOf<CompareSectorsOptions>();
    expectTypeOf(compareSectors).returns.toEqualTypeOf<readonly CompareRow[]>();
    expectTypeOf<'2021-Q1'>().toExtend<CompareSectorsOptions['period']>();
    expectTypeOf<'2021-Q5'>().not.toExtend<CompareSectorsOptions['period']>();
    expectTypeOf<string>().not.toExtend<CompareSectorsOptions['period']>();
    expectTypeOf<CompareSectorsOptions['kind']>().toEqualTypeOf<
      'sector' | 'ownership' | 'product' | undefined
    >();
    expectTypeOf<CompareSectorsOptions['decimals']>().toEqualTypeOf<boolean | number | undefined>();
    expectTypeOf<CompareSectorsOptions['dataset']>().toEqualTypeOf<Dataset | undefined>();
    expectTypeOf<CompareRow['breakdown']>().toEqualTypeOf<Breakdown>();
    expectTypeOf<CompareRow['gapToTotal']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error the period is required
    compareSectors({});
    // @ts-expect-error sectors are catalogue breakdowns
    compareSectors({ period: '2021-Q1', sectors: ['sector:nope'] });
    // @ts-expect-error not a breakdown kind
    compareSectors({ period: '2021-Q1', kind: 'region' });
    const rows = compareSectors({ period: '2021-Q1' });
    // @ts-expect-error rows are readonly
    rows[0]!.rank = 2;
  });

  it('compareWithBenchmark may find nothing', () => {
    expectTypeOf(compareWithBenchmark).returns.toEqualTypeOf<BenchmarkComparison | undefined>();
    expectTypeOf<BenchmarkComparison['gap']>().toEqualTypeOf<number>();
    // @ts-expect-error the period is required
    compareWithBenchmark({ breakdown: 'total' });
  });

  it('leaders, laggards, gapSeries and rankChanges', () => {
    expectTypeOf(leaders).returns.toEqualTypeOf<readonly CompareRow[]>();
    expectTypeOf(laggards).returns.toEqualTypeOf<readonly CompareRow[]>();
    leaders({ period: '2021-Q1', n: 5 });
    // @ts-expect-error n is a number
    laggards({ period: '2021-Q1', n: '5' });
    expectTypeOf(gapSeries).returns.toEqualTypeOf<readonly GapPoint[]>();
    gapSeries();
    gapSeries({ against: 'sector:non-coal', breakdown: 'sector:coal' });
    // @ts-expect-error against is china or a breakdown
    gapSeries({ against: 'hebei' });
    expectTypeOf(rankChanges).returns.toEqualTypeOf<readonly RankChange[]>();
    expectTypeOf<RankChange['change']>().toEqualTypeOf<number>();
    // @ts-expect-error the periods are arguments, not options
    rankChanges('2021-Q1', '2021-H1', { period: '2021' });
  });
});

describe('types of the formatters', () => {
  it('take numbers and options, and return strings', () => {
    expectTypeOf(formatPercent).returns.toEqualTypeOf<string>();
    expectTypeOf(formatPoints).parameter(1).toEqualTypeOf<FormatNumberOptions | undefined>();
    expectTypeOf(formatValue).parameter(0).toEqualTypeOf<Observation>();
    // @ts-expect-error a number, not a string
    formatPercent('23.9');
    // @ts-expect-error qualifiers are about, over, nearly
    formatPercent(29, { qualifier: 'roughly' });
    // @ts-expect-error lang is en or zh
    formatValue({} as Observation, { lang: 'fr' });
  });
});
