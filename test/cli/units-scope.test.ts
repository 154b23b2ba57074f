/**
 * The command in Chinese writes levels in the units Chinese statistics use (万吨 or 亿吨,
 * 亿千瓦时, 亿元, 亿立方米), never 百万吨 or 10亿千瓦时; `compare` ranks one figure per
 * breakdown and takes `--scope`; the Scope column of `show` is never cut. Run in-process.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/model/period.js';
import { query } from '../../src/query/shipped.js';
import { inProcess, width } from './helpers.js';

const run = async (argv: readonly string[]) => {
  const r = await inProcess(argv, { env: { NO_COLOR: '1' } });
  return { code: r.code, out: r.stdout, err: r.stderr };
};

/** Units no Chinese statistics use, and the × names that only label raw numbers. */
const FOREIGN = /十亿|百万|10亿|100万|×/;

/** The digits of a number as written, without the point and the zeros at either end. */
const digits = (t: string) =>
  t
    .replace(/[^0-9]/g, '')
    .replace(/^0+/, '')
    .replace(/0+$/, '');

const cells = (line: string) =>
  line
    .slice(2, -2)
    .split(' | ')
    .map((c) => c.trim());

const steel = [
  'compare',
  '--period',
  '2021',
  '--indicator',
  'output',
  '--measure',
  'level',
  '--kind',
  'product',
  '--breakdown',
  'crude-steel,finished-steel,pig-iron',
];
const power = [
  'compare',
  '--period',
  '2022',
  '--indicator',
  'output',
  '--measure',
  'level',
  '--kind',
  'product',
  '--breakdown',
  'electricity-sent-out,new-energy-electricity',
];

describe('compare in Chinese: levels in 万吨 / 亿千瓦时, with the unit in the heading', () => {
  it('steel 2021: 67.407 million t is 6,740.7万吨 (it was "(百万吨)" over 67.407)', async () => {
    const r = await run([...steel, '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 8)).toEqual([
      '山西省 · 2021年 · 产量',
      '各产品按绝对量排名 (万吨) · 未注明口径',
      '',
      '排名  产品     数值',
      '----  ----  -------  --------------------',
      '   1  粗钢  6,740.7  ████████████████████',
      '   2  钢材  6,173.9  ██████████████████▍',
      '   3  生铁  5,988.4  █████████████████▊',
    ]);
    expect(r.out).not.toMatch(FOREIGN);
    // English keeps the published unit
    const en = await run(steel);
    expect(en.out.split('\n')[1]).toBe(
      'Products ranked by level (million tonnes) · scope not stated',
    );
    expect(en.out).toContain('67.407');
  });

  it('electricity 2022: 146.4 and over 68.55 billion kWh are 1,464 and 超过685.5亿千瓦时', async () => {
    const r = await run([...power, '--lang', 'zh']);
    expect(r.out.split('\n')[1]).toBe('各产品按绝对量排名 (亿千瓦时) · 未注明口径');
    const lines = r.out.split('\n');
    expect(lines.find((l) => l.includes('外送电量'))).toMatch(/ 1,464 /);
    expect(lines.find((l) => l.includes('新能源发电量'))).toMatch(/ 超过685\.5 /);
    expect(r.out).not.toMatch(FOREIGN);
  });

  it('the chart and the Markdown say 亿千瓦时 and show the converted values', async () => {
    const svg = (await run([...power, '--lang', 'zh', '--chart', 'svg'])).out;
    expect(svg).toContain('各产品按绝对量排名 (亿千瓦时)');
    expect(svg).toContain('>1464<');
    expect(svg).toContain('>超过685.5<');
    expect(svg).not.toMatch(FOREIGN);
    const md = (await run([...power, '--lang', 'zh', '--format', 'md'])).out;
    expect(md.split('\n')[0]).toContain('数值（亿千瓦时）');
    expect(md).not.toMatch(FOREIGN);
  });

  it('show --lang zh --format md: raw coal 2023, 1.36 billion t is 13.6亿吨 (it was 1.36 | 10亿吨)', async () => {
    const r = await run([
      'show',
      '--indicator',
      'output',
      '--breakdown',
      'raw-coal',
      '--measure',
      'level',
      '--period',
      '2023',
      '--lang',
      'zh',
      '--format',
      'md',
    ]);
    expect(r.out).not.toMatch(FOREIGN);
    const rows = r.out.trim().split('\n').slice(2).map(cells);
    expect(rows.map((c) => [c[5], c[6], c[7]])).toEqual([
      ['135658.2', '万吨', '规模以上'],
      ['13.6', '亿吨', '未注明口径'],
      ['137752.0', '万吨', '全口径'],
    ]);
  });
});

