import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { isShanxiIndustryError } from '../../src/index.js';
import { createDataset, parseObservations, parseSources } from '../../src/schemas/index.js';
import * as F from './fixtures.js';

/** One line per observation: the fields that must be exactly right, and the quote. */
const rows = (r: Extraction) =>
  r.observations.map(
    (o, i) =>
      `${o.region} ${o.breakdown} ${o.period} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}${o.qualifier ? ` ${o.qualifier}` : ''} | ${r.evidence[i]!.quote}`,
  );
const misses = (r: Extraction) =>
  r.unrecognised.map((u) => `${u.reason} ${u.value ?? ''} | ${u.text}`);

/** Every extraction must be valid input for the library's own validation, unchanged. */
function checkValid(r: Extraction, text: string) {
  expect(parseObservations(r.observations)).toEqual(r.observations);
  expect(r.evidence).toHaveLength(r.observations.length);
  for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  for (const u of r.unrecognised) expect(text.slice(u.start, u.end)).toBe(u.text);
  expect(Object.isFrozen(r)).toBe(true);
  expect(Object.isFrozen(r.observations)).toBe(true);
  for (const o of r.observations) expect(Object.isFrozen(o)).toBe(true);
}

describe('extractRelease: the Chinese template', () => {
  it('reads a provincial release: headline, single month, 三大门类, ownership, sectors, products', () => {
    const r = extractRelease(F.ZH_PROVINCE, {
      url: 'https://tjj.shanxi.gov.cn/example/2023-06',
      published: '2023-06-16',
    });
    checkValid(r, F.ZH_PROVINCE);
    expect(rows(r)).toEqual([
      'shanxi total 2023-01/2023-05 yoy 4.2 percent | 规模以上工业增加值同比增长4.2%',
      'shanxi total 2023-05 yoy 3.1 percent | 同比增长3.1%',
      'shanxi sector:mining 2023-01/2023-05 yoy 5.3 percent | 采矿业增加值同比增长5.3%',
      'shanxi sector:manufacturing 2023-01/2023-05 yoy 2.4 percent | 制造业增长2.4%',
      'shanxi sector:utilities 2023-01/2023-05 yoy -1.7 percent | 电力、热力、燃气及水生产和供应业下降1.7%',
      'shanxi ownership:state-holding 2023-01/2023-05 yoy 4.8 percent | 国有控股企业增长4.8%',
      'shanxi ownership:joint-stock 2023-01/2023-05 yoy 4.0 percent | 股份制企业增长4.0%',
      'shanxi ownership:foreign-funded 2023-01/2023-05 yoy -6.2 percent | 外商及港澳台商投资企业下降6.2%',
      'shanxi ownership:private 2023-01/2023-05 yoy 1.1 percent | 私营企业增长1.1%',
      'shanxi sector:coal 2023-01/2023-05 yoy 5.9 percent | 煤炭工业增长5.9%',
      'shanxi sector:non-coal 2023-01/2023-05 yoy 1.6 percent | 非煤工业增长1.6%',
      'shanxi sector:coking 2023-01/2023-05 yoy 2.2 percent | 焦化工业增长2.2%',
      'shanxi sector:iron-steel 2023-01/2023-05 yoy -0.8 percent | 钢铁工业下降0.8%',
      'shanxi sector:equipment-manufacturing 2023-01/2023-05 yoy 12.4 percent | 装备制造业增长12.4%',
      'shanxi product:raw-coal 2023-01/2023-05 level 5.47 tonnes-100m | 原煤产量5.47亿吨',
      'shanxi product:raw-coal 2023-01/2023-05 yoy 6.1 percent | 原煤产量5.47亿吨，同比增长6.1%',
      'shanxi product:coke 2023-01/2023-05 level 4012.3 tonnes-10k | 焦炭产量4,012.3万吨',
      'shanxi product:coke 2023-01/2023-05 yoy 1.9 percent | 焦炭产量4,012.3万吨，增长1.9%',
      'shanxi product:electricity 2023-01/2023-05 level 1702.4 kwh-100m | 发电量1,702.4亿千瓦时',
      'shanxi product:electricity 2023-01/2023-05 yoy 4.4 percent | 发电量1,702.4亿千瓦时，增长4.4%',
      'shanxi product:coalbed-methane-gas 2023-01/2023-05 level 45.6 m3-100m | 煤层气产量45.6亿立方米',
      'shanxi product:coalbed-methane-gas 2023-01/2023-05 yoy 12.0 percent | 煤层气产量45.6亿立方米，增长12.0%',
    ]);
    expect(r.unrecognised).toEqual([]);
    expect(new Set(r.observations.map((o) => o.scope))).toEqual(new Set(['above-size']));
    expect(new Set(r.observations.map((o) => o.indicator))).toEqual(
      new Set(['value-added', 'output']),
    );
    expect(r.source).toEqual({
      id: r.observations[0]!.source,
      url: 'https://tjj.shanxi.gov.cn/example/2023-06',
      title: '2023年1-5月份全省规模以上工业生产情况',
      publisher: 'tjj.shanxi.gov.cn',
      published: '2023-06-16',
      language: 'zh',
      kind: 'official',
    });
    expect(parseSources([r.source])).toEqual([r.source]);
    // the single month and the year-to-date run never share a period
    const ds = createDataset(r.observations, { sources: [r.source] });
    expect(ds.find({ period: '2023-05' })?.value).toBe(3.1);
    expect(ds.find({ period: '2023-01/2023-05' })?.value).toBe(4.2);
  });

  it('reads a national release: 全国 makes the region china; the month before the run', () => {
    const r = extractRelease(F.ZH_NATIONAL);
    checkValid(r, F.ZH_NATIONAL);
    expect(rows(r)).toEqual([
      'china total 2022-08 yoy 4.2 percent | 规模以上工业增加值同比实际增长4.2%',
      'china total 2022-01/2022-08 yoy 3.6 percent | 规模以上工业增加值同比增长3.6%',
      'china sector:mining 2022-08 yoy 5.3 percent | 采矿业增加值同比增长5.3%',
      'china sector:manufacturing 2022-08 yoy 3.1 percent | 制造业增长3.1%',
      'china sector:utilities 2022-08 yoy 13.6 percent | 电力、热力、燃气及水生产和供应业增长13.6%',
      'china product:raw-coal 2022-08 level 3.8 tonnes-100m | 原煤产量3.8亿吨',
      'china product:raw-coal 2022-08 yoy 8.1 percent | 原煤产量3.8亿吨，同比增长8.1%',
      'china product:electricity 2022-08 level 8000.5 kwh-100m | 发电量8,000.5亿千瓦时',
      'china product:electricity 2022-08 yoy 9.9 percent | 发电量8,000.5亿千瓦时，增长9.9%',
    ]);
    expect(r.source).toBeUndefined();
    expect(r.observations[0]!.source).toBe('extracted');
    const plain = '2022年8月份，规模以上工业增加值增长4.2%。';
    expect(extractRelease(plain).observations[0]!.region).toBe('shanxi');
    expect(extractRelease(plain, { region: 'china' }).observations[0]!.region).toBe('china');
  });

  it('reads the hard cases: full-width digits, 1—2月, respectively, 持平, 增长N倍, qualifiers, 万辆, gaps', () => {
    const r = extractRelease(F.ZH_HARD, { published: '2024-09-20', source: 'my-notes' });
    checkValid(r, F.ZH_HARD);
    expect(rows(r)).toEqual([
      'shanxi total 2024-01/2024-08 yoy 3.6 percent | 规上工业增加值同比增长３.６％',
      'shanxi total 2024-08 yoy 2.5 percent | 规上工业增加值同比增长３.６％，其中８月份增长２.５％',
      'shanxi sector:mining 2024-01/2024-08 yoy 3.0 percent | 采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别增长3.0%',
      'shanxi sector:manufacturing 2024-01/2024-08 yoy 4.5 percent | 采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别增长3.0%、4.5%',
      'shanxi sector:utilities 2024-01/2024-08 yoy 6.1 percent | 采矿业、制造业、电力、热力、燃气及水生产和供应业增加值分别增长3.0%、4.5%和6.1%',
      'shanxi ownership:joint-stock 2024-01/2024-08 yoy 0.0 percent | 股份制企业增速与上年同期持平',
      'shanxi ownership:private 2024-01/2024-08 yoy 120 percent | 私营企业增长1.2倍',
      'shanxi product:new-energy-vehicles 2024-01/2024-08 level 12.5 vehicles-10k over | 新能源汽车产量突破12.5万辆',
      'shanxi product:raw-coal 2024-01/2024-08 level 1.28 tonnes-100m about | 原煤产量约1.28亿吨',
      'shanxi product:electricity 2024-01/2024-08 level 320 kwh-100m over | 发电量超过320亿千瓦时',
      'shanxi product:coke 2024-01/2024-08 level 900 tonnes-10k nearly | 焦炭产量近900万吨',
      'shanxi product:finished-steel 2024-01/2024-08 level 5210 tonnes-10k about | 钢材产量5,210万吨左右',
      'shanxi total 2024-01/2024-02 yoy 5.0 percent | 规上工业增加值增长5.0%',
      'shanxi total 2024-01/2024-02 two-year-average 6.8 percent | 规上工业增加值增长5.0%，两年平均增长6.8%',
      'shanxi sector:high-tech-manufacturing 2024-01/2024-02 share-of-total 9.4 percent | 高技术制造业增加值占规上工业比重为9.4%',
    ]);
    expect(misses(r)).toEqual([
      'stated gap 2.1 | 高技术制造业增加值占规上工业比重为9.4%，比全国高2.1个百分点',
      'unknown name 3.0 | 纺织业增长3.0%',
      'unknown name 4.0 | 工业用电量增长4.0%',
    ]);
    expect(
      r.observations.every((o) => o.source === 'my-notes' && o.yearBasis === 'from-date'),
    ).toBe(true);
    expect(r.observations[6]!.note).toBe(
      'published as 增长1.2倍 (1.2-fold increase = 120 percent)',
    );
    expect(r.observations[5]!.note).toBe('published as 持平 (flat)');
    expect(r.evidence[0]!.periodText).toBe('１－８月份');
    expect(r.evidence[12]!.periodText).toBe('1—2月');
  });

  it('without a year in the text or published, every figure is listed as `no year`', () => {
    const r = extractRelease(F.ZH_NO_YEAR);
    expect(r.observations).toEqual([]);
    expect(misses(r)).toEqual([
      'no year 3.6 | 规模以上工业增加值同比增长3.6%',
      'no year 4.0 | 采矿业增长4.0%',
    ]);
  });

  it('takes the year from published: a January release about 全年 is about the year before', () => {
    const text = '全年全省规模以上工业增加值比上年增长4.0%。';
    expect(rows(extractRelease(text, { published: '2024-01-18' }))).toEqual([
      'shanxi total 2023 yoy 4.0 percent | 规模以上工业增加值比上年增长4.0%',
    ]);
    // a release dated in the period it speaks of cannot say which year it means
    expect(
      misses(
        extractRelease('8月份，全省规模以上工业增加值增长2.0%。', { published: '2024-08-10' }),
      ),
    ).toEqual(['no year 2.0 | 规模以上工业增加值增长2.0%']);
    expect(
      rows(
        extractRelease('今年1-8月份，全省规模以上工业增加值增长2.0%。', {
          published: '2024-09-10',
        }),
      ),
    ).toEqual(['shanxi total 2024-01/2024-08 yoy 2.0 percent | 规模以上工业增加值增长2.0%']);
  });

  it('keeps a 其中 month to its sentence; the next sentence goes back to the run', () => {
    const text =
      '2024年1-8月份，全省规上工业增加值增长3.6%。其中，8月份增长2.5%。分三大门类看，采矿业增长4.0%。';
    expect(rows(extractRelease(text)).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi total 2024-01/2024-08 yoy 3.6 percent',
      'shanxi total 2024-08 yoy 2.5 percent',
      'shanxi sector:mining 2024-01/2024-08 yoy 4.0 percent',
    ]);
  });

  it('a period compared with (比1-7月份, "than in the first quarter") does not become the period', () => {
    const zh =
      '2024年1-8月份，全省规上工业增加值增长3.6%，比1-7月份加快0.2个百分点。采矿业增长4.0%。';
    expect(rows(extractRelease(zh)).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi total 2024-01/2024-08 yoy 3.6 percent',
      'shanxi sector:mining 2024-01/2024-08 yoy 4.0 percent',
    ]);
    expect(misses(extractRelease(zh)).map((l) => l.split(' | ')[0])).toEqual(['stated gap 0.2']);
    const en =
      'In the first half of 2023, the coal industry grew 5.0 percent, faster than in the first quarter. Mining grew 4.0 percent.';
    expect(rows(extractRelease(en)).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi sector:coal 2023-01/2023-06 yoy 5.0 percent',
      'shanxi sector:mining 2023-01/2023-06 yoy 4.0 percent',
    ]);
  });

  it('reads 利润总额 levels, 占…比重 and 对…贡献率; lists 环比 (another measure), investment and 拉动 points', () => {
    const text =
      '2024年上半年，全省规模以上工业企业实现利润总额1,234.5亿元，同比下降10.2%。其中煤炭工业增长1.0%，占规上工业的比重为45.0%，对全省工业增长的贡献率为60.1%，拉动全省工业增长1.5个百分点。工业投资增长12%。6月份，全省规上工业增加值环比增长0.5%。';
    const r = extractRelease(text);
    checkValid(r, text);
    expect(
      r.observations.map(
        (o) =>
          `${o.indicator} ${o.breakdown} ${o.period} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}`,
      ),
    ).toEqual([
      'profit total 2024-01/2024-06 level 1234.5 yuan-100m',
      'profit total 2024-01/2024-06 yoy -10.2 percent',
      'profit sector:coal 2024-01/2024-06 yoy 1.0 percent',
      'profit sector:coal 2024-01/2024-06 share-of-total 45.0 percent',
      'profit sector:coal 2024-01/2024-06 contribution-rate 60.1 percent',
    ]);
    expect(r.unrecognised.map((u) => `${u.reason} ${u.value}`)).toEqual([
      'stated gap 1.5',
      'unknown name 12',
      'measure not in the model 0.5',
    ]);
  });

  it('lists two different figures for one key as conflicting, and keeps neither', () => {
    const text = '2024年1-8月份，采矿业增长4.0%。采矿业增长4.1%。';
    const r = extractRelease(text);
    expect(r.observations).toEqual([]);
    expect(misses(r)).toEqual([
      'conflicting figures 4.0 | 采矿业增长4.0%',
      'conflicting figures 4.1 | 采矿业增长4.1%',
    ]);
  });
});

