import { describe, expect, it } from 'vitest';
import { observations } from '../../src/data/observations.js';
import {
  formatPercent,
  formatPeriod,
  formatPoints,
  formatValue,
  label,
} from '../../src/format/index.js';
import type { Observation } from '../../src/model/types.js';
import { unitPower } from '../../src/model/units.js';
import { find, query } from '../../src/query/shipped.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('formatPercent', () => {
  it('rounds half away from zero on the number as written', () => {
    expect(formatPercent(17.45, { decimals: 1 })).toBe('17.5%');
    expect(formatPercent(1.15, { decimals: 1 })).toBe('1.2%');
    expect(formatPercent(1.005, { decimals: 2 })).toBe('1.01%');
    expect(formatPercent(-17.45, { decimals: 1 })).toBe('-17.5%');
    expect(formatPercent(-1.15, { decimals: 1 })).toBe('-1.2%');
    expect(formatPercent(2.5, { decimals: 0 })).toBe('3%');
    expect(formatPercent(-2.5, { decimals: 0 })).toBe('-3%');
    expect(formatPercent(9.95, { decimals: 1 })).toBe('10.0%');
    // The binary values lie below the half: toFixed rounds them down, 四舍五入 does not.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect((17.45).toFixed(1)).toBe('17.4');
  });

  it('prints the published precision by default, without float noise', () => {
    expect(formatPercent(23.9)).toBe('23.9%');
    expect(formatPercent(23.9, { decimals: 1 })).toBe('23.9%');
    expect(formatPercent(23.899999999999995)).toBe('23.9%');
    expect(formatPercent(0.1 + 0.2)).toBe('0.3%');
    expect(formatPercent(24.1 - 23.9)).toBe('0.2%');
    expect(formatPercent(62.1202)).toBe('62.1202%');
    expect(formatPercent(5)).toBe('5%');
    expect(formatPercent(5, { decimals: 1 })).toBe('5.0%');
    expect(formatPercent(3390)).toBe('3,390%');
  });

  it('never prints a negative zero', () => {
    expect(formatPercent(-0.04, { decimals: 1 })).toBe('0.0%');
    expect(formatPercent(-0)).toBe('0%');
    expect(formatPercent(-0, { decimals: 1 })).toBe('0.0%');
    expect(formatPercent(-0.4, { decimals: 0 })).toBe('0%');
    expect(formatPercent(-0.04, { decimals: 1, sign: true })).toBe('0.0%');
    expect(formatPercent(-0.04, { decimals: 1, locale: 'zh' })).toBe('0.0%');
    expect(formatPercent(-0.05, { decimals: 1 })).toBe('-0.1%');
  });

  it('writes qualifiers in English and Chinese', () => {
    expect(formatPercent(29, { qualifier: 'about' })).toBe('about 29%');
    expect(formatPercent(29, { qualifier: 'about', locale: 'zh' })).toBe('约29%');
    expect(formatPercent(83, { qualifier: 'over' })).toBe('over 83%');
    expect(formatPercent(83, { qualifier: 'over', locale: 'zh' })).toBe('超过83%');
    expect(formatPercent(30, { qualifier: 'nearly' })).toBe('nearly 30%');
    expect(formatPercent(30, { qualifier: 'nearly', locale: 'zh-CN' })).toBe('近30%');
  });

  it('follows the locale and shows a sign when asked', () => {
    expect(formatPercent(23.9, { locale: 'zh' })).toBe('23.9%');
    expect(formatPercent(12345.6, { locale: 'zh' })).toBe('12,345.6%');
    expect(formatPercent(17.45, { decimals: 1, locale: 'de-DE' })).toBe('17,5\u00a0%');
    expect(formatPercent(0.6, { sign: true })).toBe('+0.6%');
    expect(formatPercent(-0.6, { sign: true })).toBe('-0.6%');
    expect(formatPercent(0, { sign: true, decimals: 1 })).toBe('0.0%');
  });

  it('handles very large and very small numbers without exponents', () => {
    expect(formatPercent(1e21, { decimals: 0 })).toBe('1,000,000,000,000,000,000,000%');
    expect(formatPercent(1.5e-7, { decimals: 7 })).toBe('0.0000002%');
    expect(formatPercent(1e-7)).toBe('0.0000001%');
    expect(formatPercent(5e-324)).toBe('0.000000000000000%');
  });

  it('rejects bad input with a code', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '1', null])
      expect(() => formatPercent(v as never)).toThrow(code('NOT_A_NUMBER'));
    for (const decimals of [-1, 16, 1.5, '1', Number.NaN])
      expect(() => formatPercent(1, { decimals } as never)).toThrow(code('INVALID_DECIMALS'));
    expect(() => formatPercent(1, { digits: 1 } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => formatPercent(1, { locale: 'not a locale!' })).toThrow(code('INVALID_OPTION'));
    expect(() => formatPercent(1, { locale: 7 } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => formatPercent(1, { qualifier: 'roughly' } as never)).toThrow(
      code('INVALID_OPTION'),
    );
    expect(() => formatPercent(1, { sign: 'yes' } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => formatPercent(1, 'en' as never)).toThrow(code('INVALID_OPTION'));
  });
});

