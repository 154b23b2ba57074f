/**
 * A valid call of every public function, and hostile values planted into them: one argument,
 * one field of an option object, one row of a list or one field of such a row replaced, the
 * rest left valid. Random argument lists (hostile.ts `argumentsWith`) seldom get a function
 * past its first check; a planted value reaches the check of the part it replaces.
 *
 * Every public function must have an entry here: hostile.test.ts fails when one is missing,
 * and when one of these calls does not succeed as it stands.
 */
import fc from 'fast-check';
import * as root from '../../src/index.js';

const coal = root.find({ period: '2021-Q1', breakdown: 'sector:coal' })!;
const total = root.find({ period: '2021-Q1' })!;
const level = root.find({
  indicator: 'output',
  breakdown: 'product:raw-coal',
  period: '2014',
  measure: 'level',
})!;
const rows = root.query({ period: '2021-Q1' });
const china = root.series({ region: 'china', year: 2021, kind: 'year-to-date' });
const input = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'total',
  period: '2022-Q1',
  measure: 'yoy',
  value: '11.0',
  unit: 'percent',
  source: 's097',
};
const source = {
  id: 'my-notes',
  url: 'https://example.org/notes',
  title: 'My notes',
  publisher: 'Me',
  language: 'en',
  kind: 'official',
};
const csv =
  'region;indicator;breakdown;period;measure;value;unit;source\r\n' +
  'shanxi;value-added;sector:coal;2021-Q1;yoy;24.10;percent;my-sheet\r\n';
const release = '2024年1-8月份，全省规模以上工业增加值同比增长3.6%。其中，8月份同比增长2.5%。';

/** Valid argument lists of every public function, by name. */
export const CALLS: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  alternatives: [[{ period: '2021-H1' }]],
  checkClaims: [[root.claims.slice(0, 3)], [root.claims.slice(0, 2), root.shippedDataset()]],
  convertLevel: [[976, 'tonnes-million', 'tonnes-10k']],
  coverage: [[], [rows]],
  decimalsOf: [['23.90'], [23.9]],
  find: [[{ period: '2021-Q1', breakdown: 'sector:coal' }]],
  formatPercent: [[23.9, { decimals: 1, locale: 'zh', qualifier: 'about', sign: true }]],
  formatPoints: [[-0.6, { decimals: 1, locale: 'en', sign: true }]],
  formatValue: [[coal, { lang: 'zh' }], [level], [level, { lang: 'en', unit: false }]],
  inUnit: [[level, 'tonnes-100m']],
  inOneUnit: [
    [
      [
        { value: 9.71, decimals: 2, unit: 'tonnes-100m' },
        { value: 135658.2, decimals: 1, unit: 'tonnes-10k' },
      ],
      { lang: 'zh' },
    ],
    [[level, coal]],
  ],
  inChineseUnit: [
    [{ value: 1.37, decimals: 2, unit: 'tonnes-billion' }],
    [
      { value: 976, decimals: 0, unit: 'tonnes-million' },
      [{ value: 95.435, unit: 'tonnes-million' }],
    ],
  ],
  isShanxiIndustryError: [[new Error('x')]],
  label: [['sector:coal', 'zh']],
  query: [
    [{ period: '2021-Q1', breakdown: ['sector:coal', 'sector:non-coal'] }, { alternatives: true }],
  ],
  series: [[{ region: 'china', year: 2021, kind: 'year-to-date' }]],
  shippedDataset: [[]],
  sourceOf: [['s032'], [coal]],
  unitFamily: [['tonnes-10k']],
  compareSectors: [
    [{ period: '2021-Q1', sectors: ['sector:coal', 'sector:non-coal'], decimals: true }],
  ],
  compareWithBenchmark: [[{ period: '2021-Q1', breakdown: 'sector:equipment-manufacturing' }]],
  gapSeries: [[{ breakdown: 'sector:coal', against: 'sector:non-coal', year: 2021 }]],
  laggards: [[{ period: '2021-Q1', n: 2 }]],
  leaders: [[{ period: '2022-H1', kind: 'ownership', n: 2 }]],
  rankChanges: [['2021-Q1', '2021-H1', { region: 'shanxi' }]],
  annualize: [[2.1, 4]],
  applyGrowth: [[100, 5]],
  averageGrowth: [[[6.2, 7.1, -3.4], { method: 'arithmetic' }]],
  baseFromGrowth: [[105, 5]],
  bounds: [[23.9, 1]],
  compoundGrowth: [[[6.2, 7.1], { decimals: 1 }]],
  contribution: [[0.5, 23.9, { decimals: 1 }]],
  contributionRate: [[3.2, 6.4]],
  fromIndex: [[106.2]],
  growthRate: [[105, 100]],
  impliedShare: [[23.9, 24.1, 23.8, { decimals: 1 }]],
  percentagePointDifference: [[23.9, 24.5, { decimals: 1 }]],
  toIndex: [[6.2]],
  twoYearAverage: [[-8.4, 24.5, { decimals: 1 }]],
  canonicalPeriod: [['2021-Q1']],
  comparePeriods: [['2021-05', '2021-Q1']],
  formatPeriod: [['2021-Q1', 'zh'], [root.parsePeriod('2021-01/2021-05')]],
  isPeriodId: [['2021-Q1']],
  parsePeriod: [['2021-H1']],
  periodOf: [[2021, 4, 6]],
  previousYear: [['2021-Q1']],
  unitFitsMeasure: [['yoy', 'percent']],
  createDataset: [
    [[input], { sources: [source] }],
    [[input], { base: root.shippedDataset() }],
  ],
  fromCSV: [[csv, { mode: 'safe', maxProblems: 5, delimiter: ';', unknownColumns: 'ignore' }]],
  parseObservations: [[[input, { ...input, period: '2022-H1', value: 9.1 }]]],
  parseSources: [[[source]]],
  safeParseObservations: [[[input, { ...input, value: 'x' }], { maxProblems: 1 }]],
  toCSV: [[rows, { lang: 'zh', newline: '\n', sources: root.sources, bom: true }]],
  toJSONStat: [[rows, { lang: 'zh', sources: root.sources, label: 'Q1', duplicates: 'first' }]],
  toMarkdown: [[rows, { lang: 'zh', note: true, sources: root.sources }]],
  barChart: [
    [
      root.compareSectors({ period: '2021-Q1' }),
      { title: 'T', subtitle: 'S', source: 'src', width: 500, lang: 'zh', total: total },
    ],
  ],
  lineChart: [[[{ name: 'China', points: china }], { gaps: 'dashed', height: 300, unit: '%' }]],
  extractRelease: [[release, { url: 'https://example.gov.cn/x', published: '2024-09-15' }]],
};

