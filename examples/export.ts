/**
 * Export for a spreadsheet or another tool: CSV (RFC 4180, with a source_url column when the
 * shipped sources are passed) and a JSON-stat 2.0 dataset, both written to stdout.
 *
 * Run: npx tsx --tsconfig examples/tsconfig.json examples/export.ts
 */
import { compareSectors, query, sources } from 'shanxi-industry';
import { toCSV, toJSONStat } from 'shanxi-industry/export';

// Shanxi and China, all industry, Q1 2021: every measure published for that key.
const rows = query({ period: '2021-Q1', breakdown: 'total' });

console.log('# observations as CSV');
console.log(toCSV(rows, { sources, newline: '\n' }));

// compareSectors rows export too, with their rank and gap to the total.
console.log('# sector ranking as CSV');
console.log(toCSV(compareSectors({ period: '2021-Q1' }), { newline: '\n' }));

// JSON-stat: one cube (region x indicator x breakdown x measure x period), with labels in
// English (and Chinese under extension.zh), units with their decimals, and the sources cited.
const cube = toJSONStat(rows, { sources });
console.log('# JSON-stat 2.0');
console.log(`dimensions: ${cube.id.join(' x ')} = ${cube.size.join(' x ')}`);
console.log(`role: ${JSON.stringify(cube.role)}`);
console.log(`value: ${JSON.stringify(cube.value)}`);
console.log(`source: ${cube.source}`);
console.log('# the whole dataset, one line (pipe it to a .json file)');
console.log(JSON.stringify(cube));