describe('formatPoints', () => {
  it('writes points in English and Chinese', () => {
    expect(formatPoints(0.6)).toBe('0.6 points');
    expect(formatPoints(0.6, { locale: 'zh' })).toBe('0.6个百分点');
    expect(formatPoints(-0.6)).toBe('-0.6 points');
    expect(formatPoints(-0.6, { locale: 'zh' })).toBe('-0.6个百分点');
    expect(formatPoints(1)).toBe('1 point');
    expect(formatPoints(-1)).toBe('-1 point');
    expect(formatPoints(1, { decimals: 1 })).toBe('1.0 points');
    expect(formatPoints(8.6)).toBe('8.6 points');
    expect(formatPoints(0.2, { qualifier: 'nearly' })).toBe('nearly 0.2 points');
    expect(formatPoints(0.2, { qualifier: 'about', locale: 'zh' })).toBe('约0.2个百分点');
    expect(formatPoints(0.6, { sign: true })).toBe('+0.6 points');
  });

  it('removes float noise and never prints -0', () => {
    expect(formatPoints(24.1 - 23.9)).toBe('0.2 points');
    expect(formatPoints(-0.04, { decimals: 1 })).toBe('0.0 points');
    expect(formatPoints(0.05, { decimals: 1 })).toBe('0.1 points');
  });

  it('rejects bad input with a code', () => {
    expect(() => formatPoints(Number.NaN)).toThrow(code('NOT_A_NUMBER'));
    expect(() => formatPoints(1, { decimals: 99 })).toThrow(code('INVALID_DECIMALS'));
    expect(() => formatPoints(1, { lang: 'zh' } as never)).toThrow(code('INVALID_OPTION'));
  });
});

