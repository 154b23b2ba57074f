/**
 * The built command (`node dist/cli.js …`), run as a user runs it: output, exit codes and
 * error messages. Expected figures are read from data/*\/facts.tsv, never typed in.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSources, root } from '../helpers/tsv.js';
import { CLI, cli, facts, isUrlLine, keyOf, requireBuild, width } from './helpers.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const sources = allSources();
const Q1 = '2021-01/2021-03';

/** The facts of one key pattern. */
const select = (where: Partial<Record<string, string>>) =>
  facts.filter((f) => Object.entries(where).every(([k, v]) => f[k] === v));

/** The one fact of a key (the test picks keys that only one source gives). */
function only(where: Partial<Record<string, string>>): Record<string, string> {
  const rows = select(where);
  expect(rows, JSON.stringify(where)).toHaveLength(1);
  return rows[0]!;
}

let tmp: string;
beforeAll(() => {
  requireBuild();
  tmp = mkdtempSync(join(tmpdir(), 'shanxi-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('version and help', () => {
  it('--version and -v print the version of package.json', () => {
    for (const flag of ['--version', '-v']) {
      const r = cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(pkg.version);
      expect(r.stderr).toBe('');
    }
  });

  it('--help lists the commands and the global options', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const word of [
      'Usage: shanxi-industry',
      'list',
      'show',
      'compare',
      'series',
      'export',
      'check FILE',
    ])
      expect(r.stdout).toContain(word);
    for (const option of ['--format', '--lang', '--out', '--version', '--data'])
      expect(r.stdout).toContain(option);
    expect(r.stdout).toContain(
      'Exit codes:\n  0  done\n  1  nothing matched (a note on stderr says what exists), a file that cannot\n     be read or written, a --data file that is not CSV or JSON of figures or\n     has invalid rows (none of it is read), problems found by check, or an\n     unexpected error\n  2  a usage error',
    );
    expect(r.stdout).toContain('with -edited after the source id');
    for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('FORCE_COLOR');
    expect(cli(['-h']).stdout).toBe(r.stdout);
    expect(cli([]).stdout).toBe(r.stdout);
  });

  it('every command has --help, and "help <command>" prints the same', () => {
    for (const command of ['list', 'show', 'compare', 'series', 'export', 'check']) {
      const r = cli([command, '--help']);
      expect(r.status, command).toBe(0);
      expect(r.stdout).toContain(`Usage: shanxi-industry ${command}`);
      expect(cli(['help', command]).stdout).toBe(r.stdout);
      expect(r.stdout).toContain(
        command === 'check'
          ? 'Exit codes: 0 no problems; 1 problems found, or a file that cannot be read\n(missing, a folder) or is not CSV or JSON of figures; 2 a wrong command,\noption or value.'
          : 'Exit codes: 0 done; 1 nothing matched, a file that cannot be read or\nwritten, or a --data file that is not CSV or JSON of figures or has\ninvalid rows (none of it is read; "check FILE" lists every problem); 2 a\nwrong command, option or value.',
      );
      if (command !== 'check') expect(r.stdout, command).toContain('--data FILE');
      for (const line of r.stdout.split('\n')) expect(width(line), line).toBeLessThanOrEqual(80);
    }
    expect(cli(['compare', '--help']).stdout).toContain('--period');
  });
});

