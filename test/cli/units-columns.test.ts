/**
 * One unit for a column: `series`, `compare` and their charts show every level of one family
 * in one unit (in Chinese 亿吨 when every figure is at least 1亿吨, else 万吨; in English the
 * published unit, or million tonnes, billion kWh … when the figures mix units), named in the
 * title, converted exactly; bars and sparklines on that one scale; exports as published. A
 * qualified loss reads as a loss ("亏损超过40亿元"). Run in-process.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { series } from '../../src/query/shipped.js';
import { inProcess } from './helpers.js';

const run = async (argv: readonly string[]) => {
  const r = await inProcess(argv, { env: { NO_COLOR: '1' } });
  return { code: r.code, out: r.stdout, err: r.stderr };
};

const coal = ['--indicator', 'output', '--breakdown', 'raw-coal', '--measure', 'level'];
const years = ['series', ...coal, '--kind', 'year', '--scope', 'above-size'];
const ytd = ['series', ...coal, '--kind', 'year-to-date', '--scope', 'above-size'];
const ranking = ['compare', '--period', '2023', '--indicator', 'output', '--measure', 'level'];
const products = (list: string) => [...ranking, '--kind', 'product', '--breakdown', list];

/** The length of a bar in eighths of a cell. */
const eighths = (bar: string): number =>
  [...bar].reduce((n, ch) => n + (ch === '█' ? 8 : ' ▏▎▍▌▋▊▉'.indexOf(ch) + 0), 0);

/** The bars of a table's rows: the run of block characters on each line. */
const bars = (lines: readonly string[]): number[] =>
  lines.map((l) => eighths(/[█▏▎▍▌▋▊▉]+/.exec(l)?.[0] ?? ''));

