/**
 * A line chart has one axis and one unit: points that give different units are refused, never
 * drawn 10,000 times apart (Shanxi's raw coal is published in 亿吨 for some years and in 万吨
 * for others).
 */
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/chart/index.js';
import { isShanxiIndustryError } from '../../src/errors.js';
import { inOneUnit, series } from '../../src/index.js';

const coal = series({
  indicator: 'output',
  breakdown: 'product:raw-coal',
  measure: 'level',
  kind: 'year',
  scope: 'above-size',
});

function error(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (isShanxiIndustryError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('no error');
}

describe('lineChart units', () => {
  it('the shipped raw-coal series mixes 亿吨 and 万吨', () => {
    expect([...new Set(coal.map((o) => o.unit))].sort()).toEqual(['tonnes-100m', 'tonnes-10k']);
  });

  it('refuses points of different units, naming the point and the unit expected', () => {
    expect(error(() => lineChart([{ name: 'coal', points: coal }]))).toEqual({
      code: 'INCOMPATIBLE_UNITS',
      message:
        'lineChart: series[0].points[3].unit must be tonnes-100m (see inOneUnit); got "tonnes-10k"',
    });
    // across lines too
    const [a, b] = [
      coal.filter((o) => o.unit === 'tonnes-10k'),
      coal.filter((o) => o.unit === 'tonnes-100m'),
    ];
    expect(
      error(() =>
        lineChart([
          { name: 'a', points: a },
          { name: 'b', points: b },
        ]),
      ).code,
    ).toBe('INCOMPATIBLE_UNITS');
  });

  it('draws them once converted to one unit, on one scale', () => {
    const one = inOneUnit(coal, { lang: 'zh' });
    const svg = lineChart([{ name: '原煤', points: coal.map((o, i) => ({ ...o, ...one[i] })) }], {
      lang: 'zh',
      unit: '亿吨',
    });
    const ticks = [...svg.matchAll(/text-anchor="end">([^<]*)</g)].map((m) => m[1]);
    expect(ticks).toEqual(['9亿吨', '10亿吨', '11亿吨', '12亿吨', '13亿吨', '14亿吨']);
  });

  it('a point without a unit is in percent: beside a level it is refused, whichever comes first', () => {
    const level = { period: '2020', value: 5, unit: 'tonnes-10k' };
    const bare = { period: '2021', value: 5 };
    expect(error(() => lineChart([{ name: 'x', points: [level, bare] }]))).toEqual({
      code: 'INCOMPATIBLE_UNITS',
      message:
        'lineChart: series[0].points[1].unit must be tonnes-10k (see inOneUnit); got undefined',
    });
    expect(error(() => lineChart([{ name: 'x', points: [bare, level] }]))).toEqual({
      code: 'INCOMPATIBLE_UNITS',
      message:
        'lineChart: series[0].points[1].unit must be percent (see inOneUnit); got "tonnes-10k"',
    });
    expect(lineChart([{ name: 'x', points: [bare, { ...level, unit: 'percent' }] }])).toContain(
      '<svg',
    );
  });

  it('points without a unit, or all of one, are drawn as before', () => {
    const plain = coal
      .filter((o) => o.unit === 'tonnes-10k')
      .map(({ period, value }) => ({ period, value }));
    expect(lineChart([{ name: 'x', points: plain }])).toContain('<svg');
    expect(
      lineChart([{ name: 'x', points: coal.filter((o) => o.unit === 'tonnes-10k') }]),
    ).toContain('<svg');
  });
});