describe('extractRelease: English articles', () => {
  it('reads a China Daily style article: respectively-lists, "that of", levels in billion tonnes', () => {
    const r = extractRelease(F.EN_DAILY, {
      url: 'https://example.com/a/2021-04-20.html',
      published: '2021-04-20',
    });
    checkValid(r, F.EN_DAILY);
    expect(rows(r)).toEqual([
      'shanxi total 2021-01/2021-03 yoy 23.9 percent | added value of industrial enterprises above designated size in Shanxi rose 23.9 percent',
      'shanxi sector:coal 2021-01/2021-03 yoy 24.1 percent | coal industry increased 24.1 percent',
      'shanxi sector:non-coal 2021-01/2021-03 yoy 23.8 percent | non-coal industries grew 23.8 percent',
      'shanxi sector:mining 2021-01/2021-03 yoy 41.8 percent | mining, manufacturing and utilities sectors grew 41.8 percent',
      'shanxi sector:manufacturing 2021-01/2021-03 yoy 29.4 percent | mining, manufacturing and utilities sectors grew 41.8 percent, 29.4 percent',
      'shanxi sector:utilities 2021-01/2021-03 yoy 25.3 percent | mining, manufacturing and utilities sectors grew 41.8 percent, 29.4 percent and 25.3 percent',
      'shanxi product:raw-coal 2021-01/2021-03 level 1.378 tonnes-billion | Output of raw coal reached 1.378 billion tonnes',
      'shanxi product:raw-coal 2021-01/2021-03 yoy 2.8 percent | Output of raw coal reached 1.378 billion tonnes, up 2.8 percent',
    ]);
    expect(misses(r)).toEqual(['stated gap 5.1 | The growth was 5.1 percentage points']);
    expect(r.lang).toBe('en');
    expect(r.source?.kind).toBe('reprint');
    expect(r.source?.language).toBe('en');
  });

  it('reads a Xinhua style article: a half year, down, more than, nearly, an unknown sector', () => {
    const r = extractRelease(F.EN_XINHUA);
    checkValid(r, F.EN_XINHUA);
    expect(rows(r)).toEqual([
      'shanxi total 2023-01/2023-06 yoy 4.6 percent | added value of industrial enterprises above designated size in Shanxi grew 4.6 percent',
      'shanxi sector:equipment-manufacturing 2023-01/2023-06 yoy 10.3 percent | equipment manufacturing sector expanded 10.3 percent',
      'shanxi ownership:private 2023-01/2023-06 yoy -2.1 percent | private enterprises were down 2.1 percent',
      'shanxi product:electricity 2023-01/2023-06 level 210.4 kwh-billion over | Power generation was more than 210.4 billion kWh',
      'shanxi product:crude-steel 2023-01/2023-06 level 32.5 tonnes-million nearly | Crude steel output stood at nearly 32.5 million tonnes',
    ]);
    expect(misses(r)).toEqual(['unknown name 3.3 | and the textile industry grew 3.3 percent']);
  });

  it('a gap "higher than the national average" is a stated gap, and "industrial output" is not the coal industry', () => {
    const text =
      'In 2023, the coal industry grew 5.0 percent, and industrial output rose 3.0 percent.';
    const r = extractRelease(text);
    expect(rows(r)).toEqual([
      'shanxi sector:coal 2023 yoy 5.0 percent | coal industry grew 5.0 percent',
    ]);
    expect(misses(r)).toEqual(['no name 3.0 | and industrial output rose 3.0 percent']);
  });
});

