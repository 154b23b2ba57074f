/**
 * An option, filter or key field set to `undefined` is the same as the field left out: the
 * types accept an explicit undefined for consumers with `exactOptionalPropertyTypes` (see
 * test/types/options.test-d.ts), so every public function must read it that way. `series`
 * did not: `{ breakdown: undefined }` dropped the `total` default and matched every breakdown.
 */
import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../src/chart/index.js';
import { toCSV, toJSONStat, toMarkdown } from '../../src/export/index.js';
import { extractRelease } from '../../src/extract/index.js';
import {
  alternatives,
  compareSectors,
  compareWithBenchmark,
  find,
  formatPercent,
  formatPoints,
  formatValue,
  gapSeries,
  inChineseUnit,
  inOneUnit,
  leaders,
  query,
  rankChanges,
  series,
} from '../../src/index.js';
import { createDataset, fromCSV, safeParseObservations } from '../../src/schemas/index.js';

/** `{ a: undefined, b: undefined, … }` for the names given. */
const none = (names: string): Record<string, undefined> =>
  Object.fromEntries(names.split(' ').map((k) => [k, undefined]));

const coal = find({ period: '2021-Q1', breakdown: 'sector:coal' })!;
const rows = compareSectors({ period: '2021-Q1' });
const points = series({ region: 'china', kind: 'month', year: 2023 });
const release = '2021年1-3月，全省规模以上工业增加值同比增长24.1%。';

/** [name, call without the fields, call with each of them undefined]. */
const CASES: [string, () => unknown, () => unknown][] = [
  [
    'formatPercent',
    () => formatPercent(1.5),
    () => formatPercent(1.5, none('decimals locale qualifier sign')),
  ],
  [
    'formatPoints',
    () => formatPoints(-1.5),
    () => formatPoints(-1.5, none('decimals locale qualifier sign')),
  ],
  ['formatValue', () => formatValue(coal), () => formatValue(coal, none('lang unit'))],
  [
    'inOneUnit',
    () => inOneUnit([{ value: 9.71, unit: 'tonnes-100m' }]),
    () => inOneUnit([{ value: 9.71, unit: 'tonnes-100m', decimals: undefined }], none('lang')),
  ],
  [
    'inChineseUnit',
    () => inChineseUnit({ value: 1 }),
    () => inChineseUnit({ value: 1, ...none('decimals unit') }),
  ],
  [
    'find',
    () => find({ period: '2021-Q1' }),
    () => find({ period: '2021-Q1', ...none('region indicator breakdown measure scope') }),
  ],
  [
    'alternatives',
    () => alternatives({ period: '2021-Q1' }),
    () => alternatives({ period: '2021-Q1', ...none('region indicator breakdown measure scope') }),
  ],
  [
    'query',
    () => query({ year: 2021 }),
    () =>
      query(
        {
          year: 2021,
          ...none(
            'region indicator breakdown measure period from to kind unit qualifier scope source',
          ),
        },
        none('alternatives'),
      ),
  ],
  [
    'series',
    () => series({ region: 'china', year: 2021, kind: 'year-to-date' }),
    () =>
      series({
        region: 'china',
        year: 2021,
        kind: 'year-to-date',
        ...none('indicator breakdown measure scope from to'),
      }),
  ],
  [
    'compareSectors',
    () => compareSectors({ period: '2021-Q1' }),
    () =>
      compareSectors({
        period: '2021-Q1',
        ...none('region indicator measure sectors kind decimals scope dataset'),
      }),
  ],
  [
    'leaders',
    () => leaders({ period: '2021-Q1' }),
    () =>
      leaders({
        period: '2021-Q1',
        ...none('n region indicator measure sectors kind decimals scope dataset'),
      }),
  ],
  [
    'rankChanges',
    () => rankChanges('2021-Q1', '2021-H1'),
    () =>
      rankChanges(
        '2021-Q1',
        '2021-H1',
        none('region indicator measure sectors kind decimals scope dataset'),
      ),
  ],
  [
    'compareWithBenchmark',
    () => compareWithBenchmark({ period: '2021-Q1' }),
    () =>
      compareWithBenchmark({
        period: '2021-Q1',
        ...none('breakdown indicator measure scope dataset'),
      }),
  ],
  [
    'gapSeries',
    () => gapSeries({ year: 2021, kind: 'year-to-date' }),
    () =>
      gapSeries({
        year: 2021,
        kind: 'year-to-date',
        ...none('breakdown indicator measure against region from to scope dataset'),
      }),
  ],
  [
    'barChart',
    () => barChart(rows),
    () => barChart(rows, none('labelOf title subtitle source width height lang unit font')),
  ],
  [
    'lineChart',
    () => lineChart([{ name: 'China', points }]),
    () =>
      lineChart(
        [{ name: 'China', points }],
        none('gaps title subtitle source width height lang unit font'),
      ),
  ],
  [
    'toCSV',
    () => toCSV([coal]),
    () => toCSV([coal], none('lang newline sources escapeFormulae bom kind')),
  ],
  [
    'toJSONStat',
    () => toJSONStat([coal]),
    () =>
      toJSONStat(
        [coal],
        none(
          'lang sources updated label duplicates unitDimension scopeDimension indicator measure kind',
        ),
      ),
  ],
  ['toMarkdown', () => toMarkdown(rows), () => toMarkdown(rows, none('lang sources note kind'))],
  [
    'fromCSV',
    () => fromCSV(toCSV([coal])),
    () => fromCSV(toCSV([coal]), none('delimiter mode maxProblems unknownColumns escapeFormulae')),
  ],
  [
    'safeParseObservations',
    () => safeParseObservations([coal]),
    () => safeParseObservations([coal], none('maxProblems')),
  ],
  [
    'createDataset',
    () => createDataset([coal]).query(),
    () => createDataset([coal], none('sources base')).query(),
  ],
  [
    'extractRelease',
    () => extractRelease(release, { source: 'x' }),
    () =>
      extractRelease(release, {
        source: 'x',
        ...none('url published region lang title publisher kind'),
      }),
  ],
];

describe('an option given as undefined is an option left out', () => {
  for (const [name, without, withUndefined] of CASES)
    it(name, () => {
      const expected = without();
      expect(withUndefined()).toEqual(expected);
    });

  it('series keeps its defaults for fields given as undefined', () => {
    const total = series({
      region: 'china',
      year: 2021,
      kind: 'year-to-date',
      breakdown: undefined,
    });
    expect(total.length).toBeGreaterThan(0);
    expect(new Set(total.map((o) => `${o.breakdown} ${o.indicator} ${o.measure}`))).toEqual(
      new Set(['total value-added yoy']),
    );
  });
});