describe('formatValue', () => {
  const get = (id: string) => query({}, { alternatives: true }).find((o) => o.id === id)!;

  it('formats rates, shares and ranks of the shipped data', () => {
    expect(formatValue(find({ period: '2021-Q1' })!)).toBe('23.9%');
    expect(formatValue(find({ period: '2021-Q1' })!, { lang: 'zh' })).toBe('23.9%');
    expect(formatValue(get('f0476'))).toBe('about 29.1%');
    expect(formatValue(get('f0476'), { lang: 'zh' })).toBe('约29.1%');
    expect(formatValue(get('f0352'))).toBe('over 83%');
    expect(formatValue(get('f0356'), { lang: 'zh' })).toBe('约16.67%');
    expect(formatValue(get('f0001'))).toBe('No. 23');
    expect(formatValue(get('f0001'), { lang: 'zh' })).toBe('第23位');
  });

  it('formats levels in English with their published unit, never converted', () => {
    expect(formatValue(get('f0002'))).toBe('976 million tonnes');
    expect(formatValue(get('f0459'))).toBe('4,376.1 × 100 million kWh');
    expect(formatValue(get('f0246'))).toBe('over 1.19 billion tonnes');
    expect(formatValue(get('f0471'))).toBe('over 1.37 billion tonnes');
  });

  it('formats levels in Chinese in 万 and 亿, moving the point exactly and keeping the precision', () => {
    expect(formatValue(get('f0002'), { lang: 'zh' })).toBe('9.76亿吨');
    expect(formatValue(get('f0025'), { lang: 'zh' })).toBe('8.32亿吨');
    expect(formatValue(get('f0459'), { lang: 'zh' })).toBe('4,376.1亿千瓦时');
    expect(formatValue(get('f0246'), { lang: 'zh' })).toBe('超过11.9亿吨');
    expect(formatValue(get('f0471'), { lang: 'zh' })).toBe('超过13.7亿吨');
    expect(formatValue(get('f0468'), { lang: 'zh' })).toBe('135,658.2万吨');
    for (const o of observations.filter((r) => r.measure === 'level')) {
      const zh = formatValue(o, { lang: 'zh' });
      expect(zh, o.id).not.toMatch(/十亿|百万/);
      // the digits shown are the published digits, the point moved by whole places
      const digits = (t: string) => t.replace(/[^0-9]/g, '').replace(/^0+/, '');
      expect(digits(zh).replace(/0+$/, ''), o.id).toBe(
        digits(o.value.toFixed(o.decimals)).replace(/0+$/, ''),
      );
    }
  });

  it('writes levels under 1亿吨 in 万吨, with the published digits (never 0.88827亿吨)', () => {
    expect(formatValue(get('f0134'), { lang: 'zh' })).toBe('8,882.7万吨');
    expect(formatValue(get('f0138'), { lang: 'zh' })).toBe('920.5万吨');
    expect(formatValue(get('f0226'), { lang: 'zh' })).toBe('6,212.0200万吨');
    expect(formatValue(get('f0239'), { lang: 'zh' })).toBe('6,740.7万吨');
    expect(formatValue(get('f0457'), { lang: 'zh' })).toBe('超过9,570万吨');
    expect(formatValue(get('f0481'), { lang: 'zh' })).toBe('超过4.92亿吨');
    for (const o of observations.filter((r) => r.measure === 'level'))
      expect(formatValue(o, { lang: 'zh' }), o.id).not.toMatch(/^[^1-9]*0\.\d*[万亿]|10亿|100万|×/);
  });

  it('formats other levels as published', () => {
    expect(formatValue(get('f0221'))).toBe('102.752 million tonnes');
    expect(formatValue(get('f0222'), { lang: 'zh' })).toBe('10,275.2万吨');
  });

  it('keeps trailing zeros of the published precision', () => {
    const o: Observation = { ...get('f0159'), value: 5, decimals: 2 };
    expect(formatValue(o)).toBe('5.00%');
    const { decimals: _, ...inferred } = { ...get('f0159'), value: 5.25 };
    expect(formatValue(inferred as Observation)).toBe('5.25%');
  });

  it('formats every shipped observation, keeping its qualifier word', () => {
    const words = { about: ['about ', '约'], over: ['over ', '超过'], nearly: ['nearly ', '近'] };
    for (const o of query({}, { alternatives: true })) {
      const en = formatValue(o);
      const zh = formatValue(o, { lang: 'zh' });
      expect(en).not.toMatch(/e[+-]|NaN|Infinity/);
      expect(en.replace(/^(?:about|over|nearly) /, '')).not.toMatch(/^-0(?:\.0+)?(?![.\d])/);
      if (o.qualifier) {
        // a negative profit level with a qualifier is a loss of that size (f0018)
        const loss = o.value < 0 && o.indicator === 'profit' && o.measure === 'level';
        expect(en.startsWith(`${loss ? 'a loss of ' : ''}${words[o.qualifier][0]}`)).toBe(true);
        expect(zh.startsWith(`${loss ? '亏损' : ''}${words[o.qualifier][1]}`)).toBe(true);
        if (o.value < 0) expect(en + zh).not.toMatch(/-/);
      }
      expect(en).toContain(
        Math.abs(o.value)
          .toFixed(o.decimals)
          .replace(/^\d+/, (w) => Number(w).toLocaleString('en')),
      );
    }
  });

  it('writes a qualified negative profit level as a loss of that size, the data unchanged (f0018)', () => {
    const o = find({
      period: '2015-H1',
      indicator: 'profit',
      breakdown: 'sector:coal',
      measure: 'level',
    })!;
    expect([o.id, o.value, o.qualifier, o.unit]).toEqual(['f0018', -4, 'over', 'yuan-billion']);
    expect(formatValue(o)).toBe('a loss of over 4 billion yuan');
    expect(formatValue(o, { lang: 'zh' })).toBe('亏损超过40亿元');
    expect(formatValue(o, { unit: false })).toBe('a loss of over 4');
    expect(formatValue(o, { lang: 'zh', unit: false })).toBe('亏损超过40');
    expect(formatValue({ ...o, qualifier: 'nearly' })).toBe('a loss of nearly 4 billion yuan');
    expect(formatValue({ ...o, qualifier: 'about' }, { lang: 'zh' })).toBe('亏损约40亿元');
    expect(formatValue({ ...o, unit: 'yuan-100m', value: -1197.1, decimals: 1 })).toBe(
      'a loss of over 1,197.1 × 100 million yuan',
    );
    // without a qualifier the minus sign stays: the number says it exactly
    const y2015 = find({
      period: '2015',
      indicator: 'profit',
      breakdown: 'sector:coal',
      measure: 'level',
    })!;
    expect(formatValue(y2015)).toBe('-9.425 billion yuan');
    expect(formatValue(y2015, { lang: 'zh' })).toBe('-94.25亿元');
    // a positive profit, or a negative level of another indicator, keeps its qualifier as it is
    expect(formatValue({ ...o, value: 4 })).toBe('over 4 billion yuan');
    expect(formatValue({ ...o, indicator: 'revenue' })).toBe('over -4 billion yuan');
    // a figure that rounds to zero has no sign to put into words
    expect(formatValue({ ...o, value: -0.004, decimals: 2 })).toBe('over 0.00 billion yuan');
  });

  it('writes a qualified negative growth rate as a fall of that size; formatPercent as written', () => {
    const o = { ...get('f0159'), measure: 'yoy', unit: 'percent', value: -3, decimals: 0 } as const;
    expect(formatValue({ ...o, qualifier: 'nearly' })).toBe('down nearly 3%');
    expect(formatValue({ ...o, qualifier: 'over' }, { lang: 'zh' })).toBe('下降超过3%');
    expect(formatValue({ ...o, qualifier: 'about', measure: 'two-year-average' })).toBe(
      'down about 3%',
    );
    expect(formatValue({ ...o, qualifier: 'nearly', value: -2.95, decimals: 2 })).toBe(
      'down nearly 2.95%',
    );
    // no qualifier: the minus sign; another measure (a share, a contribution): as written
    expect(formatValue(o)).toBe('-3%');
    expect(formatValue({ ...o, qualifier: 'about', measure: 'contribution-rate' })).toBe(
      'about -3%',
    );
    // formatPercent writes a qualifier as the page did, whatever the sign
    expect(formatPercent(-3, { qualifier: 'nearly' })).toBe('nearly -3%');
    // unit: false leaves a rate's % in place
    expect(formatValue({ ...o, qualifier: 'nearly' }, { unit: false })).toBe('down nearly 3%');
  });

  it("leaves out a level's unit with unit: false, and checks the option", () => {
    const o = find({
      period: '2023',
      indicator: 'output',
      breakdown: 'product:electricity',
      measure: 'level',
    })!;
    expect(formatValue(o, { unit: false })).toBe('4,376.1');
    expect(formatValue(o, { unit: true })).toBe('4,376.1 × 100 million kWh');
    expect(formatValue(o, { lang: 'zh', unit: false })).toBe('4,376.1');
    expect(formatValue(get('f0159'), { unit: false })).toBe(formatValue(get('f0159')));
    expect(() => formatValue(o, { unit: 'no' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: 'formatValue: unit takes true or false; got "no".',
      }),
    );
    expect(() => formatValue(o, { units: false } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: 'formatValue: unknown option "units"; accepted: lang, unit.',
      }),
    );
  });

  it('rejects bad input with a code', () => {
    const o = get('f0159');
    expect(() => formatValue({ ...o, value: Number.NaN })).toThrow(code('NOT_A_NUMBER'));
    expect(() => formatValue({ ...o, decimals: 20 })).toThrow(code('INVALID_DECIMALS'));
    expect(() => formatValue({ ...o, unit: 'furlongs' as never })).toThrow(code('UNKNOWN_ID'));
    expect(() => formatValue(o, { lang: 'fr' as never })).toThrow(code('INVALID_OPTION'));
    expect(() => formatValue(o, { locale: 'zh' } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => formatValue(null as never)).toThrow(code('INVALID_OPTION'));
  });
});

