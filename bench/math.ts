/**
 * Benchmark of the maths helpers (tinybench): each helper over 1,000,000 values against the
 * same arithmetic written inline, without checks. Prints a markdown table of values per
 * second and the ratio helper time / inline time.
 *
 * Run: `npx tsx bench/math.ts [--size=N] [name …]` (N values per run; only the helpers whose name starts with one of the
 * names, e.g. `growthRate applyGrowth`). `runMathBench()` returns the rows for other scripts
 * (docs).
 *
 * The helpers compute exactly on the decimals their arguments are written as, so their cost
 * depends on the input: published figures (short decimals, the `published` rows) take the
 * scaled-integer fast path; full-precision doubles such as `1 + Math.random() × 1e4` (17
 * significant digits) take the BigInt path.
 */
import { pathToFileURL } from 'node:url';
import { Bench } from 'tinybench';
import {
  annualize,
  applyGrowth,
  averageGrowth,
  baseFromGrowth,
  bounds,
  compoundGrowth,
  contribution,
  contributionRate,
  fromIndex,
  growthRate,
  impliedShare,
  percentagePointDifference,
  toIndex,
  twoYearAverage,
} from '../src/math/index.js';

/** One line of the result table. */
export interface Row {
  /** The helper (and mode) timed. */
  readonly name: string;
  /** Helper calls per second. */
  readonly helperOpsPerSecond: number;
  /** Inline evaluations of the same arithmetic per second. */
  readonly inlineOpsPerSecond: number;
  /** Helper time / inline time (1 = as fast as inline). */
  readonly ratio: number;
}

/** Options of {@link runMathBench}. */
export interface MathBenchOptions {
  /** Values per task run (default 1,000,000). */
  readonly size?: number;
  /** Time budget per task in milliseconds (default 400). */
  readonly time?: number;
  /** Only the helpers whose name starts with one of these (default: every helper). */
  readonly only?: readonly string[];
}

/** A small deterministic generator (mulberry32), so that runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sink that keeps the engine from discarding the loops. */
let sink = 0;

