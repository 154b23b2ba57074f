/**
 * Sectors ranked: Shanxi's sectors in Q1 2021 against each other and against all industry,
 * with the rounding-aware gap, the leaders and laggards, how the ranking moved by H1, and a
 * ranking of ownership types.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/sector-comparison.ts
 */
import {
  compareSectors,
  find,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatValue,
  label,
  laggards,
  leaders,
  type PeriodInput,
  rankChanges,
} from 'shanxi-industry';

const period = '2021-Q1';
const total = find({ period });
console.log(`Shanxi, ${formatPeriod(period)}: all industry ${total?.value}% year on year`);

// decimals: true = every figure stands for the interval of numbers that round to it, so each
// gap gets its lowest and highest possible value, and figures that could be equal share a rank.
console.log(
  '\nrank  sector                                       yoy    gap to total (possible range)',
);
for (const r of compareSectors({ period, decimals: true })) {
  const gap = formatPoints(r.gapToTotal ?? 0, { sign: true, decimals: r.decimals });
  console.log(
    `${String(r.rank).padEnd(6)}${label(r.breakdown).padEnd(45)}${formatPercent(r.value).padStart(6)}  ${gap} (${r.gapLow} to ${r.gapHigh})`,
  );
}

const names = (rows: readonly { breakdown: string }[]) => rows.map((r) => label(r.breakdown));
console.log(`\nleaders:  ${names(leaders({ period, n: 2 })).join(', ')}`);
console.log(`laggards: ${names(laggards({ period, n: 2 })).join(', ')}`);

// Ranks among the sectors published in both periods; change > 0 means it moved up. The rows
// carry bare numbers, so the published figure (with its precision) is looked up with find.
const shown = (p: PeriodInput, breakdown: (typeof rows)[number]['breakdown']) => {
  const o = find({ period: p, breakdown });
  return o ? formatValue(o) : 'n/a';
};
const rows = rankChanges('2021-Q1', '2021-H1');
console.log(`\nfrom ${formatPeriod('2021-Q1')} to ${formatPeriod('2021-H1')}:`);
for (const c of rows) {
  const move = c.change > 0 ? `up ${c.change}` : c.change < 0 ? `down ${-c.change}` : 'same';
  const values = `${shown('2021-Q1', c.breakdown)} -> ${shown('2021-H1', c.breakdown)}`;
  console.log(
    `  ${label(c.breakdown).padEnd(42)} ${values.padEnd(16)} rank ${c.rankA} -> ${c.rankB} (${move})`,
  );
}

// Ownership types rank the same way; tied values share a rank.
console.log(`\nownership types, ${formatPeriod('2022-H1')}:`);
for (const r of compareSectors({ period: '2022-H1', kind: 'ownership' }))
  console.log(`  ${r.rank}. ${formatPercent(r.value).padStart(5)}  ${label(r.breakdown)}`);
