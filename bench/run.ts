/**
 * `npm run bench`: measures the package and writes docs/performance.md (machine, medians,
 * ratios). Not part of `npm test`: timings are checked by reading the page, not by timed tests.
 *
 * - find against a plain Map.get over the same keys (target ≤ 2×);
 * - query and series over the whole dataset;
 * - parseObservations of 100,000 rows against a bare zod parse of the same schema (and zod's
 *   compiled fast path);
 * - each maths helper over 1,000,000 values against inline arithmetic (target ≤ 3× for
 *   growthRate on published figures);
 * - cold import of the package against `node -e 0`;
 * - a stress run: 1,000,000 synthetic observations through createDataset, find, query, toCSV;
 * - the bundle-size table.
 *
 * Needs `npm run build` first (cold import and sizes read dist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import * as z from 'zod/mini';
import { measureAll, table as sizeTable } from '../scripts/size.js';
import { toCSV } from '../src/export/index.js';
import { find, observations, query, series } from '../src/index.js';
import type { Observation } from '../src/model/types.js';
import { createDataset, ObservationSchema, parseObservations } from '../src/schemas/index.js';
import { formatChartBench, runChartBench } from './chart.js';
import { runExtractBench } from './extract.js';
import { formatMathBench, runMathBench } from './math.js';
import { csvBench, userScale } from './scale.js';

/** The package root: the nearest folder above this file with a package.json (bench/, or .tmp/bench when bundled). */
const root = ((dir: string): string => {
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})(dirname(fileURLToPath(import.meta.url)));
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number, d = 2) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });

