/**
 * Benchmark of the maths helpers: each helper against the same arithmetic written inline,
 * without checks. Prints a markdown table of values per second and the ratio helper time /
 * inline time.
 *
 * Run: `npx tsx bench/math.ts [--size=N] [--rounds=R] [--inlined] [name …]` (N values per
 * run, default 1,000,000; only the rows whose name starts with one of the names, e.g.
 * `growthRate applyGrowth`). `runMathBench()` returns the rows for other scripts (docs).
 *
 * What is measured. Both sides are called once per value through one generic loop, as
 * `values.map(fn)` or a user's `for` loop over a callback does: an indirect call that the
 * engine does not inline, whichever rows are selected (the loop is primed with several
 * callbacks before timing, so that the figures do not depend on how many rows run). The
 * ratio is then the helper's cost over one call of the bare formula. With `--inlined` each
 * row gets its own loop, so that the engine compiles the helper (or the formula) into it:
 * the bare formula costs a nanosecond or two there, and every check of a helper shows
 * several times over.
 *
 * Timing: after two warm-up runs, `rounds` (default 7) rounds that each run the helper and
 * the inline formula over the same values, back to back (in alternating order); the ratio is
 * the median of the rounds' ratios, so that a change of machine load between rounds cancels
 * out, and values per second come from the median time. Times are the process's CPU time
 * (`process.cpuUsage`, user + system), not the wall clock, so that other processes on a
 * shared machine count less.
 *
 * Inputs. The helpers compute exactly on the decimals their arguments are written as, so
 * their cost depends on the input. `published` rows take figures as statistics publish them
 * (short decimals: rates with one decimal such as 23.9, levels with one decimal such as
 * 1356.2, shares with three decimals): the scaled-integer fast path. `full-precision` rows
 * take doubles with 16–17 significant digits (`1 + random() × 1e4`, `random()`), such as a
 * computed ratio: the decimal path on BigInt, timed over a twentieth of the values.
 */
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
  /** The helper (and mode, and kind of input) timed. */
  readonly name: string;
  /** Helper calls per second. */
  readonly helperOpsPerSecond: number;
  /** Inline evaluations of the same arithmetic per second. */
  readonly inlineOpsPerSecond: number;
  /** Helper time / inline time (1 = as fast as inline): the median over the rounds. */
  readonly ratio: number;
}

