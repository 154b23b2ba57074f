/**
 * Bundle-size measurement: bundles what a consumer imports from the built `dist` with esbuild
 * (minified, tree-shaken, browser platform, zod included), gzips it, and compares with the
 * budgets. Used by test/size/size.test.ts (which fails over budget) and runnable on its own:
 * `npx tsx scripts/size.ts` prints the table.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The package root: the nearest folder above this file with a package.json (this file may run bundled, from .tmp/bench). */
const root = ((dir: string): string => {
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})(dirname(fileURLToPath(import.meta.url)));

/** One consumer scenario: what it imports, its budget, and what must not be in it. */
export interface SizeCase {
  readonly name: string;
  readonly code: string;
  readonly budget: number;
  /** Packages left out of the bundle (the consumer has them anyway). */
  readonly external?: readonly string[];
  readonly mustNotContain: readonly { readonly what: string; readonly marker: RegExp }[];
}

const ZOD = { what: 'zod', marker: /_zod|ZodError|\$ZodType/ };
const DATA = { what: 'the data', marker: /chinadaily|xkdiek|f0159/ };
const CHART = { what: 'the charts', marker: /<svg/ };
const NODE = {
  what: 'Node built-ins',
  marker: /["']node:|require\(["'](fs|path|util|child_process)["']\)/,
};

const dist = (entry: string) => JSON.stringify(join(root, 'dist', `${entry}.js`));

/** The scenarios and their budgets (bytes, minified + gzipped). */
export const CASES: readonly SizeCase[] = [
  {
    // 1,333 B: exact in decimal (597 B before), hostile lists and options read once, frozen
    // results. 1,891 B once every message said what is wrong and showed the value received
    // (`growthRate: previous must be above 0 (ZERO_BASE); got 0`, written by a value printer
    // that never runs the caller's code: about 200 B, growthRate alone 813 → 1,027 B) and
    // `decimals` took a list with one precision per figure (its reading and checks, about 350 B)
    name: 'maths: growthRate + twoYearAverage',
    code: `export { growthRate, twoYearAverage } from ${dist('index')};`,
    // 1,903 B with the error class's non-enumerable value and details (+12 B)
    budget: 1_920,
    mustNotContain: [ZOD, DATA, CHART, NODE],
  },
  {
    // 3,194 B: the same, and the fast integer paths of the rounding-aware helpers; 4,310 B
    // with the messages above (each function's own requirement, value shown), `decimals` as
    // one number or a list per figure in every rounding-aware helper, and averageGrowth's new
    // rounding-aware mode
    name: 'every maths function',
    code: `export { growthRate, applyGrowth, baseFromGrowth, percentagePointDifference, compoundGrowth, averageGrowth, twoYearAverage, annualize, toIndex, fromIndex, contribution, contributionRate, impliedShare, bounds } from ${dist('index')};`,
    budget: 4_350,
    mustNotContain: [ZOD, DATA, CHART, NODE],
  },
  {
    name: 'find + the data',
    code: `export { find, sourceOf } from ${dist('index')};`,
    budget: 40_000,
    mustNotContain: [ZOD, CHART, NODE],
  },
  {
    name: 'periods: parsePeriod + formatPeriod',
    code: `export { parsePeriod, formatPeriod } from ${dist('index')};`,
    // includes the message writer that never throws (issue 15: BigInt, cycles, revoked Proxies)
    budget: 1_700,
    mustNotContain: [ZOD, DATA, CHART, NODE],
  },
  {
    // zod is the package's runtime dependency: this budget is what the package adds to it
    name: 'schemas: ObservationSchema + parseObservations (zod external)',
    code: `export { ObservationSchema, parseObservations } from ${dist('schemas')};`,
    budget: 8_000,
    external: ['zod', 'zod/mini'],
    mustNotContain: [DATA, CHART, NODE],
  },
  {
    // includes zod's schema compiler (about 10 KB), which parseObservations uses for speed;
    // 23,868 B before, 24,226 B once the query engine it shares a chunk with named the id an
    // unknown one may have meant and a base's rows read back were read once
    name: 'schemas: ObservationSchema + parseObservations (with zod/mini)',
    code: `export { ObservationSchema, parseObservations } from ${dist('schemas')};`,
    budget: 24_500,
    mustNotContain: [DATA, CHART, NODE],
  },
  {
    name: 'the whole root entry',
    code: `export * from ${dist('index')};`,
    budget: 60_000,
    mustNotContain: [CHART, NODE],
  },
];

