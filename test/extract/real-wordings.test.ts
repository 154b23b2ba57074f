/**
 * Wordings found in real releases and their reprints (checked by hand against copies kept
 * outside the repository; see the fixtures for the sentences we wrote to reproduce them). Each
 * test pins a case that read a wrong figure, or missed a common one, before it was fixed.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { parseObservations } from '../../src/schemas/index.js';
import * as F from './fixtures.js';

const rows = (r: Extraction) =>
  r.observations.map(
    (o, i) =>
      `${o.region} ${o.breakdown} ${o.period} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}${o.qualifier ? ` ${o.qualifier}` : ''} | ${r.evidence[i]!.quote}`,
  );
const misses = (r: Extraction) =>
  r.unrecognised.map((u) => `${u.reason} ${u.value ?? ''} ${u.period ?? ''} | ${u.text}`);

function read(text: string, published: string) {
  const r = extractRelease(text, { published });
  expect(parseObservations(r.observations)).toEqual(r.observations);
  for (const e of r.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  for (const u of r.unrecognised) expect(text.slice(u.start, u.end)).toBe(u.text);
  return r;
}

describe('extractRelease on the wordings of real releases', () => {
  it('a reprint: ASCII punctuation, (以下简称“全省工业”), the Shanxi sector names, 持平, products under 产品产量', () => {
    const r = read(F.ZH_REPRINT, '2022-11-20');
    expect(rows(r)).toEqual([
      'shanxi total 2022-01/2022-10 yoy 5.1 percent | 规模以上工业(以下简称“全省工业”)增加值同比增长5.1%',
      'shanxi total 2022-10 yoy 4.4 percent | 同比增长4.4%',
      'shanxi sector:coking 2022-01/2022-10 yoy -3.3 percent | 炼焦工业增加值同比下降3.3%',
      'shanxi sector:non-ferrous 2022-01/2022-10 yoy 6.6 percent | 有色金属工业增长6.6%',
      'shanxi sector:coalbed-methane 2022-01/2022-10 yoy 14.8 percent | 煤层气采掘业增长14.8%',
      'shanxi sector:heat-gas 2022-01/2022-10 yoy 0.0 percent | 热力燃气工业增速与上年同期持平',
      'shanxi product:finished-steel 2022-01/2022-10 yoy 2.2 percent | 钢材增长2.2%',
      'shanxi product:primary-aluminium 2022-01/2022-10 yoy -1.4 percent | 原铝下降1.4%',
      'shanxi product:mobile-phones 2022-01/2022-10 yoy 8.8 percent | 移动通信手持机(手机)增长8.8%',
    ]);
    expect(r.unrecognised).toEqual([]);
    expect(r.observations.every((o) => o.scope === 'above-size')).toBe(true);
  });

  it('a national release: China without 全国, no known name read at the end of an unknown one, 万辆 levels', () => {
    const r = read(F.ZH_NBS, '2023-05-16');
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'china total 2023-01/2023-04 yoy 3.6 percent',
      'china sector:mining 2023-01/2023-04 yoy 2.4 percent',
      'china sector:manufacturing 2023-01/2023-04 yoy 4.1 percent',
      'china sector:utilities 2023-01/2023-04 yoy 3.0 percent',
      'china product:automobiles 2023-01/2023-04 level 860.2 vehicles-10k',
      'china product:automobiles 2023-01/2023-04 yoy 12.6 percent',
      'china product:new-energy-vehicles 2023-01/2023-04 level 210.4 vehicles-10k',
      'china product:new-energy-vehicles 2023-01/2023-04 yoy 31.5 percent',
      'china product:electricity 2023-01/2023-04 level 27000 kwh-100m',
      'china product:electricity 2023-01/2023-04 yoy 4.2 percent',
      'china product:raw-coal 2023-01/2023-04 level 15 tonnes-100m',
    ]);
    expect(misses(r)).toEqual([
      'measure not in the model 0.47 2023-04 | 规模以上工业增加值比上月增长0.47%',
      'unknown name 1.7 2023-01/2023-04 | 酒、饮料和精制茶制造业增长1.7%',
      'unknown name 8.2 2023-01/2023-04 | 化学原料和化学制品制造业增长8.2%',
      'ambiguous 10.5 2023-01/2023-04 | 汽车制造业增长10.5%',
      'unknown name 19000 2023-01/2023-04 | 火力发电量19000亿千瓦时',
      'no name 5.5 2023-01/2023-04 | 增长5.5%',
      'unknown name 9 2023-01/2023-04 | 洗煤产量9亿吨',
      'no name 3.9 2023-01/2023-04 | 增长3.9%',
    ]);
  });

  it('a city, another province, a development zone: their figures are listed, never read as Shanxi', () => {
    const city = read(F.ZH_CITY, '2025-04-25');
    expect(city.observations).toEqual([]);
    expect(misses(city)).toEqual([
      'region not in the model 7.7 2025-01/2025-03 | 规模以上工业增加值延续2月份的回升势头,同比增长7.7%',
      'stated gap 1.2 2025-01/2025-03 | 规模以上工业增加值延续2月份的回升势头,同比增长7.7%,比全省高1.2个百分点',
      'region not in the model 9.9 2025-01/2025-03 | 采矿业增加值同比增长9.9%',
      'region not in the model 88.0 2025-01/2025-03 | 采矿业增加值同比增长9.9%,对全市工业增长的贡献率为88.0%',
    ]);
    const hebei = read(F.ZH_OTHER_PROVINCE, '2023-11-20');
    expect(hebei.observations).toEqual([]);
    expect(hebei.unrecognised.map((u) => `${u.reason} ${u.value}`)).toEqual([
      'region not in the model 6.5',
      'region not in the model 2.0',
    ]);
    const zone = read(F.EN_ZONE, '2024-07-25');
    expect(zone.observations).toEqual([]);
    expect(zone.unrecognised.map((u) => `${u.reason} ${u.value}`)).toEqual([
      'unknown name 10.5',
      'ambiguous 12.0',
      'region not in the model 70.1',
    ]);
    // the region option is the default for figures the text does not place; a figure the text
    // places in 全市 stays listed
    const asShanxi = extractRelease(F.ZH_CITY, { published: '2025-04-25', region: 'shanxi' });
    expect(asShanxi.observations.map((o) => `${o.region} ${o.breakdown} ${o.measure}`)).toEqual([
      'shanxi sector:mining yoy',
      'shanxi sector:mining contribution-rate',
    ]);
    expect(asShanxi.unrecognised[0]?.reason).toBe('region not in the model');
  });

  it('新能源汽车 without 产量 among industries is ambiguous; with 产量 it is the product', () => {
    const r = read(F.ZH_INDUSTRY_OR_PRODUCT, '2022-09-20');
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi sector:strategic-emerging 2022-01/2022-08 yoy 15.0 percent',
      'shanxi sector:energy-saving-environmental 2022-01/2022-08 yoy 9.9 percent',
      'shanxi product:new-energy-vehicles 2022-01/2022-08 yoy 150 percent',
      'shanxi product:photovoltaic-cells 2022-01/2022-08 yoy 7.5 percent',
    ]);
    expect(misses(r)).toEqual(['ambiguous 40.2 2022-01/2022-08 | 新能源汽车增长40.2%']);
  });

  it('1月至5月 and 前5个月 are periods; a reprint in traditional characters is not read at all', () => {
    const simplified =
      '2021年1月至5月,全省规模以上工业增加值同比增长12.3%。分三大门类看,采矿业增长10.1%,制造业增长15.5%。前5个月,原煤产量45000万吨,增长8.0%。';
    const r = read(simplified, '2021-06-20');
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi total 2021-01/2021-05 yoy 12.3 percent',
      'shanxi sector:mining 2021-01/2021-05 yoy 10.1 percent',
      'shanxi sector:manufacturing 2021-01/2021-05 yoy 15.5 percent',
      'shanxi product:raw-coal 2021-01/2021-05 level 45000 tonnes-10k',
      'shanxi product:raw-coal 2021-01/2021-05 yoy 8.0 percent',
    ]);
    expect(r.evidence.map((e) => e.periodText)).toEqual([
      '2021年1月至5月',
      '2021年1月至5月',
      '2021年1月至5月',
      '前5个月',
      '前5个月',
    ]);
    // half read, 較1-7月份 would not be seen as a comparison and could date a figure wrongly
    const t = read(F.ZH_TRADITIONAL, '2021-06-20');
    expect(t.observations).toEqual([]);
    expect(t.unrecognised.map((u) => u.reason)).toEqual(['unsupported language']);
  });

  it('a wire: dateline, curly apostrophes, "surpassed", a share of the country, a remark between dashes, a target', () => {
    const r = read(F.EN_WIRE, '2024-08-20');
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi product:raw-coal 2024-01/2024-07 level 800 tonnes-million over',
      'shanxi product:raw-coal 2024-01/2024-07 yoy 2.1 percent',
      'shanxi product:raw-coal 2024-01/2024-07 share-of-china 28 percent about',
    ]);
    // the dateline (Aug. 20) is no figure; the figure after a remark between dashes, the
    // remark's numbers and the target are listed
    expect(misses(r).map((l) => l.split(' | ')[0])).toEqual([
      'ambiguous 20 2024-01/2024-07',
      'unknown name 3.3 2024-01/2024-07',
      'unread number 2.8 ',
      'unknown name 1.3 2024-01/2024-07',
    ]);
  });

  it('a briefing that names no province is the country’s; a month-on-month figure is another measure, the dateline no figure', () => {
    const r = read(F.EN_BRIEFING, '2024-07-16');
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'china total 2024-01/2024-06 yoy 9.0 percent',
      'china total 2024-06 yoy 4.4 percent',
      'china sector:manufacturing 2024-06 yoy 4.8 percent',
      'china ownership:foreign-funded 2024-06 yoy 2.2 percent',
    ]);
    expect(r.unrecognised.map((u) => `${u.reason} ${u.value}`)).toEqual([
      'measure not in the model 0.68',
      'unknown name 7.1',
    ]);
  });

  it('a period after 延续/至/自 is not a marker; 前8月 is January to August, not August', () => {
    const r = read(
      '2024年一季度,全省规上工业增加值延续2月份的势头,同比增长6.0%。前8月,全省原煤产量8.5亿吨。',
      '2024-09-20',
    );
    expect(rows(r).map((l) => l.split(' | ')[0])).toEqual([
      'shanxi total 2024-01/2024-03 yoy 6.0 percent',
      'shanxi product:raw-coal 2024-01/2024-08 level 8.5 tonnes-100m',
    ]);
  });
});

describe('unrecognised items carry their period, value and text', () => {
  it('for every reason where the period was fixed', () => {
    const text = [
      '2024年1-8月份,全省纺织业增长3.0%,', // unknown name
      '手机产量1200万台,', // a catalogue name in a unit the model lacks
      '摩托车产量12万辆,', // a unit the model has, a name the catalogues lack
      '规上工业增加值比全国高1.1个百分点,', // stated gap
      '工业用电量增长4.0%,', // unknown name (another indicator)
      '采矿业、制造业分别增长1.0%。', // respectively mismatch
      '全市规上工业增加值增长2.0%。', // region not in the model
      '规上工业出口交货值中,采矿业增长5.5%。', // indicator not in the model
      '采矿业增长1.2.3%。', // garbled
    ].join('');
    const r = extractRelease(text);
    expect(r.observations).toEqual([]);
    expect(misses(r)).toEqual([
      'unknown name 3.0 2024-01/2024-08 | 全省纺织业增长3.0%',
      'unit not in the model 1200 2024-01/2024-08 | 手机产量1200万台',
      'unknown name 12 2024-01/2024-08 | 摩托车产量12万辆',
      'stated gap 1.1 2024-01/2024-08 | 规上工业增加值比全国高1.1个百分点',
      'unknown name 4.0 2024-01/2024-08 | 工业用电量增长4.0%',
      'respectively mismatch 1.0 2024-01/2024-08 | 采矿业、制造业分别增长1.0%',
      'region not in the model 2.0 2024-01/2024-08 | 规上工业增加值增长2.0%',
      'indicator not in the model 5.5 2024-01/2024-08 | 采矿业增长5.5%',
      'garbled number 1.2.3 2024-01/2024-08 | 1.2.3%',
    ]);
  });
  it('and none where no period or no year was fixed', () => {
    const r = extractRelease('1-8月份,纺织业增长3.0%,采矿业增长4.0%。');
    expect(misses(r)).toEqual([
      'unknown name 3.0  | 纺织业增长3.0%',
      'no year 4.0  | 采矿业增长4.0%',
    ]);
  });
});

describe('the year, the units and the qualifiers the issue lists', () => {
  it('a January or February release about 12月 or 全年 is about the year before; others have no year', () => {
    const dec = extractRelease(
      '12月份,全省规上工业增加值增长3.3%。全年,全省规上工业增加值增长4.1%。',
      {
        published: '2025-02-10',
      },
    );
    expect(dec.observations.map((o) => `${o.period} ${o.value}`)).toEqual([
      '2024-12 3.3',
      '2024 4.1',
    ]);
    expect(
      misses(extractRelease('11月份,全省规上工业增加值增长3.3%。', { published: '2025-01-10' })),
    ).toEqual(['no year 3.3  | 规上工业增加值增长3.3%']);
  });

  it('a year the model cannot hold (after 2100) is `no year`, not an error', () => {
    expect(misses(extractRelease('2150年1-8月份，全省规上工业增加值增长3.0%。'))).toEqual([
      'no year 3.0  | 规上工业增加值增长3.0%',
    ]);
  });

  it('every level unit of the issue, full-width or half-width', () => {
    const text =
      '2024年1-8月份，原煤产量１２．５亿吨，焦炭产量3,100万吨，发电量２０１０亿千瓦时，煤层气产量80.1亿立方米，新能源汽车产量１．２万辆。全省规上工业企业利润总额1,000.5亿元。';
    expect(
      extractRelease(text).observations.map(
        (o) => `${o.breakdown} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}`,
      ),
    ).toEqual([
      'product:raw-coal level 12.5 tonnes-100m',
      'product:coke level 3100 tonnes-10k',
      'product:electricity level 2010 kwh-100m',
      'product:coalbed-methane-gas level 80.1 m3-100m',
      'product:new-energy-vehicles level 1.2 vehicles-10k',
      'total level 1000.5 yuan-100m',
    ]);
  });

  it('逾 and 接近 beside 超过/突破/近/约/左右', () => {
    const r = extractRelease(
      '2024年1-8月份，原煤产量逾8亿吨，焦炭产量接近6000万吨，发电量2000亿千瓦时左右。',
    );
    expect(r.observations.map((o) => `${o.breakdown} ${o.qualifier} ${o.value}`)).toEqual([
      'product:raw-coal over 8',
      'product:coke nearly 6000',
      'product:electricity about 2000',
    ]);
  });

  it('the lang option decides the reading: a Chinese text read as English finds nothing Chinese', () => {
    const text = '2024年1-8月份，全省规上工业增加值增长3.0%。';
    expect(extractRelease(text).lang).toBe('zh');
    const asEn = extractRelease(text, { lang: 'en' });
    expect(asEn.lang).toBe('en');
    expect(asEn.observations).toEqual([]);
  });
});

describe('万辆 is a unit of the model: vehicles-10k', () => {
  it('has labels, a family of its own and exact (same-family) conversion', async () => {
    const { convertLevel, formatValue, isShanxiIndustryError, label, unitFamily } = await import(
      '../../src/index.js'
    );
    expect([label('vehicles-10k'), label('vehicles-10k', 'zh')]).toEqual([
      '10,000 vehicles',
      '万辆',
    ]);
    expect(unitFamily('vehicles-10k')).toBe('vehicles');
    expect(convertLevel(118.9, 'vehicles-10k', 'vehicles-10k')).toBe(118.9);
    const o = extractRelease('2024年1-2月份，全国新能源汽车产量118.9万辆。').observations[0]!;
    expect([formatValue(o), formatValue(o, { lang: 'zh' })]).toEqual([
      '118.9 × 10,000 vehicles',
      '118.9万辆',
    ]);
    let code = '';
    try {
      convertLevel(1, 'vehicles-10k', 'tonnes-10k');
    } catch (e) {
      if (isShanxiIndustryError(e)) code = `${e.code}: ${e.message}`;
    }
    expect(code).toBe(
      'INCOMPATIBLE_UNITS: Cannot convert "vehicles-10k" (vehicles) to "tonnes-10k" (tonnes).',
    );
  });
});

describe('the name variants the issue lists', () => {
  it('全省工业 / 规上工业 / 规模以上工业; 外商及港澳台投资企业; 移动通信手持机(手机); the utilities name', () => {
    // 全省工业 is the above-size total in a text that speaks of above-size industry
    const text =
      '2024年1-8月份规上工业企业生产情况。全省工业增加值增长3.1%。外商及港澳台投资企业增长2.0%。移动通信手持机(手机)产量下降5.0%。电力、热力、燃气及水生产和供应业增长1.0%。';
    expect(extractRelease(text).observations.map((o) => `${o.breakdown} ${o.value}`)).toEqual([
      'total 3.1',
      'ownership:foreign-funded 2',
      'product:mobile-phones -5',
      'sector:utilities 1',
    ]);
  });
  it('"the equipment manufacturing sector", "state-controlled enterprises", "thermal gas industry"', () => {
    const text =
      'In the first quarter of 2024, the equipment manufacturing sector grew 8.0 percent, state-controlled enterprises rose 4.0 percent, and the thermal gas industry fell 1.0 percent.';
    expect(extractRelease(text).observations.map((o) => `${o.breakdown} ${o.value}`)).toEqual([
      'sector:equipment-manufacturing 8',
      'ownership:state-holding 4',
      'sector:heat-gas -1',
    ]);
  });
});
