/**
 * Round trip: random sets of observations, rendered as release text by a renderer written for
 * this test (several phrasings, Chinese and English), read back by extractRelease exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractRelease } from '../../src/extract/index.js';
import { OWNERSHIPS, PRODUCTS, SECTORS } from '../../src/model/catalogues.js';
import { periodOf } from '../../src/model/period.js';
import { parseObservations } from '../../src/schemas/index.js';

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
  fullWidth: fc.boolean(),
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
    }),
    { selector: (x) => x.n, maxLength: 4 },
  ),
});

type Release = typeof release extends fc.Arbitrary<infer T> ? T : never;

function render(r: Release): { text: string; expected: string[] } {
  const p = PERIODS[r.period]!;
  const pid = p.id(r.year, r.month);
  const expected: string[] = [];
  const items: Item[] = [
    ...r.sectors.map((s) => ({ ...NAMES[s.n]!, v: s.v })),
    ...r.products.map((s) => ({ ...PRODS[s.n]!, v: s.v, level: { v: s.level, u: s.u } })),
  ];
  const lines: string[] = [];
  if (r.lang === 'zh') {
    lines.push(`${r.year}年${p.zh(r.month)}，全省规模以上工业生产平稳运行。`);
    const zhVerb = (v: number) =>
      v === 0
        ? '持平'
        : `${v < 0 ? '下降' : r.phrasing === 1 ? '同比增长' : '增长'}${fmt(v / 10, 1)}%`;
    const plain = items.filter((i) => !i.level);
    if (r.phrasing === 2 && plain.length >= 2 && plain.every((i) => i.v > 0)) {
      lines.push(
        `${plain.map((i) => i.zh).join('、')}分别增长${plain.map((i) => `${fmt(i.v / 10, 1)}%`).join('、')}。`,
      );
    } else for (const i of plain) lines.push(`${i.zh}${zhVerb(i.v)}。`);
    for (const i of items.filter((x) => x.level)) {
      const [uw, uid] = ZH_UNITS[i.level!.u]!;
      const name = i.zh.endsWith('量') ? i.zh : `${i.zh}产量`;
      lines.push(
        `${name}${(i.level!.v / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })}${uw}，${zhVerb(i.v)}。`,
      );
      expected.push(`${i.b} ${pid} level ${fmt(i.level!.v / 10, 1)} ${uid}`);
    }
  } else {
    lines.push(`Industrial production in Shanxi was steady ${p.en(r.month)} of ${r.year}.`);
    const enVerb = (v: number) =>
      v === 0
        ? 'was flat'
        : `${v < 0 ? (r.phrasing ? 'fell' : 'declined') : r.phrasing ? 'grew' : 'rose'} ${fmt(v / 10, 1)} percent`;
    for (const i of items.filter((x) => !x.level)) lines.push(`${i.en} ${enVerb(i.v)}.`);
    for (const i of items.filter((x) => x.level)) {
      const [uw, uid] = EN_UNITS[i.level!.u % EN_UNITS.length]!;
      lines.push(
        `${i.en} reached ${(i.level!.v / 10).toLocaleString('en-US', { minimumFractionDigits: 1 })} ${uw}, ${i.v < 0 ? 'down' : i.v === 0 ? 'flat' : 'up'}${i.v === 0 ? '' : ` ${fmt(i.v / 10, 1)} percent`}.`,
      );
      expected.push(`${i.b} ${pid} level ${fmt(i.level!.v / 10, 1)} ${uid}`);
    }
  }
  for (const i of items) expected.push(`${i.b} ${pid} yoy ${(i.v / 10).toFixed(1)} percent`);
  const text = lines.join(r.lang === 'zh' ? '' : ' ');
  // releases pasted from some pages write digits, the point and % in full width
  const wide = (t: string) =>
    t.replace(/[0-9.%]/g, (c) =>
      String.fromCharCode(c === '.' ? 0xff0e : c === '%' ? 0xff05 : 0xff10 + Number(c)),
    );
  return {
    text: r.lang === 'zh' && r.fullWidth ? wide(text) : text,
    expected: expected.sort(),
  };
}

describe('extractRelease round trip', () => {
  it('reads back exactly what the renderer wrote (over 1,000 releases, both languages)', () => {
    let n = 0;
    fc.assert(
      fc.property(release, (r) => {
        const { text, expected } = render(r);
        const x = extractRelease(text);
        const got = x.observations
          .map(
            (o) =>
              `${o.breakdown} ${o.period} ${o.measure} ${o.value.toFixed(o.decimals)} ${o.unit}`,
          )
          .sort();
        expect({ text, got, un: x.unrecognised }).toEqual({
          text,
          got: expected.map((e) => e.replace(/ -0\.0 /, ' 0.0 ')),
          un: [],
        });
        expect(parseObservations(x.observations)).toEqual(x.observations);
        n++;
      }),
      { numRuns: 1200 },
    );
    expect(n).toBeGreaterThanOrEqual(1200);
  });
});
