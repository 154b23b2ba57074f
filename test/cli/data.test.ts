/**
 * The user's own figures from the command (issue 14): `--data FILE` merges a CSV or JSON file
 * with the shipped data (gaps filled, alternatives beside shipped figures under the same
 * preference rules, exact repeats read once, edits of shipped figures read as the user's under
 * `<id>-edited`), `check FILE` lists every problem, and export → import → export gives the
 * export back. Fixtures are written here in the shapes spreadsheets save (BOM, CRLF, `;`).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { find } from '../../src/index.js';
import { cli, inProcess, requireBuild } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'shanxi-data-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const run = (argv: readonly string[], stdin?: string | Uint8Array) =>
  inProcess(argv, { cwd: tmp, ...(stdin === undefined ? {} : { stdin }) });

/** Writes a fixture into the scratch folder; returns its name. */
function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(tmp, name), content);
  return name;
}

const HEADER = 'region,indicator,breakdown,period,measure,value,unit,scope,source';
const csv = (...rows: string[]): string => `${[HEADER, ...rows].join('\n')}\n`;
const P = 'shanxi-industry: ';

/** The shipped figure the edits change: coal, Q1 2021, 24.1 from s032. */
const COAL = 'shanxi,value-added,sector:coal,2021-Q1,yoy';