describe('compare', () => {
  const sectors = select({
    region: 'shanxi',
    indicator: 'value-added',
    period: Q1,
    measure: 'yoy',
  }).filter((f) => f.breakdown!.startsWith('sector:'));
  const total = only({
    region: 'shanxi',
    indicator: 'value-added',
    breakdown: 'total',
    period: Q1,
    measure: 'yoy',
  });
  const china = select({
    region: 'china',
    indicator: 'value-added',
    breakdown: 'total',
    period: Q1,
    measure: 'yoy',
  });
  const r = cli(['compare', '--period', '2021-Q1']);
  const lines = r.stdout.split('\n');
  const rows = lines.filter((l) => /^\s*\d+\s{2}/.test(l));

  it('ranks the Q1 2021 sectors by value, highest first (the data has them)', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(sectors.length).toBeGreaterThanOrEqual(5);
    const expected = [...sectors].sort((a, b) => Number(b.value) - Number(a.value));
    expect(rows).toHaveLength(expected.length);
    rows.forEach((line, i) => {
      expect(line).toMatch(new RegExp(`^\\s*${i + 1}\\s`));
      expect(line).toContain(`${expected[i]!.value}%`);
    });
    // the figures the issue names, as data/shanxi/facts.tsv has them
    expect(expected[0]).toMatchObject({
      breakdown: 'sector:equipment-manufacturing',
      value: '41.8',
    });
    expect(expected.at(-1)).toMatchObject({ breakdown: 'sector:non-coal', value: '23.8' });
    expect(total.value).toBe('23.9');
    expect(rows[0]).toContain('Equipment manufacturing');
    expect(rows.at(-1)).toContain('Non-coal industries');
  });

  it('shows each gap to the total in percentage points, signed', () => {
    expect(r.stdout).toContain('Gap (pp)');
    const gap = (Number(sectors.find((f) => f.value === '41.8')!.value) * 10 - 239) / 10;
    expect(gap.toFixed(1)).toBe('17.9');
    expect(rows[0]).toContain('+17.9');
    expect(rows.at(-1)).toContain('-0.1');
  });

  it('draws a bar per row, the longest for the largest value', () => {
    const bars = rows.map((l) => (l.match(/[█▏▎▍▌▋▊▉]+/) ?? [''])[0]);
    expect(bars.every((b) => b.length > 0)).toBe(true);
    const lengths = bars.map((b) => b.length);
    expect(lengths[0]).toBe(Math.max(...lengths));
    expect([...lengths].sort((a, b) => b - a)).toEqual(lengths);
  });

  it("prints the total, China's figure and the gap, then the sources with their urls", () => {
    expect(china.length).toBeGreaterThan(0);
    const totalLine = lines.find((l) => l.startsWith('All industry:'));
    expect(totalLine).toContain(`${total.value}%`);
    expect(totalLine).toContain(`China: ${china[0]!.value}%`);
    expect(totalLine).toMatch(/points/);
    const s032 = sources.find((s) => s.id === total.source)!;
    expect(r.stdout).toContain(s032.id);
    expect(r.stdout).toContain(s032.url);
    expect(r.stdout).toContain(s032.publisher);
  });

  it('--lang zh uses Chinese names and period labels', () => {
    const zh = cli(['compare', '--period', '2021-Q1', '--lang', 'zh']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toContain('装备制造业');
    expect(zh.stdout).toContain('2021年一季度');
    expect(zh.stdout).toContain('个百分点');
    const first = zh.stdout.split('\n').find((l) => /^\s*1\s{2}/.test(l));
    expect(first).toContain('装备制造业');
    expect(first).toContain('+17.9');
  });

  it('ranks ownership types with --kind ownership (ties share a rank)', () => {
    const o = cli(['compare', '--period', '2022-H1', '--kind', 'ownership']);
    expect(o.status).toBe(0);
    const owned = select({
      region: 'shanxi',
      indicator: 'value-added',
      period: '2022-01/2022-06',
      measure: 'yoy',
    }).filter((f) => f.breakdown!.startsWith('ownership:'));
    const data = o.stdout.split('\n').filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(data).toHaveLength(new Set(owned.map(keyOf)).size);
    const values = owned.map((f) => Number(f.value));
    const ties = values.length - new Set(values).size;
    const ranks = data.map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(ranks.length - new Set(ranks).size).toBe(ties);
  });

  it('--breakdown restricts the ranking', () => {
    const c = cli(['compare', '--period', '2021-Q1', '--breakdown', 'coal,non-coal']);
    expect(c.status).toBe(0);
    const data = c.stdout.split('\n').filter((l) => /^\s*\d+\s{2}/.test(l));
    expect(data).toHaveLength(2);
    expect(data[0]).toContain('Coal industry');
  });

  it('says so, with the periods that have a ranking, when nothing was published (exit 1)', () => {
    const n = cli(['compare', '--period', '2030-Q1']);
    expect(n.status).toBe(1);
    expect(n.stdout).toBe('');
    expect(n.stderr).toContain('Nothing to rank');
    expect(n.stderr).toContain(Q1.slice(0, 4));
    expect(n.stderr).toContain('for Q1 2030 (2030-01/2030-03).');
    // a period whose words are its id is named once (it read "for 2024 (2024)")
    expect(cli(['compare', '--period', '2024']).stderr).toContain(
      'no sector figures (value-added, yoy, shanxi) for 2024. Periods',
    );
  });

  it('writes the ranking as csv, json, jsonstat and md', () => {
    const csv = cli(['compare', '--period', '2021-Q1', '--format', 'csv']);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((d) => d.value)).toEqual(
      [...sectors].sort((a, b) => Number(b.value) - Number(a.value)).map((f) => f.value),
    );
    const json = JSON.parse(cli(['compare', '--period', '2021-Q1', '--format', 'json']).stdout);
    expect(json[0]).toMatchObject({ rank: 1, breakdown: 'sector:equipment-manufacturing' });
    const stat = JSON.parse(cli(['compare', '--period', '2021-Q1', '--format', 'jsonstat']).stdout);
    expect(stat.version).toBe('2.0');
    const md = cli(['compare', '--period', '2021-Q1', '--format', 'md']).stdout.split('\n');
    expect(md[0]).toMatch(/^\| Rank \|/);
  });
});

