/**
 * Scale of users' datasets and of CSV (issue 14), for `npm run bench` (sections of
 * docs/performance.md) or alone: `node --expose-gc --import tsx bench/scale.ts [scale|csv]`.
 *
 * - 1,000,000 user rows: `query` and `series` against a hand-written loop with the same
 *   predicate (ratio in one run), the first `find` (the index build), heap per row;
 * - CSV: reading the same text with fromCSV's own parser, papaparse, d3-dsv and csv-parse
 *   (time, and minified + gzipped size of each parser alone), and fromCSV on a 50 MB file
 *   (time, heap kept for the rows, and the peak in a fresh process: `scale.ts csv-peak FILE`).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parse as csvParseSync } from 'csv-parse/sync';
import { csvParse } from 'd3-dsv';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { toCSV } from '../src/export/index.js';
import { BREAKDOWNS } from '../src/model/schemas.js';
import type { Observation } from '../src/model/types.js';
import { datasetOf } from '../src/query/dataset.js';
import { records } from '../src/schemas/csv-records.js';
import { createDataset, fromCSV, parseObservations } from '../src/schemas/index.js';

const fmt = (n: number, d = 2) =>
  n.toLocaleString('en', { maximumFractionDigits: d, minimumFractionDigits: d });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
function time(fn: () => unknown, runs = 7): number {
  fn();
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return median(ts);
}
/** Memory in use after a full collection: the JS heap plus array buffers (the index's typed arrays live outside the JS heap). */
const heapMB = () => {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 2 ** 20;
};

/** Every run of months in one year, 1949–2100: 152 × 78 periods. */
const PERIODS: string[] = (() => {
  const out: string[] = [];
  const mm = (m: number) => String(m).padStart(2, '0');
  for (let y = 1949; y <= 2100; y++)
    for (let s = 1; s <= 12; s++)
      for (let e = s; e <= 12; e++)
        out.push(
          s === 1 && e === 12 ? `${y}` : s === e ? `${y}-${mm(s)}` : `${y}-${mm(s)}/${y}-${mm(e)}`,
        );
  return out;
})();

/** n user rows with unique keys: 2 regions × 62 breakdowns × every period, one source each. */
export function userRows(n: number): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = new Array(n);
  const B = BREAKDOWNS.length;
  for (let i = 0; i < n; i++) {
    const b = BREAKDOWNS[(i >> 1) % B]!;
    rows[i] = {
      region: i % 2 ? 'china' : 'shanxi',
      indicator: b.startsWith('product') ? 'output' : 'value-added',
      breakdown: b,
      period: PERIODS[Math.floor(i / (2 * B)) % PERIODS.length]!,
      measure: 'yoy',
      value: (((i * 7919) % 2000) - 500) / 10,
      unit: 'percent',
      source: `user-${(i / 18000) | 0}`,
    };
  }
  return rows;
}

/**
 * n rows for the query bench: the first 95 % with unique keys (userRows), then 5 % that give a
 * second figure for one of those keys from another source, so that `query` has to choose the
 * preferred row of a key as it does on real data. Of the second figures, a third carry the
 * qualifier `about` (the first figure stays preferred: rule 1), a third have one more decimal
 * (they become preferred: rule 2), a third tie on every rule (the first stays: rule 5, the
 * order given). No source records are given, so rules 3 and 4 tie throughout.
 */
export function queryRows(n: number): Record<string, unknown>[] {
  const unique = Math.round(n * 0.95);
  const rows = userRows(unique);
  for (let k = 0; rows.length < n; k++) {
    const first = rows[(k * 19) % unique]!;
    const second: Record<string, unknown> = { ...first, source: `user-alt-${k % 7}` };
    if (k % 3 === 0) second.qualifier = 'about';
    if (k % 3 === 1) {
      second.value = `${(first.value as number).toFixed(1)}5`;
      second.decimals = 2;
    }
    rows.push(second);
  }
  return rows;
}

/**
 * The preferred row of each key and scope, as a user would pick it by hand from the same rows
 * with the documented rules that can differ here: unqualified before qualified (rule 1), more
 * decimals before fewer (rule 2: every row is in percent), then the order given (rule 5).
 * Returns the preferred rows in the order given. Done once, outside the timings.
 */
function preferredByHand(rows: readonly Observation[]): Observation[] {
  const best = new Map<string, Observation>();
  for (const o of rows) {
    const key = `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}|${o.scope ?? ''}`;
    const b = best.get(key);
    if (
      !b ||
      (b.qualifier !== undefined && o.qualifier === undefined) ||
      ((b.qualifier === undefined) === (o.qualifier === undefined) && o.decimals > b.decimals)
    )
      best.set(key, o);
  }
  const keep = new Set(best.values());
  return rows.filter((o) => keep.has(o));
}