describe('series: one unit for the whole column, in the title', () => {
  it('in Chinese, whole years of raw coal: 亿吨 for every figure (it was 9.71亿吨 … 135,658.2万吨)', async () => {
    const r = await run([...years, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 13)).toEqual([
      '山西省 · 原煤 · 产量',
      '绝对量 (亿吨) · 全年 · 规模以上',
      '',
      '时期        数值                                  来源',
      '------  --------  ------------------------------  ----',
      '2019年      9.71  █████████████████████▌          s102',
      '2020年     10.63  ███████████████████████▌        s029',
      '2021年      11.9  ██████████████████████████▍     s001',
      '2023年  13.56582  ██████████████████████████████  s073',
      '2024年  12.68738  ████████████████████████████    s091',
      '2025年    超过13  ████████████████████████████▊   s096',
      '',
      '走势： ▁▃▅·█▆▇',
    ]);
    expect(r.out).toContain('       2019年 9.71亿吨 → 2025年 超过13亿吨\n');
  });

  it('in English, whole years: million tonnes (the figures were in 100 million and 10,000 tonnes)', async () => {
    const r = await run(years);
    expect(r.out.split('\n').slice(0, 14)).toEqual([
      'Shanxi Province · Raw coal · Output',
      'Level (million tonnes) · whole years · above designated size',
      '',
      'Period       Value                                  Source',
      '------  ----------  ------------------------------  ------',
      '2019           971  █████████████████████▌          s102',
      '2020         1,063  ███████████████████████▌        s029',
      '2021         1,190  ██████████████████████████▍     s001',
      '2023     1,356.582  ██████████████████████████████  s073',
      '2024     1,268.738  ████████████████████████████    s091',
      '2025    over 1,300  ████████████████████████████▊   s096',
      '',
      'Trend: ▁▃▅·█▆▇',
      '       2019 971 million tonnes → 2025 over 1,300 million tonnes',
    ]);
  });

  it('year to date: one unit for 22 figures published in four units, none left in another', async () => {
    const rows = series({
      breakdown: 'product:raw-coal',
      indicator: 'output',
      measure: 'level',
      kind: 'year-to-date',
      scope: 'above-size',
    });
    expect(rows).toHaveLength(22);
    expect(new Set(rows.map((o) => o.unit))).toEqual(
      new Set(['tonnes-10k', 'tonnes-100m', 'tonnes-million', 'tonnes-billion']),
    );
    const zh = (await run([...ytd, '--lang', 'zh'])).out.split('\n');
    expect(zh[1]).toBe('绝对量 (亿吨) · 累计 · 规模以上');
    const body = zh.slice(5, 5 + rows.length);
    expect(body.find((l) => l.startsWith('2024年一季度'))).toMatch(/ 约2\.7162 /);
    expect(body.find((l) => l.startsWith('2024年1-4月'))).toMatch(/ 3\.69233 /);
    for (const l of body) expect(l).not.toMatch(/[万亿吨]/);
    const en = (await run(ytd)).out.split('\n');
    expect(en[1]).toBe(
      'Level (million tonnes) · year to date (cumulative) · above designated size',
    );
    const bodyEn = en.slice(5, 5 + rows.length);
    expect(bodyEn.find((l) => l.startsWith('Q1 2024'))).toMatch(/ about 271\.62 /);
    expect(bodyEn.find((l) => l.startsWith('Jan–Apr 2024'))).toMatch(/ 369\.233 /);
    for (const l of bodyEn) expect(l).not.toMatch(/tonnes/);
  });

  it('draws bars proportional to the converted values, the same in both languages', async () => {
    const rows = series({
      breakdown: 'product:raw-coal',
      indicator: 'output',
      measure: 'level',
      kind: 'year-to-date',
      scope: 'above-size',
    });
    const tonnes = rows.map(
      (o) =>
        o.value *
        10 **
          { 'tonnes-10k': 4, 'tonnes-million': 6, 'tonnes-100m': 8, 'tonnes-billion': 9 }[
            o.unit as 'tonnes-10k'
          ]!,
    );
    const max = Math.max(...tonnes);
    for (const lang of ['en', 'zh']) {
      const lines = (await run([...ytd, '--lang', lang])).out.split('\n').slice(5, 5 + rows.length);
      const drawn = bars(lines);
      // 30 cells of 8 eighths for the largest, each bar within an eighth of its share
      expect(drawn.map((b, i) => Math.abs(b - (tonnes[i]! / max) * 240) <= 0.5)).toEqual(
        drawn.map(() => true),
      );
    }
    const zh = (await run([...ytd, '--lang', 'zh'])).out;
    const en = (await run(ytd)).out;
    const spark = (t: string) =>
      /[：:] (\S+)/.exec(t.split('\n').find((l) => /^(Trend|走势)/.test(l))!)![1];
    expect(spark(zh)).toBe(spark(en));
  });

  it('exports keep each figure as published: value and unit', async () => {
    const csv = (await run([...years, '--format', 'csv'])).out.split('\r\n');
    const head = csv[0]!.split(',');
    const at = (line: string, k: string) => line.split(',')[head.indexOf(k)];
    expect(csv.slice(1, 7).map((l) => [at(l, 'value'), at(l, 'unit')])).toEqual([
      ['9.71', 'tonnes-100m'],
      ['10.63', 'tonnes-100m'],
      ['11.9', 'tonnes-100m'],
      ['135658.2', 'tonnes-10k'],
      ['126873.8', 'tonnes-10k'],
      ['13', 'tonnes-100m'],
    ]);
    const json = JSON.parse((await run([...years, '--format', 'json', '--lang', 'zh'])).out) as {
      value: number;
      unit: string;
    }[];
    expect(json.map((o) => [o.value, o.unit])).toEqual([
      [9.71, 'tonnes-100m'],
      [10.63, 'tonnes-100m'],
      [11.9, 'tonnes-100m'],
      [135658.2, 'tonnes-10k'],
      [126873.8, 'tonnes-10k'],
      [13, 'tonnes-100m'],
    ]);
  });

  it('rates keep their % on each cell and no unit in the title', async () => {
    const r = await run(['series', '--kind', 'year', '--from', '2020', '--to', '2020']);
    expect(r.out.split('\n')[1]).toBe('Year-on-year change · whole years · above designated size');
    expect(r.out).toMatch(/^2020 +5\.7% +█+ +s026$/m);
  });

  it('the chart: one unit in the subtitle, the points converted', async () => {
    const en = (await run([...years, '--chart', 'svg'])).out;
    expect(en).toContain('>Level (million tonnes)<');
    expect(en).toMatch(/6 points, 971 to 1356\.582\./);
    const zh = (await run([...years, '--chart', 'svg', '--lang', 'zh'])).out;
    expect(zh).toContain('>绝对量 (亿吨)<');
    expect(zh).toMatch(/6个点, 9\.71至13\.56582\./);
  });

  it('series --against: both sides in one unit, named in the title', async () => {
    const r = await run([...years, '--against', 'china', '--lang', 'zh']);
    expect(r.out.split('\n').slice(1, 2)).toEqual(['绝对量 (亿吨) · 全年 · 规模以上']);
    expect(r.out).toMatch(/^2023年 +13\.56582 +– +仅山西$/m);
  });
});

