/**
 * Who a figure is about when its clause names no one (a subject carried within a sentence),
 * the enterprises' revenue beside their profit, and the scope of value added, revenue and
 * profit. The sentences are ours; precision first: every case that must not be read is here
 * beside the one that must.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { parseObservations } from '../../src/schemas/index.js';
import * as F from './fixtures.js';

const rows = (r: Extraction) =>
  r.observations.map(
    (o, i) =>
      `${o.region} ${o.indicator} ${o.breakdown} ${o.period} ${o.measure} ${o.qualifier ? `${o.qualifier} ` : ''}${o.value.toFixed(o.decimals)} ${o.unit} ${o.scope ?? '-'} | ${r.evidence[i]!.quote} | ${r.evidence[i]!.periodText}`,
  );
const misses = (r: Extraction) =>
  r.unrecognised.map((u) => `${u.reason} ${u.value ?? ''} ${u.period ?? ''} | ${u.text}`);

function read(text: string, published?: string) {
  const r = extractRelease(text, published ? { published } : undefined);
  expect(parseObservations(r.observations)).toEqual(r.observations);
  for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  for (const u of r.unrecognised) expect(text.slice(u.start, u.end)).toBe(u.text);
  return r;
}

describe('a subject carried within a sentence', () => {
  it('zh: the run after ； takes the month’s subject, as its own period', () => {
    const r = read('2023年8月份，全省规模以上工业增加值同比增长2.5%；1-8月份增长3.6%。');
    expect(rows(r)).toEqual([
      'shanxi value-added total 2023-08 yoy 2.5 percent above-size | 规模以上工业增加值同比增长2.5% | 2023年8月份',
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size | 增长3.6% | 1-8月份',
    ]);
    expect(r.unrecognised).toEqual([]);
  });
  it('zh: with a comma, and for a sector named after the first period', () => {
    expect(
      rows(read('2023年8月份，全省规模以上工业增加值同比增长2.5%，1-8月份增长3.6%。')).map(
        (l) => l.split(' | ')[0],
      ),
    ).toEqual([
      'shanxi value-added total 2023-08 yoy 2.5 percent above-size',
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size',
    ]);
    expect(
      rows(
        read(
          '2023年1-8月份，全省规模以上工业增加值增长3.6%，其中采矿业增长4.1%；1-7月份增长3.9%。',
        ),
      ),
    ).toEqual([
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size | 规模以上工业增加值增长3.6% | 2023年1-8月份',
      'shanxi value-added sector:mining 2023-01/2023-08 yoy 4.1 percent above-size | 采矿业增长4.1% | 2023年1-8月份',
      'shanxi value-added sector:mining 2023-01/2023-07 yoy 3.9 percent above-size | 增长3.9% | 1-7月份',
    ]);
  });
  it('zh: never across 。, another place, another indicator, an unknown name or the year before', () => {
    const head = '2023年8月份，全省规模以上工业增加值同比增长2.5%';
    const second = (tail: string) => {
      const r = read(`${head}${tail}`);
      expect(rows(r)).toHaveLength(1);
      return misses(r);
    };
    expect(second('。1-8月份增长3.6%。')).toEqual([
      'no name 3.6 2023-01/2023-08 | 1-8月份增长3.6%',
    ]);
    expect(second('；1-8月份，全国增长3.6%。')).toEqual([
      'no name 3.6 2023-01/2023-08 | 全国增长3.6%',
    ]);
    expect(second('；1-8月份利润总额增长3.6%。')).toEqual([
      'no name 3.6 2023-01/2023-08 | 1-8月份利润总额增长3.6%',
    ]);
    expect(second('，纺织业增长1.0%；1-8月份增长3.6%。')).toEqual([
      'unknown name 1.0 2023-08 | 纺织业增长1.0%',
      'no name 3.6 2023-01/2023-08 | 1-8月份增长3.6%',
    ]);
    // after a respectively-list, a clause without a name could speak of any of its names
    const list = read('2023年1-8月份，采矿业、制造业分别增长3.0%、4.5%；1-7月份增长2.0%。');
    expect(rows(list)).toHaveLength(2);
    expect(misses(list)).toEqual(['no name 2.0 2023-01/2023-07 | 1-7月份增长2.0%']);
    // the year before's run: another period, listed with it
    expect(second('；上年同期1-8月份增长5.0%。')).toEqual([
      'previous year 5.0 2022-01/2022-08 | 上年同期1-8月份增长5.0%',
    ]);
  });
  it('en: "In August alone, it grew…" right after the sentence that named the subject', () => {
    const r = read(
      'From January to August 2023, the added value of industrial enterprises above designated size in Shanxi rose 3.6 percent year-on-year. In August alone, it grew 2.5 percent.',
    );
    expect(rows(r)).toEqual([
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size | added value of industrial enterprises above designated size in Shanxi rose 3.6 percent | From January to August 2023',
      'shanxi value-added total 2023-08 yoy 2.5 percent above-size | it grew 2.5 percent | August',
    ]);
    expect(r.unrecognised).toEqual([]);
  });
  it('en: not two sentences on, not to another indicator, not after an unknown name', () => {
    const head =
      'From January to August 2023, the added value of industrial enterprises above designated size in Shanxi rose 3.6 percent';
    const tail = (t: string) => {
      const r = read(`${head}${t}`);
      expect(rows(r)).toHaveLength(1);
      return misses(r);
    };
    expect(tail('. Demand was steady. In August alone, it grew 2.5 percent.')).toEqual([
      'no name 2.5 2023-08 | it grew 2.5 percent',
    ]);
    expect(tail('. In August alone, profits grew 2.5 percent.')).toEqual([
      'no name 2.5 2023-08 | profits grew 2.5 percent',
    ]);
    expect(
      tail(', and the textile industry grew 3.0 percent. In August alone, it grew 2.5 percent.'),
    ).toEqual([
      'unknown name 3.0 2023-01/2023-08 | and the textile industry grew 3.0 percent',
      'no name 2.5 2023-08 | it grew 2.5 percent',
    ]);
    // "In August alone" is no name and no subject of its own: without "it" nothing is carried
    expect(tail('. In August alone, the national figure grew 2.5 percent.')).toEqual([
      'unknown name 2.5 2023-08 | the national figure grew 2.5 percent',
    ]);
  });
});

describe('revenue beside profit', () => {
  it('营业收入 after 利润总额 in one sentence: about 2.8 yuan-trillion', () => {
    const r = read(
      '2023年1-8月份，全省规模以上工业企业实现利润总额123.4亿元，营业收入约2.8万亿元。',
    );
    expect(rows(r)).toEqual([
      'shanxi profit total 2023-01/2023-08 level 123.4 yuan-100m above-size | 规模以上工业企业实现利润总额123.4亿元 | 2023年1-8月份',
      'shanxi revenue total 2023-01/2023-08 level about 2.8 yuan-trillion above-size | 规模以上工业企业实现利润总额123.4亿元，营业收入约2.8万亿元 | 2023年1-8月份',
    ]);
    expect(r.unrecognised).toEqual([]);
  });
  it('the enterprises’ accounts cut by ；: revenue, then profit with their growth', () => {
    const r = read(
      '2022年1-5月份，全省规模以上工业企业实现营业收入1.31万亿元，同比增长20.4%；实现利润总额1,452.6亿元，同比下降3.1%。',
    );
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi revenue total 2022-01/2022-05 level 1.31 yuan-trillion above-size',
      'shanxi revenue total 2022-01/2022-05 yoy 20.4 percent above-size',
      'shanxi profit total 2022-01/2022-05 level 1452.6 yuan-100m above-size',
      'shanxi profit total 2022-01/2022-05 yoy -3.1 percent above-size',
    ]);
  });
  it('主营业务收入 is the revenue of the model before 2019 (with a note); 营业收入 is not', () => {
    const r = read(
      '2016年1-10月份，全省规模以上工业企业实现营业收入9,876.5亿元；主营业务收入9,543.2亿元，同比增长2.7%；利润总额210.9亿元。',
    );
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi revenue total 2016-01/2016-10 level 9543.2 yuan-100m above-size',
      'shanxi revenue total 2016-01/2016-10 yoy 2.7 percent above-size',
      'shanxi profit total 2016-01/2016-10 level 210.9 yuan-100m above-size',
    ]);
    expect(r.observations[0]!.note).toBe('published as main-business revenue (主营业务收入)');
    expect(misses(r)).toEqual([
      'indicator not in the model 9,876.5 2016-01/2016-10 | 规模以上工业企业实现营业收入9,876.5亿元',
    ]);
  });
  it('主营业务收入 from 2019 is not the revenue of the model', () => {
    const r = read('2020年1-10月份，全省规模以上工业企业主营业务收入1.5万亿元。');
    expect(r.observations).toEqual([]);
    expect(misses(r)).toEqual([
      'indicator not in the model 1.5 2020-01/2020-10 | 规模以上工业企业主营业务收入1.5万亿元',
    ]);
  });
  it('en: profits, then "the revenue was about …" in the same sentence; main business revenue before 2019', () => {
    const r = read(
      'From January to May 2023, industrial enterprises above designated size in Shanxi posted profits of 123.4 billion yuan, and the revenue was about 1.2 trillion yuan.',
    );
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi profit total 2023-01/2023-05 level 123.4 yuan-billion above-size',
      'shanxi revenue total 2023-01/2023-05 level about 1.2 yuan-trillion above-size',
    ]);
    const old = read(
      'From January to May 2018, industrial enterprises above designated size in Shanxi realized main business revenue of 897.8 billion yuan, up 15.4 percent.',
    );
    expect(rows(old).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi revenue total 2018-01/2018-05 level 897.8 yuan-billion above-size',
      'shanxi revenue total 2018-01/2018-05 yoy 15.4 percent above-size',
    ]);
    expect(old.observations[0]!.note).toBe('published as main-business revenue');
  });
});

describe('the scope of value added, revenue and profit', () => {
  it('a bare 全省工业增加值 in a text that never says 规模以上 is not read: it may be all industry’s', () => {
    const r = read('2023年1-8月份，全省工业增加值同比增长3.6%。');
    expect(r.observations).toEqual([]);
    expect(r.unrecognised).toEqual([
      {
        reason: 'ambiguous',
        text: '全省工业增加值同比增长3.6%',
        start: 11,
        end: 26,
        value: '3.6',
        period: '2023-01/2023-08',
      },
    ]);
  });
  it('全省工业 is the above-size total where the text defines it so, or speaks of above-size industry', () => {
    const defined = read(
      '2023年1-8月份，全省规模以上工业(以下简称“全省工业”)生产平稳。全省工业增加值同比增长3.6%。',
    );
    expect(rows(defined).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size',
    ]);
    const spoken = read('2023年1-8月份规上工业生产情况。全省工业增加值同比增长3.6%。');
    expect(rows(spoken).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi value-added total 2023-01/2023-08 yoy 3.6 percent above-size',
    ]);
  });
  it('beside an account of GDP, only what names above-size industry is read', () => {
    const r = read(
      '2023年前三季度，全省地区生产总值增长4.5%。全省工业增加值增长4.0%，规模以上工业增加值增长4.3%。',
    );
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi value-added total 2023-01/2023-09 yoy 4.3 percent above-size',
    ]);
    expect(misses(r)).toContain('ambiguous 4.0 2023-01/2023-09 | 全省工业增加值增长4.0%');
    // a GDP account that never says above-size: its industries may be all industry's too
    const gdp = read('2023年前三季度，全省地区生产总值增长4.5%，其中采矿业增长4.0%。');
    expect(gdp.observations).toEqual([]);
    expect(misses(gdp)).toContain('ambiguous 4.0 2023-01/2023-09 | 采矿业增长4.0%');
  });
  it('en: "industrial value added" without "above designated size" is not read', () => {
    const r = read('In the first half of 2023, industrial value added in Shanxi grew 4.6 percent.');
    expect(r.observations).toEqual([]);
    expect(misses(r)).toEqual([
      'ambiguous 4.6 2023-01/2023-06 | industrial value added in Shanxi grew 4.6 percent',
    ]);
  });
  it('every value-added, revenue and profit row of every fixture carries scope above-size', () => {
    let n = 0;
    for (const [name, text] of Object.entries(F)) {
      if (typeof text !== 'string') continue;
      const r = extractRelease(text, { published: '2024-09-15' });
      for (const o of r.observations)
        if (o.indicator !== 'output') {
          expect(o.scope, `${name}: ${o.breakdown} ${o.period}`).toBe('above-size');
          n++;
        }
    }
    expect(n).toBeGreaterThan(50);
  });
});
