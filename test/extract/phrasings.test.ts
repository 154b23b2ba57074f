/**
 * Wordings a newcomer met that were read wrongly, cut mid-word or listed with an unhelpful
 * reason: a level after 其中5月份, a dateline, month-on-month figures, and common English
 * phrasings ("coal output", "produced … of raw coal", "rose … to …", "…, respectively, up …").
 * Every quote and every listed text must start and end at a sensible boundary. The sentences
 * are ours, the numbers made up.
 */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { parseObservations } from '../../src/schemas/index.js';
import { badBoundaries } from './boundaries.js';
import * as F from './fixtures.js';

const rows = (r: Extraction) =>
  r.observations.map(
    (o, i) =>
      `${o.region} ${o.indicator} ${o.breakdown} ${o.period} ${o.measure} ${o.qualifier ? `${o.qualifier} ` : ''}${o.value.toFixed(o.decimals)} ${o.unit} | ${r.evidence[i]!.quote}`,
  );
const short = (r: Extraction) => rows(r).map((l) => l.split(' | ')[0]!);
const misses = (r: Extraction) =>
  r.unrecognised.map((u) => `${u.reason} ${u.value ?? ''} ${u.period ?? ''} | ${u.text}`);

function read(text: string, published?: string) {
  const r = extractRelease(text, published ? { published } : undefined);
  expect(parseObservations(r.observations)).toEqual(r.observations);
  for (const x of [...r.evidence, ...r.unrecognised]) {
    expect(text.slice(x.start, x.end)).toBe('quote' in x ? x.quote : x.text);
    expect(badBoundaries(text, x.start, x.end)).toEqual([]);
  }
  return r;
}