describe('compare: units of one family rank together, in one unit', () => {
  it('raw coal (万吨) and coke (million t), 2023, in English: million tonnes', async () => {
    const r = await run(products('raw-coal,coke'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      'Shanxi Province · 2023 · Output',
      'Products ranked by level (million tonnes) · scope differs by row',
      '',
      '#  Product       Value                           China  Scope',
      '-  --------  ---------  --------------------  --------  ----------',
      '1  Raw coal  1,356.582  ████████████████████            above-size',
      '2  Coke      over 95.7  █▍                    over 492  unstated',
    ]);
    // bars of 20 cells: 95.7 / 1,356.582 of it, to the nearest eighth
    expect(bars(lines.slice(5, 7))).toEqual([160, Math.round((95.7 / 1356.582) * 160)]);
  });

  it('in Chinese: 万吨 for both (coke is under 1亿吨), China’s figure too', async () => {
    const r = await run([...products('raw-coal,coke'), '--lang', 'zh']);
    expect(r.out.split('\n').slice(0, 7)).toEqual([
      '山西省 · 2023年 · 产量',
      '各产品按绝对量排名 (万吨) · 各行口径不同',
      '',
      '排名  产品       数值                              全国  口径',
      '----  ----  ---------  --------------------  ----------  ----------',
      '   1  原煤  135,658.2  ████████████████████              规模以上',
      '   2  焦炭  超过9,570  █▍                    超过49,200  未注明口径',
    ]);
  });

  it('power generation (亿千瓦时) and new-energy power sent out (billion kWh): billion kWh', async () => {
    const r = await run(products('electricity,new-energy-electricity-sent-out'));
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe('Products ranked by level (billion kWh) · scope differs by row');
    expect(lines.slice(5, 7).map((l) => l.replace(/[█▏▎▍▌▋▊▉]+/, '').split(/ {2,}/))).toEqual([
      ['1', 'Power generation', '437.61', 'above-size'],
      ['2', 'New-energy electricity sent out of…', '9.6', 'unstated'],
    ]);
    expect(bars(lines.slice(5, 7))).toEqual([160, Math.round((9.6 / 437.61) * 160)]);
    const zh = await run([
      ...products('electricity,new-energy-electricity-sent-out'),
      '--lang',
      'zh',
    ]);
    expect(zh.out.split('\n')[1]).toBe('各产品按绝对量排名 (亿千瓦时) · 各行口径不同');
    expect(zh.out).toMatch(/ 4,376\.1 /);
    expect(zh.out).toMatch(/ 96 /);
  });

  it('the chart and the Markdown name one unit and show every row in it', async () => {
    const svg = (await run([...products('raw-coal,coke'), '--chart', 'svg'])).out;
    expect([...svg.matchAll(/class="value"[^>]*>([^<]*)</g)].map((m) => m[1])).toEqual([
      '1356.582',
      'over 95.7',
    ]);
    expect(svg).toContain('Products ranked by level (million tonnes)');
    const md = (await run([...products('raw-coal,coke'), '--format', 'md'])).out.split('\n');
    expect(md[0]).toContain('| Value (million tonnes) |');
    expect(md.slice(2).map((l) => l.split(' | ')[2])).toEqual(['1356.582', 'over 95.7', undefined]);
  });

  it("a total published in another unit of the family is shown, and the gaps taken, in the ranking's", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'units-columns-'));
    const file = join(dir, 'mine.csv');
    writeFileSync(
      file,
      [
        'region,indicator,breakdown,period,measure,value,unit,scope,source',
        'shanxi,profit,total,2030,level,1197.1,yuan-100m,above-size,my-notes',
        'shanxi,profit,sector:coal,2030,level,44.17,yuan-billion,above-size,my-notes',
        'shanxi,profit,sector:non-coal,2030,level,75.5,yuan-billion,above-size,my-notes',
        '',
      ].join('\n'),
    );
    try {
      const args = [
        'compare',
        '--period',
        '2030',
        '--indicator',
        'profit',
        '--measure',
        'level',
        '--data',
        file,
      ];
      const en = (await run(args)).out.split('\n');
      expect(en[1]).toBe('Sectors ranked by level (billion yuan)');
      expect(en.slice(5, 8).map((l) => l.replace(/[█▏▎▍▌▋▊▉]+/, '').split(/ {2,}/))).toEqual([
        ['1', 'Non-coal industries', '75.5+', '-44.21'],
        ['2', 'Coal industry', '44.17+', '-75.54'],
        [''],
      ]);
      expect(en[8]).toBe('All industry: 119.71+');
      const zh = (await run([...args, '--lang', 'zh'])).out.split('\n');
      expect(zh[1]).toBe('各行业按绝对量排名 (亿元)');
      expect(
        zh.slice(5, 7).map((l) =>
          l
            .replace(/[█▏▎▍▌▋▊▉]+/, '')
            .trim()
            .split(/ {2,}/),
        ),
      ).toEqual([
        ['1', '非煤工业', '755+', '-442.1'],
        ['2', '煤炭工业', '441.7+', '-755.4'],
      ]);
      expect(zh[8]).toBe('全部工业：1,197.1+');
      const svg = (await run([...args, '--chart', 'svg'])).out;
      expect(svg).toMatch(/class="total-label"[^>]*>All industry 119\.71</);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses products of different quantities, naming each with its unit in words', async () => {
    const r = await run(products('raw-coal,electricity'));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'shanxi-industry: Cannot rank figures of different quantities: Power generation (100 million kWh) is measured in kWh; Raw coal (10,000 tonnes) is measured in tonnes. Choose breakdowns of one quantity with --breakdown (units of one family, such as 10,000 tonnes and million tonnes, are ranked together, converted exactly).\n',
    );
  });
});