type Path = readonly (string | number)[];

/** Whether a value is a plain object or an array (what planting descends into). */
function plain(v: unknown): v is Record<string | number, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return Array.isArray(v) || proto === Object.prototype || proto === null;
}

/** Every place in an argument list, to depth 3 (an argument, its fields, their fields). */
export function places(args: readonly unknown[]): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    out.push(path);
    if (path.length >= 3 || !plain(v)) return;
    // a list's first two items and its last stand for the rest
    const keys = Array.isArray(v)
      ? [...new Set([0, 1, v.length - 1])].filter((k) => k >= 0 && k < v.length)
      : Object.keys(v);
    for (const k of keys) walk((v as Record<string | number, unknown>)[k], [...path, k]);
  };
  for (let i = 0; i < args.length; i++) walk(args[i], [i]);
  // one more argument than the call has (a trailing argument the function ignores or refuses)
  out.push([args.length]);
  return out;
}

/** A copy of the argument list with `value` at `path` (the objects along the way copied). */
export function plant(args: readonly unknown[], path: Path, value: unknown): unknown[] {
  const set = (v: unknown, i: number): unknown => {
    if (i === path.length) return value;
    const copy: Record<string | number, unknown> = Array.isArray(v)
      ? [...v]
      : Object.assign(Object.create(Object.getPrototypeOf(v)), v);
    copy[path[i]!] = set((v as Record<string | number, unknown>)[path[i]!], i + 1);
    return copy;
  };
  return set(args, 0) as unknown[];
}

/** A valid call of `name` with one place replaced by a value of `bad`. */
export function plantedCall(name: string, bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  const calls = CALLS[name];
  if (!calls) throw new Error(`test/fuzz/calls.ts has no valid call of ${name}`);
  const options = calls.flatMap((args) => places(args).map((p) => [args, p] as const));
  return fc
    .tuple(fc.constantFrom(...options), bad)
    .map(([[args, path], value]) => plant(args, path, value));
}