/** The same rows in the same order, or an error naming the first difference. */
function same(name: string, a: readonly unknown[], b: readonly unknown[]): number {
  if (a.length !== b.length) throw new Error(`${name}: ${a.length} rows against ${b.length}`);
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i]) throw new Error(`${name}: rows differ at ${i}`);
  return a.length;
}

/** Median times of two functions, run alternately so that both meet the same load. */
function pair(a: () => unknown, b: () => unknown, runs = 9): [number, number] {
  a();
  b();
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    ta.push(performance.now() - t0);
    t0 = performance.now();
    b();
    tb.push(performance.now() - t0);
  }
  return [median(ta), median(tb)];
}

export async function userScale(): Promise<string> {
  const load = loadavg()[0]!;
  const n = 1_000_000;
  const raw = queryRows(n);
  const h0 = heapMB();
  let t0 = performance.now();
  const ds = createDataset(raw);
  const tCreate = performance.now() - t0;
  const h1 = heapMB();
  const rows = ds.observations;
  // the first find builds the index: on createDataset's result, then on fresh datasets over the
  // same validated rows (datasetOf: what createDataset returns once the rows are validated)
  const builds: number[] = [];
  /** CPU time of this process (all its threads, the collector's included) during each build. */
  const buildsCpu: number[] = [];
  const indexHeap: number[] = [];
  for (let run = 0; run < 5; run++) {
    const d = run === 0 ? ds : datasetOf(rows);
    const before = heapMB();
    const c0 = process.cpuUsage();
    t0 = performance.now();
    d.find({ period: '1949-01' });
    builds.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    buildsCpu.push((c.user + c.system) / 1000);
    indexHeap.push(heapMB() - before);
  }
  const firstFind = median(builds);
  t0 = performance.now();
  ds.query({ region: 'china' });
  const firstQuery = performance.now() - t0;
  const preferred = preferredByHand(rows);
  const coal = [
    'sector:coal',
    'sector:mining',
    'sector:power',
    'sector:chemical',
    'sector:iron-steel',
  ];
  const coalSet = new Set<string>(coal);
  /** A period id's year and last month as one number, 199007 for 1990-07 … (for from / to). */
  const lastMonth = (id: string) => +id.slice(0, 4) * 100 + (id.length === 4 ? 12 : +id.slice(-2));
  const cases: [string, () => readonly Observation[], () => Observation[]][] = [
    [
      "query({ region: 'china', indicator: 'value-added', measure: 'yoy' })",
      () => ds.query({ region: 'china', indicator: 'value-added', measure: 'yoy' }),
      () => {
        const out: Observation[] = [];
        for (const o of preferred)
          if (o.region === 'china' && o.indicator === 'value-added' && o.measure === 'yoy')
            out.push(o);
        return out;
      },
    ],
    [
      'query({ year: 1960 })',
      () => ds.query({ year: 1960 }),
      () => {
        const out: Observation[] = [];
        for (const o of preferred) if (o.period.startsWith('1960')) out.push(o);
        return out;
      },
    ],
    [
      "query({ from: '1990-07', to: '1995-06' })",
      () => ds.query({ from: '1990-07', to: '1995-06' }),
      () => {
        const out: Observation[] = [];
        for (const o of preferred) {
          const end = lastMonth(o.period);
          if (end >= 199007 && end <= 199506) out.push(o);
        }
        return out;
      },
    ],
    [
      `query({ breakdown: [${coal.length} sectors] })`,
      () => ds.query({ breakdown: coal as never }),
      () => {
        const out: Observation[] = [];
        for (const o of preferred) if (coalSet.has(o.breakdown)) out.push(o);
        return out;
      },
    ],
    [
      "query({ region: 'china' }, { alternatives: true })",
      () => ds.query({ region: 'china' }, { alternatives: true }),
      () => {
        const out: Observation[] = [];
        for (const o of rows) if (o.region === 'china') out.push(o);
        return out;
      },
    ],
    [
      "series({ breakdown: 'sector:coal', kind: 'month' })",
      () => ds.series({ breakdown: 'sector:coal', kind: 'month' }),
      () => {
        const out: Observation[] = [];
        for (const o of preferred)
          if (
            o.region === 'shanxi' &&
            o.indicator === 'value-added' &&
            o.breakdown === 'sector:coal' &&
            o.measure === 'yoy' &&
            o.period.length === 7 // YYYY-MM: a single month
          )
            out.push(o);
        // month ids sort as text in time order
        return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      },
    ],
  ];
  const lines = [
    "## Users' datasets: 1,000,000 rows",
    '',
    `createDataset of ${n.toLocaleString('en')} synthetic rows: ${(Math.round(n * 0.95)).toLocaleString('en')} with unique keys and ${(n - Math.round(n * 0.95)).toLocaleString('en')} second figures for some of those keys from other sources (a qualified figure, a more precise one, or one that ties), so that ${preferred.length.toLocaleString('en')} rows are preferred (createDataset took ${fmt(tCreate / 1000, 1)} s, validation included).`,
    '',
    "**What the hand loop does.** A user without the library would pick the preferred row of each key once (by the documented rules: unqualified first, then more decimals, then the order given) and filter that list for each question. The hand loop is that filter, over the preferred rows computed once beforehand and not timed, with the same predicate written directly (`o.region === 'china'`, `o.period.startsWith('1960')`, a `Set` of breakdowns; series also sorts by period). The library's query does the same work per call after its first one: its index holds the preference. The two return the same rows in the same order (checked on every case). Median of 9 runs, library and hand loop alternating; the machine's 2 cores are shared, so single figures vary by 10–30 %.",
    '',
    '| call | rows returned | library | hand loop | ratio |',
    '|---|--:|--:|--:|--:|',
  ];
  for (const [name, lib, hand] of cases) {
    const count = same(name, lib(), hand());
    const [a, b] = pair(lib, hand);
    lines.push(
      `| ${name} | ${count.toLocaleString('en')} | ${fmt(a, 1)} ms | ${fmt(b, 1)} ms | **${fmt(a / b)}×** |`,
    );
  }
  const perRow = (mb: number) => fmt((mb * 2 ** 20) / n, 0);
  lines.push(
    '',
    `First find (builds the index): **${fmt(firstFind, 0)} ms**, median of 5 builds (${builds.map((t) => fmt(t, 0)).join(', ')} ms; target ≤ 500 ms), ${fmt(median(buildsCpu), 0)} ms of CPU time (median; on a machine whose cores other work shares, wall time exceeds it; load average ${load.toFixed(1)} on ${cpus().length} cores when the run began); the first query after it: ${fmt(firstQuery, 0)} ms.`,
    '',
    `Memory (JS heap plus array buffers, after a full garbage collection): ${perRow(h1 - h0)} bytes per row for the validated rows createDataset holds, **${perRow(median(indexHeap))} bytes per row for the index** (median of the 5 builds): 14 for the columns of codes, 4 for the chain of each key's rows, 1 for the preferred mark and 4–8 for the hash table.`,
    '',
  );
  return lines.join('\n');
}