describe('a qualified loss reads as a loss (f0018: −4 billion yuan, over)', () => {
  const profit = ['--indicator', 'profit', '--breakdown', 'coal', '--measure', 'level'];

  it('show, in both languages', async () => {
    const zh = (await run(['show', ...profit, '--period', '2015-H1', '--lang', 'zh'])).out;
    expect(zh).toMatch(/ 亏损超过40亿元 /);
    expect(zh).not.toContain('超过-');
    const en = (await run(['show', ...profit, '--period', '2015-H1'])).out;
    expect(en).toMatch(/ a loss of over 4 billion yuan /);
  });

  it('series: the cell and the trend; a loss without a qualifier keeps its minus', async () => {
    const r = await run(['series', ...profit, '--kind', 'year-to-date,year', '--lang', 'zh']);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe('绝对量 (亿元) · 累计, 全年 · 规模以上');
    expect(
      lines.slice(5, 9).map((l) => l.replace(/ {2,}/g, '|').replace(/[█▏▎▍▌▋▊▉|]+\|?s/, '|s')),
    ).toEqual([
      '2015年上半年|亏损超过40|s005',
      '2015年|-94.25|s002',
      '2017年|320|s016',
      '2020年|441.7|s027',
    ]);
    expect(r.out).toContain('2015年上半年 亏损超过40亿元 → 2020年 441.7亿元');
    const en = await run(['series', ...profit, '--kind', 'year-to-date,year']);
    expect(en.out).toMatch(/^H1 2015 +a loss of over 4 /m);
    expect(en.out).toMatch(/^2015 +-9\.425 /m);
  });

  it('the charts label it so', async () => {
    const bar = (
      await run([
        'compare',
        '--period',
        '2015-H1',
        ...profit.slice(0, 2),
        '--measure',
        'level',
        '--chart',
        'svg',
      ])
    ).out;
    expect(bar).toContain('>a loss of over 4<');
    const zh = (
      await run([
        'compare',
        '--period',
        '2015-H1',
        ...profit.slice(0, 2),
        '--measure',
        'level',
        '--chart',
        'svg',
        '--lang',
        'zh',
      ])
    ).out;
    expect(zh).toContain('>亏损超过40<');
  });
});