describe('re-exports', () => {
  it('formatPeriod and label', () => {
    expect(formatPeriod('2021-Q1')).toBe('Q1 2021');
    expect(formatPeriod('2021-Q1', 'zh')).toBe('2021年一季度');
    expect(label('sector:coal', 'zh')).toBe('煤炭工业');
  });
});

describe('label of units', () => {
  it('is exact for the raw number, in both languages, and never reads ten times off in Chinese', () => {
    expect(label('tonnes-million', 'zh')).toBe('×100万吨');
    expect(label('tonnes-billion', 'zh')).toBe('×10亿吨');
    expect(label('kwh-billion', 'zh')).toBe('×10亿千瓦时');
    expect(label('yuan-billion', 'zh')).toBe('×10亿元');
    expect(label('m3-billion', 'zh')).toBe('×10亿立方米');
    expect(label('tonnes-100m', 'zh')).toBe('亿吨');
    expect(label('yuan-trillion', 'zh')).toBe('万亿元');
    // the name after the raw number reads as the published figure: multiply out what it says
    const factor = (name: string): number =>
      (/×(\d+)/.exec(name) ? Number(/×(\d+)/.exec(name)![1]) : 1) *
      (name.includes('万亿') ? 1e12 : name.includes('亿') ? 1e8 : name.includes('万') ? 1e4 : 1);
    for (const o of observations.filter((r) => r.measure === 'level')) {
      const name = label(o.unit, 'zh');
      // a name that begins with a digit would run into the number before it
      expect(name, o.id).not.toMatch(/^\d/);
      expect(factor(name), o.id).toBe(10 ** unitPower(o.unit));
    }
  });
});