async function parserSize(code: string): Promise<number> {
  const out = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    external: ['stream'], // papaparse's Node-only streaming path
  });
  return gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
}

export async function csvBench(): Promise<string> {
  const rows = parseObservations(userRows(100_000));
  const text = toCSV(rows);
  const mb = text.length / 2 ** 20;
  const ours = time(() => fromCSV(text), 5);
  const papa = time(() => Papa.parse(text, { header: true }), 5);
  const d3 = time(() => csvParse(text), 5);
  const csvp = time(() => csvParseSync(text, { columns: true }), 3);
  // the tokenizer alone, the same work as the others: records of fields, keyed by the header
  const tokenizer = time(() => {
    let head: string[] | undefined;
    const out: Record<string, string>[] = [];
    records(text, ',', (fields) => {
      if (!head) head = fields;
      else {
        const r: Record<string, string> = {};
        for (let k = 0; k < fields.length; k++) r[head[k]!] = fields[k]!;
        out.push(r);
      }
    });
    return out;
  }, 5);
  const validateOnly = time(() => parseObservations(rows), 5);
  const sizes = {
    papaparse: await parserSize(
      "import Papa from 'papaparse'; export const p = (t) => Papa.parse(t);",
    ),
    'd3-dsv': await parserSize("import { csvParse } from 'd3-dsv'; export const p = csvParse;"),
    'csv-parse (sync)': await parserSize(
      "import { parse } from 'csv-parse/sync'; export const p = parse;",
    ),
    "fromCSV's tokenizer (src/schemas/csv-records.ts)": await parserSize(
      "export { records } from './src/schemas/csv-records.ts';",
    ),
  };
  // 50 MB of CSV
  const big = toCSV(
    parseObservations(userRows(Math.ceil((50 * 2 ** 20) / (text.length / 100_000)))),
  );
  const h0 = heapMB();
  let t0 = performance.now();
  const back = fromCSV(big);
  const tBig = performance.now() - t0;
  const h1 = heapMB();
  // the peak while reading, which the heap after the call does not show: a fresh process reads
  // the same text from a file and reports how far its resident memory rose during fromCSV
  const file = join(tmpdir(), `shanxi-industry-bench-${process.pid}.csv`);
  writeFileSync(file, big);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), 'csv-peak', file],
    { encoding: 'utf8' },
  );
  rmSync(file);
  if (child.status !== 0) throw new Error(`csv-peak failed: ${child.stderr}`);
  const peak = JSON.parse(child.stdout) as { seconds: number; peakMB: number; rows: number };
  t0 = performance.now();
  const second = big.indexOf('\n') + 1; // an opening quote at the start of line 2, never closed
  const bad = fromCSV(`${big.slice(0, second)}"${big.slice(second)}`, { mode: 'safe' });
  const tBad = performance.now() - t0;
  return [
    '## CSV: reading back',
    '',
    `${(100_000).toLocaleString('en')} rows of toCSV output (${fmt(mb, 1)} MB). Median of 5 runs (csv-parse: 3).`,
    '',
    '| reader | time | rows per second |',
    '|---|--:|--:|',
    `| fromCSV (parse, validate, freeze) | ${fmt(ours, 0)} ms | ${fmt(100_000 / (ours / 1000), 0)} |`,
    `| of which validation (parseObservations of the same rows) | ${fmt(validateOnly, 0)} ms | |`,
    `| fromCSV's tokenizer alone, records keyed by the header | ${fmt(tokenizer, 0)} ms | ${fmt(100_000 / (tokenizer / 1000), 0)} |`,
    `| papaparse, header: true (parse only) | ${fmt(papa, 0)} ms | ${fmt(100_000 / (papa / 1000), 0)} |`,
    `| d3-dsv csvParse (parse only) | ${fmt(d3, 0)} ms | ${fmt(100_000 / (d3 / 1000), 0)} |`,
    `| csv-parse/sync, columns: true (parse only) | ${fmt(csvp, 0)} ms | ${fmt(100_000 / (csvp / 1000), 0)} |`,
    '',
    '| parser bundled alone (esbuild, minified, gzip -9) | bytes |',
    '|---|--:|',
    ...Object.entries(sizes).map(([k, v]) => `| ${k} | ${v.toLocaleString('en')} |`),
    '',
    `A ${fmt(big.length / 2 ** 20, 0)} MB file (${back.length.toLocaleString('en')} rows): fromCSV in ${fmt(tBig / 1000, 1)} s, ${fmt(h1 - h0, 0)} MB of heap for the rows it returns (${fmt(((h1 - h0) * 2 ** 20) / back.length, 0)} bytes a row). In a fresh process reading the same text from a file: ${fmt(peak.seconds, 1)} s, and its resident memory rose by **${fmt(peak.peakMB, 0)} MB at the peak (${fmt(peak.peakMB / (big.length / 2 ** 20), 1)}× the text)**, beside the text itself. fromCSV reads the whole text at once (no streaming); the largest text is one JavaScript string (536,870,888 characters in Node), and bytes beyond that are refused with INVALID_CSV. The same file with an unterminated quote on line 2: ${fmt(tBad, 0)} ms to the problem (${bad.problems[0]?.message.slice(0, 60)}…).`,
    '',
  ].join('\n');
}

/** In a child process: reads a CSV file with fromCSV and prints the time and the rise of resident memory. */
function csvPeak(file: string): void {
  const text = readFileSync(file, 'utf8');
  globalThis.gc?.();
  const before = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const rows = fromCSV(text);
  const seconds = (performance.now() - t0) / 1000;
  const peakMB = (process.resourceUsage().maxRSS - before) / 1024; // maxRSS is in KiB
  console.log(JSON.stringify({ seconds, peakMB, rows: rows.length }));
}

// the child process of csvBench runs this file, or run.mjs when bench/compiled.mjs bundled it
if (process.argv[2] === 'csv-peak' && /(scale|run)\.(ts|mjs)$/.test(process.argv[1] ?? ''))
  csvPeak(process.argv[3]!);
else if (/scale\.(ts|mjs)$/.test(process.argv[1] ?? '')) {
  const only = process.argv.slice(2);
  if (!only.length || only.includes('scale')) console.log(await userScale());
  if (!only.length || only.includes('csv')) console.log(await csvBench());
}