/** Options of {@link runMathBench}. */
export interface MathBenchOptions {
  /** Values per run (default 1,000,000; full-precision rows use a twentieth). */
  readonly size?: number;
  /** Timed rounds per row (default 7). */
  readonly rounds?: number;
  /** Only the rows whose name starts with one of these (default: every row). */
  readonly only?: readonly string[];
  /** Compile each row's helper or formula into its own loop (default: one call per value). */
  readonly inlined?: boolean;
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

/** The value of one call for value `i`. */
type Fn = (i: number) => number;

/** The generic loop: one indirect call per value. */
function eachValue(f: Fn, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += f(i);
  return s;
}

/** A loop of its own for `f` (fresh code, so that the engine can inline `f` into it). */
let fresh = 0;
function ownLoop(f: Fn): (n: number) => number {
  const make = new Function(
    'f',
    `/* loop ${fresh++} */ return (n) => { let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; };`,
  ) as (f: Fn) => (n: number) => number;
  return make(f);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Runs the benchmark and returns one row per helper. */
export async function runMathBench(options: MathBenchOptions = {}): Promise<Row[]> {
  const n = options.size ?? 1_000_000;
  const slow = Math.max(1, Math.floor(n / 20));
  const rounds = options.rounds ?? 7;
  const next = random(20210331);
  const make = (f: () => number): Float64Array => Float64Array.from({ length: n }, f);
  /** One decimal, as published. */
  const one = (x: number): number => Math.round(x * 10) / 10;
  /** Published-looking rates with one decimal, −20.0 to 60.0. */
  const rates = make(() => one(next() * 80 - 20));
  const rates2 = make(() => one(next() * 80 - 20));
  /** Full-precision levels, 1 to 10001 (17 significant digits). */
  const levels = make(() => 1 + next() * 1e4);
  const levels2 = make(() => 1 + next() * 1e4);
  /** Published-looking levels with one decimal, 1.0 to 10001.0 (such as 1356.2 亿元). */
  const published = Float64Array.from(levels, one);
  const published2 = Float64Array.from(levels2, one);
  /** Full-precision rates (a computed rate, −20 to 60). */
  const exactRates = make(() => next() * 80 - 20);
  const exactRates2 = make(() => next() * 80 - 20);
  /** Published-looking shares (three decimals, 0.000 to 1.000) and full-precision ones. */
  const shares = make(() => Math.round(next() * 1000) / 1000);
  const exactShares = make(next);
  /** Published-looking indices (previous year = 100): 100 + rate. */
  const indices = Float64Array.from(rates, (r) => one(100 + r));
  /** Published-looking monthly rates (two decimals, −2.00 to 5.00). */
  const monthly = make(() => Math.round(next() * 700 - 200) / 100);
  /** impliedShare inputs: total between the two parts, parts at least 0.5 apart. */
  const partA = Float64Array.from(rates, (r) => one(r + 0.5 + next() * 5));
  const totals = Float64Array.from(rates, (r, i) => one(r + ((partA[i] as number) - r) * next()));
  const pairs = Array.from({ length: n }, (_, i) => [rates[i] as number, rates2[i] as number]);
  const d1 = { decimals: 1 } as const;
  const at = (a: Float64Array, i: number): number => a[i] as number;

  interface Task {
    readonly name: string;
    readonly size: number;
    readonly helper: Fn;
    readonly inline: Fn;
  }
  const tasks: Task[] = [];
  const add = (name: string, helper: Fn, inline: Fn, size = n) => {
    if (options.only?.length && !options.only.some((o) => name.startsWith(o))) return;
    tasks.push({ name, size, helper, inline });
  };

  for (const [kind, c, p, size] of [
    ['published levels', published, published2, n],
    ['full-precision levels', levels, levels2, slow],
  ] as const)
    add(
      `growthRate (${kind})`,
      (i) => growthRate(at(c, i), at(p, i)),
      (i) => ((at(c, i) - at(p, i)) / at(p, i)) * 100,
      size,
    );
  for (const [kind, l, size] of [
    ['published', published, n],
    ['full-precision level', levels, slow],
  ] as const) {
    add(
      `applyGrowth (${kind})`,
      (i) => applyGrowth(at(l, i), at(rates, i)),
      (i) => at(l, i) * (1 + at(rates, i) / 100),
      size,
    );
    add(
      `baseFromGrowth (${kind})`,
      (i) => baseFromGrowth(at(l, i), at(rates, i)),
      (i) => at(l, i) / (1 + at(rates, i) / 100),
      size,
    );
  }
  add(
    'percentagePointDifference (published)',
    (i) => percentagePointDifference(at(rates, i), at(rates2, i)),
    (i) => at(rates, i) - at(rates2, i),
  );
  add(
    'percentagePointDifference { decimals } (published)',
    (i) => percentagePointDifference(at(rates, i), at(rates2, i), d1).high,
    (i) => at(rates, i) + 0.05 - (at(rates2, i) - 0.05),
  );
  add(
    'compoundGrowth (2 published rates)',
    (i) => compoundGrowth(pairs[i] as number[]),
    (i) => {
      const p = pairs[i] as number[];
      return ((1 + (p[0] as number) / 100) * (1 + (p[1] as number) / 100) - 1) * 100;
    },
  );
  add(
    'compoundGrowth { decimals } (2 published rates)',
    (i) => compoundGrowth(pairs[i] as number[], d1).high,
    (i) => {
      const p = pairs[i] as number[];
      return (
        ((1 + ((p[0] as number) + 0.05) / 100) * (1 + ((p[1] as number) + 0.05) / 100) - 1) * 100
      );
    },
  );
  add(
    'averageGrowth (2 published rates)',
    (i) => averageGrowth(pairs[i] as number[]),
    (i) => {
      const p = pairs[i] as number[];
      return (Math.sqrt((1 + (p[0] as number) / 100) * (1 + (p[1] as number) / 100)) - 1) * 100;
    },
  );
  add(
    'averageGrowth arithmetic (2 published rates)',
    (i) => averageGrowth(pairs[i] as number[], { method: 'arithmetic' }),
    (i) => {
      const p = pairs[i] as number[];
      return ((p[0] as number) + (p[1] as number)) / 2;
    },
  );
  for (const [kind, p, r, size] of [
    ['published', rates, rates2, n],
    ['full-precision', exactRates, exactRates2, slow],
  ] as const)
    add(
      `twoYearAverage (${kind})`,
      (i) => twoYearAverage(at(p, i), at(r, i)),
      (i) => (Math.sqrt((1 + at(p, i) / 100) * (1 + at(r, i) / 100)) - 1) * 100,
      size,
    );
  add(
    'twoYearAverage { decimals } (published)',
    (i) => twoYearAverage(at(rates, i), at(rates2, i), d1).high,
    (i) =>
      (Math.sqrt((1 + (at(rates, i) + 0.05) / 100) * (1 + (at(rates2, i) + 0.05) / 100)) - 1) * 100,
  );
  add(
    'annualize (published monthly rate, 12)',
    (i) => annualize(at(monthly, i), 12),
    (i) => ((1 + at(monthly, i) / 100) ** 12 - 1) * 100,
  );
  add(
    'annualize (full-precision monthly rate, 12)',
    (i) => annualize(at(exactRates, i) / 12, 12),
    (i) => ((1 + at(exactRates, i) / 12 / 100) ** 12 - 1) * 100,
    slow,
  );
  add(
    'toIndex (published)',
    (i) => toIndex(at(rates, i)),
    (i) => 100 + at(rates, i),
  );
  add(
    'fromIndex (published)',
    (i) => fromIndex(at(indices, i)),
    (i) => at(indices, i) - 100,
  );
  add(
    'contribution (published)',
    (i) => contribution(at(shares, i), at(rates, i)),
    (i) => at(shares, i) * at(rates, i),
  );
  add(
    'contribution (full-precision share)',
    (i) => contribution(at(exactShares, i), at(rates, i)),
    (i) => at(exactShares, i) * at(rates, i),
    slow,
  );
  add(
    'contribution { decimals } (published)',
    (i) => contribution(at(shares, i), at(rates, i), d1).high,
    (i) => at(shares, i) * (at(rates, i) + 0.05),
  );
  add(
    'contributionRate (published)',
    (i) => contributionRate(at(rates, i), at(rates2, i) || 1),
    (i) => (at(rates, i) / (at(rates2, i) || 1)) * 100,
  );
  add(
    'impliedShare (published)',
    (i) => impliedShare(at(totals, i), at(partA, i), at(rates, i)),
    (i) => (at(totals, i) - at(rates, i)) / (at(partA, i) - at(rates, i)),
  );
  add(
    'impliedShare { decimals } (published)',
    (i) => impliedShare(at(totals, i), at(partA, i), at(rates, i), d1).estimate,
    (i) => (at(totals, i) - at(rates, i)) / (at(partA, i) - at(rates, i)),
  );
  add(
    'bounds (published)',
    (i) => bounds(at(rates, i), 1).high,
    (i) => at(rates, i) + 0.05,
  );

  // Prime the generic loop with several callbacks: its call is then megamorphic (never
  // inlined) whichever rows run, as in a loop over callbacks in a user's code.
  for (let k = 0; k < 8; k++) sink += eachValue((i) => i * k, 100);

  const rows: Row[] = [];
  for (const task of tasks) {
    const run = options.inlined
      ? (() => {
          const h = ownLoop(task.helper);
          const l = ownLoop(task.inline);
          return (f: Fn) => (f === task.helper ? h : l)(task.size);
        })()
      : (f: Fn) => eachValue(f, task.size);
    /** Milliseconds of this process's CPU time (user + system) that `f` takes. */
    const time = (f: Fn): number => {
      const t0 = process.cpuUsage();
      sink += run(f);
      const t = process.cpuUsage(t0);
      return (t.user + t.system) / 1000;
    };
    for (let w = 0; w < 2; w++) {
      time(task.helper);
      time(task.inline);
    }
    const helperTimes: number[] = [];
    const inlineTimes: number[] = [];
    const ratios: number[] = [];
    for (let r = 0; r < rounds; r++) {
      let h: number;
      let l: number;
      if (r % 2) {
        l = time(task.inline);
        h = time(task.helper);
      } else {
        h = time(task.helper);
        l = time(task.inline);
      }
      helperTimes.push(h);
      inlineTimes.push(l);
      ratios.push(h / l);
    }
    rows.push({
      name: task.name,
      helperOpsPerSecond: task.size / (median(helperTimes) / 1000),
      inlineOpsPerSecond: task.size / (median(inlineTimes) / 1000),
      ratio: median(ratios),
    });
  }
  return rows;
}

/** The rows as a markdown table. */
export function formatMathBench(rows: readonly Row[]): string {
  const m = (x: number): string =>
    x < 1e6 ? `${(x / 1e3).toFixed(0)} k` : `${(x / 1e6).toFixed(1)} M`;
  return [
    '| helper (inputs) | helper ops/s | inline ops/s | helper/inline time |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${m(r.helperOpsPerSecond)} | ${m(r.inlineOpsPerSecond)} | ${r.ratio.toFixed(2)}× |`,
    ),
  ].join('\n');
}

// (by file name: in the bundle `npm run bench` runs, every module's import.meta.url is run.mjs)
if (/math\.(ts|mjs)$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const value = (flag: string): number | undefined => {
    const a = args.find((x) => x.startsWith(`--${flag}=`));
    return a === undefined ? undefined : Number(a.slice(flag.length + 3));
  };
  const size = value('size');
  const rounds = value('rounds');
  const rows = await runMathBench({
    only: args.filter((a) => !a.startsWith('--')),
    inlined: args.includes('--inlined'),
    ...(size === undefined ? {} : { size }),
    ...(rounds === undefined ? {} : { rounds }),
  });
  console.log(formatMathBench(rows));
  console.log(`\n(node ${process.version}; ${sink === 0 ? '' : 'checksum ok'})`);
}