describe('quotes and listed texts start and end at sensible boundaries', () => {
  it('其中5月份10820.6万吨: the subject of the clause before, as the single month’s level', () => {
    const r = read('2025年1-5月份，全省原煤产量53210.4万吨，同比增长1.8%，其中5月份10820.6万吨。');
    expect(rows(r)).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 level 53210.4 tonnes-10k | 原煤产量53210.4万吨',
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent | 原煤产量53210.4万吨，同比增长1.8%',
      'shanxi output product:raw-coal 2025-05 level 10820.6 tonnes-10k | 原煤产量53210.4万吨，同比增长1.8%，其中5月份10820.6万吨',
    ]);
    expect(r.evidence[2]!.periodText).toBe('5月份');
    expect(r.unrecognised).toEqual([]);
  });
  it('where no subject carries (after a respectively-list) it is listed with all its clause says', () => {
    const r = read('2025年1-5月份，采矿业、制造业分别增长2.6%、7.9%，其中5月份10820.6万吨。');
    expect(short(r)).toHaveLength(2);
    expect(misses(r)).toEqual(['no name 10820.6 2025-05 | 其中5月份10820.6万吨']);
  });
  it('in every fixture', () => {
    let n = 0;
    for (const [name, text] of Object.entries(F)) {
      if (typeof text !== 'string') continue;
      const r = extractRelease(text, { published: '2024-09-15' });
      for (const x of [...r.evidence, ...r.unrecognised]) {
        expect(badBoundaries(text, x.start, x.end), name).toEqual([]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(100);
  });
});

describe('reasons that say what the figure is', () => {
  it('a dateline is no figure: neither read nor listed', () => {
    for (const dateline of ['TAIYUAN, June 20 (Xinhua) --', 'TAIYUAN, Aug. 20, 2025 (Xinhua) --']) {
      const r = read(
        `${dateline} The added value of industrial enterprises above designated size in Shanxi rose 4.2 percent in the first five months of 2025, the bureau said on June 19.`,
      );
      expect(short(r), dateline).toEqual([
        'shanxi value-added total 2025-01/2025-05 yoy 4.2 percent',
      ]);
      expect(r.unrecognised, dateline).toEqual([]);
    }
    // a month before a number that is a figure stays a figure
    expect(misses(read('In May 2025, output of the plant rose 20 percent.'))).toEqual([
      'unknown name 20 2025-05 | output of the plant rose 20 percent',
    ]);
  });
  it('环比 / 比上月 / month-on-month is another measure', () => {
    const zh = read('2025年5月份，全省规模以上工业增加值同比增长3.1%，环比增长0.45%。');
    expect(short(zh)).toEqual(['shanxi value-added total 2025-05 yoy 3.1 percent']);
    expect(misses(zh)).toEqual(['measure not in the model 0.45 2025-05 | 环比增长0.45%']);
    expect(misses(read('2025年5月份，全省规模以上工业增加值环比增长0.45%。'))).toEqual([
      'measure not in the model 0.45 2025-05 | 规模以上工业增加值环比增长0.45%',
    ]);
    const en = read(
      'In May 2025, the added value of industrial enterprises above designated size in Shanxi rose 3.1 percent year-on-year and 0.45 percent month-on-month.',
    );
    expect(short(en)).toEqual(['shanxi value-added total 2025-05 yoy 3.1 percent']);
    expect(misses(en).map((l) => l.split(' | ')[0])).toEqual([
      'measure not in the model 0.45 2025-05',
    ]);
  });
});

describe('common English phrasings', () => {
  it('"coal output" is raw coal output; "coking coal output" is not', () => {
    expect(
      rows(read("Shanxi's coal output rose 1.8 percent in the first five months of 2025.")),
    ).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent | coal output rose 1.8 percent',
    ]);
    expect(
      misses(
        read("Shanxi's coking coal output rose 1.8 percent in the first five months of 2025."),
      ),
    ).toEqual(['ambiguous 1.8 2025-01/2025-05 | coking coal output rose 1.8 percent']);
  });
  it('"produced 1.27 billion tonnes of raw coal": the name after the level', () => {
    const r = read(
      'In 2024, Shanxi produced 1.27 billion tonnes of raw coal, up 0.5 percent. It also produced 98.1 million tonnes of coke.',
    );
    expect(rows(r)).toEqual([
      'shanxi output product:raw-coal 2024 level 1.27 tonnes-billion | Shanxi produced 1.27 billion tonnes of raw coal',
      'shanxi output product:raw-coal 2024 yoy 0.5 percent | Shanxi produced 1.27 billion tonnes of raw coal, up 0.5 percent',
      'shanxi output product:coke 2024 level 98.1 tonnes-million | It also produced 98.1 million tonnes of coke',
    ]);
    // "up 0.5 percent, and 98.1 million tonnes": the verb may be the level's too: not read
    expect(
      misses(
        read(
          'In 2024, Shanxi produced 1.27 billion tonnes of raw coal, up 0.5 percent, and 98.1 million tonnes of coke.',
        ),
      ),
    ).toEqual(['ambiguous 98.1 2024 | up 0.5 percent, and 98.1 million tonnes of coke']);
    // another verb than producing: not read
    expect(misses(read('In 2024, Shanxi sold 1.27 billion tonnes of raw coal.'))).toEqual([
      'unknown name 1.27 2024 | Shanxi sold 1.27 billion tonnes of raw coal',
    ]);
  });
  it('a product in a clause that names another indicator is not its output (出口焦炭, "exports of coke")', () => {
    expect(misses(read('2024年，全省出口焦炭300万吨。'))).toEqual([
      'indicator not in the model 300 2024 | 焦炭300万吨',
    ]);
    expect(misses(read("In 2024, Shanxi's exports of coke reached 3 million tonnes."))).toEqual([
      'indicator not in the model 3 2024 | coke reached 3 million tonnes',
    ]);
  });
  it('"rose 1.8 percent to 532.1 million tonnes", "fell to …": the level; "rose from … to …" is not read', () => {
    const r = read(
      'In the first five months of 2025, raw coal output rose 1.8 percent year-on-year to 532.1 million tonnes, and coke output fell to 40.1 million tonnes, down 2.1 percent.',
    );
    expect(rows(r)).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent | raw coal output rose 1.8 percent',
      'shanxi output product:raw-coal 2025-01/2025-05 level 532.1 tonnes-million | raw coal output rose 1.8 percent year-on-year to 532.1 million tonnes',
      'shanxi output product:coke 2025-01/2025-05 level 40.1 tonnes-million | coke output fell to 40.1 million tonnes',
      'shanxi output product:coke 2025-01/2025-05 yoy -2.1 percent | coke output fell to 40.1 million tonnes, down 2.1 percent',
    ]);
    const fromTo = read(
      'In the first five months of 2025, raw coal output rose from 520.1 million tonnes to 532.1 million tonnes.',
    );
    expect(fromTo.observations).toEqual([]);
    expect(misses(fromTo).map((l) => l.split(' | ')[0])).toEqual([
      'ambiguous 520.1 2025-01/2025-05',
      'no name 532.1 2025-01/2025-05',
    ]);
  });
  it('"…, respectively, up 1.8 percent and down 2.1 percent" and 分别为…，分别增长…', () => {
    const en = read(
      'In the first five months of 2025, output of raw coal and coke reached 532.1 million tonnes and 40.1 million tonnes, respectively, up 1.8 percent and down 2.1 percent.',
    );
    expect(short(en)).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 level 532.1 tonnes-million',
      'shanxi output product:coke 2025-01/2025-05 level 40.1 tonnes-million',
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent',
      'shanxi output product:coke 2025-01/2025-05 yoy -2.1 percent',
    ]);
    expect(en.evidence[3]!.quote).toBe(
      'output of raw coal and coke reached 532.1 million tonnes and 40.1 million tonnes, respectively, up 1.8 percent and down 2.1 percent',
    );
    const zh = read(
      '2025年1-5月份，原煤、焦炭产量分别为53210.4万吨、4012.3万吨，分别增长1.8%、2.2%。',
    );
    expect(short(zh)).toEqual([
      'shanxi output product:raw-coal 2025-01/2025-05 level 53210.4 tonnes-10k',
      'shanxi output product:coke 2025-01/2025-05 level 4012.3 tonnes-10k',
      'shanxi output product:raw-coal 2025-01/2025-05 yoy 1.8 percent',
      'shanxi output product:coke 2025-01/2025-05 yoy 2.2 percent',
    ]);
  });
  it('the list again only after levels, and only for as many changes', () => {
    // after growth rates, "up 1.0 percent and 2.0 percent" is something else: not read
    const rates = read(
      'In the first five months of 2025, the mining and manufacturing sectors grew 2.6 percent and 7.9 percent, respectively, up 1.0 percent and 2.0 percent from a year earlier.',
    );
    expect(short(rates)).toEqual([
      'shanxi value-added sector:mining 2025-01/2025-05 yoy 2.6 percent',
      'shanxi value-added sector:manufacturing 2025-01/2025-05 yoy 7.9 percent',
    ]);
    expect(misses(rates).map((l) => l.split(' | ')[0])).toEqual([
      'no name 1.0 2025-01/2025-05',
      'no name 2.0 2025-01/2025-05',
    ]);
    const fewer = read(
      'In the first five months of 2025, output of raw coal and coke reached 532.1 million tonnes and 40.1 million tonnes, respectively, up 1.8 percent.',
    );
    expect(short(fewer)).toHaveLength(2);
    expect(misses(fewer).map((l) => l.split(' | ')[0])).toEqual(['no name 1.8 2025-01/2025-05']);
  });
});

