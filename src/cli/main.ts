/**
 * The CLI's main function: reads the command line, runs the command, writes the output, and
 * turns every error into a message and an exit code (2 for a wrong command, option or value;
 * 1 for anything unexpected), never a stack trace.
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isShanxiIndustryError } from 'shanxi-industry';
import { type Args, parseCommandLine } from './args.js';
import { chart } from './chart.js';
import { compare } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { list } from './commands/list.js';
import { seriesCommand } from './commands/series.js';
import { exportCommand, show } from './commands/show.js';
import type { Context, Output } from './commands/types.js';
import { UsageError } from './errors.js';
import { helpText } from './help.js';
import type { CliIO } from './io.js';
import { styleFor } from './io.js';

export type { CliIO } from './io.js';

/** The package's version, from the package.json next to dist/ (or to src/ in development). */
export function readVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === 'shanxi-industry' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // not there: try the next place
    }
  }
  return 'unknown';
}

function run(ctx: Context): Output {
  if (ctx.args.chart !== undefined) return chart(ctx);
  switch (ctx.args.command) {
    case 'list':
      return list(ctx);
    case 'show':
      return show(ctx);
    case 'compare':
      return compare(ctx);
    case 'series':
      return seriesCommand(ctx);
    case 'export':
      return exportCommand(ctx);
    default:
      throw new UsageError('No command given.');
  }
}

function writeOut(args: Args, text: string, io: CliIO): void {
  const path = resolve(io.cwd ?? process.cwd(), args.out!);
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new UsageError(`Cannot write --out ${JSON.stringify(args.out)}: ${oneLine(e)}.`);
  }
}

/** The first line of an error's message. */
const oneLine = (e: unknown): string =>
  (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';

/**
 * Runs the CLI on `argv` (the arguments after the program name) and returns the exit code:
 * 0 on success, 2 for a wrong command, option or value, 1 for an unexpected error.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv[0] === 'extract') return extractCommand(argv.slice(1), io);
  try {
    const args = parseCommandLine(argv);
    if (args.version) {
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    if (args.help || args.command === undefined) {
      io.stdout.write(helpText(args.command));
      return 0;
    }
    const ctx: Context = { args, lang: args.lang, style: styleFor(io, args.out !== undefined) };
    const output = run(ctx);
    if (output.note !== undefined) io.stderr.write(`${output.note}\n`);
    if (args.out !== undefined) writeOut(args, output.text, io);
    else if (output.text.length > 0) io.stdout.write(output.text);
    return 0;
  } catch (e) {
    if (e instanceof UsageError || isShanxiIndustryError(e)) {
      io.stderr.write(`shanxi-industry: ${oneLine(e)}\n`);
      return 2;
    }
    io.stderr.write(`shanxi-industry: internal error: ${oneLine(e)}\n`);
    return 1;
  }
}
