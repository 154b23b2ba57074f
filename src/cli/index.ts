/**
 * The `shanxi-industry` command. Node only: the library itself uses no Node built-ins.
 *
 * @module
 */
import { whyNot } from './io.js';
import { main } from './main.js';

/** Ends quietly when the reader of a pipe has gone (`shanxi-industry show | head -1`). */
function onStreamError(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`shanxi-industry: cannot write the output: ${whyNot(error)}.\n`);
  process.exit(1);
}

process.stdout.on('error', onStreamError);
process.stderr.on('error', onStreamError);

main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: process.stdout.isTTY === true,
  env: process.env,
  ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`shanxi-industry: internal error: ${String(error).split('\n')[0]}\n`);
    process.exitCode = 1;
  },
);