describe('extractRelease: bad input', () => {
  const codeOf = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isShanxiIndustryError(e) ? `${e.code}: ${e.message}` : `not coded: ${String(e)}`;
    }
    return 'no error';
  };
  it('refuses what is not a string, and bad options, with a coded error', () => {
    expect(codeOf(() => extractRelease(42))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got 42.",
    );
    expect(codeOf(() => extractRelease(null))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got null.",
    );
    expect(codeOf(() => extractRelease(['x']))).toBe(
      'INVALID_RELEASE: extractRelease needs the release\'s text as a string; got ["x"].',
    );
    expect(codeOf(() => extractRelease('x', { published: '2024-13' }))).toBe(
      'INVALID_OPTION: Invalid extractRelease option published: expected a date YYYY-MM-DD or YYYY-MM; got "2024-13".',
    );
    expect(codeOf(() => extractRelease('x', { url: 'ftp:/x' }))).toBe(
      'INVALID_OPTION: Invalid extractRelease option url: expected an http(s) address; got "ftp:/x".',
    );
    expect(codeOf(() => extractRelease('x', { region: 'hebei' as never }))).toBe(
      'INVALID_OPTION: Invalid extractRelease option region: expected shanxi or china; got "hebei".',
    );
    expect(codeOf(() => extractRelease('x', { foo: 1 } as never))).toBe(
      'INVALID_OPTION: Unknown extractRelease option "foo": accepted are url, source, published, region, lang, title, publisher, kind.',
    );
  });
  it('an empty text, another language, garbled numbers: an empty result with the reasons', () => {
    expect(extractRelease('  ').unrecognised.map((u) => u.reason)).toEqual(['empty']);
    expect(
      extractRelease('Промышленное производство выросло на 5 процентов.').unrecognised.map(
        (u) => u.reason,
      ),
    ).toEqual(['unsupported language']);
    expect(
      extractRelease('工業生産は前年比で５％増えました。').unrecognised.map((u) => u.reason),
    ).toEqual(['unsupported language']);
    const g = extractRelease(
      '2024年1-8月份，全省规模以上工业增加值同比增长3.6.2%，采矿业增长1,23%。',
    );
    expect(g.observations).toEqual([]);
    expect(misses(g)).toEqual(['garbled number 3.6.2 | 3.6.2%', 'garbled number 1,23 | 1,23%']);
  });
  it('a 10 MB text of repeated releases reads without a crash and keeps one row per key', () => {
    const big = `${F.ZH_PROVINCE}\n`.repeat(Math.ceil(10_000_000 / F.ZH_PROVINCE.length));
    const r = extractRelease(big);
    expect(r.observations).toHaveLength(22);
    expect(r.unrecognised).toEqual([]);
  });
  it('does not mutate the options', () => {
    const options = Object.freeze({ published: '2024-09-01' });
    expect(() => extractRelease(F.ZH_NO_YEAR, options)).not.toThrow();
  });
});

