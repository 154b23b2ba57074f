/**
 * Your own rows: validate them with parseObservations (every problem of every row is listed,
 * with its path), then query them, alone or with the shipped data, through createDataset.
 *
 * The rows here are copies of shipped figures, as if typed into a spreadsheet from the source
 * page and loaded as JSON (values as strings); the bad ones carry deliberate mistakes.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/validate-your-data.ts
 */
import {
  formatValue,
  isShanxiIndustryError,
  type Observation,
  observations,
  query,
  sources,
} from 'shanxi-industry';
// Validation loads zod, so it has an entry of its own; the root entry stays light.
import { createDataset, parseObservations } from 'shanxi-industry/schemas';

/** A shipped observation as a plain JSON row of a user's own, citing their own source id. */
const asUserRow = (o: Observation, changes: Record<string, unknown> = {}) => ({
  region: o.region,
  indicator: o.indicator,
  breakdown: o.breakdown,
  period: '2021-Q1', // an alias; it is stored in canonical form
  measure: o.measure,
  value: o.value.toFixed(o.decimals), // a decimal string keeps its written precision
  unit: o.unit,
  // the scope is part of the key: without it the row would be a figure of unstated scope,
  // a different statistic from the shipped above-size one
  ...(o.scope === undefined ? {} : { scope: o.scope }),
  source: 'my-sheet',
  ...changes,
});

const picked = query({
  region: 'shanxi',
  period: '2021-Q1',
  measure: 'yoy',
  breakdown: ['total', 'sector:coal'],
});
const [total, coal] = picked;
if (total === undefined || coal === undefined) throw new Error('figures missing');
const good = [asUserRow(total), asUserRow(coal)];

// 1. Two bad rows after the good ones: nothing is half-accepted, and every problem is listed.
const input: unknown = [
  ...good,
  asUserRow(coal, { breakdown: 'sector:cole', period: '2021-Q5', value: 'n/a' }),
  asUserRow(total, { measure: 'level' }), // a level cannot be in percent
];
try {
  parseObservations(input);
} catch (e) {
  if (!isShanxiIndustryError(e)) throw e;
  console.log(`${e.code}: ${e.details.length} problems`);
  for (const d of e.details) console.log(`  [${d.path.join('.')}] ${d.message}`);
}

// 2. The good rows, validated and normalised.
const rows = parseObservations(good);
for (const o of rows)
  console.log(`${o.breakdown} ${o.period} value=${o.value} decimals=${o.decimals}`);

// 3. A dataset of your rows alone, and one of yours with the shipped data. Pass the shipped
//    sources along: the preference between disagreeing sources is decided by their kind.
const mySource = {
  id: 'my-sheet',
  url: 'https://example.org/my-sheet',
  title: 'My transcription of the Q1 2021 release',
  publisher: 'Me',
  language: 'en',
  kind: 'reprint',
};
const mine = createDataset(good, { sources: [mySource] });
const coalMine = mine.find({ period: '2021-Q1', breakdown: 'sector:coal' });
console.log(`\nmine: coal, Q1 2021 = ${coalMine ? formatValue(coalMine) : 'n/a'}`);

const both = createDataset([...observations, ...good], { sources: [...sources, mySource] });
const alts = both.alternatives({ period: '2021-Q1', breakdown: 'sector:coal' });
console.log(
  `both: ${alts.map((o) => `${o.source} (${both.sourceOf(o)?.kind}) ${o.value}`).join('; ')}`,
);
console.log(
  `both: preferred source ${both.find({ period: '2021-Q1', breakdown: 'sector:coal' })?.source}`,
);