describe('--data: merging with the shipped figures', () => {
  it('the shipped coal figure is what the tests assume', () => {
    expect(find({ breakdown: 'sector:coal', period: '2021-Q1' })).toMatchObject({
      value: 24.1,
      decimals: 1,
      source: 's032',
      scope: 'above-size',
    });
    expect(find({ period: '2019' })).toBeUndefined();
    expect(find({ period: '2018' })).toBeUndefined();
  });

  it('fills a gap: the series has the year, marked as yours, its source listed', async () => {
    const f = file(
      'gap.csv',
      csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes'),
    );
    const before = await run(['series', '--kind', 'year', '--from', '2017', '--to', '2020']);
    expect(before.stdout).not.toContain('2019');
    const r = await run([
      'series',
      '--kind',
      'year',
      '--from',
      '2017',
      '--to',
      '2020',
      '--data',
      f,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('2019     5.0%  █████████████████████▍          my-notes+\n');
    expect(r.stdout).toContain('\n+ your figure, read with --data.\n');
    expect(r.stdout).toContain(
      '  my-notes             yours          your figures, from gap.csv\n',
    );
    // the shipped rows are not marked
    expect(r.stdout).toContain('2020     5.7%  ████████████████████████▍       s026\n');
  });

  it('stands beside a shipped figure: the shipped one preferred, both with --all', async () => {
    const f = file('alt.csv', csv(`${COAL},24.3,percent,above-size,my-sheet`));
    const plain = await run(['show', '--period', '2021-Q1', '--breakdown', 'coal', '--data', f]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('24.1%  above-size  s032\n');
    expect(plain.stdout).not.toContain('24.3');
    expect(plain.stdout).not.toContain('your figure');
    const all = await run([
      'show',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--all',
      '--data',
      f,
    ]);
    expect(all.stdout).toBe(
      [
        'Value added of industry above designated size · Shanxi Province (2)',
        'Period   Breakdown      Measure  Value  Scope       Source',
        '-------  -------------  -------  -----  ----------  ----------',
        'Q1 2021  Coal industry  yoy      24.1%  above-size  s032',
        'Q1 2021  Coal industry  yoy      24.3%  above-size  my-sheet+*',
        '',
        '+ your figure, read with --data.',
        '* not the preferred source for this key; the preferred figure is listed too.',
        'Scope: above-size = above designated size.',
        '',
      ].join('\n'),
    );
    expect(all.stderr).toBe('');
  });

  it('prefers the more precise figure, as for shipped sources: yours is shown, marked', async () => {
    const f = file('precise.csv', csv(`${COAL},24.13,percent,above-size,my-sheet`));
    const r = await run(['show', '--period', '2021-Q1', '--breakdown', 'coal', '--data', f]);
    expect(r.stdout).toContain('24.13%  above-size  my-sheet+\n');
    expect(r.stdout).not.toContain('s032');
    const json = JSON.parse(
      (
        await run([
          'export',
          '--format',
          'json',
          '--period',
          '2021-Q1',
          '--breakdown',
          'coal',
          '--all',
          '--data',
          f,
        ])
      ).stdout,
    ) as { source: string; value: number }[];
    expect(json.map((o) => [o.source, o.value])).toEqual([
      ['my-sheet', 24.13],
      ['s032', 24.1],
    ]);
  });

  it('an unqualified figure of yours comes before a qualified shipped one, a bound after', async () => {
    const f = file(
      'qualified.csv',
      `${HEADER},qualifier\n${COAL},24.1,percent,above-size,my-sheet,about\n`,
    );
    const r = await run([
      'export',
      '--format',
      'json',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    const rows = JSON.parse(r.stdout) as { source: string; qualifier?: string }[];
    expect(rows.map((o) => [o.source, o.qualifier])).toEqual([
      ['s032', undefined],
      ['my-sheet', 'about'],
    ]);
  });

  it('a row that repeats a shipped one exactly is read once, without a note', async () => {
    const exported = (await run(['export', '--period', '2021-Q1', '--breakdown', 'coal'])).stdout;
    const f = file('same.csv', exported);
    const r = await run([
      'show',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    expect(r.stdout).toContain(
      'Value added of industry above designated size · Shanxi Province (1)\n',
    );
    expect(r.stdout).not.toContain('+');
    expect(r.stderr).toBe('');
  });

  it('an edited shipped row becomes yours, as <id>-edited, beside the shipped one, with a note', async () => {
    const exported = (await run(['export', '--period', '2021-Q1', '--breakdown', 'coal,non-coal']))
      .stdout;
    expect(exported).toContain(',24.1,');
    const f = file('edited.csv', exported.replace(',24.1,', ',24.3,'));
    const note =
      '"edited.csv": 1 row changes a shipped figure (shanxi value-added sector:coal 2021-01/2021-03 yoy (above-size) from s032: value 24.3, shipped 24.1): --data reads it as your figure, source s032-edited, beside the shipped one, not in its place (--all shows both).\n';
    const plain = await run(['show', '--period', '2021-Q1', '--breakdown', 'coal', '--data', f]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('24.1%  above-size  s032\n');
    expect(plain.stdout).not.toContain('24.3');
    expect(plain.stderr).toBe(note);
    const all = await run([
      'show',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    expect(all.stdout).toContain('24.3%  above-size  s032-edited+*\n');
    const json = JSON.parse(
      (
        await run([
          'export',
          '--format',
          'json',
          '--all',
          '--period',
          '2021-Q1',
          '--breakdown',
          'coal',
          '--data',
          f,
        ])
      ).stdout,
    ) as { id?: string; source: string; value: number }[];
    expect(json).toEqual([
      expect.objectContaining({ id: 'f0160', source: 's032', value: 24.1 }),
      expect.objectContaining({ source: 's032-edited', value: 24.3 }),
    ]);
    // the edited figure does not carry the shipped figure's id
    expect((json[1] as { id?: string }).id).toBeUndefined();
    // the edit read back from its own export is a row of yours, no longer an edit
    const again = file(
      'edited-again.csv',
      (await run(['export', '--all', '--period', '2021-Q1', '--breakdown', 'coal', '--data', f]))
        .stdout,
    );
    const r = await run([
      'show',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      again,
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('24.3%  above-size  s032-edited+*\n');
  });

  it('a figure of its own that kept a shipped id (value and source changed in a spreadsheet): read without the id, and check says so', async () => {
    const exported = (await run(['export', '--period', '2021-Q1', '--breakdown', 'coal,non-coal']))
      .stdout;
    const line = exported.split('\n').find((l) => l.includes(',24.1,'))!;
    expect(line.startsWith('f0160,')).toBe(true);
    const f = file(
      'kept-id.csv',
      exported.replace(line, line.replace(',24.1,', ',24.3,').replace(',s032,', ',mine,')),
    );
    const words =
      '1 row keeps the id of a shipped figure (f0160, on shanxi value-added sector:coal 2021-01/2021-03 yoy (above-size) from mine) for a figure of its own: --data reads it without that id.';
    const checked = await run(['check', f]);
    expect(checked.code).toBe(0);
    expect(checked.stdout.replace(/\n {4}/g, ' ')).toContain(words);
    // it was refused by --data after check passed it ([0.id] … is the id of a base row)
    const shown = await run([
      'show',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    expect(shown.code).toBe(0);
    expect(shown.stderr).toBe(`"kept-id.csv": ${words}\n`);
    expect(shown.stdout).toContain('24.3%');
    expect(shown.stdout).toContain('24.1%');
  });

  it('an edit of the note or the qualifier is an edit too, named in the note', async () => {
    const f = file(
      'noted.csv',
      `${HEADER},note,qualifier\n${COAL},24.1,percent,above-size,s032,my remark,about\n`,
    );
    const r = await run([
      'show',
      '--all',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    expect(r.stderr).toBe(
      '"noted.csv": 1 row changes a shipped figure (shanxi value-added sector:coal 2021-01/2021-03 yoy (above-size) from s032: qualifier "about", shipped none; another note): --data reads it as your figure, source s032-edited, beside the shipped one, not in its place (--all shows both).\n',
    );
    expect(r.stdout).toContain('about 24.1%  above-size  s032-edited+*\n');
  });

  it('a new figure citing a shipped source is yours, marked, and ranked by that source', async () => {
    // s032 is a shipped source; the key (coal, Jan–Feb 2021) is not shipped
    expect(find({ breakdown: 'sector:coal', period: '2021-01/2021-02' })).toBeUndefined();
    const f = file(
      'cite.csv',
      csv('shanxi,value-added,sector:coal,2021-01/2021-02,yoy,30.0,percent,above-size,s032'),
    );
    const r = await run([
      'show',
      '--period',
      '2021-01/2021-02',
      '--breakdown',
      'coal',
      '--data',
      f,
    ]);
    expect(r.stdout).toContain('30.0%  above-size  s032+\n');
    expect(r.stderr).toBe('');
  });

  it('compare ranks your figure with the shipped ones, marked with + after its value', async () => {
    const f = file('rank.csv', csv(`${COAL},24.15,percent,above-size,my-sheet`));
    const r = await run([
      'compare',
      '--period',
      '2021-Q1',
      '--breakdown',
      'coal,non-coal',
      '--data',
      f,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1  Coal industry        24.15%+');
    expect(r.stdout).toContain('2  Non-coal industries    23.8%');
    expect(r.stdout).toContain('\n+ your figure, read with --data.\nSources:\n');
    expect(r.stdout).toContain(
      '  my-sheet             yours          your figures, from rank.csv\n',
    );
    const plain = await run(['compare', '--period', '2021-Q1', '--breakdown', 'coal,non-coal']);
    expect(plain.stdout).toContain('1  Coal industry        24.1%');
    expect(plain.stdout).not.toContain('your figure');
  });

  it('series --against china marks your figure on either side', async () => {
    const f = file(
      'china.csv',
      csv('china,value-added,total,2016,yoy,6.0,percent,above-size,my-china'),
    );
    expect(find({ region: 'china', period: '2016' })).toBeUndefined();
    const r = await run([
      'series',
      '--against',
      'china',
      '--kind',
      'year',
      '--from',
      '2016',
      '--to',
      '2017',
      '--data',
      f,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2016 +1\.1% +6\.0%\+ +-4\.9 /m);
    expect(r.stdout).toContain('+ your figure, read with --data.');
  });

  it('list counts your figures, and list sources names your source ids', async () => {
    const f = file(
      'list.csv',
      csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes'),
    );
    const periods = await run(['list', 'periods', '--format', 'json', '--data', f]);
    const rows = JSON.parse(periods.stdout) as { period: string; shanxi: number }[];
    const shipped = JSON.parse((await run(['list', 'periods', '--format', 'json'])).stdout) as {
      period: string;
      shanxi: number;
    }[];
    const count = (list: typeof rows) => list.find((p) => p.period === '2019')?.shanxi ?? 0;
    expect(count(rows)).toBe(count(shipped) + 1);
    const sources = await run(['list', 'sources', '--data', f]);
    expect(sources.stdout).toContain(
      'Preferred where they disagree: official > state-media > industry-media > reprint\nYour sources (--data, kind yours) come after these.\n',
    );
    expect((await run(['list', 'sources'])).stdout).not.toContain('Your sources');
    expect(sources.stdout).toMatch(/\nmy-notes +yours +your figures, from list\.csv +1\n/);
    const json = JSON.parse(
      (await run(['list', 'sources', '--format', 'json', '--data', f])).stdout,
    ) as {
      id: string;
    }[];
    expect(json.at(-1)).toEqual({
      id: 'my-notes',
      kind: 'yours',
      publisher: 'your figures, from list.csv',
      figures: 1,
    });
  });

  it('export --source picks your figures out', async () => {
    const f = file(
      'pick.csv',
      csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes'),
    );
    const r = await run(['export', '--data', f, '--source', 'my-notes', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        region: 'shanxi',
        indicator: 'value-added',
        breakdown: 'total',
        period: '2019',
        measure: 'yoy',
        value: 5,
        decimals: 1,
        unit: 'percent',
        scope: 'above-size',
        source: 'my-notes',
      },
    ]);
  });

  it('zh: the legend and your source in Chinese', async () => {
    const f = file(
      'zh.csv',
      csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes'),
    );
    const r = await run([
      'series',
      '--kind',
      'year',
      '--from',
      '2019',
      '--to',
      '2020',
      '--lang',
      'zh',
      '--data',
      f,
    ]);
    expect(r.stdout).toContain('+ 你用 --data 读入的数据。');
    expect(r.stdout).toContain('my-notes             用户数据       你的数据，来自 zh.csv');
    // the kind of each source in Chinese too (it was official/state-media in English)
    expect(r.stdout).toMatch(/ {2}s026 {5}2021-05-12 {2}官方媒体 {7}China Daily/);
  });
});

describe('--data: the files it reads', () => {
  const ROW = 'shanxi;value-added;total;2019;yoy;5.0;percent;above-size;my-notes';

  it('a spreadsheet CSV: BOM, CRLF, ; between fields, a quoted note with ; and a line break', async () => {
    const text = `\ufeff${HEADER.replaceAll(',', ';')};note\r\n${ROW};"one; two\r\nthree"\r\n`;
    const f = file('excel.csv', new TextEncoder().encode(text));
    const r = await run(['export', '--format', 'json', '--source', 'my-notes', '--data', f]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ period: '2019', value: 5, decimals: 1, note: 'one; two\r\nthree' }),
    ]);
  });

  it('tab between fields, and a name without an extension (sniffed as CSV)', async () => {
    const f = file('tabbed', `${HEADER.replaceAll(',', '\t')}\n${ROW.replaceAll(';', '\t')}\n`);
    const r = await run(['show', '--source', 'my-notes', '--data', f]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5.0%  above-size  my-notes+');
  });

  it('JSON: the array export --format json writes, or an object with observations', async () => {
    const row = {
      region: 'shanxi',
      indicator: 'value-added',
      breakdown: 'total',
      period: '2019',
      measure: 'yoy',
      value: '5.0',
      unit: 'percent',
      scope: 'above-size',
      source: 'my-notes',
    };
    for (const [name, content] of [
      ['rows.json', JSON.stringify([row])],
      ['extracted', JSON.stringify({ observations: [row], evidence: [], lang: 'en' })],
    ] as const) {
      const r = await run(['show', '--source', 'my-notes', '--data', file(name, content)]);
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toContain('5.0%  above-size  my-notes+');
    }
  });

  it('- reads standard input (in-process and in the built command)', async () => {
    const text = csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes');
    const r = await run(['show', '--source', 'my-notes', '--data', '-'], text);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('5.0%  above-size  my-notes+');
    requireBuild();
    const spawned = cli(
      ['export', '--format', 'json', '--source', 'my-notes', '--data', '-'],
      {},
      text,
    );
    expect(spawned.status).toBe(0);
    expect(JSON.parse(spawned.stdout)).toHaveLength(1);
    const sources = cli(
      ['series', '--kind', 'year', '--from', '2019', '--to', '2019', '--data', '-'],
      {},
      text,
    );
    expect(sources.stdout).toContain(
      'my-notes             yours          your figures, from standard input',
    );
  });

  it('several files: each row read, a row given twice read once, a clash refused', async () => {
    const a = file(
      'a.csv',
      csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes'),
    );
    const b = file(
      'b.csv',
      csv(
        'shanxi,value-added,total,2018,yoy,4.0,percent,above-size,my-notes',
        'shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes',
      ),
    );
    const r = await run([
      'export',
      '--format',
      'json',
      '--source',
      'my-notes',
      '--data',
      a,
      '--data',
      b,
    ]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { period: string }[]).map((o) => o.period)).toEqual([
      '2018',
      '2019',
    ]);
    const c = file(
      'c.csv',
      csv('shanxi,value-added,total,2019,yoy,5.5,percent,above-size,my-notes'),
    );
    const clash = await run(['show', '--data', a, '--data', c]);
    expect(clash).toEqual({
      code: 1,
      stdout: '',
      stderr: `${P}--data "c.csv" and "a.csv" both give shanxi value-added total 2019 yoy (above-size) from source "my-notes", with different values (5.5 and 5.0): keep one, or give one of them a source id of its own.\n`,
    });
  });
});

describe('--data and check: exit codes and messages, exactly', () => {
  beforeAll(() => {
    mkdirSync(join(tmp, 'folder'), { recursive: true });
    file('empty.csv', '');
    file('header-only.csv', `${HEADER}\n`);
    file('book.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]));
    file('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]));
    file('utf16.csv', new Uint8Array([0xff, 0xfe, 0x72, 0x00, 0x65, 0x00]));
    file('binary.dat', new Uint8Array([0x72, 0x00, 0x01, 0x02]));
    // 山西 in GBK: not UTF-8
    file(
      'gbk.csv',
      new Uint8Array([...new TextEncoder().encode(`${HEADER}\n`), 0xc9, 0xbd, 0xce, 0xf7, 0x0a]),
    );
    file('hello.txt', 'hello\n');
    file('object.json', '{"a":1}');
    file('number.json', '42');
    file('short.json', '[{"region":');
    file('stat.json', '{"version":"2.0","class":"dataset","id":[],"size":[]}');
    file(
      'bad.csv',
      [
        HEADER,
        'shanxi,value-added,total,2019,yoy,"12,3",percent,above-size,me',
        'shanxi,value-added,total,2018,yoy,1.0,percnt,above-size,',
        'shanxi,value-added,total',
        'shanxi,value-added,total,2017,yoy,1.0,percent,above-size,me',
      ].join('\r\n'),
    );
  });

  const cases: readonly [string, readonly string[], number, string, string][] = [
    [
      'a missing file',
      ['show', '--data', 'nope.csv'],
      1,
      '',
      `${P}Cannot read --data "nope.csv": there is no such file.\n`,
    ],
    [
      'a folder',
      ['series', '--data', 'folder'],
      1,
      '',
      `${P}Cannot read --data "folder": it is a folder.\n`,
    ],
    [
      'check: a missing file',
      ['check', 'nope.csv'],
      1,
      '',
      `${P}Cannot read "nope.csv": there is no such file.\n`,
    ],
    [
      'an empty file',
      ['show', '--data', 'empty.csv'],
      1,
      '',
      `${P}--data "empty.csv" is empty: expected a header line and rows.\n`,
    ],
    [
      'a workbook',
      ['export', '--data', 'book.xlsx'],
      1,
      '',
      `${P}--data "book.xlsx" is not a CSV or JSON file: it is a zip archive, as an Excel or WPS workbook (.xlsx) is. Save the sheet as "CSV UTF-8" and read that.\n`,
    ],
    [
      'UTF-16 text',
      ['export', '--data', 'utf16.csv'],
      1,
      '',
      `${P}--data "utf16.csv" is not a CSV or JSON file: it is UTF-16 text (what Excel saves as "Unicode text"). Save the sheet as "CSV UTF-8" and read that.\n`,
    ],
    [
      'text in a local encoding',
      ['export', '--data', 'gbk.csv'],
      1,
      '',
      `${P}--data "gbk.csv" is not a CSV file of figures: the bytes are not UTF-8 text. A spreadsheet that saved "CSV" in a local encoding (GBK, ANSI) wrote them: save as "CSV UTF-8" instead.\n`,
    ],
    [
      'text that is not CSV of figures',
      ['list', 'sources', '--data', 'hello.txt'],
      1,
      '',
      `${P}--data "hello.txt" is not a CSV file of figures: the header (line 1) has unknown column "hello"; read are id, region, indicator, breakdown, period, measure, value, unit, qualifier, scope, decimals, source, note, year_basis, yearBasis; ignored are indicator_label, breakdown_label, period_label, kind, year, source_url. Remove or rename such columns. (Only one column was found: fields are separated by commas, semicolons or tabs.)\n`,
    ],
    [
      'JSON of another shape',
      ['show', '--data', 'object.json'],
      1,
      '',
      `${P}--data "object.json" is JSON but not a list of figures: expected an array of observations (as export --format json writes) or an object with an "observations" array; got an object without one.\n`,
    ],
    [
      'JSON that ends too soon',
      ['show', '--data', 'short.json'],
      1,
      '',
      `${P}--data "short.json" is not valid JSON (it ends too soon).\n`,
    ],
    [
      'a JSON-stat dataset',
      ['show', '--data', 'stat.json'],
      1,
      '',
      `${P}--data "stat.json" is a JSON-stat dataset, which cannot be read back: give the CSV or the JSON that export --format csv or --format json writes.\n`,
    ],
    [
      'invalid rows: none read, the first problems, the hint to run check',
      ['series', '--kind', 'year', '--data', 'bad.csv'],
      1,
      '',
      `${P}--data "bad.csv" has 4 problems in 3 of 4 rows, so none of its rows were read: line 2: value: expected a decimal number with a point, such as 12.3, got "12,3" (a decimal comma: write 12.3; it is never read as 123); line 3: unit: expected one of percent, rank, tonnes-10k, tonnes-million, tonnes-100m, tonnes-billion, kwh-100m, kwh-billion, yuan-100m, yuan-billion, yuan-trillion, m3-100m, m3-billion, vehicles-10k, got "percnt"; line 3: source: expected text, got nothing (and 1 more). Run shanxi-industry check "bad.csv" to see every problem.\n`,
    ],
    [
      'check: every problem, then the good rows',
      ['check', 'bad.csv'],
      1,
      [
        'bad.csv:2: row 0: value: expected a decimal number with a point, such as 12.3, got "12,3" (a decimal comma: write 12.3; it is never read as 123)',
        'bad.csv:3: row 1: unit: expected one of percent, rank, tonnes-10k, tonnes-million, tonnes-100m, tonnes-billion, kwh-100m, kwh-billion, yuan-100m, yuan-billion, yuan-trillion, m3-100m, m3-billion, vehicles-10k, got "percnt"',
        'bad.csv:3: row 1: source: expected text, got nothing',
        'bad.csv:4: row 2: expected 9 fields, as in the header, got 3 (a ragged record)',
        'bad.csv: 4 problems in 3 of 4 rows; 1 row is good.',
        '',
      ].join('\n'),
      '',
    ],
    [
      'check: files that are not figures are reported, each on its line',
      ['check', 'book.xlsx', 'old.xls', 'binary.dat', 'number.json', 'header-only.csv'],
      1,
      [
        'book.xlsx: not a CSV or JSON file: it is a zip archive, as an Excel or WPS workbook (.xlsx) is. Save the sheet as "CSV UTF-8" and read that.',
        'old.xls: not a CSV or JSON file: it is an old Excel workbook (.xls). Save the sheet as "CSV UTF-8" and read that.',
        'binary.dat: not a CSV or JSON file: it holds binary data, not text.',
        'number.json: JSON but not a list of figures: expected an array of observations (as export --format json writes) or an object with an "observations" array; got number.',
        'header-only.csv: no rows.',
        '',
      ].join('\n'),
      '',
    ],
    ['check: a clean file', ['check', 'header-only.csv'], 0, 'header-only.csv: no rows.\n', ''],
    [
      'check without a file',
      ['check'],
      2,
      '',
      `${P}check needs a file to check, as in check figures.csv (or - for standard input).\n`,
    ],
    [
      'check with an option',
      ['check', 'bad.csv', '--all'],
      2,
      '',
      `${P}Option --all is not accepted by check, which takes no option but --help.\n`,
    ],
    [
      'standard input twice',
      ['show', '--data', '-', '--data', '-'],
      2,
      '',
      `${P}Standard input (-) can be read once; give - once, and the other files by name.\n`,
    ],
    [
      '--data without a file',
      ['show', '--data'],
      2,
      '',
      `${P}Option --data needs a value, as in --data mine.csv.\n`,
    ],
    [
      '--data on a command without it',
      ['check', 'bad.csv', '--data', 'bad.csv'],
      2,
      '',
      `${P}Option --data is not accepted by check, which takes no option but --help.\n`,
    ],
  ];

  for (const [name, argv, code, stdout, stderr] of cases)
    it(name, async () => {
      const r = await run(argv, '');
      expect(r.stderr).toBe(stderr);
      expect(r.stdout).toBe(stdout);
      expect(r.code).toBe(code);
    });

  it('JSON that is broken in the middle says where, in the words this engine gives', async () => {
    file('broken.json', '[\n  {"region": "shanxi"}\n  {"region": "china"}\n]');
    const r = await run(['show', '--data', 'broken.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^shanxi-industry: --data "broken\.json" is not valid JSON( \(line 3, column 3\)| \(an unexpected "\{"\))?\.\n$/,
    );
  });

  it('check: JSON rows are named by their index; the standing of good rows against the shipped data', async () => {
    const key = { region: 'shanxi', indicator: 'value-added', measure: 'yoy', unit: 'percent' };
    const coal = { ...key, breakdown: 'sector:coal', period: '2021-Q1', scope: 'above-size' };
    const rows = [
      { ...key, breakdown: 'total', period: '2019', value: '5.0', decimals: '1', source: 'me' },
      'not a row',
      // the shipped figure as typed by hand: no note, no year basis
      { ...coal, value: 24.1, decimals: 1, source: 's032' },
      { ...key, breakdown: 'total', period: '2019', value: '5.0', source: 'me' },
      { ...key, breakdown: 'total', period: '2019', value: '5.0', source: 'me' },
      { ...coal, breakdown: 'sector:non-coal', value: 23.9, source: 's032' },
    ];
    const r = await run(['check', file('rows.json', JSON.stringify(rows))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'rows.json: row 0: decimals: expected a whole number 0–15, got "1" (text)',
        'rows.json: row 1: expected an object, got "not a row"',
        'rows.json: 2 problems in 2 of 6 rows; 4 rows are good.',
        '  1 row repeats a shipped figure exactly (as an export read back): --data',
        '    reads it once, as shipped.',
        '  1 row repeats a row read before: --data reads it once.',
        '  1 row changes a shipped figure (shanxi value-added sector:non-coal',
        '    2021-01/2021-03 yoy (above-size) from s032: value 23.9, shipped 23.8):',
        '    --data reads it as your figure, source s032-edited, beside the shipped one,',
        '    not in its place (--all shows both).',
        '',
      ].join('\n'),
    );
  });

  it('check: more than 100 problems are counted, the first 100 listed', async () => {
    const bad = Array.from(
      { length: 150 },
      (_, i) => `shanxi,value-added,total,${2000 + (i % 20)},yoy,x${i},percent,above-size,me`,
    );
    const r = await run(['check', file('many.csv', csv(...bad))]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(102);
    const expected = 'expected a finite number or a decimal string such as "23.9" or "-2.80"';
    expect(lines[0]).toBe(`many.csv:2: row 0: value: ${expected}, got "x0"`);
    expect(lines[99]).toBe(`many.csv:101: row 99: value: ${expected}, got "x99"`);
    expect(lines[100]).toBe('many.csv: … and 50 more problems (the first 100 are listed).');
    expect(lines[101]).toBe('many.csv: 150 problems in 150 of 150 rows; 0 rows are good.');
  });

  it('check: standard input, and a name with a space quoted', async () => {
    const text = csv('shanxi,value-added,total,2019,yoy,"5,0",percent,above-size,me');
    const r = await run(['check', '-'], text);
    expect(r.stdout).toBe(
      '<stdin>:2: row 0: value: expected a decimal number with a point, such as 12.3, got "5,0" (a decimal comma: write 5.0; it is never read as 50)\n<stdin>: 1 problem in 1 of 1 row; 0 rows are good.\n',
    );
    const spaced = await run([
      'check',
      file('my figures.csv', csv('shanxi,value-added,total,2019,yoy,5.0,percent,above-size,me')),
    ]);
    expect(spaced).toEqual({
      code: 0,
      stdout: '"my figures.csv": 1 row, no problems.\n',
      stderr: '',
    });
  });
});

describe('export → import → export gives the export back', () => {
  beforeAll(() => requireBuild());

  for (const [name, args] of [
    ['csv', ['--format', 'csv']],
    ['csv with a BOM', ['--format', 'csv', '--bom']],
    ['csv, every source (--all)', ['--format', 'csv', '--all']],
    ['json, every source (--all)', ['--format', 'json', '--all']],
    ['csv in Chinese', ['--format', 'csv', '--lang', 'zh']],
  ] as const)
    it(name, () => {
      const first = cli(['export', ...args]);
      expect(first.status).toBe(0);
      const path = join(tmp, `round-trip.${args[1]}`);
      writeFileSync(path, first.stdout);
      const second = cli(['export', ...args, '--data', path]);
      expect(second.stderr).toBe('');
      expect(second.status).toBe(0);
      expect(second.stdout).toBe(first.stdout);
      // the file read through standard input gives the same
      const piped = cli(['export', ...args, '--data', '-'], {}, first.stdout);
      expect(piped.stdout).toBe(first.stdout);
    });

  it('your rows come back from their own export unchanged', () => {
    const mine = csv(
      'shanxi,value-added,total,2019,yoy,5.0,percent,above-size,my-notes',
      'china,output,product:raw-coal,2016,level,"12.5",tonnes-100m,all,my-notes',
    );
    const path = join(tmp, 'mine-round.csv');
    writeFileSync(path, mine);
    const first = cli(['export', '--data', path, '--source', 'my-notes']);
    expect(first.status).toBe(0);
    const again = join(tmp, 'mine-again.csv');
    writeFileSync(again, first.stdout);
    const second = cli(['export', '--data', again, '--source', 'my-notes']);
    expect(second.stdout).toBe(first.stdout);
    expect(first.stdout.split('\r\n')).toHaveLength(4);
  });
});
