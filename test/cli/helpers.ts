/**
 * Running the built CLI (dist/cli.js) and reading its output.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { allFacts, root } from '../helpers/tsv.js';

export const CLI = join(root, 'dist', 'cli.js');

/** Throws a clear message when the CLI has not been built. */
export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
}

/** The result of one run. */
export interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

/**
 * Runs `node dist/cli.js …args` with NO_COLOR=1 (unless `env` says otherwise), with `input`
 * on standard input when given.
 */
export function cli(
  args: readonly string[],
  env: Record<string, string> = { NO_COLOR: '1' },
  input?: string,
): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
    env: { PATH: process.env.PATH ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/**
 * Display width, independent of the CLI's own: CJK ideographs, kana, hangul and fullwidth
 * forms count two columns; everything else one.
 */
export function width(line: string): number {
  let n = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6);
    n += wide ? 2 : 1;
  }
  return n;
}

/** A line that holds only a url (urls are never cut, so they may pass 80 columns). */
export const isUrlLine = (line: string): boolean => /^\s+https?:\/\/\S+$/.test(line);

/** The shipped facts (both regions), as the TSV files have them. */
export const facts = allFacts();

/** The key of a fact row. */
export const keyOf = (f: Record<string, string>): string =>
  [f.region, f.indicator, f.breakdown, f.period, f.measure, f.scope || 'unstated'].join('|');

/** What one in-process run of the command gave. */
export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** How to run the command in process: its folder, standard input, environment, terminal. */
export interface RunIn {
  readonly cwd?: string;
  readonly stdin?: string | Uint8Array;
  readonly env?: Record<string, string>;
  readonly isTTY?: boolean;
}

/**
 * Runs the command's `main` in this process (no build needed) with `argv`, capturing what it
 * writes; the environment is empty unless `env` is given (so no colour from the host).
 */
export async function inProcess(argv: readonly string[], how: RunIn = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const code = await main([...argv], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: how.isTTY ?? false,
    env: how.env ?? {},
    ...(how.cwd === undefined ? {} : { cwd: how.cwd }),
    ...(how.stdin === undefined ? {} : { stdin: how.stdin }),
  });
  return { code, stdout, stderr };
}