describe('every shipped level, through the command in Chinese', () => {
  const levels = query({ indicator: 'output', measure: 'level' }, { alternatives: true });
  const products = [...new Set(levels.map((o) => o.breakdown))];

  it(`show, series and compare (table, Markdown, chart) of ${products.length} products never write 百万吨 or 10亿`, async () => {
    expect(products.length).toBeGreaterThan(10);
    let runs = 0;
    const check = async (argv: string[]) => {
      const r = await run(argv);
      runs++;
      expect(r.err, argv.join(' ')).toBe('');
      expect(r.out, argv.join(' ')).not.toMatch(FOREIGN);
      return r.out;
    };
    for (const p of products) {
      const mine = levels.filter((o) => o.breakdown === p);
      const base = [
        '--indicator',
        'output',
        '--breakdown',
        p,
        '--measure',
        'level',
        '--lang',
        'zh',
      ];
      // show --all: every row, its published digits kept
      await check(['show', ...base, '--all']);
      const md = await check(['show', ...base, '--all', '--format', 'md']);
      const shown = md.trim().split('\n').slice(2).map(cells);
      expect(shown.map((c) => digits(c[5]!)).sort(), p).toEqual(
        mine.map((o) => digits(o.value.toFixed(o.decimals))).sort(),
      );
      for (const c of shown)
        expect(['万吨', '亿吨', '亿千瓦时', '亿元', '万亿元', '亿立方米']).toContain(c[6]);
      // series of each scope and period kind
      const keys = new Set(
        mine.map((o) => `${o.scope ?? 'unstated'}|${parsePeriod(o.period).kind}`),
      );
      for (const k of keys) {
        const [scope, kind] = k.split('|') as [string, string];
        const s = ['series', ...base, '--scope', scope, '--kind', kind];
        await check(s);
        await check([...s, '--chart', 'svg']);
      }
      // compare of each period, by default and in each scope
      for (const period of new Set(mine.map((o) => o.period))) {
        for (const scope of [
          undefined,
          ...new Set(mine.filter((o) => o.period === period).map((o) => o.scope ?? 'unstated')),
        ]) {
          const c = ['compare', '--period', period, '--kind', 'product', ...base];
          if (scope !== undefined) c.push('--scope', scope);
          await check(c);
          await check([...c, '--chart', 'svg']);
          const cmd = await check([...c, '--format', 'md']);
          const row = cells(cmd.trim().split('\n')[2]!);
          const o = levels.find(
            (x) =>
              x.breakdown === p &&
              x.period === period &&
              (scope === undefined || (x.scope ?? 'unstated') === scope) &&
              digits(x.value.toFixed(x.decimals)) === digits(row[2]!),
          );
          expect(o, `${p} ${period} ${scope}: ${row[2]}`).toBeDefined();
        }
      }
    }
    expect(runs).toBeGreaterThan(300);
  });
});

describe('compare --scope: one figure per breakdown, the scope said', () => {
  const share = [
    'compare',
    '--period',
    '2023',
    '--indicator',
    'output',
    '--measure',
    'share-of-china',
    '--kind',
    'product',
  ];

  it('2023 share of China ranks raw coal once (above designated size), not twice', async () => {
    const r = await run(share);
    const rows = r.out.split('\n').filter((l) => /^\d+ {2}/.test(l));
    expect(rows).toEqual(['1  Raw coal  about 29.1%  ████████████████████']);
    expect(r.out.split('\n')[1]).toBe('Products ranked by share of China');
  });

  it('--scope unstated takes the other figure, and the title says so', async () => {
    const r = await run([...share, '--scope', 'unstated']);
    expect(r.out.split('\n')[1]).toBe('Products ranked by share of China · scope not stated');
    expect(r.out.split('\n').filter((l) => /^\d+ {2}/.test(l))).toEqual([
      '1  Raw coal    29%  ████████████████████',
    ]);
    const zh = await run([...share, '--scope', 'unstated', '--lang', 'zh']);
    expect(zh.out.split('\n')[1]).toBe('各产品按占全国比重排名 · 未注明口径');
    const none = await run([...share, '--scope', 'all']);
    expect(none.code).toBe(1);
    expect(none.err).toContain('scope all');
  });

  it('rows of several scopes get a Scope column', async () => {
    const r = await run(['compare', '--period', '2022', '--kind', 'product']);
    const lines = r.out.split('\n');
    expect(lines[1]).toBe('Products ranked by year-on-year change · scope differs by row');
    expect(lines[3]).toMatch(/ Scope$/);
    expect(lines.find((l) => l.includes('Raw coal'))).toMatch(/ unstated$/);
    expect(lines.find((l) => l.includes('New-energy vehicles'))).toMatch(/ above-size$/);
  });

  it('takes one --scope, of the accepted ones', async () => {
    const two = await run([...share, '--scope', 'all,unstated']);
    expect(two.code).toBe(2);
    expect(two.err).toContain('compare takes one --scope');
    const bad = await run([...share, '--scope', 'most']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Invalid --scope "most": accepted are above-size, all, unstated.');
  });
});

describe('show: the Scope column is never cut', () => {
  it('raw coal levels of 2023 at 80 columns: above-size in full, a legend under the table', async () => {
    const r = await run([
      'show',
      '--indicator',
      'output',
      '--breakdown',
      'raw-coal',
      '--measure',
      'level',
      '--year',
      '2023',
    ]);
    const lines = r.out.trimEnd().split('\n');
    for (const l of lines) expect(width(l)).toBeLessThanOrEqual(80);
    expect(lines[0]).toBe('Output · Shanxi Province (8)');
    const body = lines.filter((l) => /\ss\d{3}$/.test(l));
    expect(body).toHaveLength(8);
    for (const l of body) expect(l).toMatch(/ (above-size|all|unstated) +s\d{3}$/);
    expect(r.out).not.toContain('…');
    expect(lines.slice(-2).join(' ')).toBe(
      'Scope: above-size = above designated size; all = all producers; unstated = scope not stated.',
    );
  });

  it('every output row of 2023, both regions: the scope whole on every line', async () => {
    const r = await run(['show', '--year', '2023', '--indicator', 'output']);
    const body = r.out.split('\n').filter((l) => /\ss\d{3}$|\sn\d{3}$/.test(l));
    expect(body.length).toBeGreaterThan(40);
    for (const l of body) {
      expect(width(l)).toBeLessThanOrEqual(80);
      expect(l).toMatch(/ (above-size|all|unstated) +[sn]\d{3}$/);
    }
  });
});
