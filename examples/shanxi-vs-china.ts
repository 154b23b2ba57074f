/**
 * Shanxi against China: one period with compareWithBenchmark, then the gap over time with
 * gapSeries, keeping whole-year and year-to-date rates apart (they are different series).
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/shanxi-vs-china.ts
 */
import {
  type Breakdown,
  compareWithBenchmark,
  find,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatValue,
  type GapPoint,
  gapSeries,
  label,
  type PeriodId,
  type Region,
} from 'shanxi-industry';

const q1 = compareWithBenchmark({ period: '2021-Q1' });
if (q1 !== undefined)
  console.log(
    `${formatPeriod(q1.period)}, ${label(q1.breakdown)}: Shanxi ${formatPercent(q1.value)}, China ${formatPercent(q1.benchmark)}, gap ${formatPoints(q1.gap, { sign: true })}`,
  );

// A gap point holds bare numbers; the figure as published (its own precision, any qualifier)
// is one find away.
const shown = (region: Region, period: PeriodId, breakdown: Breakdown): string => {
  const o = find({ region, period, breakdown });
  return o === undefined ? 'n/a' : formatValue(o);
};

function table(title: string, breakdown: Breakdown, points: readonly GapPoint[]): void {
  console.log(`\n${title}`);
  console.log(`  ${'period'.padEnd(14)}${'Shanxi'.padStart(8)}${'China'.padStart(8)}  gap`);
  for (const p of points)
    console.log(
      `  ${formatPeriod(p.period).padEnd(14)}${shown('shanxi', p.period, breakdown).padStart(8)}${shown('china', p.period, breakdown).padStart(8)}  ${formatPoints(p.gap, { decimals: p.decimals, sign: true })}`,
    );
}

// Whole years, all industry (value added, year on year).
table('Whole years, all industry:', 'total', gapSeries({ kind: 'year' }));

// Year-to-date rates of 2021 and 2022.
table('Year to date, 2021-2022:', 'total', gapSeries({ kind: 'year-to-date', year: [2021, 2022] }));

// One sector: manufacturing, every period where both sides were published.
table(
  `${label('sector:manufacturing')}, whole years:`,
  'sector:manufacturing',
  gapSeries({ breakdown: 'sector:manufacturing', kind: 'year' }),
);
