/**
 * Chart text fitting at scale (issue 15): labels and titles far longer than any chart shows.
 * Fitting is linear and measures only what fits, so these take milliseconds; in 0.1 they were
 * quadratic (1,000 bars with 10,000-character labels at width 100,000 took 418 s).
 * `npx tsx bench/chart.ts` prints the table; `npm run bench` puts it in docs/performance.md.
 */
import { barChart, lineChart } from '../src/chart/index.js';

const seconds = (f: () => unknown): number => {
  const t = performance.now();
  f();
  return (performance.now() - t) / 1000;
};

/** The cases: what is drawn, and how long it takes (median of 3 runs, seconds). */
export function runChartBench(): { name: string; seconds: number; bytes: number }[] {
  const cases: [string, () => string][] = [
    [
      '10 bars × 7,000-character labels, width 100,000 (0.1: 4 s)',
      () =>
        barChart(
          Array.from({ length: 10 }, (_, i) => ({ label: 'x'.repeat(7_000), value: i })),
          { width: 1e5 },
        ),
    ],
    [
      '20-line × 12,000-character title, width 100,000 (0.1: 19 s)',
      () =>
        barChart([{ value: 1 }], {
          title: Array.from({ length: 20 }, () => 'y'.repeat(12_000)).join('\n'),
          width: 1e5,
        }),
    ],
    [
      '1,000 bars × 10,000-character labels, width 100,000 (0.1: 418 s)',
      () =>
        barChart(
          Array.from({ length: 1_000 }, (_, i) => ({
            label: `${i}${'z'.repeat(10_000)}`,
            value: i,
          })),
          { width: 1e5 },
        ),
    ],
    [
      '10,000 bars (the limit)',
      () => barChart(Array.from({ length: 10_000 }, (_, i) => ({ label: `bar ${i}`, value: i }))),
    ],
    [
      '100,000 line points (the limit), 2 lines',
      () => {
        const points = Array.from({ length: 50_000 }, (_, i) => ({
          period: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
          value: i % 7,
        }));
        return lineChart([
          { name: 'a', points },
          { name: 'b', points },
        ]);
      },
    ],
  ];
  return cases.map(([name, f]) => {
    let bytes = 0;
    const times = [0, 1, 2].map(() =>
      seconds(() => {
        bytes = f().length;
      }),
    );
    return { name, seconds: times.sort((a, b) => a - b)[1]!, bytes };
  });
}

/** The results as a Markdown section. */
export function formatChartBench(results: ReturnType<typeof runChartBench>): string {
  return [
    '## Charts at scale',
    '',
    'Label and title fitting is linear and measures only what fits the width (median of 3 runs).',
    '',
    '| chart | time | SVG size |',
    '|---|--:|--:|',
    ...results.map(
      (r) => `| ${r.name} | ${r.seconds.toFixed(3)} s | ${(r.bytes / 1e6).toFixed(1)} MB |`,
    ),
    '',
  ].join('\n');
}

if (process.argv[1]?.endsWith('chart.ts')) console.log(formatChartBench(runChartBench()));