describe('series', () => {
  const expected = facts
    .filter(
      (f) =>
        f.region === 'china' &&
        f.indicator === 'value-added' &&
        f.breakdown === 'total' &&
        f.measure === 'yoy' &&
        /^2021-01\/2021-(0[2-9]|1[01])$/.test(f.period!),
    )
    .reduce<Record<string, string>>((m, f) => {
      m[f.period!] = f.value!;
      return m;
    }, {});
  const periods = Object.keys(expected).sort();

  it('prints one figure per period, in time order, with a sparkline', () => {
    const r = cli(['series', '--region', 'china', '--kind', 'year-to-date', '--year', '2021']);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    const rows = lines.filter((l) => /^(Jan|Q\d|H\d)[^\s]*[\s–][^\d]*\d{4}\s/.test(l));
    expect(rows.length).toBe(periods.length);
    rows.forEach((line, i) => {
      expect(line).toContain(`${expected[periods[i]!]}%`);
    });
    expect(rows[0]).toMatch(/^Jan–Feb 2021/);
    expect(rows[1]).toMatch(/^Q1 2021/);
    expect(rows.at(-1)).toMatch(/^Jan–Nov 2021/);
    const trend = lines.find((l) => l.startsWith('Trend:'));
    expect(trend).toMatch(/[▁▂▃▄▅▆▇█]{5,}/);
    const spark = trend!.replace('Trend:', '').trim();
    expect([...spark]).toHaveLength(periods.length);
    // the rates fall through 2021, so the line starts at the top and ends at the bottom
    expect(spark.startsWith('█')).toBe(true);
    expect(spark.endsWith('▁')).toBe(true);
  });

  it('--format csv gives the same periods in the same order', () => {
    const r = cli([
      'series',
      '--region',
      'china',
      '--kind',
      'year-to-date',
      '--year',
      '2021',
      '--format',
      'csv',
    ]);
    const parsed = Papa.parse<Record<string, string>>(r.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((d) => d.period)).toEqual(periods);
  });

  it('asks for --kind when the series mixes period kinds, and notes a mix asked for', () => {
    const r = cli(['series']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/several period kinds: .*year-to-date \(\d+\)/);
    expect(r.stderr).toMatch(/--kind year-to-date/);
    const mixed = cli(['series', '--kind', 'year-to-date,month']);
    expect(mixed.status).toBe(0);
    expect(mixed.stdout).toMatch(/different series/);
  });

  it('draws negative values on the other side of a zero axis', () => {
    const r = cli(['series', '--year', '2015', '--kind', 'year-to-date,month']);
    const negative = facts.filter(
      (f) =>
        f.region === 'shanxi' &&
        f.breakdown === 'total' &&
        f.indicator === 'value-added' &&
        f.measure === 'yoy' &&
        f.period!.startsWith('2015') &&
        Number(f.value) < 0,
    );
    expect(negative.length).toBeGreaterThan(0);
    const rows = r.stdout.split('\n').filter((l) => /^\S.*\s-\d+(\.\d+)?%/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const line of rows) expect(line).toMatch(/[█▐]\|/);
  });
});

