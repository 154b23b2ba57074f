/**
 * Class 7 of issue 15: the command. Generated command lines — every command, every flag,
 * values with terminal escapes, C0 and C1 controls, bidirectional overrides, lone surrogates
 * and huge strings, repeated single-valued flags — under every combination of NO_COLOR,
 * FORCE_COLOR, TERM and a terminal or a pipe, run through the CLI's `main` in-process (as
 * test/cli/helpers.ts runs the built one, but without a process per case). `extract` reads
 * release files of hostile text from a temporary folder; `--out` writes only there.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { tally } from './tally.js';

const SEED = 20_261_202;

const COMMANDS = ['list', 'show', 'compare', 'series', 'export', 'extract', 'help', 'nope'];
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
  '--scope',
  '--all',
  '--bom',
  '--format',
  '--lang',
  '--chart',
  '--against',
  '--url',
  '--published',
  '--help',
  '--version',
  '-h',
  '-v',
  '--',
];
/** The options that take one value, per command: given twice, a usage error. */
export const SINGLE: Readonly<Record<string, readonly string[]>> = {
  series: ['--format', '--lang', '--chart', '--from', '--to', '--against', '--out'],
  show: ['--format', '--lang', '--from', '--to', '--out'],
  compare: ['--format', '--lang', '--chart', '--out'],
  extract: ['--format', '--url', '--published', '--region'],
};
/** Valid words of the command: ids, periods, formats, files of the fuzz folder. */
export const GOOD = [
  'shanxi',
  'china',
  'value-added',
  'output',
  'coal',
  'sector:coal',
  'total',
  '2021-Q1',
  '2021-q1',
  '2021',
  '2021-05',
  '2021-01/2021-05',
  'yoy',
  'level',
  'year-to-date',
  'month',
  'year',
  'above-size',
  'csv',
  'json',
  'jsonstat',
  'md',
  'table',
  'svg',
  'zh',
  'en',
  's032',
  'sectors',
  'periods',
  'sources',
  'https://example.gov.cn/x',
  '2024-09-15',
  'release.txt',
  'plain.txt',
];
/** User text an attacker would try: escapes, controls, bidi, separators, shell and format. */
export const HOSTILE_TEXT = [
  '\u001b[2J\u001b[H',
  '\u001b[31mred\u001b[0m',
  '\u001b]0;title\u0007',
  '\u001b]8;;http://x\u001b\\link\u001b]8;;\u001b\\',
  '\u009b31m',
  '\u0085',
  '\u202eevil',
  '\u2066x\u2069',
  '\u0000',
  '\u0007',
  '\r\n',
  '\r',
  '\u2028',
  '\ud800',
  '=cmd|calc!A0',
  '__proto__',
  'constructor',
  '%s%n',
  '"\'`$(x)',
  '',
];

