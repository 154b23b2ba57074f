/**
 * Rankings of levels published in different units of one family (10,000 tonnes and million
 * tonnes; 100 million kWh and billion kWh): one quantity, ranked by the exactly converted
 * value, each row keeping its published value and unit; different families stay refused.
 */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/chart/index.js';
import { compareSectors, rankChanges } from '../../src/compare/index.js';
import type { Observation } from '../../src/model/types.js';
import { datasetOf } from '../../src/query/dataset.js';

const level = (
  o: Partial<Observation> & Pick<Observation, 'breakdown' | 'value' | 'unit'>,
): Observation => ({
  region: 'shanxi',
  indicator: 'output',
  period: '2030',
  measure: 'level',
  decimals: 0,
  source: 'mine',
  ...o,
});

describe('compareSectors over units of one family', () => {
  it('raw coal (万吨) with coke (million t), 2023: ranked on one scale, as published', () => {
    const rows = compareSectors({
      period: '2023',
      indicator: 'output',
      measure: 'level',
      sectors: ['product:raw-coal', 'product:coke'],
    });
    expect(
      rows.map((r) => [r.breakdown, r.value, r.decimals, r.unit, r.qualifier, r.rank]),
    ).toEqual([
      ['product:raw-coal', 135658.2, 1, 'tonnes-10k', undefined, 1],
      ['product:coke', 95.7, 1, 'tonnes-million', 'over', 2],
    ]);
    // in English million tonnes (coke was published in it; raw coal converted exactly)
    expect(rows.map((r) => r.inEnglish)).toEqual([
      { value: 1356.582, decimals: 3, unit: 'tonnes-million' },
      undefined,
    ]);
    // in Chinese 万吨 (coke's 9,570万吨 is under 1亿吨)
    expect(rows.map((r) => r.inChinese)).toEqual([
      undefined,
      { value: 9570, decimals: 0, unit: 'tonnes-10k' },
    ]);
    expect(rows[0]!.title).toEqual({
      en: 'Shanxi Province, 2023: products ranked\nOutput, level (million tonnes); scope differs by row (above designated size, scope not stated)',
      zh: '山西省2023年分产品排名\n产量绝对量（万吨）；各行口径不同（规模以上、未注明口径）',
    });
  });

  it('power generation (亿千瓦时) with new-energy power sent out (billion kWh), 2023', () => {
    const rows = compareSectors({
      period: '2023',
      indicator: 'output',
      measure: 'level',
      sectors: ['product:electricity', 'product:new-energy-electricity-sent-out'],
    });
    expect(rows.map((r) => [r.breakdown, r.value, r.unit, r.rank])).toEqual([
      ['product:electricity', 4376.1, 'kwh-100m', 1],
      ['product:new-energy-electricity-sent-out', 9.6, 'kwh-billion', 2],
    ]);
    expect(rows.map((r) => r.inEnglish)).toEqual([
      { value: 437.61, decimals: 2, unit: 'kwh-billion' },
      undefined,
    ]);
    expect(rows.map((r) => r.inChinese)).toEqual([
      undefined,
      { value: 96, decimals: 0, unit: 'kwh-100m' },
    ]);
    expect(rows[0]!.title!.en.split('\n')[1]).toMatch(/^Output, level \(billion kWh\)/);
    expect(rows[0]!.title!.zh.split('\n')[1]).toMatch(/^产量绝对量（亿千瓦时）/);
  });

  it('ranks by the converted value, never the published number (13亿吨 is more than 95.7 million t)', () => {
    const dataset = datasetOf([
      level({ breakdown: 'product:raw-coal', value: 13, unit: 'tonnes-100m' }),
      level({ breakdown: 'product:coke', value: 95.7, decimals: 1, unit: 'tonnes-million' }),
      level({ breakdown: 'product:crude-steel', value: 6740.7, decimals: 1, unit: 'tonnes-10k' }),
    ]);
    const rows = compareSectors({
      period: '2030',
      indicator: 'output',
      measure: 'level',
      kind: 'product',
      dataset,
    });
    expect(rows.map((r) => [r.breakdown, r.value, r.rank])).toEqual([
      ['product:raw-coal', 13, 1],
      ['product:coke', 95.7, 2],
      ['product:crude-steel', 6740.7, 3],
    ]);
    expect(rows.map((r) => r.inEnglish?.value ?? r.value)).toEqual([1300, 95.7, 67.407]);
  });

  it('ties figures equal once converted, and with decimals those whose rounding overlaps', () => {
    const dataset = datasetOf([
      level({ breakdown: 'product:raw-coal', value: 13, unit: 'tonnes-100m' }),
      level({ breakdown: 'product:coke', value: 1300, unit: 'tonnes-million' }),
      level({ breakdown: 'product:crude-steel', value: 1.34, decimals: 2, unit: 'tonnes-billion' }),
    ]);
    const options = {
      period: '2030',
      indicator: 'output',
      measure: 'level',
      kind: 'product',
      dataset,
    } as const;
    expect(compareSectors(options).map((r) => [r.breakdown, r.rank])).toEqual([
      ['product:crude-steel', 1],
      ['product:coke', 2],
      ['product:raw-coal', 2],
    ]);
    // 13亿吨 stands for 12.5–13.5亿吨, which holds 1.34 billion t: all three share a rank
    expect(compareSectors({ ...options, decimals: true }).map((r) => r.rank)).toEqual([1, 1, 1]);
  });

  it("takes the gap to a total of another unit of the family, in the row's unit, exactly", () => {
    const dataset = datasetOf([
      level({
        indicator: 'profit',
        scope: 'above-size',
        breakdown: 'total',
        value: 1197.1,
        decimals: 1,
        unit: 'yuan-100m',
      }),
      level({
        indicator: 'profit',
        scope: 'above-size',
        breakdown: 'sector:coal',
        value: 44.17,
        decimals: 2,
        unit: 'yuan-billion',
      }),
      level({
        indicator: 'profit',
        scope: 'above-size',
        breakdown: 'sector:non-coal',
        value: 259.7,
        decimals: 1,
        unit: 'yuan-100m',
      }),
    ]);
    const rows = compareSectors({
      period: '2030',
      indicator: 'profit',
      scope: 'above-size',
      measure: 'level',
      dataset,
      decimals: true,
    });
    expect(
      rows.map((r) => [r.breakdown, r.unit, r.gapToTotal, r.gapLow, r.gapHigh, r.rank]),
    ).toEqual([
      // 44.17 − 119.71 billion yuan; ± 0.005 (its own) ± 0.005 (0.05亿元 of the total)
      ['sector:coal', 'yuan-billion', -75.54, -75.55, -75.53, 1],
      ['sector:non-coal', 'yuan-100m', -937.4, -937.5, -937.3, 2],
    ]);
    expect(rows[0]!.title!.en.split('\n')[1]).toBe(
      'Total profits of industry above designated size, level (billion yuan)',
    );
  });

  it('refuses figures of different quantities, naming each breakdown with its unit in words', () => {
    const refused = (sectors: readonly string[]) => () =>
      compareSectors({
        period: '2023',
        indicator: 'output',
        measure: 'level',
        sectors: sectors as never,
      });
    expect(refused(['product:raw-coal', 'product:electricity'])).toThrow(
      expect.objectContaining({
        code: 'INCOMPATIBLE_UNITS',
        message:
          'Cannot rank figures of different quantities: Power generation (100 million kWh) is measured in kWh; Raw coal (10,000 tonnes) is measured in tonnes. Choose breakdowns of one quantity with sectors (units of one family, such as 10,000 tonnes and million tonnes, are ranked together, converted exactly).',
        value: ['kwh-100m', 'tonnes-10k'],
      }),
    );
    const dataset = datasetOf([
      level({ breakdown: 'product:raw-coal', value: 13, unit: 'tonnes-100m' }),
      level({ breakdown: 'product:coke', value: 7, unit: 'percent', measure: 'level' }),
    ]);
    expect(() =>
      compareSectors({
        period: '2030',
        indicator: 'output',
        measure: 'level',
        kind: 'product',
        dataset,
      }),
    ).toThrow(
      /: Raw coal \(100 million tonnes\) is measured in tonnes; Coke \(percent\) is measured in percent\./,
    );
  });

  it('rankChanges ranks each period on one scale', () => {
    const dataset = datasetOf([
      level({ breakdown: 'product:raw-coal', value: 13, unit: 'tonnes-100m', period: '2029' }),
      level({
        breakdown: 'product:coke',
        value: 95.7,
        decimals: 1,
        unit: 'tonnes-million',
        period: '2029',
      }),
      level({ breakdown: 'product:raw-coal', value: 90, unit: 'tonnes-million' }),
      level({ breakdown: 'product:coke', value: 9600, unit: 'tonnes-10k' }),
    ]);
    expect(
      rankChanges('2029', '2030', {
        indicator: 'output',
        measure: 'level',
        kind: 'product',
        dataset,
      }).map((r) => [r.breakdown, r.rankA, r.rankB, r.change]),
    ).toEqual([
      ['product:coke', 2, 1, 1],
      ['product:raw-coal', 1, 2, -1],
    ]);
  });

  it('barChart draws the rows in the unit the title names, in English and in Chinese', () => {
    const rows = compareSectors({
      period: '2023',
      indicator: 'output',
      measure: 'level',
      sectors: ['product:raw-coal', 'product:coke'],
    });
    const widths = (svg: string) =>
      [...svg.matchAll(/class="bar"[^>]* width="([\d.]+)"/g)].map((m) => Number(m[1]));
    const labels = (svg: string) =>
      [...svg.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1]);
    const en = barChart(rows);
    expect(labels(en)).toEqual(['1356.582', 'over 95.7']);
    const zh = barChart(rows, { lang: 'zh' });
    expect(labels(zh)).toEqual(['135658.2', '超过9570']);
    // proportional: 1,356.582 / 95.7 (widths rounded to 0.01 px)
    for (const svg of [en, zh]) {
      const [a, b] = widths(svg);
      expect(a! / b!).toBeCloseTo(1356.582 / 95.7, 1);
    }
  });
});
