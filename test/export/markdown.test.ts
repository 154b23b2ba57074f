import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSectors } from '../../src/compare/index.js';
import { sources } from '../../src/data/observations.js';
import { toMarkdown } from '../../src/export/index.js';
import { label } from '../../src/format/label.js';
import type { Observation } from '../../src/model/types.js';
import { query, sourceOf } from '../../src/query/shipped.js';
import { coal, codeOf, compareRows, deepFreeze, Q1_2021_IDS } from './fixtures.js';

/**
 * Splits a table line into its cells as GitHub does: at pipes not escaped by a backslash,
 * then undoing the escapes.
 */
function cells(line: string): string[] {
  expect(line.startsWith('| ') && line.endsWith(' |')).toBe(true);
  const inner = line.slice(2, -2);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '\\' && i + 1 < inner.length) {
      current += inner[++i];
    } else if (ch === '|') {
      out.push(current.slice(0, -1));
      current = '';
      i++;
    } else current += ch;
  }
  out.push(current);
  return out;
}

describe('toMarkdown: observations', () => {
  it('writes a header, an alignment row with numbers right-aligned, and a line per row', () => {
    const rows = query({ period: '2021-Q1', region: 'shanxi' });
    const lines = toMarkdown(rows).split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[0]).toBe(
      '| Region | Indicator | Breakdown | Period | Measure | Value | Unit | Scope | Source |',
    );
    expect(lines[1]).toBe('| --- | --- | --- | --- | --- | ---: | --- | --- | --- |');
    for (const line of lines) expect(cells(line)).toHaveLength(9);
  });

  it('writes every preferred shipped row with its value as published', () => {
    const rows = query();
    const lines = toMarkdown(rows, { note: true }).split('\n');
    expect(lines).toHaveLength(rows.length + 2);
    rows.forEach((o, i) => {
      const c = cells(lines[i + 2]!);
      expect(c).toHaveLength(10);
      const value = o.value.toFixed(o.decimals);
      expect(c[5]).toBe(o.qualifier ? `${o.qualifier} ${value}` : value);
      expect(c[7]).toBe(label(o.scope ?? 'unstated'));
      expect(c[8]).toBe(o.source);
      expect(c[9]).toBe((o.note ?? '').replace(/\r\n|\r|\n/g, '<br>'));
    });
  });

  it('shows labels, period labels, units and qualifiers in English or Chinese', () => {
    const row: Observation = { ...coal, qualifier: 'about', value: 29, decimals: 0 };
    expect(toMarkdown([row]).split('\n')[2]).toBe(
      '| Shanxi Province | Value added of industry above designated size | Coal industry | Q1 2021 | Year-on-year change | about 29 | percent | s032 |',
    );
    expect(toMarkdown([row], { lang: 'zh' }).split('\n')).toEqual([
      '| 地区 | 指标 | 分组 | 时期 | 度量 | 数值 | 单位 | 来源 |',
      '| --- | --- | --- | --- | --- | ---: | --- | --- |',
      '| 山西省 | 规模以上工业增加值 | 煤炭工业 | 2021年一季度 | 同比增长 | 约29 | % | s032 |',
    ]);
  });

  it('escapes pipes, backslashes and line breaks in cells', () => {
    const row = { ...coal, source: 'a|b', note: 'one | two\nthree\r\nfour \\ five' };
    const line = toMarkdown([row], { note: true }).split('\n')[2]!;
    expect(line).toContain('| a\\|b |');
    expect(line.endsWith('| one \\| two<br>three<br>four \\\\ five |')).toBe(true);
    expect(line.includes('\n')).toBe(false);
    expect(cells(line)).toHaveLength(9);
  });

  it('links source ids to their pages when sources are given, http(s) urls only', () => {
    expect(toMarkdown([coal], { sources }).split('\n')[2]).toContain(
      '| [s032](https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm) |',
    );
    const odd = { ...sourceOf('s032')!, url: 'https://x.org/a (b)|c' };
    expect(toMarkdown([coal], { sources: [odd] }).split('\n')[2]).toContain(
      '| [s032](https://x.org/a%20%28b%29%7Cc) |',
    );
    const script = { ...sourceOf('s032')!, url: 'javascript:alert(1)' };
    expect(toMarkdown([coal], { sources: () => script }).split('\n')[2]).toContain('| s032 |');
  });

  it('exports the six Q1 2021 Shanxi figures (f0159–f0164)', () => {
    const rows = query({ period: '2021-Q1', region: 'shanxi', source: 's032' }).filter((o) =>
      (Q1_2021_IDS as readonly string[]).includes(o.id!),
    );
    const lines = toMarkdown(rows).split('\n').slice(2);
    expect(lines.map((l) => [cells(l)[2], cells(l)[5]])).toEqual([
      ['All industry', '23.9'],
      ['Coal industry', '24.1'],
      ['Equipment manufacturing', '41.8'],
      ['High-tech manufacturing', '25.3'],
      ['Non-coal industries', '23.8'],
      ['Industrial strategic emerging industries', '29.4'],
    ]);
  });

  it('writes an empty table for no rows', () => {
    expect(toMarkdown([]).split('\n')).toHaveLength(2);
  });
});