const value = fc.oneof(
  fc.constantFrom(...GOOD),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(...GOOD).chain((g) => fc.constantFrom(...HOSTILE_TEXT).map((h) => g + h)),
  fc
    .tuple(fc.constantFrom('x', '\u001b[31m', '\u009b', '中'), fc.nat({ max: 100_000 }))
    .map(([u, n]) => u.repeat(Math.ceil(n / u.length))),
);
const flag = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FLAGS) },
  { weight: 1, arbitrary: value.map((v) => `--${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FLAGS), value).map(([f, v]) => `${f}=${v}`) },
);
/** Where `--out` may write: inside the temporary folder only. */
const OUT = ['out.txt', 'missing/out.txt', '.'];
const out = fc.constantFrom(...OUT).map((f) => ['--out', f]);

const argv = fc
  .tuple(
    fc.oneof(fc.constantFrom(...COMMANDS), value),
    fc.array(
      fc.oneof(
        { weight: 3, arbitrary: flag.map((f) => [f]) },
        { weight: 2, arbitrary: value.map((v) => [v]) },
        { weight: 1, arbitrary: out },
      ),
      { maxLength: 8 },
    ),
  )
  .map(([command, rest]) => [command, ...rest.flat()])
  // never standard input (extract -), never an --out outside the folder
  .filter(
    (a) =>
      !(a[0] === 'extract' && a.includes('-')) &&
      a.every((s, i) => !/^--out=/.test(s) && (a[i - 1] !== '--out' || OUT.includes(s))),
  );

/** The environments of the two colour conventions, and a terminal or a pipe. */
const env = fc.record({
  NO_COLOR: fc.constantFrom(undefined, '', '1', '0'),
  FORCE_COLOR: fc.constantFrom(undefined, '', '0', '1', '3', 'false'),
  TERM: fc.constantFrom(undefined, 'dumb', 'xterm-256color'),
});

/**
 * A raw control character: anything below U+0020 but tab, LF and CR; DEL; C1; the line and
 * paragraph separators; the bidirectional overrides and isolates.
 */
export const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never be written
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** The colour codes the command writes itself (bold, dim, red, and their ends). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
const OWN_COLOURS = /\u001b\[(?:1|2|22|31|39)m/g;

/** Whether the conventions say colours: FORCE_COLOR set, else a terminal without NO_COLOR. */
export function coloured(
  e: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  toFile: boolean,
): boolean {
  const set = (v: string | undefined) => v !== undefined && v !== '';
  if (toFile) return false;
  if (set(e.FORCE_COLOR)) return true;
  return isTTY && !set(e.NO_COLOR) && e.TERM !== 'dumb';
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Tolerated until their branch merges (the lead empties this): the command names whose
 * violations are counted rather than failed, with what they still do wrong.
 */
export type CommandTolerance = Readonly<Record<string, string>>;

/**
 * Registers the class 7 tests. `tolerated`: commands whose failures are counted (by
 * `onTolerated`) rather than failed.
 */
export function commandLine(
  tolerated: CommandTolerance,
  onTolerated: (command: string) => void,
): void {
  describe('class 7: the command never writes raw escapes, refuses repeated flags, follows the colour conventions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shanxi-fuzz-'));
    writeFileSync(
      join(dir, 'release.txt'),
      `2024年1-8月份，全省规模以上工业增加值同比增长3.6%。${HOSTILE_TEXT.join('')}其中，8月份同比增长2.5%。\u001b[2J\u202e规模以上工业利润增长\u009b31m约5%\n`,
    );
    writeFileSync(
      join(dir, 'plain.txt'),
      '2024年1-8月份，全省规模以上工业增加值同比增长3.6%。其中，8月份同比增长2.5%。\n',
    );
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const run = async (
      args: readonly string[],
      e: Readonly<Record<string, string | undefined>>,
      isTTY: boolean,
    ): Promise<Run> => {
      let stdout = '';
      let stderr = '';
      const code = await main(args, {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        isTTY,
        env: e,
        columns: 80,
        cwd: dir,
      });
      return { code, stdout, stderr };
    };
    /** A failed expectation of a tolerated command is counted, not thrown. */
    const expectOr = (command: string, f: () => void) => {
      if (!Object.hasOwn(tolerated, command)) return f();
      try {
        f();
      } catch {
        onTolerated(command);
      }
    };

    const t = tally(
      'The command writes no raw control character (C0, C1, DEL, bidirectional, separators) from any user text; a usage error exits 2 with one line on stderr and nothing on stdout; no stack trace or internal error; colours only as NO_COLOR, FORCE_COLOR and TERM say, and never into a file; coloured output is the plain output plus colour codes',
      '7',
      [
        'generated command lines of every command and flag (extract included), up to 8 parts',
        'values with terminal escapes (CSI, OSC, hyperlinks), C0 and C1 controls, bidirectional overrides, separators, lone surrogates, shell and format strings, and up to 100,000 characters',
        'release files of such text for extract',
        'NO_COLOR unset, empty, 1 or 0 × FORCE_COLOR unset, empty, 0, 1, 3 or false × TERM unset, dumb or xterm × a terminal or a pipe',
      ],
    );

    it('hostile command lines under every colour convention', async () => {
      const codes = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(argv, env, fc.boolean(), async (args, e, isTTY) => {
          t.cases++;
          const file = join(dir, 'out.txt');
          rmSync(file, { force: true });
          const r = await run(args, e, isTTY);
          const command = args[0]!;
          codes.set(r.code, (codes.get(r.code) ?? 0) + 1);
          expect([0, 1, 2]).toContain(r.code);
          expect(r.stderr).not.toMatch(/^\s+at /m);
          expect(r.stderr).not.toContain('internal error');
          const toFile = args.includes('--out');
          const colour = coloured(e, isTTY, toFile) && command !== 'extract';
          expectOr(command, () => {
            for (const [name, text] of [
              ['stdout', r.stdout],
              ['stderr', r.stderr],
            ] as const) {
              const plain = colour ? text.replace(OWN_COLOURS, '') : text;
              expect(
                RAW.test(plain),
                `raw control character on ${name}: ${JSON.stringify(args)}`,
              ).toBe(false);
            }
            if (r.code === 2) {
              expect(r.stdout).toBe('');
              expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
              expect(r.stderr.startsWith('shanxi-industry: ')).toBe(true);
              expect(r.stderr.length).toBeLessThanOrEqual(2_000);
            }
          });
          // a file is data: never a colour code in it
          if (existsSync(file)) expect(readFileSync(file, 'utf8')).not.toContain('\u001b');
          // a coloured run is the plain run plus the command's own colour codes
          if (colour && r.code !== 2) {
            const plain = await run(args, { NO_COLOR: '1' }, isTTY);
            expectOr(command, () => {
              expect(r.stdout.replace(OWN_COLOURS, '')).toBe(plain.stdout);
              expect(r.stderr.replace(OWN_COLOURS, '')).toBe(plain.stderr);
            });
          }
        }),
        { numRuns: 300, seed: SEED },
      );
      // the generator reaches every outcome, not only usage errors
      expect(codes.get(2)).toBeGreaterThan(0);
      expect((codes.get(0) ?? 0) + (codes.get(1) ?? 0)).toBeGreaterThan(20);
    }, 120_000);

    it('colours appear exactly where the conventions say', async () => {
      let colouredRuns = 0;
      await fc.assert(
        fc.asyncProperty(
          env,
          fc.boolean(),
          fc.constantFrom(
            ['compare', '--period', '2021-Q1'],
            ['series', '--region', 'china', '--kind', 'year-to-date', '--year', '2021'],
            ['show', '--period', '2021-Q1', '--breakdown', 'coal'],
          ),
          async (e, isTTY, args) => {
            t.cases++;
            const r = await run(args, e, isTTY);
            expect(r.code).toBe(0);
            const want = coloured(e, isTTY, false);
            expect(r.stdout.includes('\u001b['), JSON.stringify({ e, isTTY })).toBe(want);
            if (want) colouredRuns++;
          },
        ),
        { numRuns: 120, seed: SEED },
      );
      expect(colouredRuns).toBeGreaterThan(10);
    });

    const single = tally(
      'An option that takes one value, given twice, is a usage error (exit 2) naming it, never silently the last',
      '7',
      [
        'every single-valued option of show, compare, series and extract, twice, with valid or hostile values',
      ],
    );
    it('repeated single-valued options', async () => {
      const cases = Object.entries(SINGLE).flatMap(([command, flags]) =>
        flags.map((f) => [command, f] as const),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...cases),
          value,
          value,
          fc.boolean(),
          async ([command, f], a, b, eq) => {
            single.cases++;
            const v = (x: string) => (f === '--out' ? 'out.txt' : x);
            const base =
              command === 'extract'
                ? ['extract', 'plain.txt']
                : command === 'compare'
                  ? ['compare', '--period', '2021-Q1']
                  : [command];
            const r = await run([...base, f, v(a), f, v(eq ? a : b)], {}, false);
            expectOr(command, () => {
              expect(r.code).toBe(2);
              expect(r.stderr).toMatch(/given twice|needs a value|takes one/);
              expect(RAW.test(r.stderr)).toBe(false);
            });
          },
        ),
        { numRuns: 200, seed: SEED },
      );
    });
  });
}