describe('a share is read only when its whole is named', () => {
  const read = (text: string) => {
    const r = extractRelease(text, { published: '2022-10-20' });
    checkValid(r, text);
    return r;
  };
  const shares = (r: Extraction) =>
    rows(r)
      .filter((l) => / share-of-/.test(l))
      .map((l) => l.split(' | ')[0]);

  it('en: "accounted for 31.6 percent of the total" in a national-accounts statement is not read', () => {
    const r = read(
      'In the first three quarters, China’s manufacturing sector accounted for 31.6 percent of the total, up 0.8 percentage points from the same period a year earlier.',
    );
    expect(r.observations).toEqual([]);
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual(['ambiguous 31.6', 'stated gap 0.8']);
  });

  it('en: a share of industry above designated size, of the country, and of "the total" where the text is about above-size industry only', () => {
    const r = read(
      'In the first three quarters, the added value of industrial enterprises above designated size in Shanxi rose 5.0 percent year on year. The coal sector accounted for 54.2 percent of the value added of industrial enterprises above designated size, and the manufacturing sector accounted for 30.1 percent of the total. Raw coal output rose 9.1 percent, accounting for 28.9 percent of the country’s total.',
    );
    expect(shares(r)).toEqual([
      'shanxi sector:coal 2022-01/2022-09 share-of-total 54.2 percent',
      'shanxi sector:manufacturing 2022-01/2022-09 share-of-total 30.1 percent',
      'shanxi product:raw-coal 2022-01/2022-09 share-of-china 28.9 percent',
    ]);
    // the same "of the total" beside an account of GDP, or with no whole at all: not read
    const gdp = read(
      'In the first three quarters, Shanxi’s GDP grew 4.6 percent and the added value of industrial enterprises above designated size rose 5.0 percent. The manufacturing sector accounted for 30.1 percent of the total. The coal sector accounted for 54.2 percent. The mining sector made up 15.2 percent of the province’s GDP.',
    );
    expect(shares(gdp)).toEqual([]);
    expect(misses(gdp).map((l) => l.split(' | ')[0])).toContain('measure not in the model 15.2');
    expect(misses(gdp).map((l) => l.split(' | ')[0])).toContain('ambiguous 30.1');
    expect(misses(gdp).map((l) => l.split(' | ')[0])).toContain('ambiguous 54.2');
  });

  it('zh: 占规上工业比重 and 占全国比重 are read; 占地区生产总值比重 and a whole not named are not', () => {
    const r = read(
      '前三季度，全省规模以上工业增加值同比增长5.0%。其中，煤炭工业增加值占规上工业的比重为54.2%，制造业增加值占全省工业比重为30.1%，原煤产量占全国的比重为28.9%。',
    );
    expect(shares(r)).toEqual([
      'shanxi sector:coal 2022-01/2022-09 share-of-total 54.2 percent',
      'shanxi sector:manufacturing 2022-01/2022-09 share-of-total 30.1 percent',
      'shanxi product:raw-coal 2022-01/2022-09 share-of-china 28.9 percent',
    ]);
    const gdp = read(
      '前三季度，全省规模以上工业增加值同比增长5.0%。制造业增加值占地区生产总值的比重为12.3%，煤炭工业增加值占全部工业的比重为60.1%，采矿业增加值占三次产业的比重为20.5%。',
    );
    expect(shares(gdp)).toEqual([]);
    expect(misses(gdp).map((l) => l.split(' | ')[0])).toEqual([
      'measure not in the model 12.3',
      'measure not in the model 60.1',
      'ambiguous 20.5',
    ]);
  });
});