/** Median time per task, in nanoseconds. */
async function timeTasks(
  tasks: Record<string, () => void>,
  time = 500,
): Promise<Record<string, number>> {
  const bench = new Bench({ time, warmupIterations: 20 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  const out: Record<string, number> = {};
  for (const name of Object.keys(tasks)) {
    const r = bench.getTask(name)?.result;
    if (!r || !('latency' in r)) throw new Error(`${name} did not complete`);
    out[name] = r.latency.p50! * 1e6;
  }
  return out;
}

async function lookups(): Promise<string> {
  const keys = query().map((o) => ({
    region: o.region,
    indicator: o.indicator,
    breakdown: o.breakdown,
    period: o.period,
    measure: o.measure,
  }));
  const map = new Map(
    query().map((o) => [`${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}`, o]),
  );
  let i = 0;
  let sink: unknown;
  const t = await timeTasks({
    find: () => {
      sink = find(keys[i++ % keys.length]!);
    },
    'Map.get (same keys, prebuilt string)': () => {
      const k = keys[i++ % keys.length]!;
      sink = map.get(`${k.region}|${k.indicator}|${k.breakdown}|${k.period}|${k.measure}`);
    },
    'query: every preferred row': () => {
      sink = query();
    },
    'query: one region, year and measure': () => {
      sink = query({ region: 'china', year: 2021, measure: 'yoy' });
    },
    'series: China total, year-to-date': () => {
      sink = series({ region: 'china', kind: 'year-to-date' });
    },
  });
  void sink;
  const ratio = t.find! / t['Map.get (same keys, prebuilt string)']!;
  return [
    '## Lookups over the shipped data',
    '',
    `${observations.length} observations, ${keys.length} keys. Median time per call.`,
    '',
    '| operation | median |',
    '|---|--:|',
    ...Object.entries(t).map(([k, v]) => `| ${k} | ${fmt(v / 1000, 3)} µs |`),
    '',
    `**find / Map.get = ${fmt(ratio)}×** (target ≤ 2×). find also checks the key and parses the period.`,
    '',
  ].join('\n');
}

export function syntheticRows(n: number): Record<string, unknown>[] {
  const regions = ['shanxi', 'china'] as const;
  const breakdowns = [
    'total',
    'sector:coal',
    'sector:mining',
    'sector:manufacturing',
    'product:raw-coal',
  ];
  const rows: Record<string, unknown>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const year = 1950 + (i % 150);
    const month = 1 + (((i / 150) % 12) | 0);
    const b = breakdowns[((i / 1800) % breakdowns.length) | 0]!;
    const r = regions[((i / 9000) % 2) | 0]!;
    rows[i] = {
      region: r,
      indicator: b.startsWith('product') ? 'output' : 'value-added',
      breakdown: b,
      period: `${year}-${month < 10 ? '0' : ''}${month}`,
      measure: 'yoy',
      value: (((i * 7919) % 2000) - 500) / 10,
      unit: 'percent',
      source: `synthetic-${(i / 18000) | 0}`,
    };
  }
  return rows;
}

async function parsing(): Promise<string> {
  const rows = syntheticRows(100_000);
  const bare = z.array(ObservationSchema);
  const compiled = z.compile(bare);
  const runs = (fn: () => unknown, n = 5) => {
    const ts: number[] = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      fn();
      ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  runs(() => parseObservations(rows), 2);
  const ours = runs(() => parseObservations(rows));
  const zodBare = runs(() => bare.parse(rows));
  const zodCompiled = runs(() => compiled.parse(rows));
  return [
    '## Validating 100,000 user rows',
    '',
    'Median of 5 runs. `parseObservations` also checks duplicate keys and freezes the rows.',
    '',
    '| | median | rows per second |',
    '|---|--:|--:|',
    `| parseObservations | ${fmt(ours, 1)} ms | ${fmt(100_000 / (ours / 1000), 0)} |`,
    `| bare zod/mini: z.array(ObservationSchema).parse | ${fmt(zodBare, 1)} ms | ${fmt(100_000 / (zodBare / 1000), 0)} |`,
    `| zod/mini with z.compile | ${fmt(zodCompiled, 1)} ms | ${fmt(100_000 / (zodCompiled / 1000), 0)} |`,
    '',
    `**parseObservations / bare zod = ${fmt(ours / zodBare)}×** (target: no slower than 1×).`,
    '',
  ].join('\n');
}

function coldImport(): string {
  const time = (args: string[]) => {
    const ts: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: root });
      if (r.status !== 0) throw new Error(String(r.stderr));
      ts.push(performance.now() - t0);
    }
    return median(ts);
  };
  const base = time(['-e', '0']);
  const rows = [
    ['node -e 0', base],
    ['import the root (ESM)', time(['--input-type=module', '-e', "import('./dist/index.js')"])],
    ['require the root (CJS)', time(['-e', "require('./dist/index.cjs')"])],
    [
      'import the root and find once',
      time([
        '--input-type=module',
        '-e',
        "const m = await import('./dist/index.js'); m.find({ period: '2021-Q1' })",
      ]),
    ],
    [
      'import shanxi-industry/schemas (loads zod)',
      time(['--input-type=module', '-e', "import('./dist/schemas.js')"]),
    ],
    [
      'import shanxi-industry/export',
      time(['--input-type=module', '-e', "import('./dist/export.js')"]),
    ],
  ] as const;
  return [
    '## Cold start',
    '',
    'Median wall time of 15 fresh Node processes.',
    '',
    '| process | median | over node -e 0 | ratio |',
    '|---|--:|--:|--:|',
    ...rows.map(
      ([k, v]) => `| ${k} | ${fmt(v, 1)} ms | +${fmt(v - base, 1)} ms | ${fmt(v / base)}× |`,
    ),
    '',
  ].join('\n');
}