/** Runs the benchmark and returns one row per helper. */
export async function runMathBench(options: MathBenchOptions = {}): Promise<Row[]> {
  const n = options.size ?? 1_000_000;
  const next = random(20210331);
  /** Published-looking rates with one decimal, −20.0 to 60.0. */
  const rates = Float64Array.from({ length: n }, () => Math.round(next() * 800 - 200) / 10);
  const rates2 = Float64Array.from({ length: n }, () => Math.round(next() * 800 - 200) / 10);
  /** Positive levels. */
  const levels = Float64Array.from({ length: n }, () => 1 + next() * 1e4);
  const levels2 = Float64Array.from({ length: n }, () => 1 + next() * 1e4);
  /** Published-looking levels with one decimal, 0.1 to 10000.0 (such as 135658.2 万吨 / 10). */
  const published = Float64Array.from(levels, (x) => Math.round(x * 10) / 10);
  const published2 = Float64Array.from(levels2, (x) => Math.round(x * 10) / 10);
  const shares = Float64Array.from({ length: n }, () => next());
  /** impliedShare inputs: total between the two parts, parts at least 0.5 apart. */
  const partA = Float64Array.from(rates, (r) => Math.round((r + 0.5 + next() * 5) * 10) / 10);
  const totals = Float64Array.from(rates, (r, i) => {
    const a = partA[i] as number;
    return Math.round((r + (a - r) * next()) * 10) / 10;
  });
  const pairs = Array.from({ length: n }, (_, i) => [rates[i] as number, rates2[i] as number]);
  const d1 = { decimals: 1 } as const;

  type Loop = () => void;
  const tasks: [string, Loop, Loop][] = [];
  const add = (name: string, helper: (i: number) => number, inline: (i: number) => number) => {
    if (options.only?.length && !options.only.some((o) => name.startsWith(o))) return;
    tasks.push([
      name,
      () => {
        let s = 0;
        for (let i = 0; i < n; i++) s += helper(i);
        sink += s;
      },
      () => {
        let s = 0;
        for (let i = 0; i < n; i++) s += inline(i);
        sink += s;
      },
    ]);
  };
  const at = (a: Float64Array, i: number): number => a[i] as number;

  add(
    'growthRate',
    (i) => growthRate(at(levels, i), at(levels2, i)),
    (i) => ((at(levels, i) - at(levels2, i)) / at(levels2, i)) * 100,
  );
  add(
    'growthRate (published levels)',
    (i) => growthRate(at(published, i), at(published2, i)),
    (i) => ((at(published, i) - at(published2, i)) / at(published2, i)) * 100,
  );
  add(
    'applyGrowth (published level)',
    (i) => applyGrowth(at(published, i), at(rates, i)),
    (i) => at(published, i) + at(published, i) * (at(rates, i) / 100),
  );
  add(
    'applyGrowth',
    (i) => applyGrowth(at(levels, i), at(rates, i)),
    (i) => at(levels, i) + at(levels, i) * (at(rates, i) / 100),
  );
  add(
    'baseFromGrowth',
    (i) => baseFromGrowth(at(levels, i), at(rates, i)),
    (i) => (at(levels, i) / (100 + at(rates, i))) * 100,
  );
  add(
    'percentagePointDifference',
    (i) => percentagePointDifference(at(rates, i), at(rates2, i)),
    (i) => at(rates, i) - at(rates2, i),
  );
  add(
    'percentagePointDifference { decimals }',
    (i) => percentagePointDifference(at(rates, i), at(rates2, i), d1).high,
    (i) => at(rates, i) + 0.05 - (at(rates2, i) - 0.05),
  );
  add(
    'compoundGrowth (2 rates)',
    (i) => compoundGrowth(pairs[i] as number[]),
    (i) => {
      const p = pairs[i] as number[];
      return ((1 + (p[0] as number) / 100) * (1 + (p[1] as number) / 100) - 1) * 100;
    },
  );
  add(
    'averageGrowth (2 rates)',
    (i) => averageGrowth(pairs[i] as number[]),
    (i) => {
      const p = pairs[i] as number[];
      return (Math.sqrt((1 + (p[0] as number) / 100) * (1 + (p[1] as number) / 100)) - 1) * 100;
    },
  );
  add(
    'twoYearAverage',
    (i) => twoYearAverage(at(rates, i), at(rates2, i)),
    (i) => (Math.sqrt((1 + at(rates, i) / 100) * (1 + at(rates2, i) / 100)) - 1) * 100,
  );
  add(
    'twoYearAverage { decimals }',
    (i) => twoYearAverage(at(rates, i), at(rates2, i), d1).high,
    (i) =>
      (Math.sqrt((1 + (at(rates, i) + 0.05) / 100) * (1 + (at(rates2, i) + 0.05) / 100)) - 1) * 100,
  );
  add(
    'annualize (12)',
    (i) => annualize(at(rates, i) / 12, 12),
    (i) => ((1 + at(rates, i) / 12 / 100) ** 12 - 1) * 100,
  );
  add(
    'toIndex',
    (i) => toIndex(at(rates, i)),
    (i) => 100 + at(rates, i),
  );
  add(
    'fromIndex',
    (i) => fromIndex(100 + at(rates, i)),
    (i) => 100 + at(rates, i) - 100,
  );
  add(
    'contribution',
    (i) => contribution(at(shares, i), at(rates, i)),
    (i) => at(shares, i) * at(rates, i),
  );
  add(
    'contributionRate',
    (i) => contributionRate(at(rates, i), at(rates2, i) || 1),
    (i) => (at(rates, i) / (at(rates2, i) || 1)) * 100,
  );
  add(
    'impliedShare',
    (i) => impliedShare(at(totals, i), at(partA, i), at(rates, i)),
    (i) => (at(totals, i) - at(rates, i)) / (at(partA, i) - at(rates, i)),
  );
  add(
    'bounds',
    (i) => bounds(at(rates, i), 1).high,
    (i) => at(rates, i) + 0.05,
  );

  const bench = new Bench({ time: options.time ?? 400, iterations: 5, warmupIterations: 2 });
  for (const [name, helper, inline] of tasks) {
    bench.add(`${name} — helper`, helper);
    bench.add(`${name} — inline`, inline);
  }
  await bench.run();

  const opsPerSecond = (name: string): number => {
    const result = bench.getTask(name)?.result;
    if (!result || !('latency' in result)) throw new Error(`${name} did not complete`);
    return n / (result.latency.mean / 1000);
  };
  return tasks.map(([name]) => {
    const helper = opsPerSecond(`${name} — helper`);
    const inline = opsPerSecond(`${name} — inline`);
    return { name, helperOpsPerSecond: helper, inlineOpsPerSecond: inline, ratio: inline / helper };
  });
}

/** The rows as a markdown table. */
export function formatMathBench(rows: readonly Row[]): string {
  const m = (x: number): string => `${(x / 1e6).toFixed(1)} M`;
  return [
    '| helper | helper ops/s | inline ops/s | helper/inline time |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${m(r.helperOpsPerSecond)} | ${m(r.inlineOpsPerSecond)} | ${r.ratio.toFixed(2)}× |`,
    ),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const size = args.find((a) => a.startsWith('--size='));
  const only = args.filter((a) => !a.startsWith('--'));
  const rows = await runMathBench(size ? { only, size: Number(size.slice(7)) } : { only });
  console.log(formatMathBench(rows));
  console.log(`\n(node ${process.version}; ${sink === 0 ? '' : 'checksum ok'})`);
}
