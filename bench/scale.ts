/**
 * Scale of users' datasets and of CSV (issue 14), for `npm run bench` (sections of
 * docs/performance.md) or alone: `node --expose-gc --import tsx bench/scale.ts [scale|csv]`.
 *
 * - 1,000,000 user rows: `query` and `series` against a hand-written loop with the same
 *   predicate (ratio in one run), the first `find` (the index build), heap per row;
 * - CSV: reading the same text with fromCSV's own parser, papaparse, d3-dsv and csv-parse
 *   (time, and minified + gzipped size of each parser alone), and fromCSV on a 50 MB file
 *   (time and heap).
 */
import { gzipSync } from 'node:zlib';
import { parse as csvParseSync } from 'csv-parse/sync';
import { csvParse } from 'd3-dsv';
import { build } from 'esbuild';
import Papa from 'papaparse';
import { toCSV } from '../src/export/index.js';
import { BREAKDOWNS } from '../src/model/schemas.js';
import type { Observation } from '../src/model/types.js';
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
const heapMB = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
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

export async function userScale(): Promise<string> {
  const n = 1_000_000;
  const raw = userRows(n);
  const h0 = heapMB();
  const ds = createDataset(raw);
  const h1 = heapMB();
  let t0 = performance.now();
  ds.find({ period: '1949-01' });
  const firstFind = performance.now() - t0;
  const h2 = heapMB();
  const rows = ds.observations;
  // the floor under any index: a Map filled with one integer key per row
  t0 = performance.now();
  const bare = new Map<number, Observation>();
  for (let i = 0; i < rows.length; i++) bare.set(i, rows[i]!);
  const bareMap = performance.now() - t0;
  t0 = performance.now();
  ds.query({ region: 'china' });
  const firstQuery = performance.now() - t0;
  const cases: [string, () => unknown, () => unknown][] = [
    [
      "query({ region: 'china' })",
      () => ds.query({ region: 'china' }),
      () => {
        const out: Observation[] = [];
        for (const o of rows) if (o.region === 'china') out.push(o);
        return out;
      },
    ],
    [
      "query({ breakdown: 'sector:coal', year: 1960 })",
      () => ds.query({ breakdown: 'sector:coal', year: 1960 }),
      () => {
        const out: Observation[] = [];
        for (const o of rows)
          if (o.breakdown === 'sector:coal' && o.period.startsWith('1960')) out.push(o);
        return out;
      },
    ],
    [
      "series({ breakdown: 'sector:coal', kind: 'month' })",
      () => ds.series({ breakdown: 'sector:coal', kind: 'month' }),
      () => {
        const out: Observation[] = [];
        for (const o of rows)
          if (
            o.region === 'shanxi' &&
            /^\d{4}-\d\d$/.test(o.period) &&
            o.indicator === 'value-added' &&
            o.breakdown === 'sector:coal' &&
            o.measure === 'yoy'
          )
            out.push(o);
        return out.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      },
    ],
  ];
  const lines = [
    "## Users' datasets: 1,000,000 rows",
    '',
    `createDataset of ${n.toLocaleString('en')} synthetic rows (unique keys). Median of 7 runs; the hand loop tests the same predicate on the same rows and collects them (series sorts them too).`,
    '',
    '| call | library | hand loop | ratio |',
    '|---|--:|--:|--:|',
  ];
  for (const [name, lib, hand] of cases) {
    const a = time(lib);
    const b = time(hand);
    lines.push(`| ${name} | ${fmt(a, 1)} ms | ${fmt(b, 1)} ms | **${fmt(a / b)}×** |`);
  }
  lines.push(
    '',
    `First find (builds the index): **${fmt(firstFind, 0)} ms** (target ≤ 500 ms; a bare Map filled with one integer key per row took ${fmt(bareMap, 0)} ms in the same run); first query after it: ${fmt(firstQuery, 0)} ms. Heap: ${fmt(((h1 - h0) * 2 ** 20) / n, 0)} bytes per validated row, ${fmt(((h2 - h1) * 2 ** 20) / n, 0)} more per row for the index.`,
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
    `A ${fmt(big.length / 2 ** 20, 0)} MB file (${back.length.toLocaleString('en')} rows): fromCSV in ${fmt(tBig / 1000, 1)} s, ${fmt(h1 - h0, 0)} MB of heap for the rows it returns (${fmt(((h1 - h0) * 2 ** 20) / back.length, 0)} bytes a row). The same file with an unterminated quote on line 2: ${fmt(tBad, 0)} ms to the problem (${bad.problems[0]?.message.slice(0, 60)}…).`,
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('scale.ts')) {
  const only = process.argv.slice(2);
  if (!only.length || only.includes('scale')) console.log(await userScale());
  if (!only.length || only.includes('csv')) console.log(await csvBench());
}
