/**
 * The guides show real code and real output. Every guide is covered: README.md and every
 * docs/*.md, found by listing the folder, so a new guide is checked the day it is added.
 *
 * - Every ```ts block is a complete program: it is run (through tsx, against the sources) and
 *   must not throw. A block without printed output still runs.
 * - Where a ```text block follows it (after blank lines only), the program's output must equal
 *   that block exactly (trailing white space aside).
 * - Every ```ts block type-checks under the project's strict settings.
 *
 * A guide that drifts from the data or the API fails here.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guides } from '../helpers/guides.js';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** The guides that must show checked output (each had some when this list was written). */
const withOutput = [
  'README.md',
  'docs/getting-started.md',
  'docs/data.md',
  'docs/methodology.md',
  'docs/periods.md',
  'docs/recipes.md',
  'docs/errors.md',
  'docs/charts.md',
  'docs/adding-a-release.md',
  'docs/command.md',
];

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
  /** The printed output the guide shows, or `undefined` when it shows none. */
  readonly output: string | undefined;
}

const FENCE = /^```(ts|typescript)\n([\s\S]*?)^```$(?:\n\s*^```text\n([\s\S]*?)^```$)?/gm;

/** Every ```ts block of a guide, with the ```text block that follows it, if any. */
function blocks(guide: string): Block[] {
  const text = readFileSync(join(root, guide), 'utf8');
  return [...text.matchAll(FENCE)].map((m) => ({
    guide,
    line: text.slice(0, m.index).split('\n').length,
    code: m[2] ?? '',
    output: m[3],
  }));
}

const fileName = (guide: string, line: number): string =>
  `${guide.replace(/^docs\//, '').replace(/\.md$/, '')}-${line}.mts`;

const clean = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

/**
 * Runs every block in ONE tsx process (starting tsx per block is slow): a runner imports each
 * block's module in turn, with console.log captured, and reports the outputs as JSON.
 */
const RUNNER = `
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
const files = JSON.parse(process.argv[2]);
const results = {};
const log = console.log;
for (const file of files) {
  let out = '';
  console.log = (...args) => { out += format(...args) + '\\n'; };
  try {
    await import(pathToFileURL(file).href);
    results[file] = { out };
  } catch (e) {
    results[file] = { out, error: String(e && e.stack ? e.stack : e) };
  }
}
console.log = log;
process.stdout.write(JSON.stringify(results));
`;

const dir = mkdtempSync(join(tmpdir(), 'shanxi-industry-docs-'));
const all = guides.flatMap((guide) =>
  blocks(guide).map((block) => ({ ...block, file: join(dir, fileName(guide, block.line)) })),
);
let results: Record<string, { out: string; error?: string }> = {};

beforeAll(async () => {
  for (const b of all) writeFileSync(b.file, b.code);
  const runner = join(dir, 'runner.mjs');
  writeFileSync(runner, RUNNER);
  const { stdout } = await run(
    process.execPath,
    [
      tsxCli,
      '--tsconfig',
      'examples/tsconfig.json',
      runner,
      JSON.stringify(all.map((b) => b.file)),
    ],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  results = JSON.parse(stdout);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('guides (README.md and docs/*.md)', () => {
  it('the guides are found, and those that show output still do', () => {
    for (const guide of withOutput) expect(guides).toContain(guide);
    for (const guide of withOutput)
      expect(blocks(guide).filter((b) => b.output !== undefined).length, guide).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(40);
  });

  it('every ts block type-checks (strict, as in tsconfig.test.json)', () => {
    const checkDir = join(dir, 'typecheck');
    mkdirSync(checkDir);
    const files = all.map(({ guide, line, code }) => {
      const file = join(checkDir, fileName(guide, line));
      writeFileSync(file, code);
      return file;
    });
    const config = ts.readConfigFile(join(root, 'tsconfig.test.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || files.includes(d.file.fileName))
      .map((d) => {
        const where = d.file ? `${d.file.fileName.replace(`${checkDir}/`, '')}: ` : '';
        return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
      });
    expect(problems).toEqual([]);
  }, 120_000);

  for (const block of all)
    it(`${block.guide}, block at line ${block.line}, ${block.output === undefined ? 'runs without throwing' : 'prints what the guide shows'}`, () => {
      const result = results[block.file];
      expect(result, 'the block was run').toBeDefined();
      expect(result?.error).toBeUndefined();
      if (block.output !== undefined) expect(clean(result?.out ?? '')).toBe(clean(block.output));
    });
});
