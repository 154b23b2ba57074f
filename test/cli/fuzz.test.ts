/**
 * Hostile command lines (issue 15, class 7): generated argv of commands, flags and values —
 * valid ids, terminal escapes, C0/C1 controls, bidirectional overrides, lone surrogates, huge
 * strings, repeated flags — run through `main` in-process. Every run ends with exit 0, 1 or
 * 2, one message at most on stderr for a usage error, no stack trace, no internal error, and
 * not one raw control character in what is written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { GOOD, HOSTILE_TEXT, RAW } from '../fuzz/command.js';

const COMMANDS = ['list', 'show', 'compare', 'series', 'export', 'check', 'help', 'nope'];
const FLAGS = [
  '--region',
  '--indicator',
  '--breakdown',
  '--period',
  '--measure',
  '--year',
  '--from',
  '--to',
  '--kind',
  '--source',
  '--all',
  '--format',
  '--lang',
  '--chart',
  '--against',
  '--data',
  '--help',
  '--version',
  '-h',
  '-v',
  '--',
  '-',
];
const value = fc.oneof(
  fc.constantFrom(...GOOD),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...GOOD).chain((g) => fc.constantFrom(...HOSTILE_TEXT).map((h) => g + h)),
  fc.nat({ max: 5000 }).map((n) => 'x'.repeat(n)),
);

const flag = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 1, arbitrary: value.map((v) => `--${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), value).map(([f, v]) => `${f}=${v}`) },
);

const argv = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMANDS), value),
    fc.array(fc.oneof({ weight: 3, arbitrary: flag }, { weight: 2, arbitrary: value }), {
      maxLength: 8,
    }),
  )
  .map(([command, rest]) => [command, ...rest])
  // never write files: no --out at all
  .filter((a) => a.every((s) => !/^--out(=|$)/.test(s)));

/** Standard input for `-`: one good row, one with a terminal escape, bidi and C1 text. */
const STDIN = [
  'region,indicator,breakdown,period,measure,value,unit,scope,source,note',
  'shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my\u001b[2Jnotes,\u202eevil',
  'shanxi,value-added,total,2018,yoy,\u009b31m,percent,above-size,me,\u2028',
].join('\r\n');

describe('hostile argv', () => {
  it('exits 0, 1 or 2, without a stack trace, an internal error or a raw control character', async () => {
    let runs = 0;
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        let stdout = '';
        let stderr = '';
        const code = await main(args, {
          stdout: { write: (s: string) => (stdout += s) },
          stderr: { write: (s: string) => (stderr += s) },
          isTTY: false,
          env: {},
          cwd: '/nonexistent',
          // what --data - and check - read: a user's file with hostile text in it
          stdin: STDIN,
        });
        runs++;
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect([0, 1, 2]).toContain(code);
        expect(stderr).not.toMatch(/^\s+at /m);
        expect(stderr).not.toContain('internal error');
        expect(RAW.test(stdout), JSON.stringify(args)).toBe(false);
        expect(RAW.test(stderr), JSON.stringify(args)).toBe(false);
        if (code === 2) {
          expect(stdout).toBe('');
          expect(stderr.trimEnd().split('\n')).toHaveLength(1);
          expect(stderr.startsWith('shanxi-industry: ')).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
    expect(runs).toBeGreaterThanOrEqual(400);
    // the generator reaches every outcome, not only usage errors
    expect(codes.get(2)).toBeGreaterThan(0);
    expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0)).toBeGreaterThan(0);
  }, 120_000);

  it('a repeated single-valued flag is always a usage error', async () => {
    const single = fc.constantFrom('--format', '--lang', '--chart', '--from', '--to', '--against');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(['series'], ['series', '--kind', 'year'], ['series', '--year', '2021']),
        single,
        value,
        value,
        async (command, f, a, b) => {
          let stderr = '';
          const code = await main([...command, f, a, f, b], {
            stdout: { write: () => true },
            stderr: { write: (s: string) => (stderr += s) },
            isTTY: false,
            env: {},
          });
          expect(code).toBe(2);
          expect(stderr).toMatch(/given twice|needs a value/);
          expect(RAW.test(stderr)).toBe(false);
        },
      ),
      { numRuns: 150 },
    );
  });
});
