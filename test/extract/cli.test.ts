import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fromCSV, parseObservations } from '../../src/schemas/index.js';
import * as F from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
writeFileSync(join(dir, 'province.txt'), F.ZH_PROVINCE);
writeFileSync(join(dir, 'noyear.txt'), F.ZH_NO_YEAR);

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    isTTY: false,
    env: {},
    cwd: dir,
  });
  return { stdout, stderr, status };
}

describe('shanxi-industry extract', () => {
  it('prints every figure with its quote, exit 0', async () => {
    const r = await run('extract', 'province.txt', '--url', 'https://tjj.shanxi.gov.cn/x');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const a = F.ZH_PROVINCE.indexOf('规模以上工业增加值同比增长4.2%');
    const b = F.ZH_PROVINCE.indexOf('同比增长3.1%');
    expect([a, b]).toEqual([31, 55]);
    expect(lines.slice(0, 4)).toEqual([
      'shanxi  total  2023-01/2023-05  yoy  4.2 percent',
      '    “规模以上工业增加值同比增长4.2%” (1-5月份; 31–48)',
      'shanxi  total  2023-05  yoy  3.1 percent',
      '    “同比增长3.1%” (5月份; 55–63)',
    ]);
    expect(lines.filter((l) => l.startsWith('shanxi'))).toHaveLength(22);
  });
  it('--format json reads back through parseObservations; --format csv writes the rows', async () => {
    const j = await run('extract', 'province.txt', '--format', 'json');
    const parsed = JSON.parse(j.stdout) as { observations: unknown[] };
    expect(parseObservations(parsed.observations)).toHaveLength(22);
    const c = await run('extract', 'province.txt', '--format', 'csv');
    expect(c.status).toBe(0);
    expect(c.stdout.split('\r\n').filter((l) => l !== '')).toHaveLength(23);
  });
  it('--format csv reads back through fromCSV: the same rows, value for value', async () => {
    const c = await run('extract', 'province.txt', '--format', 'csv', '--published', '2023-06-16');
    expect(c.status).toBe(0);
    expect(c.stderr).toBe('');
    const back = fromCSV(c.stdout);
    const j = JSON.parse((await run('extract', 'province.txt', '--format', 'json')).stdout) as {
      observations: unknown[];
    };
    expect(back).toEqual(parseObservations(j.observations));
    expect(back.map((o) => `${o.breakdown} ${o.period} ${o.value}`).slice(0, 2)).toEqual([
      'total 2023-01/2023-05 4.2',
      'total 2023-05 3.1',
    ]);
  });
  it('--format csv says on standard error how many passages it did not read', async () => {
    writeFileSync(join(dir, 'mixed.txt'), '2024年1-8月份，采矿业增长4.0%，纺织业增长3.0%。');
    const c = await run('extract', 'mixed.txt', '--format', 'csv');
    expect(c.status).toBe(0);
    expect(c.stderr).toBe('1 passage(s) not read; --format table lists them.\n');
    expect(fromCSV(c.stdout).map((o) => `${o.breakdown} ${o.value}`)).toEqual(['sector:mining 4']);
  });
  it('exit 1 when nothing was found, with the reasons', async () => {
    const r = await run('extract', 'noyear.txt');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      'No figures found.\n\nNot read:\n  no year: “规模以上工业增加值同比增长3.6%”\n  no year: “采矿业增长4.0%”\n',
    );
    expect((await run('extract', 'noyear.txt', '--published', '2023-09-15')).status).toBe(0);
  });
  it('exit 2 for a usage error, with the reason', async () => {
    expect(await run('extract')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: extract takes one FILE (or - for standard input); got 0.\n',
      status: 2,
    });
    expect((await run('extract', 'province.txt', '--format', 'md')).stderr).toBe(
      'shanxi-industry: Invalid --format "md": accepted are table, csv, json.\n',
    );
    expect((await run('extract', 'missing.txt')).status).toBe(2);
    expect((await run('extract', 'province.txt', '--published', 'May')).stderr).toBe(
      'shanxi-industry: Invalid extractRelease option published: expected a date YYYY-MM-DD or YYYY-MM; got "May".\n',
    );
    expect((await run('extract', 'province.txt', '--bogus')).status).toBe(2);
  });
});

describe('shanxi-industry extract - (the built command, standard input)', () => {
  it('reads the release from standard input', async () => {
    const { spawnSync } = await import('node:child_process');
    const { existsSync } = await import('node:fs');
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run "npm run build" first.');
    const r = spawnSync(process.execPath, [cli, 'extract', '-', '--format', 'json'], {
      input: F.EN_DAILY,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { observations: unknown[]; lang: string };
    expect(out.lang).toBe('en');
    expect(parseObservations(out.observations)).toHaveLength(8);
  });
});