async function stress(): Promise<string> {
  const out: string[] = [
    '## Stress: synthetic datasets through createDataset, find, query and toCSV',
    '',
    '| rows | createDataset | heap after | first find (index build) | find, median | query (one region) | toCSV |',
    '|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const measured: { create: number; heap: number; find: number }[] = [];
  for (const n of [100_000, 1_000_000]) {
    const rows = syntheticRows(n);
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let t0 = performance.now();
    const ds = createDataset(rows);
    const tCreate = performance.now() - t0;
    const heap = process.memoryUsage().heapUsed - heap0;
    t0 = performance.now();
    ds.find({ period: '1950-01' });
    const tFirst = performance.now() - t0;
    const keys = Array.from({ length: 10_000 }, (_, i) => {
      const r = rows[(i * 7919) % n]!;
      return {
        region: r.region,
        indicator: r.indicator,
        breakdown: r.breakdown,
        period: r.period,
        measure: 'yoy',
      } as Parameters<typeof ds.find>[0];
    });
    t0 = performance.now();
    let hits = 0;
    for (const k of keys) if (ds.find(k)) hits++;
    const tFind = ((performance.now() - t0) / keys.length) * 1000;
    if (hits !== keys.length) throw new Error(`find missed ${keys.length - hits} keys`);
    t0 = performance.now();
    const q = ds.query({ region: 'china' });
    const tQuery = performance.now() - t0;
    t0 = performance.now();
    const csv = toCSV(q as readonly Observation[]);
    const tCsv = performance.now() - t0;
    measured.push({ create: tCreate, heap, find: tFind });
    out.push(
      `| ${n.toLocaleString('en')} | ${fmt(tCreate / 1000, 2)} s | ${fmt(heap / 2 ** 20, 0)} MB | ${fmt(tFirst, 0)} ms | ${fmt(tFind, 2)} µs | ${fmt(tQuery, 0)} ms (${q.length.toLocaleString('en')} rows) | ${fmt(tCsv, 0)} ms (${fmt(csv.length / 2 ** 20, 1)} MB) |`,
    );
  }
  const [a, b] = measured as [(typeof measured)[0], (typeof measured)[0]];
  out.push(
    '',
    `Ten times the rows: createDataset takes ${fmt(b.create / a.create, 1)}× the time and ${fmt(b.heap / a.heap, 1)}× the memory (linear would be 10×; time beyond that is garbage collection); a find takes ${fmt(b.find / a.find, 1)}× as long (constant time: an index).`,
    '',
  );
  return out.join('\n');
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown';
  const sections = [
    '# Performance',
    '',
    '<!-- GENERATED by `npm run bench` (bench/run.ts). Do not edit. -->',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${platform()} ${arch()}, ${cpus().length} × ${cpu}, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}. Figures vary between runs by 10–30 %; the ratios are the point.`,
    '',
    `The code measured is the source compiled as the package is (esbuild; ${process.argv[1]?.endsWith('.mjs') ? 'run by `npm run bench`, which bundles the benchmark first' : 'here through tsx, whose name-keeping wrappers slow closures: `npm run bench` measures without them'}).`,
    '',
  ];
  const only = process.argv.slice(2);
  if (only.includes('parse')) {
    console.log(await parsing());
    return;
  }
  sections.push(await lookups());
  sections.push(await parsing());
  const math = await runMathBench();
  sections.push(
    '## Maths helpers over 1,000,000 values',
    '',
    'Each helper against the same arithmetic written inline (no checks), each value through one function call; the ratio is the median over interleaved rounds of CPU time. `published` rows take figures as published (short decimals); `full-precision` rows take 17-digit doubles, which the helpers must first write as their shortest decimals (`String(x)`) to answer exactly in decimal: that costs microseconds a call. Target: growthRate within 3× of inline on published figures.',
    '',
    formatMathBench(math),
    '',
    `**growthRate (published) / inline = ${fmt(math.find((r) => r.name.startsWith('growthRate') && r.name.includes('published'))?.ratio ?? Number.NaN)}×** (target ≤ 3×).`,
    '',
  );
  sections.push(coldImport());
  sections.push(await stress());
  sections.push(await userScale());
  sections.push(await csvBench());
  sections.push(formatChartBench(runChartBench()));
  sections.push(runExtractBench());
  sections.push(
    '## Bundle sizes',
    '',
    'esbuild, minified, gzip -9; what a consumer pays for what it imports.',
    '',
    sizeTable(await measureAll()),
    '',
  );
  const path = join(root, 'docs', 'performance.md');
  writeFileSync(path, sections.join('\n'));
  console.log(sections.join('\n'));
  console.log(`\nwrote ${path}`);
}

// run.ts through tsx, or run.mjs as bench/compiled.mjs bundles it (which also serves
// scale.ts's child process, 'csv-peak')
if (/run\.(ts|mjs)$/.test(process.argv[1] ?? '') && process.argv[2] !== 'csv-peak') await main();
