/**
 * Which period a figure is about, where a release gives several: a marker that qualifies one
 * figure only (an aside: 5月当月, 其中8月份, "In May alone", a marker whose figures name no one
 * of their own) holds to the end of its sentence and never becomes the period of the sentences
 * after it; 累计 is the year-to-date run to the month in force; a figure of the same period a
 * year earlier (上年同期, "in the same period last year") is another period, listed, and leaves
 * this year's figure alone; a point in time (截至5月末, "at the end of May") is no run of months.
 * The sentences are ours, the numbers made up; precision first: each case that must not be read
 * is beside the one that must.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { parseObservations } from '../../src/schemas/index.js';

const rows = (r: Extraction) =>
  r.observations.map(
    (o, i) =>
      `${o.region} ${o.indicator} ${o.breakdown} ${o.period} ${o.measure} ${o.qualifier ? `${o.qualifier} ` : ''}${o.value.toFixed(o.decimals)} ${o.unit} | ${r.evidence[i]!.quote} | ${r.evidence[i]!.periodText}`,
  );
const short = (r: Extraction) => rows(r).map((l) => l.split(' | ')[0]!);
const misses = (r: Extraction) =>
  r.unrecognised.map((u) => `${u.reason} ${u.value ?? ''} ${u.period ?? ''} | ${u.text}`);

function read(text: string, published?: string) {
  const r = extractRelease(text, published ? { published } : undefined);
  expect(parseObservations(r.observations)).toEqual(r.observations);
  for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  for (const u of r.unrecognised) expect(text.slice(u.start, u.end)).toBe(u.text);
  return r;
}

const EN_HEAD =
  'The added value of industrial enterprises above designated size in Shanxi rose 4.2 percent year-on-year in the first five months of 2025.';

describe('a single month aside does not become the period of the sentences after it', () => {
  it('en: "In May alone, it grew …", then the sectors in the first five months', () => {
    const r = read(
      `${EN_HEAD} In May alone, it grew 3.1 percent. The value added of the mining, manufacturing and utilities sectors grew 2.6 percent, 7.9 percent and -1.4 percent, respectively.`,
    );
    expect(short(r)).toEqual([
      'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
      'shanxi value-added total 2025-05 yoy 3.1 percent',
      'shanxi value-added sector:mining 2025-01/2025-05 yoy 2.6 percent',
      'shanxi value-added sector:manufacturing 2025-01/2025-05 yoy 7.9 percent',
      'shanxi value-added sector:utilities 2025-01/2025-05 yoy -1.4 percent',
    ]);
    expect(r.evidence.map((e) => e.periodText)).toEqual([
      'first five months of 2025',
      'May',
      'first five months of 2025',
      'first five months of 2025',
      'first five months of 2025',
    ]);
    expect(r.unrecognised).toEqual([]);
    const minimal = read(
      `${EN_HEAD} In May alone, it grew 3.1 percent. The mining sector expanded 2.6 percent.`,
    );
    expect(short(minimal)[2]).toBe(
      'shanxi value-added sector:mining 2025-01/2025-05 yoy 2.6 percent',
    );
    // "For May alone", and "In May, it grew …" without "alone": the figures name no one
    for (const aside of ['For May alone, it grew 3.1 percent.', 'In May, it grew 3.1 percent.'])
      expect(short(read(`${EN_HEAD} ${aside} The mining sector expanded 2.6 percent.`))).toEqual([
        'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
        'shanxi value-added total 2025-05 yoy 3.1 percent',
        'shanxi value-added sector:mining 2025-01/2025-05 yoy 2.6 percent',
      ]);
  });

  it('zh: 5月当月, 5月单月, 其中 in the clause before, 其中 opening the sentence, a month without a name', () => {
    const head = '2025年1-5月，全省规模以上工业增加值同比增长4.2%';
    const periods = (middle: string) =>
      short(read(`${head}${middle}采矿业增长2.6%。`)).map((l) => l.split(' ')[3]);
    const r = read(`${head}，5月当月增长3.1%。采矿业增长2.6%。`);
    expect(rows(r)).toEqual([
      'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent | 规模以上工业增加值同比增长4.2% | 2025年1-5月',
      'shanxi value-added total 2025-05 yoy 3.1 percent | 规模以上工业增加值同比增长4.2%，5月当月增长3.1% | 5月当月',
      'shanxi value-added sector:mining 2025-01/2025-05 yoy 2.6 percent | 采矿业增长2.6% | 2025年1-5月',
    ]);
    for (const middle of [
      '，5月单月增长3.1%。',
      '，其中，5月份增长3.1%。',
      '。其中，5月份增长3.1%。',
      '，5月份增长3.1%。',
      '；5月份同比增长3.1%。',
    ])
      expect(periods(middle), middle).toEqual(['2025-01/2025-05', '2025-05', '2025-01/2025-05']);
  });

  it('a month headline with its run as the aside: the sections stay in the month (the national template)', () => {
    const zh = read(
      '2025年5月份，全省规模以上工业增加值同比增长3.1%；1-5月份增长4.2%。分三大门类看，采矿业增长2.6%。',
    );
    expect(short(zh)).toEqual([
      'shanxi value-added total 2025-05 yoy 3.1 percent',
      'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
      'shanxi value-added sector:mining 2025-05 yoy 2.6 percent',
    ]);
    const en = read(
      'In May 2025, the added value of industrial enterprises above designated size in Shanxi grew 3.1 percent. For the first five months, it grew 4.2 percent. The mining sector grew 2.6 percent.',
    );
    expect(short(en)).toEqual([
      'shanxi value-added total 2025-05 yoy 3.1 percent',
      'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
      'shanxi value-added sector:mining 2025-05 yoy 2.6 percent',
    ]);
  });

  it('a marker that names its own subject opens a section: what follows is in it', () => {
    const r = read(
      '2025年1-5月份，全省规模以上工业增加值同比增长4.2%。5月份，全省规模以上工业增加值同比增长3.1%。采矿业增长2.6%。',
    );
    expect(short(r)).toEqual([
      'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
      'shanxi value-added total 2025-05 yoy 3.1 percent',
      'shanxi value-added sector:mining 2025-05 yoy 2.6 percent',
    ]);
  });

  it('en: a month in the same sentence as the run; a compared period ("up from … in April", "slower than …") opens nothing', () => {
    const r = read(
      'In May 2025, the added value of industrial enterprises above designated size in Shanxi grew 3.1 percent year-on-year, slower than the 4.2 percent growth for the first five months.',
    );
    expect(rows(r)).toEqual([
      'shanxi value-added total 2025-05 yoy 3.1 percent | added value of industrial enterprises above designated size in Shanxi grew 3.1 percent | May 2025',
    ]);
    expect(misses(r)).toEqual(['ambiguous 4.2 2025-01/2025-05 | slower than the 4.2 percent']);
    const april = read(
      'In May 2025, the added value of industrial enterprises above designated size in Shanxi grew 3.1 percent, up from 2.0 percent in April. The mining sector grew 2.6 percent.',
    );
    expect(short(april)).toEqual([
      'shanxi value-added total 2025-05 yoy 3.1 percent',
      'shanxi value-added total 2025-04 yoy 2.0 percent',
      'shanxi value-added sector:mining 2025-05 yoy 2.6 percent',
    ]);
  });

  it('en: a clause without a marker, in a sentence whose markers all come after it, is ambiguous', () => {
    const r = read(
      'Mining grew 2.0 percent, manufacturing grew 3.0 percent in May 2025, and utilities grew 1.0 percent in the first five months of 2025.',
    );
    expect(short(r)).toEqual([
      'shanxi value-added sector:manufacturing 2025-05 yoy 3.0 percent',
      'shanxi value-added sector:utilities 2025-01/2025-05 yoy 1.0 percent',
    ]);
    expect(misses(r)).toEqual(['ambiguous 2.0  | Mining grew 2.0 percent']);
  });
});

describe('累计: the year-to-date run to the month in force', () => {
  it('5月份 …；累计 …: the month and January–May, four figures', () => {
    const text = '5月份，原煤产量10820.6万吨，同比下降0.9%；累计产量53210.4万吨，增长1.8%。';
    const r = read(text, '2025-06-18');
    expect(rows(r)).toEqual([
      'shanxi output product:raw-coal 2025-05 level 10820.6 tonnes-10k | 原煤产量10820.6万吨 | 5月份',
      'shanxi output product:raw-coal 2025-05 yoy -0.9 percent | 原煤产量10820.6万吨，同比下降0.9% | 5月份',
      'shanxi output product:raw-coal 2025-01/2025-05 level 53210.4 tonnes-10k | 产量53210.4万吨 | 累计',
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent | 产量53210.4万吨，增长1.8% | 累计',
    ]);
    expect(r.unrecognised).toEqual([]);
    expect(r.observations.every((o) => o.yearBasis === 'from-date')).toBe(true);
  });
  it('累计 is an aside: the next sentence is back in the month; 累计 after 2020年以来 has no period', () => {
    const r = read(
      '2025年5月份，全省原煤产量10820.6万吨，累计增长1.8%。焦炭产量增长2.0%。自2020年以来累计生产原煤60亿吨。',
    );
    expect(short(r)).toEqual([
      'shanxi output product:raw-coal 2025-05 level 10820.6 tonnes-10k',
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent',
      'shanxi output product:coke 2025-05 yoy 2.0 percent',
    ]);
    expect(misses(r)).toEqual(['no period 60  | 原煤60亿吨']);
  });
  it('累计 with no period in force is `no period`', () => {
    expect(misses(read('全省原煤累计产量53210.4万吨。'))).toEqual([
      'no period 53210.4  | 原煤累计产量53210.4万吨',
    ]);
  });
});

describe('the same period a year earlier is another period: listed, and this year’s figure stays', () => {
  const head = '2025年1-5月份，全省规模以上工业增加值同比增长4.2%';
  const total = ['shanxi value-added total 2025-01/2025-05 yoy 4.2 percent'];
  it('zh: 上年同期为下降, 上年同期下降, the same after 。, and in parentheses', () => {
    for (const [tail, text] of [
      ['，上年同期为下降2.0%。', '上年同期为下降2.0%'],
      ['，上年同期下降2.0%。', '上年同期下降2.0%'],
      ['。上年同期下降2.0%。', '上年同期下降2.0%'],
    ] as const) {
      const r = read(`${head}${tail}`);
      expect(short(r), tail).toEqual(total);
      expect(misses(r), tail).toEqual([`previous year 2.0 2024-01/2024-05 | ${text}`]);
    }
    const aside = read(`${head}（上年同期为下降2.0%）。`);
    expect(short(aside)).toEqual(total);
    expect(misses(aside)).toEqual(['previous year 2.0  | （上年同期为下降2.0%）']);
  });
  it('zh: 去年同期 and 去年同月 beside a month aside; 比上年同期 and 与上年同期持平 are this year’s', () => {
    const r = read(`${head}，去年同期为增长3.0%；5月当月增长3.1%，去年同月增长2.5%。`);
    expect(short(r)).toEqual([...total, 'shanxi value-added total 2025-05 yoy 3.1 percent']);
    expect(misses(r)).toEqual([
      'previous year 3.0 2024-01/2024-05 | 去年同期为增长3.0%',
      'previous year 2.5 2024-05 | 去年同月增长2.5%',
    ]);
    expect(
      short(read('2025年1-5月份，全省原煤产量比上年同期增长2.0%，焦炭产量与上年同期持平。')),
    ).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 2.0 percent',
      'shanxi output product:coke 2025-01/2025-05 yoy 0.0 percent',
    ]);
  });
  it('en: "up from … in the same period last year", "compared with … a year earlier"; "from a year earlier" after the figure is this year’s', () => {
    const r = read(`${EN_HEAD.slice(0, -1)}, up from 2.0 percent in the same period last year.`);
    expect(short(r)).toEqual(total);
    expect(misses(r)).toEqual([
      'previous year 2.0 2024-01/2024-05 | from 2.0 percent in the same period last year',
    ]);
    const ago = read(
      'In the first half of 2025, the mining sector grew 3.5 percent, compared with 1.5 percent a year earlier, and the coal industry grew 2.5 percent from a year earlier.',
    );
    expect(short(ago)).toEqual([
      'shanxi value-added sector:mining 2025-01/2025-06 yoy 3.5 percent',
      'shanxi value-added sector:coal 2025-01/2025-06 yoy 2.5 percent',
    ]);
    expect(misses(ago)).toEqual([
      'previous year 1.5 2024-01/2024-06 | compared with 1.5 percent a year earlier',
    ]);
    const decline = read(
      "In the first five months of 2025, Shanxi's raw coal output rose 1.8 percent year on year, compared with a decline of 2.0 percent a year earlier.",
    );
    expect(short(decline)).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent',
    ]);
    expect(misses(decline)).toEqual([
      'previous year 2.0 2024-01/2024-05 | compared with a decline of 2.0 percent a year earlier',
    ]);
  });
});

describe('a point in time has no period of the model', () => {
  it('zh: 截至4月末 …企业数量: not the run before, and not the profit of the sentence before', () => {
    const r = read(
      '2025年1-4月份，全省规模以上工业企业实现利润总额123.4亿元。截至4月末，全省规模以上工业企业数量8000个，比上年同期增长2.0%。',
    );
    expect(short(r)).toEqual(['shanxi profit total 2025-01/2025-04 level 123.4 yuan-100m']);
    expect(misses(r)).toEqual([
      'point in time 8000  | 规模以上工业企业数量8000个',
      'point in time 2.0  | 比上年同期增长2.0%',
    ]);
    expect(r.unrecognised.every((u) => u.period === undefined)).toBe(true);
  });
  it('zh: 5月末 and 年末; a later marker opens a run again', () => {
    const r = read(
      '2024年末，全省规上工业企业8000家。1-5月份，采矿业增长2.6%。5月末，资产总计5.1万亿元。',
    );
    expect(short(r)).toEqual(['shanxi value-added sector:mining 2024-01/2024-05 yoy 2.6 percent']);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual([
      'point in time 8000 ',
      'point in time 5.1 ',
    ]);
  });
  it('en: "By the end of May 2025", "as of May 31"', () => {
    const r = read(
      'By the end of May 2025, Shanxi had 8,000 industrial enterprises above designated size. As of May 31, the mining sector had grown 2.6 percent.',
    );
    expect(r.observations).toEqual([]);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual([
      'point in time 8,000 ',
      'point in time 2.6 ',
    ]);
  });
});

describe('a year or period compared with dates no figure but its own', () => {
  it('en: "the weakest since November of 2009" does not make the next sentences 2009', () => {
    const text =
      'Shanxi’s value-added industrial output of enterprises above designated size grew 3.4 percent year on year in April, the weakest monthly pace since November of 2009, the provincial statistics bureau said. In the first four months, the mining sector grew 2.8 percent.';
    const r = read(text, '2016-05-16');
    expect(short(r)).toEqual([
      'shanxi value-added total 2016-04 yoy 3.4 percent',
      'shanxi value-added sector:mining 2016-01/2016-04 yoy 2.8 percent',
    ]);
    expect(r.evidence.map((e) => e.year)).toEqual(['from-date', 'from-date']);
    // and without the page's date: no year, never 2009
    const bare = read(text);
    expect(bare.observations).toEqual([]);
    expect(misses(bare).map((l) => l.split(' | ')[0])).toEqual(['no year 3.4 ', 'no year 2.8 ']);
  });

  it('en: "… faster than in the third quarter of 2022" does not date the first quarter', () => {
    const r = read(
      'The added value of industrial enterprises above designated size in Shanxi rose 5.2 percent year on year in the first quarter of this year. The mining sector grew 6.3 percent, 1.4 percentage points faster than in the third quarter of 2022.',
      '2023-04-18',
    );
    expect(short(r)).toEqual([
      'shanxi value-added total 2023-01/2023-03 yoy 5.2 percent',
      'shanxi value-added sector:mining 2023-01/2023-03 yoy 6.3 percent',
    ]);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual(['stated gap 1.4 2023-01/2023-03']);
  });

  it('en: "… a 1.1 point rise from the fourth quarter of 2022" (the compared quarter, its year included)', () => {
    const r = read(
      'The added value of industrial enterprises above designated size in Shanxi rose 5.2 percent year on year in the first quarter of this year. The mining sector grew 6.3 percent, a 1.1 percentage point rise from the fourth quarter of 2022. In March alone, the manufacturing sector grew 4.0 percent.',
      '2023-04-18',
    );
    expect(short(r)).toEqual([
      'shanxi value-added total 2023-01/2023-03 yoy 5.2 percent',
      'shanxi value-added sector:mining 2023-01/2023-03 yoy 6.3 percent',
      'shanxi value-added sector:manufacturing 2023-03 yoy 4.0 percent',
    ]);
  });

  it('en: "… in the same month last year" is the year before’s figure, not the year of the next ones', () => {
    const r = read(
      'The added value of industrial enterprises above designated size in Shanxi rose 4.8 percent year on year in June. The pace was faster than the 3.0 percent increase in the same month last year. The mining sector expanded 5.5 percent year on year in June.',
      '2019-07-17',
    );
    expect(short(r)).toEqual([
      'shanxi value-added total 2019-06 yoy 4.8 percent',
      'shanxi value-added sector:mining 2019-06 yoy 5.5 percent',
    ]);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual(['previous year 3.0 2018-06']);
  });

  it('en: a sentence that names two periods and no figure leaves the next figures no period', () => {
    const r = read(
      'The provincial statistics bureau released the figures for June and the first half of the year on Monday. The mining sector grew 5.5 percent.',
      '2019-07-17',
    );
    expect(r.observations).toEqual([]);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual(['no period 5.5 ']);
    const one = read(
      'The provincial statistics bureau released the figures for the first half of the year on Monday. The mining sector grew 5.5 percent.',
      '2019-07-17',
    );
    expect(short(one)).toEqual([
      'shanxi value-added sector:mining 2019-01/2019-06 yoy 5.5 percent',
    ]);
  });
});
