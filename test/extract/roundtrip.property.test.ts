/**
 * Round trip: random sets of observations, rendered as release text by a renderer written for
 * this test (several phrasings, Chinese and English), read back by extractRelease exactly:
 * value, period, breakdown, indicator, qualifier and scope. Some releases open with the single
 * month and the year-to-date run of the total in one sentence (the subject carried: `；1-8月份
 * 增长…`, "In August alone, it grew …"), some close with the enterprises' profit and revenue.
 * The layouts: the items under a marker of their own; or right after a headline that gives
 * the run and then the month as an aside (5月当月, 其中5月份, "In May alone, it …": the items
 * are in the run); or the month and then the run as an aside (the items are in the month). A
 * headline may give the same period a year earlier (上年同期为…, "compared with … in the same
 * period last year"): listed as `previous year` with that period, never read. Products may give
 * the month and 累计 (the run to it); English products are also written "rose 1.8 percent to
 * 532.1 million tonnes" and "Shanxi produced 532.1 million tonnes of raw coal, up 1.8 percent".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRelease } from '../../src/extract/index.js';
import { OWNERSHIPS, PRODUCTS, SECTORS } from '../../src/model/catalogues.js';
import { periodOf } from '../../src/model/period.js';
import { parseObservations } from '../../src/schemas/index.js';
import { badBoundaries } from './boundaries.js';

type Item = { b: string; zh: string; en: string; v: number; level?: { v: number; u: number } };

const NAMES = [
  ...SECTORS.map((s) => ({ b: `sector:${s.id}`, zh: s.zh, en: s.en })),
  ...OWNERSHIPS.map((s) => ({ b: `ownership:${s.id}`, zh: s.zh, en: s.en })),
].filter((n) => !n.en.includes('('));
const PRODS = PRODUCTS.map((s) => ({ b: `product:${s.id}`, zh: s.zh, en: s.en }));
const ZH_UNITS = [
  ['万吨', 'tonnes-10k'],
  ['亿吨', 'tonnes-100m'],
  ['亿千瓦时', 'kwh-100m'],
  ['亿立方米', 'm3-100m'],
  ['万辆', 'vehicles-10k'],
] as const;
const EN_UNITS = [
  ['million tonnes', 'tonnes-million'],
  ['billion tonnes', 'tonnes-billion'],
  ['billion kWh', 'kwh-billion'],
  ['billion cubic meters', 'm3-billion'],
] as const;
const PERIODS = [
  {
    zh: (m: number) => `1-${m}月份`,
    en: (m: number) => `from January to ${MONTHS[m - 1]}`,
    id: (y: number, m: number) => periodOf(y, 1, m).id,
  },
  {
    zh: (m: number) => `${m}月份`,
    en: (m: number) => `in ${MONTHS[m - 1]}`,
    id: (y: number, m: number) => `${y}-${pad(m)}`,
  },
  { zh: () => '一季度', en: () => 'in the first quarter', id: (y: number) => `${y}-01/${y}-03` },
  { zh: () => '上半年', en: () => 'in the first half', id: (y: number) => `${y}-01/${y}-06` },
  {
    zh: () => '前三季度',
    en: () => 'in the first three quarters',
    id: (y: number) => `${y}-01/${y}-09`,
  },
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const pad = (m: number) => String(m).padStart(2, '0');
const fmt = (v: number, d: number) => Math.abs(v).toFixed(d);

const release = fc.record({
  lang: fc.constantFrom('zh' as const, 'en' as const),
  year: fc.integer({ min: 2010, max: 2030 }),
  month: fc.integer({ min: 2, max: 12 }),
  period: fc.integer({ min: 0, max: PERIODS.length - 1 }),
  phrasing: fc.integer({ min: 0, max: 2 }),
  // 0: the items under their own marker; 1: run, month aside, items; 2: month, run aside, items
  layout: fc.integer({ min: 0, max: 2 }),
  // the total's run a year earlier (tenths, as written) and, in Chinese, whether it fell
  prevYear: fc.option(fc.tuple(fc.integer({ min: 1, max: 600 }), fc.boolean())),
  fullWidth: fc.boolean(),
  // the total: the single month's growth, then the year-to-date run's
  headline: fc.option(
    fc.tuple(fc.integer({ min: -300, max: 600 }), fc.integer({ min: -300, max: 600 })),
  ),
  // the enterprises' accounts, year to date: profit (tenths) and revenue (tenths), "about"
  accounts: fc.option(
    fc.record({
      profit: fc.integer({ min: 1, max: 99_999 }),
      revenue: fc.integer({ min: 1, max: 999 }),
      about: fc.boolean(),
    }),
  ),
  sectors: fc.uniqueArray(
    fc.record({
      n: fc.integer({ min: 0, max: NAMES.length - 1 }),
      v: fc.integer({ min: -300, max: 600 }),
    }),
    { selector: (x) => x.n, maxLength: 6 },
  ),
  products: fc.uniqueArray(
    fc.record({
      n: fc.integer({ min: 0, max: PRODS.length - 1 }),
      v: fc.integer({ min: -300, max: 600 }),
      level: fc.integer({ min: 1, max: 9_999_999 }),
      u: fc.integer({ min: 0, max: ZH_UNITS.length - 1 }),
      // 累计: the run's level and growth beside the month's (Chinese, items in a month)
      cum: fc.option(
        fc.record({
          level: fc.integer({ min: 1, max: 9_999_999 }),
          v: fc.integer({ min: -300, max: 600 }),
        }),
      ),
    }),
    { selector: (x) => x.n, maxLength: 4 },
  ),
});

type Release = typeof release extends fc.Arbitrary<infer T> ? T : never;

function render(r: Release): { text: string; expected: string[]; listed: string[] } {
  const p = PERIODS[r.period]!;
  const layout = r.headline ? r.layout : 0;
  const month = `${r.year}-${pad(r.month)}`;
  const run = periodOf(r.year, 1, r.month).id;
  // after a headline without a marker of their own, the items are in the headline's section
  const pid = layout === 1 ? run : layout === 2 ? month : p.id(r.year, r.month);
  const expected: string[] = [];
  const listed: string[] = [];
  const items: Item[] = [
    ...r.sectors.map((s) => ({ ...NAMES[s.n]!, v: s.v })),
    ...r.products.map((s) => ({ ...PRODS[s.n]!, v: s.v, level: { v: s.level, u: s.u } })),
  ];
  const cums = new Map(r.products.map((s) => [PRODS[s.n]!.b, s.cum]));
  const lines: string[] = [];
  const prev = r.headline ? r.prevYear : null;
  if (prev)
    listed.push(`previous year ${fmt(prev[0] / 10, 1)} ${periodOf(r.year - 1, 1, r.month).id}`);
  // value added, revenue and profit are above-size by definition; output where the text says so
  const aboveSize = r.lang === 'zh' || r.headline !== null || r.accounts !== null;
  const scope = (b: string) => (!b.startsWith('product:') || aboveSize ? 'above-size' : '-');
  const ind = (b: string) => (b.startsWith('product:') ? 'output' : 'value-added');
  if (r.headline) {
    const [a, b] = r.headline;
    expected.push(`value-added total ${month} yoy ${(a / 10).toFixed(1)} percent above-size`);
    expected.push(`value-added total ${run} yoy ${(b / 10).toFixed(1)} percent above-size`);
  }
  if (r.accounts) {
    const { profit, revenue, about } = r.accounts;
    expected.push(
      `profit total ${run} level ${fmt(profit / 10, 1)} ${r.lang === 'zh' ? 'yuan-100m' : 'yuan-billion'} above-size`,
    );
    expected.push(
      `revenue total ${run} level ${fmt(revenue / 10, 1)} yuan-trillion${about ? ' about' : ''} above-size`,
    );
  }
  if (r.lang === 'zh') {
    const zhVerb = (v: number) =>
      v === 0
        ? '持平'
        : `${v < 0 ? '下降' : r.phrasing === 1 ? '同比增长' : '增长'}${fmt(v / 10, 1)}%`;
    const before = prev ? `，上年同期为${prev[1] ? '下降' : '增长'}${fmt(prev[0] / 10, 1)}%` : '';
    const aside = ['，{m}月当月', '。其中，{m}月份', '；{m}月份'][r.phrasing]!.replace(
      '{m}',
      String(r.month),
    );
    if (r.headline && layout === 1)
      lines.push(
        `${r.year}年1-${r.month}月份，全省规模以上工业增加值${zhVerb(r.headline[1])}${before}${aside}${zhVerb(r.headline[0])}。`,
      );
    else if (r.headline)
      lines.push(
        `${r.year}年${r.month}月份，全省规模以上工业增加值${zhVerb(r.headline[0])}；1-${r.month}月份${zhVerb(r.headline[1])}${before}。`,
      );
    if (layout === 0) lines.push(`${r.year}年${p.zh(r.month)}，全省规模以上工业生产平稳运行。`);
    const plain = items.filter((i) => !i.level);
    if (r.phrasing === 2 && plain.length >= 2 && plain.every((i) => i.v > 0)) {
      lines.push(
        `${plain.map((i) => i.zh).join('、')}分别增长${plain.map((i) => `${fmt(i.v / 10, 1)}%`).join('、')}。`,
      );
    } else for (const i of plain) lines.push(`${i.zh}${zhVerb(i.v)}。`);
    for (const i of items.filter((x) => x.level)) {
      const [uw, uid] = ZH_UNITS[i.level!.u]!;
      const name = i.zh.endsWith('量') ? i.zh : `${i.zh}产量`;
      const level = (v: number) =>
        `${(v / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })}${uw}`;
      // 累计 after a month: January to that month
      const cum = pid === month ? cums.get(i.b) : null;
      lines.push(
        `${name}${level(i.level!.v)}，${zhVerb(i.v)}${cum ? `；累计${level(cum.level)}，${zhVerb(cum.v)}` : ''}。`,
      );
      expected.push(`output ${i.b} ${pid} level ${fmt(i.level!.v / 10, 1)} ${uid} ${scope(i.b)}`);
      if (cum)
        expected.push(
          `output ${i.b} ${run} level ${fmt(cum.level / 10, 1)} ${uid} ${scope(i.b)}`,
          `output ${i.b} ${run} yoy ${(cum.v / 10).toFixed(1)} percent ${scope(i.b)}`,
        );
    }
    if (r.accounts) {
      const { profit, revenue, about } = r.accounts;
      // the revenue of the model: main-business revenue before 2019, operating revenue since
      lines.push(
        `${r.year}年1-${r.month}月份，全省规模以上工业企业实现利润总额${(profit / 10).toFixed(1)}亿元，${r.year < 2019 ? '主营业务收入' : '营业收入'}${about ? '约' : ''}${(revenue / 10).toFixed(1)}万亿元。`,
      );
    }
  } else {
    const enVerb = (v: number) =>
      v === 0
        ? 'was flat'
        : `${v < 0 ? (r.phrasing ? 'fell' : 'declined') : r.phrasing ? 'grew' : 'rose'} ${fmt(v / 10, 1)} percent`;
    const M = MONTHS[r.month - 1]!;
    const before = prev
      ? `, compared with ${fmt(prev[0] / 10, 1)} percent in the same period last year`
      : '';
    const subject = 'the added value of industrial enterprises above designated size in Shanxi';
    if (r.headline && layout === 2)
      lines.push(
        `In ${M} ${r.year}, ${subject} ${enVerb(r.headline[0])} year-on-year. From January to ${M}, it ${enVerb(r.headline[1])}${before}.`,
      );
    else if (r.headline)
      lines.push(
        `From January to ${M} ${r.year}, ${subject} ${enVerb(r.headline[1])} year-on-year${before}. ${['In {M} alone', 'For {M} alone', 'In {M}'][r.phrasing]!.replace('{M}', M)}, it ${enVerb(r.headline[0])}.`,
      );
    if (layout === 0)
      lines.push(`Industrial production in Shanxi was steady ${p.en(r.month)} of ${r.year}.`);
    for (const i of items.filter((x) => !x.level)) lines.push(`${i.en} ${enVerb(i.v)}.`);
    for (const i of items.filter((x) => x.level)) {
      const [uw, uid] = EN_UNITS[i.level!.u % EN_UNITS.length]!;
      const level = `${(i.level!.v / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })} ${uw}`;
      const change = `${i.v < 0 ? 'down' : i.v === 0 ? 'flat' : 'up'}${i.v === 0 ? '' : ` ${fmt(i.v / 10, 1)} percent`}`;
      lines.push(
        r.phrasing === 1 && i.v !== 0
          ? `${i.en} ${i.v < 0 ? 'fell' : 'rose'} ${fmt(i.v / 10, 1)} percent to ${level}.`
          : r.phrasing === 2
            ? `Shanxi produced ${level} of ${i.en.toLowerCase()}, ${change}.`
            : `${i.en} reached ${level}, ${change}.`,
      );
      expected.push(`output ${i.b} ${pid} level ${fmt(i.level!.v / 10, 1)} ${uid} ${scope(i.b)}`);
    }
    if (r.accounts) {
      const { profit, revenue, about } = r.accounts;
      lines.push(
        `From January to ${MONTHS[r.month - 1]} ${r.year}, industrial enterprises above designated size in Shanxi posted profits of ${(profit / 10).toFixed(1)} billion yuan, and the ${r.year < 2019 ? 'main business revenue' : 'revenue'} was ${about ? 'about ' : ''}${(revenue / 10).toFixed(1)} trillion yuan.`,
      );
    }
  }
  for (const i of items)
    expected.push(`${ind(i.b)} ${i.b} ${pid} yoy ${(i.v / 10).toFixed(1)} percent ${scope(i.b)}`);
  const text = lines.join(r.lang === 'zh' ? '' : ' ');
  // releases pasted from some pages write digits, the point and % in full width
  const wide = (t: string) =>
    t.replace(/[0-9.%]/g, (c) =>
      String.fromCharCode(c === '.' ? 0xff0e : c === '%' ? 0xff05 : 0xff10 + Number(c)),
    );
  return {
    text: r.lang === 'zh' && r.fullWidth ? wide(text) : text,
    expected: expected.sort(),
    listed,
  };
}

describe('extractRelease round trip', () => {
  it('reads back exactly what the renderer wrote (over 1,000 releases, both languages)', () => {
    let n = 0;
    fc.assert(
      fc.property(release, (r) => {
        const { text, expected, listed } = render(r);
        const x = extractRelease(text);
        const got = x.observations
          .map(
            (o) =>
              `${o.indicator} ${o.breakdown} ${o.period} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}${o.qualifier ? ` ${o.qualifier}` : ''} ${o.scope ?? '-'}`,
          )
          .sort();
        expect({
          text,
          got,
          un: x.unrecognised.map((u) => `${u.reason} ${u.value} ${u.period}`),
        }).toEqual({
          text,
          got: expected.map((e) => e.replace(/ -0\.0 /, ' 0.0 ')),
          un: listed,
        });
        // every quote and listed text starts and ends at a sensible boundary
        for (const q of [...x.evidence, ...x.unrecognised])
          expect(badBoundaries(text, q.start, q.end)).toEqual([]);
        expect(parseObservations(x.observations)).toEqual(x.observations);
        n++;
      }),
      { numRuns: 1200 },
    );
    expect(n).toBeGreaterThanOrEqual(1200);
  });
});
