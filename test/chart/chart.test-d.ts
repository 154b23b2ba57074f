/**
 * Type tests of the chart entry: the library's own results fit the charts' inputs as they are.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BarChartOptions,
  type BarDatum,
  barChart,
  type LinePoint,
  lineChart,
} from '../../src/chart/index.js';
import type { CompareRow, Observation } from '../../src/index.js';

describe('chart types', () => {
  it('takes compareSectors rows as bars and an observation as the total', () => {
    expectTypeOf<CompareRow>().toExtend<BarDatum>();
    expectTypeOf<Observation | undefined>().toExtend<BarChartOptions['total']>();
    expectTypeOf(barChart).returns.toEqualTypeOf<string>();
  });

  it('takes observations (series results) as line points', () => {
    expectTypeOf<Observation>().toExtend<LinePoint>();
    expectTypeOf(lineChart).returns.toEqualTypeOf<string>();
  });

  it('takes names in both languages as labels and series names, and gaps of two kinds', () => {
    expectTypeOf<{ en: string; zh: string }>().toExtend<NonNullable<BarDatum['label']>>();
    lineChart([{ name: { en: 'Shanxi', zh: '山西' }, points: [] }], {
      gaps: 'dashed',
      font: 'serif',
    });
    // @ts-expect-error: gaps is break or dashed
    lineChart([], { gaps: 'solid' });
  });

  it('rejects what is not an option', () => {
    // @ts-expect-error: not an option of barChart
    barChart([], { colour: 'red' });
    // @ts-expect-error: lang is en or zh
    lineChart([], { lang: 'fr' });
    // @ts-expect-error: total is not an option of lineChart
    lineChart([], { total: 1 });
  });
});
