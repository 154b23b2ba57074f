/**
 * lineChart: points placed by the end month of their periods, gaps kept (a missing month
 * breaks the line), legend, zero line, description, snapshot. Every figure comes from the
 * shipped data.
 */
import { describe, expect, it } from 'vitest';
import { lineChart } from '../../src/chart/index.js';
import { gapSeries, label, parsePeriod, series } from '../../src/index.js';
import { desc, elements, expectWellFormed, num, texts, title } from './svg.js';

const china2021 = series({ region: 'china', kind: 'year-to-date', year: 2021 });
const shanxi2021 = series({ region: 'shanxi', kind: 'year-to-date', year: 2021 });

/** The runs drawn: for each `<path class="line">`, its points. */
function runs(svg: string): [number, number][][] {
  return elements(svg, 'path', 'line').map((p) =>
    p
      .d!.slice(1)
      .split('L')
      .map((xy) => xy.split(',').map(Number) as [number, number]),
  );
}

const points = (svg: string) =>
  elements(svg, 'circle', 'point').map((c) => [num(c, 'cx'), num(c, 'cy')] as const);

describe('lineChart', () => {
  it('draws an unbroken run of consecutive months as one path', () => {
    // China, Jan–Feb to Jan–Nov 2021: every month but January (published with February)
    expect(china2021.map((o) => parsePeriod(o.period).end)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    const svg = lineChart([{ name: 'China', points: china2021 }]);
    expectWellFormed(svg);
    expect(runs(svg).map((r) => r.length)).toEqual([10]);
    expect(points(svg)).toHaveLength(10);
  });

  it('breaks the line where a month is missing: one path per unbroken run', () => {
    const gappy = china2021.filter((o) => o.period !== '2021-01/2021-05');
    const svg = lineChart([{ name: 'China', points: gappy }]);
    expectWellFormed(svg);
    expect(runs(svg).map((r) => r.length)).toEqual([3, 6]);
    // two gaps: runs of 3, 1 (a marker only) and 5
    const two = gappy.filter((o) => o.period !== '2021-01/2021-07');
    expect(runs(lineChart([{ name: 'China', points: two }])).map((r) => r.length)).toEqual([3, 4]);
    expect(points(lineChart([{ name: 'China', points: two }]))).toHaveLength(8);
  });

  it('takes the step from the series: quarterly figures make one line', () => {
    const quarterly = china2021.filter((o) => parsePeriod(o.period).end % 3 === 0);
    expect(quarterly).toHaveLength(3);
    expect(runs(lineChart([{ name: 'China', points: quarterly }])).map((r) => r.length)).toEqual([
      3,
    ]);
  });

  it('joins the whole year to the year-to-date figures before it, not across January', () => {
    const ytd = series({ region: 'china', kind: ['year-to-date', 'year'], year: [2021, 2022] });
    const svg = lineChart([{ name: 'China', points: ytd }]);
    const first = runs(svg)[0]!;
    // Jan–Feb … Jan–Nov and the whole year 2021: 11 points; then a break before Jan–Feb 2022
    expect(first).toHaveLength(11);
    expect(runs(svg).length).toBeGreaterThan(1);
  });

  it('never joins periods of different kinds (a month and a year-to-date figure)', () => {
    const month = series({ region: 'china', kind: 'month', year: 2021 })[0]!; // March
    const ytd = china2021.find((o) => o.period === '2021-01/2021-04')!;
    const svg = lineChart([{ name: 'China', points: [month, ytd] }]);
    expect(runs(svg)).toEqual([]);
    expect(points(svg)).toHaveLength(2);
  });

  it('with gaps: "dashed", joins points across missing periods of one kind, dashed, never solid', () => {
    const gappy = china2021.filter(
      (o) => o.period !== '2021-01/2021-05' && o.period !== '2021-01/2021-07',
    );
    const plain = lineChart([{ name: 'China', points: gappy }]);
    const svg = lineChart([{ name: 'China', points: gappy }], { gaps: 'dashed' });
    expectWellFormed(svg);
    // the solid runs are the same as without the option: no solid line through a gap
    expect(runs(svg)).toEqual(runs(plain));
    const dashes = elements(svg, 'path', 'gap');
    expect(dashes).toHaveLength(2);
    const at = (period: string) => points(svg)[gappy.findIndex((o) => o.period === period)]!;
    const ends = (p: Record<string, string>) =>
      p
        .d!.slice(1)
        .split('L')
        .map((xy) => xy.split(',').map(Number));
    // April to June, and June to August: each joins the two points beside the gap
    expect(ends(dashes[0]!)).toEqual([[...at('2021-01/2021-04')], [...at('2021-01/2021-06')]]);
    expect(ends(dashes[1]!)).toEqual([[...at('2021-01/2021-06')], [...at('2021-01/2021-08')]]);
    for (const d of dashes) expect(d['stroke-dasharray']).toBe('4 3');
    // the legend explains the dashes, in English and Chinese, and the description says so
    expect(texts(svg)).toContain('dashed: no data in between');
    expect(desc(svg)).toMatch(/Dashed lines join points across missing periods\.$/);
    expect(
      texts(lineChart([{ name: '全国', points: gappy }], { gaps: 'dashed', lang: 'zh' })),
    ).toContain('虚线：其间无数据');
    // without a gap there is nothing to explain
    const whole = lineChart([{ name: 'China', points: china2021 }], { gaps: 'dashed' });
    expect(elements(whole, 'path', 'gap')).toEqual([]);
    expect(texts(whole)).not.toContain('dashed: no data in between');
    expect(texts(plain)).not.toContain('dashed: no data in between');
    // periods of different kinds are never joined, dashed or not
    const month = series({ region: 'china', kind: 'month', year: 2021 })[0]!;
    const mixed = lineChart([{ name: 'China', points: [month, gappy[0]!] }], { gaps: 'dashed' });
    expect(elements(mixed, 'path', 'gap')).toEqual([]);
  });

  it('draws every point: outlined, the first line on top and smallest, lines under points', () => {
    // equal values in both lines: China's point is a ring around Shanxi's, not over it
    const same = shanxi2021.map((o) => ({
      period: o.period,
      value: o.value,
      decimals: o.decimals,
    }));
    const svg = lineChart([
      { name: 'Shanxi', points: shanxi2021 },
      { name: 'China', points: same },
    ]);
    const dots = elements(svg, 'circle', 'point');
    expect(dots).toHaveLength(2 * shanxi2021.length);
    const r = dots.map((d) => num(d, 'r'));
    const [china, shanxi] = [r.slice(0, same.length), r.slice(same.length)];
    // China's (drawn first, underneath) are larger than Shanxi's (drawn last, on top)
    for (const x of china) expect(x).toBeGreaterThan(shanxi[0]! + 1);
    expect(new Set(shanxi)).toEqual(new Set([shanxi[0]]));
    expect(shanxi[0]).toBeGreaterThanOrEqual(3.5);
    // Shanxi's filled, with a white outline; China's rings (white inside, its colour around)
    const [chinaColour, shanxiColour] = [...svg.matchAll(/<g class="points" fill="([^"]+)"/g)].map(
      (m) => m[1],
    );
    for (const d of dots.slice(same.length))
      expect([d.stroke, d.fill]).toEqual(['#fff', undefined]);
    for (const d of dots.slice(0, same.length))
      expect([d.stroke, d.fill]).toEqual([chinaColour, '#fff']);
    expect(shanxiColour).not.toBe(chinaColour);
    // every point is drawn after every line
    expect(svg.lastIndexOf('class="line"')).toBeLessThan(svg.indexOf('class="point"'));
    // the points groups: China's first, Shanxi's last
    const groups = [...svg.matchAll(/<g class="points" fill="([^"]+)"/g)].map((m) => m[1]);
    const series$ = [...svg.matchAll(/<g class="series" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(groups).toEqual([...series$].reverse());
  });

  it('places points by the end month of their periods: x = year + end / 12', () => {
    const svg = lineChart([{ name: 'China', points: china2021 }]);
    const years = elements(svg, 'line', 'year').map((l) => num(l, 'x1'));
    // the year lines bound 2021 and 2022
    expect(years).toHaveLength(2);
    const perYear = years[1]! - years[0]!;
    points(svg).forEach(([cx], i) => {
      const end = parsePeriod(china2021[i]!.period).end;
      expect(cx).toBeCloseTo(years[0]! + (end / 12) * perYear, 1);
    });
    // higher values sit higher (smaller y)
    const top = china2021.reduce((a, b) => (b.value > a.value ? b : a));
    const cy = points(svg).map(([, y]) => y);
    expect(cy.indexOf(Math.min(...cy))).toBe(china2021.indexOf(top));
  });

  it('places points by period whatever their order', () => {
    const sorted = lineChart([{ name: 'China', points: china2021 }]);
    expect(lineChart([{ name: 'China', points: [...china2021].reverse() }])).toBe(sorted);
  });

  it('has a legend entry per series, and a zero line only when the values span zero', () => {
    const two = lineChart([
      { name: label('shanxi'), points: shanxi2021 },
      { name: label('china'), points: china2021 },
    ]);
    expectWellFormed(two);
    expect(elements(two, 'circle', 'legend')).toHaveLength(2);
    expect(texts(two)).toEqual(expect.arrayContaining([label('shanxi'), label('china')]));
    expect(two.match(/<g class="series"/g)).toHaveLength(2);
    expect(elements(two, 'line', 'zero')).toHaveLength(0);

    const china2020 = series({ region: 'china', kind: 'year-to-date', year: 2020 });
    expect(china2020.some((o) => o.value < 0) && china2020.some((o) => o.value > 0)).toBe(true);
    const spanning = lineChart([{ name: 'China', points: china2020 }]);
    expect(elements(spanning, 'line', 'zero')).toHaveLength(1);
    expect(texts(spanning)).toContain('0%');
  });

  it('labels years on the time axis and values on the value axis', () => {
    const all = series({ region: 'china', kind: 'year-to-date' });
    const svg = lineChart([{ name: 'China', points: all }]);
    const years = [...new Set(all.map((o) => parsePeriod(o.period).year))];
    expect(texts(svg).filter((t) => /^\d{4}$/.test(t))).toEqual(years.map(String));
    expect(texts(svg).filter((t) => t.endsWith('%')).length).toBeGreaterThan(2);
  });

  it('accepts a gapSeries result mapped into two series', () => {
    const gaps = gapSeries({ kind: 'year' });
    const svg = lineChart([
      { name: 'Shanxi', points: gaps },
      { name: 'China', points: gaps.map((g) => ({ period: g.period, value: g.benchmark })) },
    ]);
    expectWellFormed(svg);
    expect(points(svg)).toHaveLength(2 * gaps.length);
  });

  it('describes each line for screen readers', () => {
    const svg = lineChart(
      [
        { name: 'Shanxi', points: shanxi2021 },
        { name: 'China', points: china2021 },
        { name: 'Nothing', points: [] },
      ],
      { title: 'Growth' },
    );
    const range = (list: typeof china2021) => {
      const v = list.map((o) => o.value).sort((a, b) => a - b);
      return `${v[0]!.toFixed(1)}% to ${v.at(-1)!.toFixed(1)}%`;
    };
    expect(title(svg)).toBe('Growth');
    expect(desc(svg)).toBe(
      `3 lines, 2021: Shanxi, ${shanxi2021.length} points, ${range(shanxi2021)}; China, ${china2021.length} points, ${range(china2021)}; Nothing, 0 points.`,
    );
    expect(desc(lineChart([{ name: '中国', points: china2021 }], { lang: 'zh' }))).toMatch(
      /^1条折线, 2021年: 中国, 10个点, /,
    );
  });

  it('matches the snapshot', async () => {
    const svg = lineChart(
      [
        { name: 'Shanxi', points: shanxi2021 },
        { name: 'China', points: china2021 },
      ],
      {
        title: 'Shanxi and China, 2021',
        subtitle: 'Value added, year-to-date, year-on-year, %',
        source: 'Sources: see sourceOf()',
      },
    );
    await expect(svg).toMatchFileSnapshot('__snapshots__/line-2021.svg');
  });
});