describe('a thousands separator followed by a space', () => {
  it('"stood at 2, 314.06 billion yuan" is listed as garbled, never read as 2 or guessed as 2314.06', () => {
    const r = read(
      'In 2023, the profits of industrial enterprises above designated size in Shanxi stood at 2, 314.06 billion yuan, down 3.2 percent year on year. The mining sector made 1,208.50 billion yuan.',
    );
    expect(short(r)).toEqual([
      'shanxi profit total 2023 yoy -3.2 percent',
      'shanxi profit sector:mining 2023 level 1208.50 yuan-billion',
    ]);
    expect(misses(r)).toEqual(['garbled number 2, 314.06 2023 | 2, 314.06 billion yuan']);
    // several cut groups, and in Chinese
    expect(misses(read('2023年，全省规上工业企业利润总额1, 234, 567.8亿元。'))).toEqual([
      'garbled number 1, 234, 567.8 2023 | 1, 234, 567.8亿元',
    ]);
  });

  it('a list of small numbers after a comma is still a list ("3, 4 and 5 percent")', () => {
    const r = read(
      'In 2023, the mining, manufacturing and utilities sectors of Shanxi grew 3, 4 and 5 percent, respectively.',
    );
    expect(short(r)).toEqual([
      'shanxi value-added sector:mining 2023 yoy 3 percent',
      'shanxi value-added sector:manufacturing 2023 yoy 4 percent',
      'shanxi value-added sector:utilities 2023 yoy 5 percent',
    ]);
  });
});

describe('"above designated scale" and "above the designated size" say above-size', () => {
  it('a product’s output is above-size where the text says so in either wording', () => {
    const scale = read(
      'In 2021, Shanxi’s output of raw coal above designated scale reached 1.19 billion tons, up 10.5 percent.',
    );
    expect(
      scale.observations.map((o) => `${o.breakdown} ${o.measure} ${o.value} ${o.scope}`),
    ).toEqual(['product:raw-coal level 1.19 above-size', 'product:raw-coal yoy 10.5 above-size']);
    const the = read(
      'In 2021, among industrial enterprises above the designated size in Shanxi, coal output rose 10.5 percent.',
    );
    expect(
      the.observations.map((o) => `${o.breakdown} ${o.measure} ${o.value} ${o.scope}`),
    ).toEqual(['product:raw-coal yoy 10.5 above-size']);
    // without those words, no scope
    const none = read('In 2021, Shanxi’s coal output rose 10.5 percent.');
    expect(none.observations.map((o) => `${o.breakdown} ${o.value} ${o.scope}`)).toEqual([
      'product:raw-coal 10.5 undefined',
    ]);
  });
});