/** Optional entries, measured when built. */
export const SUBPATH_CASES: readonly SizeCase[] = [
  {
    name: 'export subpath: toCSV + toJSONStat + toMarkdown',
    code: `export { toCSV, toJSONStat, toMarkdown } from ${dist('export')};`,
    // labels in English and Chinese for every catalogue id are about a third of it; 10,867 B
    // before the JSON-stat dataset was deeply frozen with copied source records and -0 was
    // never written (11,002 B after); 11,509 B once toMarkdown wrote levels in Chinese units
    // (万吨/亿吨, an exact shift of the point) and the scope of rankings; 11,772 B once
    // toJSONStat also stated the scope of single-scope rows (extension.scope); 12,113 B once
    // every id of a row was checked against the catalogues (an export writes only what
    // fromCSV reads back)
    budget: 12_200,
    mustNotContain: [ZOD, DATA, CHART, NODE],
  },
  {
    name: 'chart subpath: barChart + lineChart',
    code: `export { barChart, lineChart } from ${dist('chart')};`,
    // 3,956 B in 0.1; about 5,400 B with the rows' own names and title, the CJK font stack,
    // hostile-input reading (coded errors, limits), linear text fitting and dashed gaps;
    // 5,620 B once bars in Chinese units (5,585 B) met legend names fitted to the width;
    // 5,750 B with rankings in one unit (rows' inEnglish) and labels that write a qualified
    // loss or fall in words ("a loss of over 4", "下降近3%"), the words alone about 95 B;
    // 5,815 B once a line chart refused points in different units (65 B)
    budget: 5_850,
    mustNotContain: [ZOD, DATA, NODE],
  },
  {
    // the tokenizer, the walk and the catalogues' names; no zod, no data. 17,460 B measured
    // with the period rules of a newcomer's trial (asides, 累计, the year before, points in
    // time) and the English phrasings it asked for; 15,924 B before (see CHANGELOG). 17,912 B
    // (from 17,461) once compared years and periods dated nothing else (about 170 B), a
    // thousands group cut by a space was refused (about 55 B) and a share was read only by its
    // named whole, in both languages (about 230 B): wrong figures found on real pages
    name: 'extract subpath: extractRelease',
    code: `export { extractRelease } from ${dist('extract')};`,
    budget: 18_000,
    mustNotContain: [ZOD, DATA, CHART, NODE],
  },
];

export interface SizeResult {
  readonly name: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly budget: number;
  readonly found: readonly string[];
}

/** Bundles one scenario and measures it. */
export async function measure(c: SizeCase): Promise<SizeResult> {
  const out = await build({
    stdin: { contents: c.code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    external: [...(c.external ?? [])],
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]!.text;
  return {
    name: c.name,
    minified: Buffer.byteLength(text),
    gzipped: gzipSync(text, { level: 9 }).length,
    budget: c.budget,
    found: c.mustNotContain.filter((m) => m.marker.test(text)).map((m) => m.what),
  };
}

/** Every scenario whose entry is built. */
export async function measureAll(): Promise<SizeResult[]> {
  const cases = [
    ...CASES,
    ...SUBPATH_CASES.filter((c) => existsSync(JSON.parse(c.code.match(/from (".*")/)![1]!))),
  ];
  return Promise.all(cases.map(measure));
}

export function table(results: readonly SizeResult[]): string {
  const lines = [
    '| consumer imports | minified | gzipped | budget | status |',
    '|---|--:|--:|--:|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.minified} B | ${r.gzipped} B | ${r.budget} B | ${r.gzipped <= r.budget && !r.found.length ? 'ok' : `OVER${r.found.length ? `, contains ${r.found.join(', ')}` : ''}`} |`,
    ),
  ];
  return lines.join('\n');
}

// (by file name: bench/run.ts imports this module into one bundle, where import.meta.url is the
// bundle's, so the comparison alone printed the size table into the benchmark's child process)
if (/size\.(ts|mjs)$/.test(process.argv[1] ?? '')) {
  console.log(table(await measureAll()));
}
