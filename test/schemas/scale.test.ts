/**
 * Issue 15, class 1, at scale: 1,300,000 bad rows under a 512 MB heap give a coded error with
 * a capped list (they used to end Node with a fatal out-of-memory error). A child process, so
 * the heap limit is real; the figures are not timed assertions, only the outcome is checked.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

it('1,300,000 rows of {} under --max-old-space-size=512: INVALID_OBSERVATIONS, 100 details', () => {
  const out = execFileSync(
    process.execPath,
    ['--max-old-space-size=512', '--import', 'tsx', 'scripts/scale-invalid.ts', '1300000'],
    { cwd: root, encoding: 'utf8' },
  );
  const result = JSON.parse(out);
  expect(result).toMatchObject({
    rows: 1_300_000,
    code: 'INVALID_OBSERVATIONS',
    details: 100,
    safe: { kept: 100, problemCount: 10_400_000, badRows: 1_300_000 },
  });
  expect(result.message).toMatch(
    /^1300000 invalid observation rows \(10400000 problems; the first 100 are in details\): \[0\.region\]/,
  );
  expect(result.heapUsedMB).toBeLessThan(512);
}, 120_000);
