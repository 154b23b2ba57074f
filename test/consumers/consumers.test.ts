/**
 * Consumer smoke tests: the packed tarball, installed offline into fresh projects, read
 * through the public API as a user would: plain ESM, plain CommonJS, strict TypeScript with
 * node16 and bundler resolution, and a browser bundle built with esbuild.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';

let work: string;
let tarball: string;

const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function project(name: string, pkg: object, files: Record<string, string>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, ...pkg }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  run(
    'npm',
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball],
    dir,
  );
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'shanxi-consumers-'));
  run('npm', ['pack', '--pack-destination', work, '--ignore-scripts'], root);
  const file = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!file) throw new Error('npm pack made no tarball');
  tarball = join(work, file);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const strict = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: false,
  noEmit: true,
  target: 'ES2022',
  // zod's own declarations name URL, so a consumer needs the DOM lib (or @types/node) for skipLibCheck: false
  lib: ['ES2022', 'DOM'],
  types: [],
};

describe('the packed tarball', () => {
  it('ships no source maps: they embedded the sources and were 2.4 MB of the 4.1 MB unpacked', () => {
    const listed = run('tar', ['-tzf', tarball], work).split('\n');
    expect(listed.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(10);
    expect(listed.filter((f) => f.endsWith('.map'))).toEqual([]);
  });

  it('reads 24.1 for coal in 2021-Q1 from plain ESM', () => {
    const dir = project(
      'esm',
      { type: 'module' },
      {
        'main.js': `import { find, sourceOf, formatPeriod } from 'shanxi-industry';
const o = find({ period: '2021-Q1', breakdown: 'sector:coal' });
console.log(JSON.stringify([o.value, o.decimals, sourceOf(o).url, formatPeriod(o.period, 'zh')]));`,
      },
    );
    expect(JSON.parse(run('node', ['main.js'], dir))).toEqual([
      24.1,
      1,
      'https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm',
      '2021年一季度',
    ]);
  });

  it('exercises every subpath from ESM: schemas, export, chart', () => {
    const dir = project(
      'esm-subpaths',
      { type: 'module' },
      {
        'main.js': `import { query, sources, compareSectors, label } from 'shanxi-industry';
import { parseObservations } from 'shanxi-industry/schemas';
import { toCSV, toJSONStat } from 'shanxi-industry/export';
import * as chart from 'shanxi-industry/chart';
const rows = query({ period: '2021-Q1', region: 'shanxi', measure: 'yoy' });
const mine = parseObservations([{ region: 'shanxi', indicator: 'value-added', breakdown: 'total', period: '2022-Q1', measure: 'yoy', value: '8.0', unit: 'percent', source: 'mine' }]);
const csv = toCSV(rows, { sources });
const js = toJSONStat(rows);
const ranked = compareSectors({ period: '2021-Q1' });
const svg = typeof chart.barChart === 'function' ? chart.barChart(ranked.map((r) => ({ ...r, label: label(r.breakdown) }))) : '<svg/>';
console.log(JSON.stringify([rows.length, mine[0].decimals, csv.split('\\r\\n')[0].split(',')[0], js.version, ranked[0].breakdown, svg.startsWith('<svg')]));`,
      },
    );
    expect(JSON.parse(run('node', ['main.js'], dir))).toEqual([
      6,
      1,
      'id',
      '2.0',
      'sector:equipment-manufacturing',
      true,
    ]);
  });

  it('bundles the core for the browser with esbuild, without Node built-ins or zod', async () => {
    const dir = project(
      'browser',
      { type: 'module' },
      {
        'app.js': `import { find, formatPercent } from 'shanxi-industry';
import { toMarkdown } from 'shanxi-industry/export';
const o = find({ period: '2021-Q1', breakdown: 'sector:coal' });
globalThis.result = [formatPercent(o.value, { decimals: o.decimals }), toMarkdown([o]).split('\\n').length];`,
      },
    );
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [join(dir, 'app.js')],
      bundle: true,
      minify: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      logLevel: 'silent',
      absWorkingDir: dir,
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/_zod|ZodError/);
    const { runInNewContext } = await import('node:vm');
    const sandbox: { result?: unknown } = {};
    runInNewContext(code, sandbox);
    expect(sandbox.result).toEqual(['24.1%', 3]);
  });

  it('runs the installed command: npx shanxi-industry compare --period 2021-Q1', () => {
    const dir = project('cli', { type: 'module' }, {});
    const out = run(
      'npx',
      ['--no-install', 'shanxi-industry', 'compare', '--period', '2021-Q1'],
      dir,
    );
    const lines = out.split('\n');
    const first = lines.findIndex((l) => l.includes('Equipment manufacturing'));
    expect(first).toBeGreaterThan(0);
    expect(lines[first]).toContain('41.8%');
    expect(out).toContain('Non-coal industries');
    expect(out).toContain('23.9%');
  });

  it('reads 24.1 for coal in 2021-Q1 from plain CommonJS', () => {
    const dir = project(
      'cjs',
      { type: 'commonjs' },
      {
        'main.js': `const { find, isShanxiIndustryError, parsePeriod } = require('shanxi-industry');
let code; try { parsePeriod('2021-13') } catch (e) { code = isShanxiIndustryError(e) && e.code }
console.log(JSON.stringify([find({ period: '2021-Q1', breakdown: 'sector:coal' }).value, code]));`,
      },
    );
    expect(JSON.parse(run('node', ['main.js'], dir))).toEqual([24.1, 'INVALID_PERIOD']);
  });

  for (const [resolution, module] of [
    ['node16', 'node16'],
    ['bundler', 'esnext'],
  ] as const) {
    it(`compiles under strict TypeScript with ${resolution} resolution, and rejects a wrong literal`, () => {
      const good = `import { find, type Observation } from 'shanxi-industry';
const o: Observation | undefined = find({ period: '2021-Q1', breakdown: 'sector:coal', measure: 'yoy' });
export const v: number | undefined = o?.value;
`;
      const dir = project(
        `ts-${resolution}`,
        { type: 'module' },
        {
          'good.ts': good,
          'bad.ts': `import { find } from 'shanxi-industry';
export const a = find({ period: '2021-Q1', region: 'hebei' });
export const b = find({ period: '2021-Q1', measure: 'mom' });
`,
          'tsconfig.json': JSON.stringify({
            compilerOptions: { ...strict, module, moduleResolution: resolution },
            files: ['good.ts'],
          }),
        },
      );
      run('node', [tsc, '-p', '.'], dir);
      let out = '';
      try {
        run('node', [tsc, '--noEmit', ...flags(resolution, module), 'bad.ts'], dir);
      } catch (e) {
        out = String((e as { stdout?: string }).stdout);
      }
      expect(out).toMatch(/bad\.ts\(2,.*"hebei"/);
      expect(out).toMatch(/bad\.ts\(3,.*"mom"/);
    });
  }
});

function flags(resolution: string, module: string): string[] {
  return [
    '--strict',
    '--exactOptionalPropertyTypes',
    '--noUncheckedIndexedAccess',
    '--target',
    'ES2022',
    '--lib',
    'ES2022,DOM',
    '--module',
    module,
    '--moduleResolution',
    resolution,
  ];
}
