/**
 * Exit codes and messages, exactly: 0 done, 1 nothing matched or a file that cannot be
 * written, 2 a usage error; the user's text escaped wherever it is shown; an option that
 * takes one value refused when given twice; NO_COLOR and FORCE_COLOR as the conventions say.
 * Runs `main` in-process, as the built command does.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inProcess, type Ran } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'shanxi-exits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (argv: readonly string[], env: Record<string, string> = {}, isTTY = false) =>
  inProcess(argv, { cwd: tmp, env, isTTY });

const P = 'shanxi-industry: ';
const ESC = '\u001b';

const cases: readonly [string, readonly string[], number, string][] = [
  [
    'nothing matched: show',
    ['show', '--period', '2030'],
    1,
    'No figures match --period 2030. See "shanxi-industry list periods" for what exists.\n',
  ],
  [
    'nothing matched: export writes no data',
    ['export', '--year', '2030', '--format', 'json'],
    1,
    'No figures match --year 2030. See "shanxi-industry list periods" for what exists.\n',
  ],
  [
    'nothing matched: series',
    ['series', '--year', '2030', '--kind', 'month'],
    1,
    'No figures for this series (--year 2030 --kind month). Defaults: --region shanxi --indicator value-added --breakdown total --measure yoy. See "shanxi-industry list periods" with the same filters for what exists.\n',
  ],
  [
    'nothing matched: series --against',
    ['series', '--against', 'china', '--year', '2030', '--kind', 'month'],
    1,
    'No figures for this series (--year 2030 --kind month). Defaults: --region shanxi --indicator value-added --breakdown total --measure yoy. See "shanxi-industry list periods" with the same filters for what exists.\n',
  ],
  [
    'a single-valued option given twice: --lang',
    ['show', '--lang', 'en', '--lang', 'zh'],
    2,
    `${P}Option --lang takes one value and was given twice: "en" and "zh". Give it once.\n`,
  ],
  [
    'a single-valued option given twice: --format, in both spellings',
    ['show', '--format', 'csv', '--format=json'],
    2,
    `${P}Option --format takes one value and was given twice: "csv" and "json". Give it once.\n`,
  ],
  [
    'a single-valued option given twice: --out',
    ['export', '--out', 'a.csv', '--out', 'b.csv'],
    2,
    `${P}Option --out takes one value and was given twice: "a.csv" and "b.csv". Give it once.\n`,
  ],
  [
    'a single-valued option given twice: --from',
    ['series', '--from', '2021', '--from', '2022'],
    2,
    `${P}Option --from takes one value and was given twice: "2021" and "2022". Give it once.\n`,
  ],
  [
    'terminal escapes in an unknown --source are shown escaped',
    ['show', '--source', `${ESC}[2J${ESC}]0;pwned\u0007`],
    1,
    'No figures match --source "\\u001b[2J\\u001b]0;pwned\\u0007". See "shanxi-industry list periods" for what exists.\n',
  ],
  [
    'C1 controls and escapes in a value',
    ['show', '--region', `${ESC}[31mred\u009b`],
    2,
    `${P}Invalid --region "\\u001b[31mred\\u009b": accepted are shanxi, china.\n`,
  ],
  [
    'escapes in an option name',
    ['show', `--${ESC}[2J`],
    2,
    `${P}Unknown option "--\\u001b[2J" for show. Options of show: --region, --indicator, --breakdown, --period, --measure, --scope, --year, --from, --to, --kind, --source, --all, --data, --format, --lang, --out, --help.\n`,
  ],
  [
    'a name of Object.prototype is no list topic',
    ['list', 'constructor'],
    2,
    `${P}Unknown list "constructor": accepted are sectors, products, ownership, regions, periods, sources, indicators, measures.\n`,
  ],
  [
    'a bidirectional override in a positional',
    ['show', '\u202eevil'],
    2,
    `${P}show takes no positional argument; got "\\u202eevil". Filters are options, as in --region shanxi.\n`,
  ],
  [
    'a long value is cut in the message',
    ['show', '--region', 'x'.repeat(100)],
    2,
    `${P}Invalid --region "${'x'.repeat(60)}…": accepted are shanxi, china.\n`,
  ],
  [
    'a lower-case alias that is no period either: the hint about capitals',
    ['show', '--period', '2021-q5'],
    2,
    `${P}Invalid --period "2021-q5": not a period id (aliases are written in capitals: 2021-Q1, 2021-H1, 2021-Q1Q3). Accepted forms: YYYY, YYYY-MM, YYYY-MM/YYYY-MM (months of one year), YYYY-Q1…Q4, YYYY-H1, YYYY-H2, YYYY-Q1Q3.\n`,
  ],
  [
    "a library message names the flag, not the API's option",
    ['compare', '--period', '2023', '--measure', 'level', '--kind', 'product'],
    2,
    `${P}Cannot rank figures of different quantities: Coalbed methane (billion m³) and Unconventional natural gas (100 million m³) are measured in cubic metres; Coke (million tonnes) and Raw coal (10,000 tonnes) are measured in tonnes; Power generation (100 million kWh), Electricity sent out of the province (100 million kWh) and New-energy electricity sent out of the province (billion kWh) are measured in kWh. Choose breakdowns of one quantity with --breakdown (units of one family, such as 10,000 tonnes and million tonnes, are ranked together, converted exactly).\n`,
  ],
  [
    '--against china for China',
    ['series', '--against', 'china', '--region', 'china'],
    2,
    `${P}--against china compares China with itself: leave out --region china (Shanxi is the default), or give --against a breakdown of China, as in --against sector:coal.\n`,
  ],
  [
    'a misspelt --against',
    ['series', '--against', 'chin'],
    2,
    `${P}Invalid --against "chin": accepted are china (Shanxi against China, the same breakdown) or a breakdown of the same region, as in --against sector:non-coal. Did you mean "china"?\n`,
  ],
  [
    '--against the series itself',
    ['series', '--against', 'total'],
    2,
    `${P}--against total is the series itself (--breakdown total); give another breakdown, or --against china.\n`,
  ],
  [
    '--against on a command without it',
    ['show', '--against', 'china'],
    2,
    `${P}Option --against is not accepted by show. Options of show: --region, --indicator, --breakdown, --period, --measure, --scope, --year, --from, --to, --kind, --source, --all, --data, --format, --lang, --out.\n`,
  ],
  [
    'I/O: a folder that does not exist, in plain words',
    ['export', '--out', join('no-such-dir', 'x.csv')],
    1,
    `${P}Cannot write --out "${join('no-such-dir', 'x.csv')}": its folder does not exist.\n`,
  ],
  [
    'I/O: a folder given as the file',
    ['export', '--out', '.'],
    1,
    `${P}Cannot write --out ".": it is a folder.\n`,
  ],
];

describe('exit codes and messages, exactly', () => {
  for (const [name, argv, code, stderr] of cases)
    it(name, async () => {
      const r = await run(argv);
      expect(r.stderr).toBe(stderr);
      expect(r.code).toBe(code);
      expect(r.stdout).toBe('');
    });

  it('a lower-case alias is accepted: --period 2021-q1 is --period 2021-Q1', async () => {
    const lower = await run(['show', '--period', '2021-q1,2021-h1', '--region', 'shanxi']);
    const upper = await run(['show', '--period', '2021-Q1,2021-H1', '--region', 'shanxi']);
    expect(lower.code).toBe(0);
    expect(lower.stderr).toBe('');
    expect(lower.stdout).toBe(upper.stdout);
    expect(lower.stdout).toContain('Q1 2021');
  });

  it('the same value twice is refused too (one value means one)', async () => {
    const r = await run(['show', '--lang', 'zh', '--lang', 'zh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `${P}Option --lang takes one value and was given twice: "zh" and "zh". Give it once.\n`,
    );
  });

  it('list options (--region, --period) may still be repeated', async () => {
    const r = await run(['show', '--period', '2021-Q1', '--period', '2021-H1', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('a closed stream or a file that cannot be written exits 1, and --out writes nothing then', async () => {
    const r = await run(['compare', '--period', '2030-Q1', '--out', 'x.txt']);
    expect(r.code).toBe(1);
    expect(() => readFileSync(join(tmp, 'x.txt'))).toThrow();
  });
});

describe('--scope', () => {
  it('a series of several scopes asks for --scope, in flag words', async () => {
    const r = await run([
      'series',
      '--indicator',
      'output',
      '--breakdown',
      'raw-coal',
      '--measure',
      'level',
      '--kind',
      'year',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^shanxi-industry: series found figures of several scopes \(.*\).* Pass --scope [\w-]+\.\n$/,
    );
    expect(r.stderr).not.toContain('{ scope');
  });

  it('--scope picks one, and the table says which', async () => {
    const r = await run([
      'series',
      '--indicator',
      'output',
      '--breakdown',
      'raw-coal',
      '--measure',
      'level',
      '--kind',
      'year',
      '--scope',
      'all',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[1]).toBe('Level (million tonnes) · whole years · all producers');
    const show = await run(['show', '--scope', 'all', '--format', 'json']);
    const rows = JSON.parse(show.stdout) as { scope?: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((o) => o.scope === 'all')).toBe(true);
    const unstated = JSON.parse(
      (await run(['show', '--scope', 'unstated', '--format', 'json'])).stdout,
    ) as { scope?: string }[];
    expect(unstated.every((o) => o.scope === undefined)).toBe(true);
  });

  it('show has a Scope column; a wrong --scope is a usage error; one --scope for series', async () => {
    const r = await run(['show', '--period', '2021-Q1', '--region', 'shanxi']);
    expect(r.stdout.split('\n')[1]).toMatch(/ {2}Scope {2}/);
    expect((await run(['show', '--scope', 'nope'])).stderr).toBe(
      `${P}Invalid --scope "nope": accepted are above-size, all, unstated.\n`,
    );
    expect((await run(['series', '--scope', 'all,unstated'])).stderr).toBe(
      `${P}series takes one --scope; got "all", "unstated". Use show or export for several.\n`,
    );
    // with --against, one scope for both sides; no value-added figure is of all producers
    expect((await run(['series', '--against', 'china', '--scope', 'all'])).code).toBe(1);
    expect((await run(['series', '--against', 'china', '--scope', 'all,unstated'])).code).toBe(2);
  });
});

describe('export --bom', () => {
  it('starts the CSV with a UTF-8 BOM and is otherwise the same CSV', async () => {
    const plain = await run(['export', '--period', '2021-Q1', '--lang', 'zh']);
    const bom = await run(['export', '--period', '2021-Q1', '--lang', 'zh', '--bom']);
    expect(bom.code).toBe(0);
    expect(bom.stdout.startsWith('\uFEFF')).toBe(true);
    expect(plain.stdout.startsWith('\uFEFF')).toBe(false);
    expect(bom.stdout.slice(1)).toBe(plain.stdout);
    await run(['export', '--period', '2021-Q1', '--bom', '--out', 'bom.csv']);
    expect([...readFileSync(join(tmp, 'bom.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('is refused with another format, and by other commands', async () => {
    expect((await run(['export', '--bom', '--format', 'json'])).stderr).toBe(
      `${P}--bom marks a CSV file as UTF-8; it does not take --format json. Leave out one of them.\n`,
    );
    const show = await run(['show', '--bom']);
    expect(show.code).toBe(2);
    expect(show.stderr).toMatch(/^shanxi-industry: Option --bom is not accepted by show\./);
  });
});

describe('NO_COLOR and FORCE_COLOR', () => {
  const argv = ['compare', '--period', '2021-Q1'];
  const coloured = (r: Ran): boolean => r.stdout.includes(`${ESC}[`);

  it('colours a terminal, not a pipe', async () => {
    expect(coloured(await run(argv, {}, true))).toBe(true);
    expect(coloured(await run(argv, {}, false))).toBe(false);
  });

  it('NO_COLOR present and not empty turns colours off, whatever its value', async () => {
    for (const value of ['1', '0', 'false', 'yes'])
      expect(coloured(await run(argv, { NO_COLOR: value }, true)), value).toBe(false);
    expect(coloured(await run(argv, { NO_COLOR: '' }, true))).toBe(true);
  });

  it('FORCE_COLOR present and not empty colours a pipe too, whatever its value, over NO_COLOR', async () => {
    for (const value of ['1', '0', 'true', '3'])
      expect(coloured(await run(argv, { FORCE_COLOR: value }, false)), value).toBe(true);
    expect(coloured(await run(argv, { FORCE_COLOR: '' }, false))).toBe(false);
    expect(coloured(await run(argv, { FORCE_COLOR: '1', NO_COLOR: '1' }, false))).toBe(true);
    expect(coloured(await run(argv, { FORCE_COLOR: '1', TERM: 'dumb' }, false))).toBe(true);
  });

  it('a file written with --out stays plain, even with FORCE_COLOR', async () => {
    const r = await run([...argv, '--out', 'forced.txt'], { FORCE_COLOR: '1' }, true);
    expect(r.code).toBe(0);
    const text = readFileSync(join(tmp, 'forced.txt'), 'utf8');
    expect(text).toContain('Equipment manufacturing');
    expect(text).not.toContain(ESC);
  });

  it('forced colours in a pipe keep ASCII rules (box characters are for terminals)', async () => {
    const r = await run(argv, { FORCE_COLOR: '1' }, false);
    expect(r.stdout).not.toContain('─');
    expect(r.stdout).toMatch(/-{3,}/);
  });
});