describe('show', () => {
  it('shows the rows of a period and region with value and source', () => {
    const coal = facts.find((f) => f.id === 'f0160')!;
    expect(coal).toMatchObject({ breakdown: 'sector:coal', period: Q1, value: '24.1' });
    const r = cli(['show', '--period', '2021-Q1', '--region', 'shanxi']);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('Coal industry'));
    expect(line).toContain('Q1 2021');
    // one region: the section heading names it, rather than every line
    expect(r.stdout.split('\n')[0]).toBe(
      'Value added of industry above designated size · Shanxi Province (6)',
    );
    expect(line).toContain('yoy');
    expect(line).toContain(`${coal.value}%`);
    expect(line).toContain(coal.source);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('Q1 2021'));
    const keys = new Set(select({ region: 'shanxi', period: Q1 }).map(keyOf));
    expect(rows).toHaveLength(keys.size);
  });

  it('without a filter shows every preferred figure', () => {
    const r = cli(['show']);
    expect(r.status).toBe(0);
    const keys = new Set(facts.map(keyOf));
    const rows = r.stdout.split('\n').filter((l) => /\s[sn]\d{3}\*?$/.test(l));
    expect(rows).toHaveLength(keys.size);
  });

  it('--all adds the figures of the sources that were not preferred, marked', () => {
    const r = cli(['show', '--all']);
    const rows = r.stdout.split('\n').filter((l) => /\s[sn]\d{3}\*?$/.test(l));
    expect(rows).toHaveLength(facts.length);
    const marked = rows.filter((l) => l.endsWith('*'));
    expect(marked).toHaveLength(facts.length - new Set(facts.map(keyOf)).size);
    expect(r.stdout).toContain('not the preferred source');
  });

  it('shows the word the page put before a number ("about")', () => {
    const counts = new Map<string, number>();
    for (const f of facts) counts.set(keyOf(f), (counts.get(keyOf(f)) ?? 0) + 1);
    const about = facts.find((f) => f.qualifier === 'about' && counts.get(keyOf(f)) === 1)!;
    expect(about).toBeDefined();
    const r = cli([
      'show',
      '--region',
      about.region!,
      '--indicator',
      about.indicator!,
      '--breakdown',
      about.breakdown!,
      '--period',
      about.period!,
      '--measure',
      about.measure!,
    ]);
    expect(r.status).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes(about.source!));
    expect(line).toContain(`about ${about.value}`);
    const zh = cli([
      'show',
      '--period',
      about.period!,
      '--breakdown',
      about.breakdown!,
      '--lang',
      'zh',
    ]);
    expect(zh.stdout).toContain(`约${about.value}`);
  });

  it('takes comma-separated and repeated values', () => {
    const a = cli(['show', '--period', '2021-Q1,2021-H1', '--region', 'shanxi']);
    const b = cli(['show', '--period', '2021-Q1', '--period', '2021-H1', '--region', 'shanxi']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('Q1 2021');
    expect(a.stdout).toContain('H1 2021');
  });

  it('says so on stderr when nothing matches (exit 1)', () => {
    const r = cli(['show', '--period', '2030']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No figures match --period 2030');
  });
});

