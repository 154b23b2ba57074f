/**
 * barChart: structure (one bar per row, in order, lengths proportional to the values, negative
 * bars left of the zero axis, the reference line at the total), labels and values as
 * published, snapshot. Every figure comes from the shipped data.
 */
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/chart/index.js';
import {
  compareSectors,
  find,
  formatPeriod,
  label,
  leaders,
  query,
  series,
} from '../../src/index.js';
import { desc, elements, expectWellFormed, num, texts, title } from './svg.js';

const rows = compareSectors({ period: '2021-Q1' });
const total = find({ period: '2021-Q1' })!;
const labelOf = (id: string) => label(id);

/** The bars' geometry, and the scale they imply: px per unit and the zero axis. */
function geometry(svg: string) {
  const bars = elements(svg, 'rect', 'bar').map((b) => ({
    x: num(b, 'x'),
    y: num(b, 'y'),
    width: num(b, 'width'),
    height: num(b, 'height'),
  }));
  const zero = num(elements(svg, 'line', 'axis')[0], 'x1');
  return { bars, zero };
}

describe('barChart', () => {
  it('draws one bar per row, in the order given (rank order), top to bottom', () => {
    const svg = barChart(rows, { labelOf });
    expectWellFormed(svg);
    const { bars } = geometry(svg);
    expect(bars).toHaveLength(rows.length);
    for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y);
    // the labels beside the bars are the rows' labels, in the same order
    const names = rows.map((r) => label(r.breakdown));
    expect(texts(svg).filter((t) => names.includes(t))).toEqual(names);
  });

  it('makes bar lengths proportional to the values, from a zero axis', () => {
    const { bars, zero } = geometry(barChart(rows, { labelOf }));
    const scale = bars[0]!.width / rows[0]!.value;
    bars.forEach((b, i) => {
      expect(b.x).toBeCloseTo(zero, 1);
      expect(b.width).toBeCloseTo(rows[i]!.value * scale, 1);
    });
  });

  it('draws negative values to the left of the zero axis', () => {
    // the gaps to the total include a negative one (non-coal industries, −0.1 points)
    const gaps = rows.map((r) => ({ breakdown: r.breakdown, value: r.gapToTotal!, decimals: 1 }));
    expect(gaps.some((g) => g.value < 0)).toBe(true);
    const svg = barChart(gaps, { labelOf, unit: ' pt' });
    expectWellFormed(svg);
    const { bars, zero } = geometry(svg);
    const scale = bars[0]!.width / gaps[0]!.value;
    bars.forEach((b, i) => {
      const v = gaps[i]!.value;
      if (v < 0) {
        expect(b.x + b.width).toBeCloseTo(zero, 1);
        expect(b.x).toBeLessThan(zero);
      } else expect(b.x).toBeCloseTo(zero, 1);
      expect(b.width).toBeCloseTo(Math.abs(v) * scale, 1);
    });
    expect(texts(svg, 'value')).toContain('−0.1 pt');
  });

  it('draws negative year-to-date growth of the data left of zero too', () => {
    const points = series({ kind: 'year-to-date', year: [2015, 2016, 2017] });
    const data = points.map((o) => ({ label: o.period, value: o.value, decimals: o.decimals }));
    expect(data.filter((d) => d.value < 0).length).toBeGreaterThan(1);
    const svg = barChart(data);
    expectWellFormed(svg);
    const { bars, zero } = geometry(svg);
    bars.forEach((b, i) => {
      if (data[i]!.value < 0) expect(b.x).toBeLessThan(zero);
      else expect(b.x).toBeCloseTo(zero, 1);
    });
  });

  it('puts the reference line at the scale position of the total, labelled with it', () => {
    const svg = barChart(rows, { labelOf, total });
    expectWellFormed(svg);
    const { bars, zero } = geometry(svg);
    const scale = bars[0]!.width / rows[0]!.value;
    const line = elements(svg, 'line', 'total');
    expect(line).toHaveLength(1);
    expect(num(line[0], 'x1')).toBeCloseTo(zero + total.value * scale, 1);
    expect(num(line[0], 'x2')).toBe(num(line[0], 'x1'));
    expect(texts(svg, 'total-label')).toEqual([`All industry ${total.value.toFixed(1)}%`]);
    // a plain number, with a label of its own
    const plain = barChart(rows, { total: total.value, labelOf });
    expect(num(elements(plain, 'line', 'total')[0], 'x1')).toBe(num(line[0], 'x1'));
    expect(texts(barChart(rows, { total: { value: total.value, label: 'Total' } }))).toContain(
      `Total ${total.value}%`,
    );
  });

  it('labels values at their published precision, with qualifiers, in English and Chinese', () => {
    // Shanxi's share of China's raw coal output, Jan–Feb 2023: "about 29%"
    const share = find({
      indicator: 'output',
      breakdown: 'product:raw-coal',
      measure: 'share-of-china',
      period: '2023-01/2023-02',
    })!;
    expect(share.qualifier).toBe('about');
    const en = barChart([share], { labelOf });
    const zh = barChart([share], { lang: 'zh', labelOf: (id) => label(id, 'zh') });
    expect(texts(en, 'value')).toEqual([`about ${share.value.toFixed(share.decimals)}%`]);
    expect(texts(zh, 'value')).toEqual([`约${share.value.toFixed(share.decimals)}%`]);
    expect(texts(zh)).toContain(label('product:raw-coal', 'zh'));
    // trailing zeros of the published precision are kept (a whole number published as "11.0")
    const whole = series({ kind: 'year-to-date' }).find(
      (o) => Number.isInteger(o.value) && o.decimals > 0,
    )!;
    expect(texts(barChart([whole]), 'value')).toEqual([`${whole.value}.0%`]);
    // without decimals, the number's own: coal − total prints 0.2, not 0.20000000000000284
    const coal = rows.find((r) => r.breakdown === 'sector:coal')!;
    const gap = coal.value - total.value;
    expect(String(gap)).not.toBe(String(coal.gapToTotal));
    expect(texts(barChart([{ label: 'x', value: gap }]), 'value')).toEqual([`${coal.gapToTotal}%`]);
    // no negative zero
    expect(texts(barChart([{ label: 'x', value: -gap / 10, decimals: 1 }]), 'value')).toEqual([
      '0.0%',
    ]);
  });

  it("takes labels from the row, then labelOf, then the row's names, then the id", () => {
    const one = rows[0]!;
    expect(texts(barChart([{ ...one, label: 'Mine' }], { labelOf }))).toContain('Mine');
    expect(texts(barChart([one], { labelOf }))).toContain(label(one.breakdown));
    // compareSectors rows name themselves, in the chart's language
    expect(texts(barChart([one]))).toContain(label(one.breakdown));
    expect(texts(barChart([one], { lang: 'zh' }))).toContain(label(one.breakdown, 'zh'));
    const { label: _, ...bare } = one;
    expect(texts(barChart([bare]))).toContain(one.breakdown);
    const names: Record<string, string> = { [one.breakdown]: 'Named' };
    expect(texts(barChart([one], { labelOf: (id) => names[id]! }))).toContain('Named');
    // labelOf with no name for an id falls back to the row's own names
    expect(texts(barChart([one], { labelOf: () => '' }))).toContain(label(one.breakdown));
  });

  it('charts compareSectors and leaders rows as they are: names and title, en and zh', () => {
    for (const period of ['2021-Q1', '2022-H1'] as const) {
      const ranked = compareSectors({ period });
      const en = barChart(ranked);
      const zh = barChart(ranked, { lang: 'zh' });
      expectWellFormed(en);
      // each bar's text is its name (or the start of it, with "…", where it is too long)
      const shown = (svg: string, lang: 'en' | 'zh') =>
        texts(svg).filter((t) =>
          ranked.some(
            (r) => t.replace(/…$/, '') && label(r.breakdown, lang).startsWith(t.replace(/…$/, '')),
          ),
        );
      expect(shown(en, 'en')).toHaveLength(ranked.length);
      expect(shown(zh, 'zh')).toHaveLength(ranked.length);
      expect(desc(en)).toContain(
        ranked
          .map((r) => `${label(r.breakdown)} ${r.value.toFixed(r.decimals).replace('-', '−')}%`)
          .join('; '),
      );
      expect(desc(zh)).toContain(
        ranked
          .map(
            (r) => `${label(r.breakdown, 'zh')} ${r.value.toFixed(r.decimals).replace('-', '−')}%`,
          )
          .join('; '),
      );
      expect(en).not.toContain('sector:');
      const [line1, line2] = ranked[0]!.title!.en.split('\n');
      expect(title(en)).toBe(line1);
      expect(texts(en)).toEqual(expect.arrayContaining([line1, line2]));
      expect(line1).toContain(label('shanxi'));
      expect(line1).toContain(formatPeriod(period));
      expect(line2).toContain(label('yoy').toLowerCase());
      expect([title(zh), ...texts(zh)].slice(0, 3)).toEqual([
        ...ranked[0]!.title!.zh.split('\n').slice(0, 1),
        ...ranked[0]!.title!.zh.split('\n'),
      ]);
      expect(title(zh)).toContain(formatPeriod(period, 'zh'));
      expect(title(zh)).toContain(label('shanxi', 'zh'));
    }
    const top = leaders({ period: '2022-H1', kind: 'ownership' });
    expect(texts(barChart(top, { lang: 'zh' }))).toContain(label(top[0]!.breakdown, 'zh'));
    // a title option wins over the rows' title; a subtitle option over its second line
    expect(title(barChart(rows, { title: 'Mine' }))).toBe('Mine');
    expect(texts(barChart(rows, { title: 'Mine' }))).not.toContain(
      rows[0]!.title!.en.split('\n')[1],
    );
    expect(texts(barChart(rows, { subtitle: 'Sub' })).slice(0, 2)).toEqual([
      rows[0]!.title!.en.split('\n')[0],
      'Sub',
    ]);
  });

  it('writes no % after levels in other units (the unit is in the title)', () => {
    const level = query({
      indicator: 'output',
      breakdown: 'product:raw-coal',
      measure: 'level',
    })[0]!;
    expect(level.unit).not.toBe('percent');
    expect(texts(barChart([level]), 'value')).toEqual([level.value.toFixed(level.decimals)]);
    expect(texts(barChart([level], { unit: ' t' }), 'value')[0]).toMatch(/ t$/);
  });

  it('has a title, a subtitle, a source line, and a description that lists the bars', () => {
    const svg = barChart(rows, {
      labelOf,
      total,
      title: 'Q1 2021',
      subtitle: 'growth, %\nsecond line',
      source: 'Source: the data',
    });
    expectWellFormed(svg);
    expect(title(svg)).toBe('Q1 2021');
    expect(texts(svg)).toEqual(
      expect.arrayContaining(['Q1 2021', 'growth, %', 'second line', 'Source: the data']),
    );
    const first = rows[0]!;
    const last = rows.at(-1)!;
    expect(desc(svg)).toBe(
      `5 bars from ${first.value}% to ${last.value}%: ${rows.map((r) => `${label(r.breakdown)} ${r.value}%`).join('; ')}. Reference line: All industry ${total.value}%.`,
    );
    expect(title(barChart([{ value: 1 }]))).toBe('Bar chart');
    expect(desc(barChart(rows, { lang: 'zh' }))).toMatch(/^5个条形: /);
  });

  it('sizes from the options: width, and height from the number of rows unless given', () => {
    const svg = barChart(rows, { width: 500 });
    expect(svg).toMatch(/^<svg [^>]*width="500" height="(\d+)" viewBox="0 0 500 \1"/);
    const h5 = Number(/height="(\d+)"/.exec(svg)![1]);
    const h2 = Number(/height="(\d+)"/.exec(barChart(rows.slice(0, 2), { width: 500 }))![1]);
    expect(h5 - h2).toBe(3 * 28);
    const fixed = barChart(rows, { width: 300, height: 400 });
    expect(fixed).toMatch(/width="300" height="400" viewBox="0 0 300 400"/);
    const { bars } = geometry(fixed);
    expect(bars.at(-1)!.y + bars.at(-1)!.height).toBeLessThan(400);
  });

  it('matches the snapshot', async () => {
    const svg = barChart(rows, {
      labelOf,
      total,
      title: 'Shanxi, Q1 2021',
      subtitle: 'Value added, year-on-year, %',
      source: 'Source: China Daily',
    });
    await expect(svg).toMatchFileSnapshot('__snapshots__/bar-q1-2021.svg');
  });
});

