/**
 * Quick start: one figure, a query, a series, a ranking, and formatting in English and Chinese.
 * Every number printed comes from the shipped data.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/quick-start.ts
 */
import {
  compareSectors,
  find,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatValue,
  label,
  query,
  series,
  sourceOf,
} from 'shanxi-industry';

// 1. One figure. Defaults: region shanxi, indicator value-added, breakdown total, measure yoy.
const coal = find({ period: '2021-Q1', breakdown: 'sector:coal' });
if (coal === undefined) throw new Error('no figure for coal in Q1 2021');
console.log(`${label(coal.breakdown)}, ${formatPeriod(coal.period)}: ${formatValue(coal)}`);
console.log(`${label(coal.breakdown, 'zh')}，${formatPeriod(coal.period, 'zh')}：${coal.value}%`);
const source = sourceOf(coal);
console.log(`source ${coal.source}: ${source?.publisher} (${source?.kind}) ${source?.url}`);

// 2. A query: every field takes one value or a list. Name the region and the measure, or
//    China's figures and other measures come along too.
const rows = query({
  region: 'shanxi',
  measure: 'yoy',
  period: '2021-Q1',
  breakdown: ['total', 'sector:coal', 'sector:non-coal'],
});
console.log('\nShanxi, Q1 2021:');
for (const o of rows) console.log(`  ${label(o.breakdown).padEnd(20)} ${formatValue(o)}`);

// 3. A series: one figure per period, in time order. Year-to-date and single-month rates are
//    different series, so say which one you want.
console.log('\nShanxi, year to date, 2021:');
for (const o of series({ year: 2021, kind: 'year-to-date' }))
  console.log(
    `  ${formatPeriod(o.period).padEnd(12)} ${formatPercent(o.value, { decimals: o.decimals })}`,
  );

// 4. A comparison: the sectors of one period ranked, each with its gap to the total in points.
console.log('\nSectors, Q1 2021 (gap to all industry):');
for (const r of compareSectors({ period: '2021-Q1' }))
  console.log(
    `  ${r.rank}. ${label(r.breakdown).padEnd(42)} ${formatPercent(r.value, { decimals: r.decimals })}  ${formatPoints(r.gapToTotal ?? 0, { sign: true, decimals: r.decimals })}`,
  );
