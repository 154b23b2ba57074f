/**
 * Scale check for issue 15, class 1: 1,300,000 bad rows (a 3.9 MB JSON of `{}`) must give a
 * coded error with a capped list, in bounded memory. Run under a small heap, as the test
 * `test/schemas/scale.test.ts` does:
 *
 *   node --max-old-space-size=512 --import tsx scripts/scale-invalid.ts
 *
 * Prints one JSON line: the error code, how many details were kept, the message's head, the
 * time taken and the heap used.
 */
import { isShanxiIndustryError } from '../src/errors.js';
import { parseObservations, safeParseObservations } from '../src/query/validate.js';

const rows = Number(process.argv[2] ?? 1_300_000);
const json = `[${Array.from({ length: rows }, () => '{}').join(',')}]`;
const input: unknown = JSON.parse(json);
const start = performance.now();
let result: Record<string, unknown> = { rows, jsonBytes: json.length };
try {
  parseObservations(input);
  result.error = 'none';
} catch (e) {
  if (!isShanxiIndustryError(e)) throw e;
  result = {
    ...result,
    code: e.code,
    details: e.details.length,
    message: e.message.slice(0, 120),
  };
}
result.parseMs = Math.round(performance.now() - start);
const t = performance.now();
const safe = safeParseObservations(input);
result.safe = {
  kept: safe.problems.length,
  problemCount: safe.problemCount,
  badRows: safe.badRows,
  ms: Math.round(performance.now() - t),
};
result.heapUsedMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
result.rssMB = Math.round(process.memoryUsage().rss / 2 ** 20);
console.log(JSON.stringify(result));
