/**
 * The guides show real output. In docs/*.md, every ```ts block that is directly followed by a
 * ```text block is a complete program; it is run (through tsx, against the sources) and its
 * output must equal the text block exactly (trailing white space aside). Every ```ts block
 * also type-checks under the project's strict settings. A guide that drifts from the data or
 * the API fails here.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const guides = [
  'getting-started.md',
  'data.md',
  'methodology.md',
  'periods.md',
  'recipes.md',
  'errors.md',
  'charts.md',
  '../README.md',
];

interface Block {
  readonly guide: string;
  readonly line: number;
  readonly code: string;
  readonly output: string;
}

/** Every ```ts block of a guide. */
function allCode(guide: string): { line: number; code: string }[] {
  const text = readFileSync(join(root, 'docs', guide), 'utf8');
  return [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => ({
    line: text.slice(0, m.index).split('\n').length,
    code: m[1] ?? '',
  }));
}

/** The ```ts blocks followed (after blank lines only) by a ```text block. */
function blocks(guide: string): Block[] {
  const text = readFileSync(join(root, 'docs', guide), 'utf8');
  const re = /^```ts\n([\s\S]*?)^```\n\s*^```text\n([\s\S]*?)^```$/gm;
  return [...text.matchAll(re)].map((m) => ({
    guide,
    line: text.slice(0, m.index).split('\n').length,
    code: m[1] ?? '',
    output: m[2] ?? '',
  }));
}

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
  blocks(guide).map((block) => ({
    ...block,
    file: join(dir, `${guide.replace('.md', '')}-${block.line}.mts`),
  })),
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

describe('docs/ guides', () => {
  it('every guide exists and shows checked output', () => {
    for (const guide of guides) expect(blocks(guide).length, guide).toBeGreaterThan(0);
  });

  it('every ts block type-checks (strict, as in tsconfig.test.json)', () => {
    const checkDir = join(dir, 'typecheck');
    mkdirSync(checkDir);
    const files = guides.flatMap((guide) =>
      allCode(guide).map(({ line, code }) => {
        const file = join(checkDir, `${guide.replace('.md', '')}-${line}.mts`);
        writeFileSync(file, code);
        return file;
      }),
    );
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
    it(`${block.guide}, block at line ${block.line}, prints what the guide shows`, () => {
      const result = results[block.file];
      expect(result?.error).toBeUndefined();
      expect(clean(result?.out ?? '')).toBe(clean(block.output));
    });
});