describe('toMarkdown: compareSectors rows', () => {
  it('writes rank, names, values and signed gaps', () => {
    const lines = toMarkdown(compareRows).split('\n');
    expect(lines).toHaveLength(compareRows.length + 2);
    expect(lines[0]).toBe(
      '| Rank | Breakdown | Value | Gap to total (pp) | Region | Period | Source |',
    );
    expect(lines[1]).toBe('| ---: | --- | ---: | ---: | --- | --- | --- |');
    expect(lines[5]).toBe('| 4 | Coal industry | 24.1 | +0.2 | Shanxi Province | Q1 2021 | s032 |');
    expect(lines[6]).toBe(
      '| 5 | Non-coal industries | 23.8 | -0.1 | Shanxi Province | Q1 2021 | s032 |',
    );
  });

  it('writes a computed gap without floating-point noise', () => {
    const row = { ...compareRows[3]!, gapToTotal: 24.1 - 23.9 };
    expect(toMarkdown([row]).split('\n')[2]).toContain('| +0.2 |');
    expect(toMarkdown([{ ...row, gapToTotal: 0 }]).split('\n')[2]).toContain('| 0.0 |');
    const { gapToTotal: _, ...noGap } = row;
    expect(toMarkdown([noGap]).split('\n')[2]).toContain('| 24.1 |  |');
  });
});

