/**
 * Every program in examples/ runs (through tsx, against the sources, as a user would run it from
 * the repository root), exits 0, prints something, prints no NaN/undefined/Infinity, and prints
 * a few exact pieces of its known output, all of them figures of the shipped data.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const examples = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.ts'))
  .sort();

/** Exact substrings each example must print (copied from its real output). */
const expected: Record<string, readonly string[]> = {
  'demo.ts': ['Coal industry', '24.1', '23.9', 'China, all industry', 'Sources:', 's032'],
  'quick-start.ts': [
    'Coal industry, Q1 2021: 24.1%',
    '煤炭工业，2021年一季度：24.1%',
    'source s032: China Daily (state-media) https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm',
    '  All industry         23.9%',
    '  Non-coal industries  23.8%',
    '  Q1–Q3 2021   14.0%',
    '  1. Equipment manufacturing                    41.8%  +17.9 points',
    '  5. Non-coal industries                        23.8%  -0.1 points',
  ],
  'sector-comparison.ts': [
    'Shanxi, Q1 2021: all industry 23.9% year on year',
    '4     Coal industry                                 24.1%  +0.2 points (0.1 to 0.3)',
    'leaders:  Equipment manufacturing, Industrial strategic emerging industries',
    'laggards: Non-coal industries, Coal industry',
    'High-tech manufacturing                    25.3% -> 36.5%   rank 3 -> 1 (up 2)',
    '  2.  9.2%  Private enterprises',
    '  2.  9.2%  State-holding enterprises',
  ],
  'shanxi-vs-china.ts': [
    'Q1 2021, All industry: Shanxi 23.9%, China 24.5%, gap -0.6 points',
    '  2021             12.7%    9.6%  +3.1 points',
    '  2023              4.6%    4.6%  0.0 points',
    '  Q1–Q3 2021       14.0%   11.8%  +2.2 points',
    '  2022              8.7%    3.0%  +5.7 points',
  ],
  'validate-your-data.ts': [
    'INVALID_OBSERVATIONS: 4 problems',
    '[2.breakdown] breakdown: expected',
    '"sector:cole"',
    '[2.period] period: expected a period id such as 2021, 2021-05, 2021-01/2021-05 or an alias such as 2021-Q1, got "2021-Q5"',
    '[2.value]',
    '[3.unit] unit: expected a unit that fits measure "level" (a level unit such as tonnes-10k or yuan-100m), got "percent"',
    'sector:coal 2021-01/2021-03 value=24.1 decimals=1',
    'mine: coal, Q1 2021 = 24.1%',
    'both: s032 (state-media) 24.1; my-sheet (reprint) 24.1',
    'both: preferred source s032',
  ],
  'export.ts': [
    'id,region,indicator,indicator_label,breakdown,breakdown_label,period,period_label,kind,year,measure,value,unit,qualifier,scope,decimals,source,source_url,note,year_basis',
    'f0159,shanxi,value-added,Value added of industry above designated size,total,All industry,2021-01/2021-03,Q1 2021,year-to-date,2021,yoy,23.9,percent,,above-size,1,s032,https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm,',
    '4,shanxi,2021-01/2021-03,Q1 2021,sector:coal,Coal industry,24.1,percent,,above-size,1,0.2,s032',
    'dimensions: region x indicator x breakdown x measure x period = 2 x 1 x 1 x 2 x 1',
    'role: {"time":["period"],"geo":["region"],"metric":["measure"]}',
    'value: {"0":23.9,"2":24.5,"3":6.8}',
    '{"version":"2.0","class":"dataset"',
  ],
  'rounding-aware.ts': [
    'China, Q1: -8.4% in 2020, 24.5% in 2021',
    'two-year average rebuilt: 6.7904 (range 6.7399 to 6.8410)',
    'rounded: 6.8%; published: 6.8%',
    'gap 8.6 points (between 8.5 and 8.7 before rounding)',
    'Shanxi, Q1 2021: total 23.9%, coal 24.1%, non-coal 23.8%',
    'implied share of coal: 0.3333, anywhere from 0.0000 to 0.6667',
  ],
};

function run(file: string): string {
  return execFileSync(
    process.execPath,
    [tsxCli, '--tsconfig', 'examples/tsconfig.json', join('examples', file)],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

describe('examples/', () => {
  it('holds the example programs', () => {
    for (const name of Object.keys(expected)) expect(examples).toContain(name);
  });

  for (const file of examples) {
    it(`${file} runs and prints its known output`, () => {
      const out = run(file); // throws, failing the test, on a non-zero exit
      expect(out.trim().length).toBeGreaterThan(0);
      expect(out).not.toMatch(/\bNaN\b|\bundefined\b|\bInfinity\b/);
      for (const piece of expected[file] ?? []) expect(out).toContain(piece);
    });
  }
});