describe('export', () => {
  it('--format csv parses with papaparse, one row per selected figure', () => {
    const r = cli(['export', '--format', 'csv', '--period', '2021-Q1', '--region', 'shanxi']);
    expect(r.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(r.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const want = select({ region: 'shanxi', period: Q1 });
    expect(parsed.data).toHaveLength(new Set(want.map(keyOf)).size);
    const coal = parsed.data.find((d) => d.id === 'f0160')!;
    expect(coal).toMatchObject({ value: '24.1', source: 's032', period_label: 'Q1 2021' });
  });

  it('csv is the default format, and every figure is exported (every source with --all)', () => {
    const all = Papa.parse<Record<string, string>>(cli(['export']).stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(all.errors).toEqual([]);
    expect(all.data).toHaveLength(new Set(facts.map(keyOf)).size);
    const every = Papa.parse(cli(['export', '--all']).stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(every.data).toHaveLength(facts.length);
  });

  it('--format json is an array of observations', () => {
    const r = cli(['export', '--format', 'json', '--period', '2021-Q1', '--region', 'shanxi']);
    const rows = JSON.parse(r.stdout) as { id: string; value: number }[];
    expect(Array.isArray(rows)).toBe(true);
    expect(rows.find((o) => o.id === 'f0160')?.value).toBe(24.1);
  });

  it('--format jsonstat is a JSON-stat 2.0 dataset', () => {
    const r = cli(['export', '--format', 'jsonstat', '--year', '2021', '--region', 'china']);
    expect(r.status).toBe(0);
    const stat = JSON.parse(r.stdout);
    expect(stat.version).toBe('2.0');
    expect(stat.class).toBe('dataset');
    expect(stat.role.time).toEqual(['period']);
  });

  it('--format md is a Markdown table with a header row', () => {
    const r = cli(['export', '--format', 'md', '--period', '2021-Q1', '--lang', 'zh']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\| 地区 \|/);
    expect(lines[1]).toMatch(/^\| ---/);
    expect(lines.length).toBeGreaterThan(2);
  });

  it('--out FILE writes the file instead of stdout', () => {
    const file = join(tmp, 'q1.csv');
    const r = cli(['export', '--period', '2021-Q1', '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(cli(['export', '--period', '2021-Q1']).stdout);
    const table = join(tmp, 'compare.txt');
    expect(cli(['compare', '--period', '2021-Q1', '--out', table], {}).status).toBe(0);
    const text = readFileSync(table, 'utf8');
    expect(text).toContain('Equipment manufacturing');
    expect(text).not.toContain('\u001b[');
  });
});

describe('--chart svg', () => {
  it('compare draws a bar per ranked row, with the total, as valid SVG', () => {
    const r = cli(['compare', '--period', '2021-Q1', '--chart', 'svg']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<svg')).toBe(true);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    const sectors = select({
      region: 'shanxi',
      indicator: 'value-added',
      period: Q1,
      measure: 'yoy',
    });
    const ranked = sectors.filter((f) => f.breakdown!.startsWith('sector:'));
    expect(r.stdout.match(/class="bar"/g)).toHaveLength(ranked.length);
    expect(r.stdout).toContain('Equipment manufacturing');
    expect(r.stdout).toContain('41.8%');
    expect(r.stdout).toContain('All industry 23.9%');
    expect(r.stdout).toContain('s032');
    const zh = cli(['compare', '--period', '2021-Q1', '--chart', 'svg', '--lang', 'zh']);
    expect(zh.stdout).toContain('装备制造业');
    expect(zh.stdout).toContain('2021年一季度');
  });

  it('series draws a line chart; --out writes it to a file', () => {
    const file = join(tmp, 'series.svg');
    const args = ['series', '--region', 'china', '--kind', 'year-to-date', '--year', '2021'];
    const r = cli([...args, '--chart', 'svg', '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    const svg = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('<path class="line"');
    expect(svg).toBe(cli([...args, '--chart', 'svg']).stdout);
  });

  it('is refused with a data format, and on commands without a chart', () => {
    const r = cli(['compare', '--period', '2021-Q1', '--chart', 'svg', '--format', 'csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--chart svg/);
    expect(cli(['show', '--chart', 'svg']).stderr).toMatch(/--chart is not accepted by show/);
  });
});

describe('list', () => {
  it('lists every catalogue', () => {
    for (const [topic, word] of [
      ['sectors', 'equipment-manufacturing'],
      ['products', 'raw-coal'],
      ['ownership', 'state-holding'],
      ['regions', '140000'],
      ['periods', Q1],
      ['sources', 's032'],
      ['indicators', 'value-added'],
      ['measures', 'two-year-average'],
    ] as const) {
      const r = cli(['list', topic]);
      expect(r.status, topic).toBe(0);
      expect(r.stdout, topic).toContain(word);
    }
  });

  it('list sources prints each url; list periods counts the figures', () => {
    const s = cli(['list', 'sources']).stdout;
    for (const source of sources) expect(s).toContain(source.url);
    const json = JSON.parse(cli(['list', 'periods', '--format', 'json']).stdout) as {
      period: string;
      shanxi: number;
      china: number;
    }[];
    const q1 = json.find((p) => p.period === Q1)!;
    expect(q1.shanxi).toBe(new Set(select({ region: 'shanxi', period: Q1 }).map(keyOf)).size);
  });
});

describe('wrong input: exit 2, what was wrong and what is accepted, no stack trace', () => {
  const cases: [string[], RegExp[]][] = [
    [['comapre'], [/Unknown command "comapre"/, /Commands: list, show, compare, series, export/]],
    [
      ['compare', '--period', '2021-13'],
      [/Invalid --period "2021-13"/, /Accepted forms/],
    ],
    [
      ['show', '--period', '21-Q1'],
      [/Invalid --period "21-Q1"/, /YYYY-Q1/],
    ],
    [['show', '--format', 'xml'], [/--format must be one of table, csv, json, jsonstat, md/]],
    [['export', '--format', 'table'], [/--format must be one of csv, json, jsonstat, md/]],
    [
      ['show', '--colour'],
      [/Unknown option "--colour"/, /--region/],
    ],
    [
      ['show', '--region', 'shanxii'],
      [/Invalid --region "shanxii"/, /shanxi, china/],
    ],
    [
      ['show', '--breakdown', 'nope'],
      [/Invalid --breakdown "nope"/, /sector:<id>/],
    ],
    [
      ['show', '--measure', 'growth'],
      [/Invalid --measure "growth"/, /yoy, level/],
    ],
    [
      ['show', '--lang', 'fr'],
      [/Invalid --lang "fr"/, /en, zh/],
    ],
    [['show', '--year', '21'], [/Invalid --year "21"/]],
    [['show', '--period'], [/--period needs a value/]],
    [['compare'], [/compare needs --period/]],
    [
      ['compare', '--period', '2021-Q1', '--kind', 'month'],
      [/Invalid --kind "month"/, /sector/],
    ],
    [['compare', '--period', '2021-Q1', '--all'], [/--all is not accepted by compare/]],
    [['series', '--region', 'shanxi,china'], [/series takes one --region/]],
    [
      ['series', '--kind', 'quarter'],
      [/Invalid --kind "quarter"/, /year-to-date/],
    ],
    [['list'], [/list needs what to list/, /sectors/]],
    [
      ['list', 'colours'],
      [/Unknown list "colours"/, /sources/],
    ],
    [
      ['show', '2021-Q1'],
      [/no positional argument/, /--period 2021-Q1/],
    ],
    [['export', '--all', '--format', 'jsonstat'], [/one figure per key/]],
    [
      ['compare', '--period', '2021-Q1', '--chart', 'png'],
      [/Invalid --chart "png"/, /svg/],
    ],
  ];
  for (const [args, patterns] of cases)
    it(args.join(' ') || '(nothing)', () => {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      for (const p of patterns) expect(r.stderr).toMatch(p);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    });
});

describe('pipes and terminals', () => {
  it('a closed pipe ends quietly (show | head -1)', () => {
    for (const command of ['show', 'show --all', 'export --all', 'list sources']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" ${command} | head -1`], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(r.status, command).toBe(0);
      expect(r.stderr, command).toBe('');
      expect(r.stdout.split('\n').filter((l) => l.length > 0)).toHaveLength(1);
    }
  });

  it('writes no ANSI codes into a pipe, with or without NO_COLOR', () => {
    for (const env of [{}, { NO_COLOR: '1' }]) {
      const r = cli(['compare', '--period', '2021-Q1'], env);
      expect(r.stdout).not.toContain('\u001b[');
    }
  });

  const commands = [
    ['compare', '--period', '2021-Q1'],
    ['compare', '--period', '2021-Q1', '--lang', 'zh'],
    ['compare', '--period', '2022-H1', '--kind', 'ownership'],
    ['compare', '--period', '2022-H1', '--kind', 'ownership', '--lang', 'zh'],
    ['compare', '--period', '2023', '--kind', 'product', '--measure', 'share-of-china'],
    ['show'],
    ['show', '--all', '--lang', 'zh'],
    ['series', '--kind', 'year-to-date,month,year'],
    ['series', '--region', 'china', '--kind', 'month', '--lang', 'zh'],
    ['series', '--against', 'china', '--kind', 'year-to-date'],
    ['series', '--against', 'china', '--kind', 'month', '--lang', 'zh'],
    ['series', '--breakdown', 'coal', '--against', 'non-coal', '--kind', 'year-to-date'],
    ['list', 'sectors'],
    ['list', 'sectors', '--lang', 'zh'],
    ['list', 'products'],
    ['list', 'ownership', '--lang', 'zh'],
    ['list', 'periods'],
    ['list', 'sources'],
    ['list', 'sources', '--lang', 'zh'],
  ];
  for (const args of commands)
    it(`every line of "${args.join(' ')}" fits 80 columns`, () => {
      const r = cli(args);
      expect(r.status).toBe(0);
      const lines = r.stdout.split('\n').filter((l) => !isUrlLine(l));
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(width(line), line).toBeLessThanOrEqual(80);
    });
});

describe('series --against china', () => {
  const key = { indicator: 'value-added', breakdown: 'total', measure: 'yoy' };
  const years = (region: string) =>
    select({ ...key, region }).filter((f) => /^\d{4}$/.test(f.period!));
  const shanxi = years('shanxi');
  const china = years('china');
  const periods = [...new Set([...shanxi, ...china].map((f) => f.period!))].sort();
  const valuesOf = (rows: Record<string, string>[], period: string) =>
    rows.filter((f) => f.period === period).map((f) => f.value!);
  /** a − b of two published decimal strings, exactly, at the larger number of decimals. */
  const minus = (a: string, b: string): string => {
    const d = Math.max((a.split('.')[1] ?? '').length, (b.split('.')[1] ?? '').length);
    const scaled = (s: string) => Math.round(Number(s) * 10 ** d);
    const g = scaled(a) - scaled(b);
    const text = (Math.abs(g) / 10 ** d).toFixed(d);
    return g > 0 ? `+${text}` : g < 0 ? `-${text}` : text;
  };
  const r = cli(['series', '--against', 'china', '--kind', 'year']);
  const rows = r.stdout.split('\n').filter((l) => /^\d{4}\s/.test(l));

  it('takes --scope for both sides; without it, a series of several scopes asks for one', () => {
    const coal = ['series', '--indicator', 'output', '--breakdown', 'product:raw-coal'];
    const level = [...coal, '--measure', 'level', '--kind', 'year', '--against', 'china'];
    const mixed = cli(level);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(
      /several scopes \(above-size, all, unstated\).*Pass --scope above-size/,
    );
    const above = cli([...level, '--scope', 'above-size']);
    expect(above.status).toBe(0);
    // both sides and the gap in one unit, named in the title (see test/cli/units-columns)
    expect(above.stdout.split('\n')[1]).toBe(
      'Level (million tonnes) · whole years · above designated size',
    );
    expect(above.stdout).toMatch(/^2023 +1,356\.582 +– +Shanxi only$/m);
    expect(above.stdout).not.toContain('1,377');
    const all = cli([...level, '--scope', 'all']);
    expect(all.stdout).toMatch(/^2023 +1,377\.520 +– +Shanxi only$/m);
  });

  it('prints every period either side has, in time order, none dropped', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(shanxi.length).toBeGreaterThan(2);
    expect(china.length).toBeGreaterThan(2);
    expect(rows.map((l) => l.slice(0, 4))).toEqual(periods);
    expect(r.stdout.split('\n')[0]).toMatch(/^Shanxi against China · All industry · /);
  });

  it('shows both values and the gap where both were published, and names the one side otherwise', () => {
    let both = 0;
    let one = 0;
    rows.forEach((line, i) => {
      const period = periods[i]!;
      const a = valuesOf(shanxi, period);
      const b = valuesOf(china, period);
      const cells = line.split(/\s{2,}/).map((c) => c.trim());
      if (a.length > 0 && b.length > 0) {
        both++;
        expect(a.map((v) => `${v}%`)).toContain(cells[1]);
        expect(b.map((v) => `${v}%`)).toContain(cells[2]);
        const gap = minus(cells[1]!.replace('%', ''), cells[2]!.replace('%', ''));
        expect(cells[3], period).toBe(gap);
      } else {
        one++;
        expect(cells[3], period).toBe(a.length > 0 ? 'Shanxi only' : 'China only');
        expect(cells[a.length > 0 ? 2 : 1]).toBe('–');
      }
    });
    expect(both).toBeGreaterThan(0);
    expect(one).toBeGreaterThan(0);
    expect(r.stdout).toContain(
      `${both} of ${periods.length} periods ${both === 1 ? 'has' : 'have'} both figures`,
    );
  });

  it('--format csv: one record per period, the gap empty where one side is missing', () => {
    const csv = cli(['series', '--against', 'china', '--kind', 'year', '--format', 'csv']);
    expect(csv.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'period',
      'period_label',
      'kind',
      'value',
      'benchmark',
      'gap',
      'unit',
      'value_source',
      'benchmark_source',
    ]);
    expect(parsed.data.map((d) => d.period)).toEqual(periods);
    for (const d of parsed.data) {
      const both = d.value !== '' && d.benchmark !== '';
      expect(d.gap === '', d.period).toBe(!both);
      if (both)
        expect(minus(d.value!, d.benchmark!).replace('+', '')).toBe(
          Number(d.gap).toFixed(
            Math.max(...[d.value!, d.benchmark!].map((v) => (v.split('.')[1] ?? '').length)),
          ),
        );
    }
  });

  it('--format jsonstat: both series in one dataset (two regions, or two breakdowns)', () => {
    const china = JSON.parse(
      cli(['series', '--against', 'china', '--kind', 'year', '--format', 'jsonstat']).stdout,
    );
    expect(china.id).toEqual(['region', 'indicator', 'breakdown', 'measure', 'period']);
    expect(china.size).toEqual([2, 1, 1, 1, periods.length]);
    const coal = JSON.parse(
      cli([
        'series',
        '--breakdown',
        'coal',
        '--against',
        'non-coal',
        '--kind',
        'year-to-date',
        '--format',
        'jsonstat',
      ]).stdout,
    );
    expect(coal.size.slice(0, 3)).toEqual([1, 1, 2]);
  });

  it('--chart svg draws both lines, with a source note of at most three short lines', () => {
    const svg = cli(['series', '--against', 'china', '--kind', 'year-to-date', '--chart', 'svg']);
    expect(svg.status).toBe(0);
    expect(XMLValidator.validate(svg.stdout)).toBe(true);
    expect(svg.stdout).toMatch(/<desc[^>]*>2 lines, [^<]*Shanxi, \d+ points[^<]*China, \d+ points/);
    const note = [
      ...svg.stdout.matchAll(/<text [^>]*font-size="11" fill="#555">([^<]*)<\/text>/g),
    ].map((m) => m[1]!);
    expect(note.length).toBeGreaterThan(0);
    expect(note.length).toBeLessThanOrEqual(3);
    for (const line of note) expect([...line].length).toBeLessThanOrEqual(90);
    expect(note.join('\n')).toMatch(/^Sources \(\d+\): n\d{3}, /);
    expect(note.at(-1)).toBe('Publishers and urls: shanxi-industry list sources');
  });

  it('the one-series chart keeps its note short too, and names the few publishers', () => {
    const many = cli(['series', '--kind', 'year-to-date', '--chart', 'svg']).stdout;
    const note = [...many.matchAll(/<text [^>]*font-size="11" fill="#555">([^<]*)<\/text>/g)];
    expect(note.length).toBeLessThanOrEqual(3);
    const few = cli(['compare', '--period', '2021-Q1', '--chart', 'svg']).stdout;
    const s032 = sources.find((s) => s.id === 's032')!;
    expect(few).toContain(`Source: s032 ${s032.publisher}`);
  });
});

describe('the sparkline marks missing periods', () => {
  it('years without a figure show as · between the points (·N· for a long break)', () => {
    const years = [
      ...new Set(
        select({ region: 'shanxi', indicator: 'value-added', breakdown: 'total', measure: 'yoy' })
          .filter((f) => /^\d{4}$/.test(f.period!))
          .map((f) => Number(f.period)),
      ),
    ].sort();
    const expected = years
      .map((y, i) => {
        const m = i === 0 ? 0 : y - years[i - 1]! - 1;
        return `${m === 0 ? '' : m <= 3 ? '·'.repeat(m) : `·${m}·`}x`;
      })
      .join('');
    expect(expected).toContain('·');
    const r = cli(['series', '--kind', 'year']);
    const trend = r.stdout.split('\n').find((l) => l.startsWith('Trend:'))!;
    expect(trend.replace('Trend: ', '').replace(/[▁▂▃▄▅▆▇█]/g, 'x')).toBe(expected);
    expect(r.stdout).toContain('· a period without a figure; ·N· N such periods in a row.');
  });
});
