/**
 * The CLI's main function: reads the command line, runs the command, writes the output, and
 * turns every error into one line of plain words and an exit code, never a stack trace:
 *
 * - 0: done;
 * - 1: nothing matched (a note says what exists), a file or stream that cannot be read or
 *   written, a `--data` file that is not CSV or JSON of figures or has invalid rows, problems
 *   found by `check`, or an unexpected error;
 * - 2: a usage error (a wrong command, option or value).
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isShanxiIndustryError } from 'shanxi-industry';
import { type Args, parseCommandLine } from './args.js';
import { checkCommand } from './commands/check.js';
import { compare } from './commands/compare.js';
import { extractCommand } from './commands/extract.js';
import { list } from './commands/list.js';
import { seriesCommand } from './commands/series.js';
import { exportCommand, show } from './commands/show.js';
import type { Context, Output } from './commands/types.js';
import { type CliData, loadData, shippedData } from './data.js';
import { DataError, IoError, inFlags, safeText, shown, UsageError } from './errors.js';
import { helpText } from './help.js';
import type { CliIO } from './io.js';
import { styleFor, whyNot } from './io.js';

export type { CliIO } from './io.js';

/** The exit codes. */
export const EXIT = {
  ok: 0,
  nothing: 1,
  io: 1,
  data: 1,
  problems: 1,
  internal: 1,
  usage: 2,
} as const;

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

async function run(ctx: Context, io: CliIO): Promise<Output> {
  switch (ctx.args.command) {
    case 'check':
      return checkCommand(ctx, io);
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
    case 'extract':
      return extractCommand(ctx, io);
    default:
      throw new UsageError('No command given.');
  }
}

function writeOut(args: Args, text: string, io: CliIO): void {
  const path = resolve(io.cwd ?? process.cwd(), args.out!);
  try {
    writeFileSync(path, text);
  } catch (e) {
    throw new IoError(`Cannot write --out ${shown(args.out!)}: ${whyNot(e)}.`);
  }
}

/** The first line of an error's message. */
const oneLine = (e: unknown): string => {
  try {
    return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  } catch {
    return 'an error that cannot be shown';
  }
};

/**
 * Runs the CLI on `argv` (the arguments after the program name) and returns the exit code:
 * 0 done; 1 nothing matched, a file that cannot be read or written, a `--data` file that
 * cannot be used, problems found by `check`, or an unexpected error; 2 a usage error. Every
 * message is one line on stderr, with the user's text escaped.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const say = (message: string): void => {
    io.stderr.write(`shanxi-industry: ${safeText(message.replace(/\n/g, ' '))}\n`);
  };
  try {
    const args = parseCommandLine(argv);
    if (args.version) {
      io.stdout.write(`${readVersion()}\n`);
      return EXIT.ok;
    }
    if (args.help || args.command === undefined) {
      io.stdout.write(helpText(args.command));
      return EXIT.ok;
    }
    const style = styleFor(io, args.out !== undefined);
    const data: CliData = args.data.length > 0 ? await loadData(args.data, io) : shippedData();
    const ctx: Context = { args, lang: args.lang, style, data };
    const output = await run(ctx, io);
    // what --data did with edits of shipped figures; not after a usage error (one line there)
    for (const note of data.notes) io.stderr.write(`${safeText(note)}\n`);
    if (output.note !== undefined) io.stderr.write(`${safeText(output.note)}\n`);
    if (output.empty) return EXIT.nothing;
    if (args.out !== undefined) writeOut(args, output.text, io);
    else if (output.text.length > 0) io.stdout.write(safeText(output.text, style.color));
    return output.failed ? EXIT.problems : EXIT.ok;
  } catch (e) {
    if (e instanceof UsageError) {
      say(oneLine(e));
      return EXIT.usage;
    }
    if (isShanxiIndustryError(e)) {
      say(inFlags(oneLine(e)));
      return EXIT.usage;
    }
    if (e instanceof IoError || e instanceof DataError) {
      say(oneLine(e));
      return EXIT.io;
    }
    say(`internal error: ${oneLine(e)}`);
    return EXIT.internal;
  }
}