describe('barChart in Chinese: levels in the units Chinese statistics use', () => {
  const steel = compareSectors({
    period: '2021',
    indicator: 'output',
    measure: 'level',
    sectors: ['product:crude-steel', 'product:finished-steel', 'product:pig-iron'],
  });

  it('draws and labels the bars in 万吨, as the Chinese title says (published 67.407 million t)', () => {
    expect(steel.map((r) => [r.value, r.unit])).toEqual([
      [67.407, 'tonnes-million'],
      [61.739, 'tonnes-million'],
      [59.884, 'tonnes-million'],
    ]);
    const zh = barChart(steel, { lang: 'zh' });
    expectWellFormed(zh);
    expect(texts(zh, 'value')).toEqual(['6740.7', '6173.9', '5988.4']);
    expect(title(zh)).toBe('山西省2021年分产品排名');
    expect(zh).toContain('产量绝对量（万吨）');
    expect(zh).not.toMatch(/百万|十亿|10亿|100万|×/);
    // the bars keep their proportions in either language: the same figures, the point moved
    const en = barChart(steel);
    expect(texts(en, 'value')).toEqual(['67.407', '61.739', '59.884']);
    expect(en).toContain('Output, level (million tonnes)');
    const ratios = (svg: string) => geometry(svg).bars.map((b, _, all) => b.width / all[0]!.width);
    for (const [i, r] of ratios(zh).entries()) expect(r).toBeCloseTo(ratios(en)[i]!, 3);
  });

  it('refuses a total in another unit than the bars (its line would be 10ⁿ times off)', () => {
    const total = { value: 100, decimals: 0, unit: 'tonnes-million' };
    expect(() => barChart(steel, { lang: 'zh', total })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expect(() => barChart(steel, { lang: 'zh', total })).toThrow(
      /barChart: total is not in tonnes-10k/,
    );
    expect(texts(barChart(steel, { total }), 'total-label')).toEqual(['All industry 100']);
    expect(
      texts(
        barChart(steel, { lang: 'zh', total: { ...total, value: 10000, unit: 'tonnes-10k' } }),
        'total-label',
      ),
    ).toEqual(['全部工业 10000']);
  });
});
