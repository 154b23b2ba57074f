/**
 * The demo: Shanxi's industrial growth in Q1 2021, every published sector ranked against the
 * total, with China for comparison and the source of each figure.
 *
 * Run: npm run demo
 */
import { find, formatPeriod, label, query, sourceOf } from 'shanxi-industry';

const period = '2021-Q1';
const total = find({ period })!;
const rows = query({ region: 'shanxi', period, measure: 'yoy', indicator: 'value-added' })
  .filter((o) => o.breakdown.startsWith('sector:'))
  .slice()
  .sort((a, b) => b.value - a.value);

console.log(
  `Shanxi, value added of industry above designated size, ${formatPeriod(period)} (${formatPeriod(period, 'zh')})`,
);
console.log('year-on-year growth, percent; gap to the total in percentage points\n');
const w = Math.max(22, ...rows.map((o) => label(o.breakdown).length)) + 2;
console.log(
  `${'rank'.padEnd(5)}${'sector'.padEnd(w)}${'yoy %'.padStart(7)}${'gap pp'.padStart(8)}`,
);
rows.forEach((o, i) => {
  const gap = (o.value - total.value).toFixed(Math.max(o.decimals, total.decimals));
  console.log(
    `${String(i + 1).padEnd(5)}${label(o.breakdown).padEnd(w)}${o.value.toFixed(o.decimals).padStart(7)}${(Number(gap) > 0 ? `+${gap}` : gap).padStart(8)}`,
  );
});
console.log(
  `${''.padEnd(5)}${label('total').padEnd(w)}${total.value.toFixed(total.decimals).padStart(7)}`,
);
const china = find({ period, region: 'china' });
if (china)
  console.log(
    `${''.padEnd(5)}${'China, all industry'.padEnd(w)}${china.value.toFixed(china.decimals).padStart(7)}`,
  );

const cited = [...new Set([total, ...rows, ...(china ? [china] : [])].map((o) => o.source))];
console.log('\nSources:');
for (const id of cited) {
  const s = sourceOf(id)!;
  console.log(`  ${id}: ${s.publisher}, "${s.title}" (${s.published ?? 'undated'}) ${s.url}`);
}