describe('toMarkdown: errors and purity', () => {
  it('throws the documented codes', () => {
    expect(codeOf(() => toMarkdown(undefined as never))).toBe('INVALID_OBSERVATIONS');
    expect(() => toMarkdown([coal, [] as never])).toThrow(/Row 1/);
    expect(codeOf(() => toMarkdown([{ ...coal, value: Number.NEGATIVE_INFINITY }]))).toBe(
      'NOT_A_NUMBER',
    );
    expect(codeOf(() => toMarkdown([coal], { note: 'yes' as never }))).toBe('INVALID_OPTION');
  });

  it('keeps every line one table row whatever the note', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 5 }),
        (notes) => {
          const rows = deepFreeze(notes.map((note) => ({ ...coal, note })));
          const lines = toMarkdown(rows, { note: true }).split('\n');
          expect(lines).toHaveLength(rows.length + 2);
          lines.forEach((line, i) => {
            const c = cells(line);
            expect(c).toHaveLength(9);
            if (i < 2) return;
            // HTML is written as entities (Markdown renderers render it), line breaks as <br>
            const html = notes[i - 2]!.replace(/&/g, '&amp;')
              .replace(/</g, '&lt;')
              .replace(/>/g, '&gt;');
            expect(c[8]).toBe(html.replace(/\r\n|\r|\n/g, '<br>'));
          });
        },
      ),
      // always a note with HTML and a line break (random runs drew a `<` only now and then)
      { examples: [[['<b>&amp;</b>\n=x', 'a | b \\ c']]] },
    );
  });

  it('does not mutate its input', () => {
    const rows = deepFreeze(query({ year: 2021 }).map((o) => ({ ...o })));
    const before = JSON.stringify(rows);
    toMarkdown(rows, { sources, note: true });
    toMarkdown(deepFreeze([...compareRows]));
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('toMarkdown in Chinese: levels in the units Chinese statistics use', () => {
  /** The digits of a number as written, without the point and the zeros at either end. */
  const digits = (t: string) =>
    t
      .replace(/[^0-9]/g, '')
      .replace(/^0+/, '')
      .replace(/0+$/, '');

  it('writes every shipped level in 万吨/亿吨, 亿千瓦时, 亿元, 亿立方米, its published digits kept', () => {
    const rows = query({ measure: 'level' }, { alternatives: true });
    expect(rows.length).toBeGreaterThan(100);
    const text = toMarkdown(rows, { lang: 'zh' });
    expect(text).not.toMatch(/十亿|百万|10亿|100万|×/);
    const lines = text.split('\n').slice(2);
    const units = new Set<string>();
    rows.forEach((o, i) => {
      const c = cells(lines[i]!);
      expect(['万吨', '亿吨', '亿千瓦时', '亿元', '万亿元', '亿立方米'], o.id).toContain(c[6]);
      expect(digits(c[5]!), o.id).toBe(digits(o.value.toFixed(o.decimals)));
      if (o.unit === 'tonnes-million' || o.unit === 'tonnes-billion') units.add(c[6]!);
    });
    // one unit for every million- or billion-tonnes row of the table: some are under 1亿吨
    expect([...units]).toEqual(['万吨']);
  });

  it('raw coal 2014–2016 (all at least 1亿吨): 9.76亿吨, 9.44亿吨, 8.32亿吨', () => {
    const rows = query({
      breakdown: 'product:raw-coal',
      measure: 'level',
      period: ['2014', '2015', '2016'],
      unit: 'tonnes-million',
    });
    const shown = toMarkdown(rows, { lang: 'zh' })
      .split('\n')
      .slice(2)
      .map((l) => cells(l).slice(5, 7).join(''));
    expect(shown).toEqual(['9.76亿吨', '9.44亿吨', '8.32亿吨']);
    // English keeps the published unit
    expect(cells(toMarkdown(rows).split('\n')[2]!).slice(5, 7)).toEqual(['976', 'million tonnes']);
  });

  it('names the unit of a ranking of levels in the heading, in Chinese units in Chinese', () => {
    const steel = compareSectors({
      period: '2021',
      indicator: 'output',
      measure: 'level',
      kind: 'product',
      sectors: ['product:crude-steel', 'product:finished-steel', 'product:pig-iron'],
    });
    const zh = toMarkdown(steel, { lang: 'zh' }).split('\n');
    expect(zh[0]).toBe(
      '| 排名 | 分组 | 数值（万吨） | 与合计之差（百分点） | 地区 | 时期 | 统计口径 | 来源 |',
    );
    expect(cells(zh[2]!).slice(0, 3)).toEqual(['1', '粗钢', '6740.7']);
    expect(zh.join('\n')).not.toMatch(/十亿|百万|10亿|100万|×/);
    const en = toMarkdown(steel).split('\n');
    expect(en[0]).toBe(
      '| Rank | Breakdown | Value (million tonnes) | Gap to total (pp) | Region | Period | Scope | Source |',
    );
    expect(cells(en[2]!).slice(0, 3)).toEqual(['1', 'Crude steel', '67.407']);
    // the scope column: these figures' pages did not say
    expect(cells(en[2]!)[6]).toBe('scope not stated');
  });

  it('moves a gap of levels with its value', () => {
    const row = {
      ...compareRows[0]!,
      value: 67.407,
      decimals: 3,
      gapToTotal: 1.5,
      unit: 'tonnes-million' as const,
    };
    expect(cells(toMarkdown([row], { lang: 'zh' }).split('\n')[2]!).slice(2, 4)).toEqual([
      '6740.7',
      '+150.0',
    ]);
    expect(cells(toMarkdown([row]).split('\n')[2]!).slice(2, 4)).toEqual(['67.407', '+1.500']);
  });
});
