/**
 * `npm run bench`: bundles bench/run.ts with esbuild, as the package itself is compiled (no
 * name-keeping wrappers: tsx adds a `__name` call to every closure it creates, which made
 * per-row code look up to 1.5× slower than what users run), into .tmp/bench/run.mjs, and runs
 * it with `--expose-gc`. Arguments are passed on (`npm run bench -- parse`).
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.tmp', 'bench', 'run.mjs');
await build({
  entryPoints: [join(root, 'bench', 'run.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
