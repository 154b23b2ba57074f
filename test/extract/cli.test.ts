import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromCSV, parseObservations } from '../../src/schemas/index.js';
import { inProcess } from '../cli/helpers.js';
import * as F from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
writeFileSync(join(dir, 'province.txt'), F.ZH_PROVINCE);
writeFileSync(join(dir, 'noyear.txt'), F.ZH_NO_YEAR);

const run = async (...argv: string[]) => {
  const r = await inProcess(argv, { cwd: dir });
  return { stdout: r.stdout, stderr: r.stderr, status: r.code };
};

describe('shanxi-industry extract', () => {
  it('prints every figure with its quote, exit 0', async () => {
    const r = await run('extract', 'province.txt', '--url', 'https://tjj.shanxi.gov.cn/x');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const a = F.ZH_PROVINCE.indexOf('规模以上工业增加值同比增长4.2%');
    const b = F.ZH_PROVINCE.indexOf('同比增长3.1%');
    expect([a, b]).toEqual([31, 55]);
    expect(lines.slice(0, 4)).toEqual([
      'shanxi  value-added  total  2023-01/2023-05  yoy  4.2 percent',
      '    “规模以上工业增加值同比增长4.2%” (1-5月份; 31–48)',
      'shanxi  value-added  total  2023-05  yoy  3.1 percent',
      '    “同比增长3.1%” (5月份; 55–63)',
    ]);
    expect(lines.filter((l) => l.startsWith('shanxi'))).toHaveLength(22);
  });
  it('the table names the indicator (profit and revenue apart) and the period of what was not read', async () => {
    writeFileSync(
      join(dir, 'accounts.txt'),
      '2025年1-4月份，全省规模以上工业企业实现利润总额123.4亿元，营业收入123.4亿元；纺织业增长1.0%。',
    );
    expect((await run('extract', 'accounts.txt')).stdout).toBe(
      [
        'shanxi  profit  total  2025-01/2025-04  level  123.4 yuan-100m',
        '    “规模以上工业企业实现利润总额123.4亿元” (2025年1-4月份; 13–34)',
        'shanxi  revenue  total  2025-01/2025-04  level  123.4 yuan-100m',
        '    “规模以上工业企业实现利润总额123.4亿元，营业收入123.4亿元” (2025年1-4月份; 13–46)',
        '',
        'Not read:',
        '  unknown name (2025-01/2025-04): “纺织业增长1.0%”',
        '',
      ].join('\n'),
    );
    // no period fixed: none shown
    expect((await run('extract', 'noyear.txt')).stdout).toContain('  no year: “采矿业增长4.0%”\n');
  });
  it('--out FILE writes what standard output would get; the same messages and I/O errors as the other commands', async () => {
    const shown = await run('extract', 'province.txt', '--format', 'csv');
    const r = await run('extract', 'province.txt', '--format', 'csv', '--out', 'figures.csv');
    expect(r).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(readFileSync(join(dir, 'figures.csv'), 'utf8')).toBe(shown.stdout);
    const table = await run('extract', 'noyear.txt', '--out', 'noyear-table.txt');
    expect(table).toEqual({ stdout: '', stderr: '', status: 1 });
    expect(readFileSync(join(dir, 'noyear-table.txt'), 'utf8')).toBe(
      (await run('extract', 'noyear.txt')).stdout,
    );
    expect(await run('extract', 'province.txt', '--out', '.')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: Cannot write --out ".": it is a folder.\n',
      status: 1,
    });
    expect(await run('extract', 'province.txt', '--out', join('no-such-dir', 'x.csv'))).toEqual({
      stdout: '',
      stderr: `shanxi-industry: Cannot write --out "${join('no-such-dir', 'x.csv')}": its folder does not exist.\n`,
      status: 1,
    });
    expect((await run('extract', 'province.txt', '--out', 'a.csv', '--out', 'b.csv')).stderr).toBe(
      'shanxi-industry: Option --out takes one value and was given twice: "a.csv" and "b.csv". Give it once.\n',
    );
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
      stderr:
        'shanxi-industry: extract takes one FILE (or - for standard input), as in extract release.txt; got none.\n',
      status: 2,
    });
    expect(await run('extract', 'a.txt', 'b.txt')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: extract takes one FILE (or - for standard input), as in extract release.txt; got "a.txt", "b.txt".\n',
      status: 2,
    });
    expect(await run('extract', 'province.txt', '--format', 'md')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: --format must be one of table, csv, json; got "md".\n',
      status: 2,
    });
    expect(await run('extract', 'province.txt', '--published', 'May')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Invalid --published "May": expected a date YYYY-MM-DD or YYYY-MM.\n',
      status: 2,
    });
    expect(await run('extract', 'province.txt', '--url', 'ftp://example.org/x')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Invalid --url "ftp://example.org/x": expected an http(s) address.\n',
      status: 2,
    });
    expect(await run('extract', 'province.txt', '--region', 'hebei')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: Invalid --region "hebei": accepted are shanxi, china.\n',
      status: 2,
    });
  });
  it('an option given twice is a usage error, never silently the last one', async () => {
    const twice = async (option: string, a: string, b: string) =>
      run('extract', 'province.txt', option, a, option, b);
    expect(await twice('--url', 'https://a.gov.cn/1', 'https://b.gov.cn/2')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Option --url takes one value and was given twice: "https://a.gov.cn/1" and "https://b.gov.cn/2". Give it once.\n',
      status: 2,
    });
    expect(await twice('--format', 'json', 'csv')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Option --format takes one value and was given twice: "json" and "csv". Give it once.\n',
      status: 2,
    });
    expect(await twice('--published', '2023-06-16', '2023-07-16')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Option --published takes one value and was given twice: "2023-06-16" and "2023-07-16". Give it once.\n',
      status: 2,
    });
    expect(await twice('--region', 'shanxi', 'china')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Option --region takes one value and was given twice: "shanxi" and "china". Give it once.\n',
      status: 2,
    });
    expect((await run('extract', 'province.txt', '--region', 'shanxi,china')).stderr).toBe(
      'shanxi-industry: extract takes one --region; got "shanxi", "china".\n',
    );
  });
  it('an unknown option gets the message the other commands give, not node’s', async () => {
    expect(await run('extract', 'province.txt', '--bogus')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Unknown option "--bogus" for extract. Options of extract: --url, --published, --region, --format, --out, --help.\n',
      status: 2,
    });
    expect((await run('extract', 'province.txt', '--fromat', 'csv')).stderr).toBe(
      'shanxi-industry: Unknown option "--fromat" for extract. Options of extract: --url, --published, --region, --format, --out, --help. Did you mean "--format"?\n',
    );
    expect(await run('extract', 'province.txt', '--lang', 'zh')).toEqual({
      stdout: '',
      stderr:
        'shanxi-industry: Option --lang is not accepted by extract. Options of extract: --url, --published, --region, --format, --out.\n',
      status: 2,
    });
  });
  it('help extract prints the extract help, as extract --help does', async () => {
    const help = await run('help', 'extract');
    expect(help.status).toBe(0);
    expect(help.stderr).toBe('');
    expect(help.stdout).toMatch(/^Usage: shanxi-industry extract FILE\|- \[options\]\n/);
    expect(help.stdout).toContain(
      'Exit codes: 0 figures found; 1 none found, or FILE cannot be read, or the\n--out file cannot be written; 2 a wrong command, option or value.',
    );
    expect(help.stdout).toContain('  --out FILE        write to FILE instead of standard output\n');
    for (const line of help.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(await run('extract', '--help')).toEqual(help);
    expect(await run('extract', 'province.txt', '-h')).toEqual(help);
    // the general help and the list of commands name it
    expect((await run('--help')).stdout).toContain('  extract FILE  read a statistics release');
    expect((await run('extrakt')).stderr).toBe(
      'shanxi-industry: Unknown command "extrakt". Commands: list, show, compare, series, export, check, extract. Did you mean "extract"? Run "shanxi-industry --help" for help.\n',
    );
  });
  it('a file that cannot be read: exit 1, its name quoted safely', async () => {
    expect(await run('extract', 'missing.txt')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: Cannot read "missing.txt": there is no such file.\n',
      status: 1,
    });
    expect(await run('extract', '\u001b[2Jmissing.txt')).toEqual({
      stdout: '',
      stderr: 'shanxi-industry: Cannot read "\\u001b[2Jmissing.txt": there is no such file.\n',
      status: 1,
    });
    expect((await run('extract', '.')).stderr).toBe(
      'shanxi-industry: Cannot read ".": it is a folder.\n',
    );
  });
  it('terminal escapes in the release never reach the terminal: quotes and passages not read', async () => {
    writeFileSync(
      join(dir, 'escapes.txt'),
      '2024年1-8月份，全省规模以上工业增加值同比增长3.6%\u001b[2J。\u001b]0;x\u0007纺织业增长1.0%。',
    );
    const r = await run('extract', 'escapes.txt');
    expect(r.status).toBe(0);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it looks for
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(r.stdout).toBe(
      [
        'shanxi  value-added  total  2024-01/2024-08  yoy  3.6 percent',
        '    “规模以上工业增加值同比增长3.6%” (2024年1-8月份; 13–30)',
        '',
        'Not read:',
        '  unread number (2024-01/2024-08): “规模以上工业增加值同比增长3.6%\\u001b[2”',
        '  unknown name (2024-01/2024-08): “\\u001b]0”',
        '  unknown name (2024-01/2024-08): “x\\u0007纺织业增长1.0%”',
        '',
      ].join('\n'),
    );
  });
  it('reads standard input with -', async () => {
    const r = await inProcess(['extract', '-', '--format', 'csv'], {
      cwd: dir,
      stdin: `\ufeff${F.ZH_NO_YEAR}`,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
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
