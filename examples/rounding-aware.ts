/**
 * The maths on published (rounded) figures: the 2021 two-year average rebuilt from the stored
 * pair of rates, a gap in percentage points, and the share of coal implied by three rates,
 * each with the range that rounding allows.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/rounding-aware.ts
 */
import {
  find,
  formatPercent,
  impliedShare,
  percentagePointDifference,
  twoYearAverage,
} from 'shanxi-industry';

const need = (o: ReturnType<typeof find>, what: string) => {
  if (o === undefined) throw new Error(`missing: ${what}`);
  return o;
};
const r4 = (x: number) => x.toFixed(4);

// 1. China, Q1: the two year-on-year rates and the published two-year average.
const q1in2020 = need(find({ region: 'china', period: '2020-Q1' }), 'China Q1 2020');
const q1in2021 = need(find({ region: 'china', period: '2021-Q1' }), 'China Q1 2021');
const published = need(
  find({ region: 'china', period: '2021-Q1', measure: 'two-year-average' }),
  'China Q1 2021 two-year average',
);
const avg = twoYearAverage(q1in2020.value, q1in2021.value, { decimals: 1 });
console.log(`China, Q1: ${q1in2020.value}% in 2020, ${q1in2021.value}% in 2021`);
console.log(
  `  two-year average rebuilt: ${r4(avg.estimate)} (range ${r4(avg.low)} to ${r4(avg.high)})`,
);
console.log(
  `  rounded: ${formatPercent(avg.estimate, { decimals: 1 })}; published: ${formatPercent(published.value)}`,
);

// 2. China, 2021: high-tech manufacturing against all industry, in percentage points.
const hiTech = need(
  find({ region: 'china', period: '2021', breakdown: 'sector:high-tech-manufacturing' }),
  'high-tech',
);
const all = need(find({ region: 'china', period: '2021' }), 'China 2021');
const gap = percentagePointDifference(hiTech.value, all.value, { decimals: 1 });
console.log(`\nChina, 2021: high-tech manufacturing ${hiTech.value}%, all industry ${all.value}%`);
console.log(`  gap ${gap.estimate} points (between ${gap.low} and ${gap.high} before rounding)`);

// 3. Shanxi, Q1 2021: the base-period share of coal that makes coal and non-coal average to
//    the total. At face value one third; the rounding of the three rates allows 0 to 2/3.
const total = need(find({ period: '2021-Q1' }), 'total');
const coal = need(find({ period: '2021-Q1', breakdown: 'sector:coal' }), 'coal');
const nonCoal = need(find({ period: '2021-Q1', breakdown: 'sector:non-coal' }), 'non-coal');
const share = impliedShare(total.value, coal.value, nonCoal.value, { decimals: 1 });
console.log(
  `\nShanxi, Q1 2021: total ${total.value}%, coal ${coal.value}%, non-coal ${nonCoal.value}%`,
);
console.log(
  `  implied share of coal: ${r4(share.estimate)}, anywhere from ${r4(share.low)} to ${r4(share.high)}`,
);
