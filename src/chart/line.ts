/**
 * Line charts over time, for series such as Shanxi against China.
 *
 * @module
 */
import {
  type ChartOptions,
  count,
  decimals,
  el,
  empty,
  fail,
  figure,
  fitText,
  frame,
  fromRows,
  header,
  line,
  type Months,
  months,
  n,
  objects,
  readOptions,
  sourceHeight,
  text,
  value,
  width,
} from './svg.js';

/**
 * One point of a line: a period and its value. An observation (from `series`) fits as it is.
 *
 * @category Charts
 */
export interface LinePoint {
  /** The period, a canonical id (`2021-01/2021-05`, `2021-05`, `2021`), as observations carry. */
  readonly period: string;
  /** The value; finite. */
  readonly value: number;
  /** Its published precision (0–15); default the number's own written decimals. */
  readonly decimals?: number;
  /** The word the page put before the value: `about`, `over` or `nearly`. */
  readonly qualifier?: 'about' | 'over' | 'nearly';
  /**
   * The indicator and measure (an observation carries them): a negative profit level with a
   * qualifier is labelled as a loss ("a loss of over 4"), a negative growth rate with one as a
   * fall ("down nearly 3%").
   */
  readonly indicator?: string;
  /** The measure (`level`, `yoy`, …). */
  readonly measure?: string;
  /**
   * The unit (an observation carries it); none means percent. The points of a chart must all be
   * in one unit: levels published in several are put in one with `inOneUnit` first.
   */
  readonly unit?: string;
}

/**
 * One line of a line chart: a name for the legend and its points.
 *
 * @category Charts
 */
export interface LineSeries {
  /** The name in the legend: `Shanxi`, or names in both languages (`{ en, zh }`), of which `lang`. */
  readonly name:
    | string
    | {
        /** In English. */
        readonly en: string;
        /** In Chinese. */
        readonly zh: string;
      };
  /** The points, in any order (they are placed by period). */
  readonly points: readonly LinePoint[];
}

/**
 * Options of {@link lineChart}.
 *
 * @category Charts
 */
export interface LineChartOptions extends ChartOptions {
  /**
   * What a line does where periods of its kind are missing: `break` (the default: the line
   * stops and starts again) or `dashed` (a dashed line joins the points on either side, and the
   * legend says "dashed: no data in between"). Points of different kinds (a month and a
   * quarter) are never joined, and no solid line ever crosses a gap.
   */
  readonly gaps?: 'break' | 'dashed' | undefined;
}

const FN = 'lineChart';

interface Point extends Months {
  readonly v: number;
  readonly s: string;
}

/**
 * How many months one period is after another (by their last months), or `NaN` (never
 * joined) when they are not of one series: periods of one length (months, quarters, years), or
 * cumulative
 * periods from January (year-to-date figures and whole years).
 */
function distance(a: Months, b: Months): number {
  return b.end - b.start === a.end - a.start || (a.start < 2 && b.start < 2)
    ? (b.year - a.year) * 12 + b.end - a.end
    : NaN;
}

/** Nice ticks over [lo, hi] (1, 2 or 5 × 10ⁿ apart): the domain's ends, the ticks, their decimals. */
function ticks(lo: number, hi: number): [number, number, number[], number] {
  if (lo === hi) {
    lo -= 1;
    hi += 1;
  }
  // halves, so that the span of two finite numbers cannot overflow
  const raw = (hi / 2 - lo / 2) / 2.5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * p >= raw) ?? NaN) * p;
  const a = Math.floor(lo / step);
  const b = Math.ceil(hi / step);
  const out: number[] = [];
  for (let i = a; i <= b && b - a < 20; i++) out.push(i * step);
  return Number.isFinite(a * step - b * step) && out.length
    ? [a * step, b * step, out, decimals(step)]
    : [lo, hi, [lo, hi], 15];
}

/** The most points a chart draws, over all its lines; more is OUT_OF_RANGE. */
const MAX = 100_000;

/** The smallest and the largest of a list of numbers, without spreading it into arguments. */
const range = (xs: number[]): [number, number] => {
  let lo = Infinity;
  let hi = -Infinity;
  for (const x of xs) {
    lo = Math.min(lo, x);
    hi = Math.max(hi, x);
  }
  return [lo, hi];
};

/**
 * Draws one or more lines over time as an SVG string (Shanxi against China), with a legend,
 * year ticks, a value axis, a zero line when the values span zero, and the source line under
 * the chart.
 *
 * Each point sits at the end of its period: x = year + last month / 12 (Q1 2021 at the end of
 * March 2021, the whole year 2021 at the end of December). Gaps are kept: a line breaks
 * wherever two neighbouring points are further apart than the series' step (its shortest
 * distance between neighbours, in months: 1 for monthly or year-to-date figures, 3 for
 * quarters, 12 for years), or are periods of different kinds (a month next to a quarter). So
 * a missing month is a gap, not a straight line through it. With `gaps: 'dashed'`, points of
 * one kind on either side of missing periods are joined by a dashed line, which the legend
 * explains. Year-to-date figures and whole years (Jan–Dec) make one cumulative series;
 * as January is published together with February, a monthly year-to-date line breaks at
 * each new year. Points may come in any order; they are placed by period. Periods are
 * canonical ids (`2021`, `2021-05`, `2021-01/2021-05`), as observations carry them; pass
 * `canonicalPeriod(alias)` for an alias such as `2021-Q1`.
 *
 * Every point is drawn, with a white outline: the first line's points on top and smallest,
 * each further line's a size larger, so that equal values of two lines show as a dot inside a
 * ring, never one hiding the other. Lines are drawn under all points.
 *
 * For a `gapSeries` result, map it into two series:
 * `[{ name: 'Shanxi', points: gaps }, { name: 'China', points: gaps.map((g) => ({ period: g.period, value: g.benchmark })) }]`.
 *
 * The SVG has `role="img"`, a `<title>` (the title option, or "Line chart") and a `<desc>`
 * that summarises each line (how many points, the lowest and the highest value);
 * every text is escaped; the same input gives the same bytes. Titles and legend names too
 * long for the width end in "…" (the `<desc>` keeps the names whole); fitting them is linear
 * in their length, and reads no more of a text than fits. No points at all: a small
 * chart that says "no data" ("无数据"). At most 100,000 points over all lines.
 *
 * @category Charts
 * @param series - the lines: `{ name, points: { period, value, decimals?, qualifier? }[] }`
 * @param options - `title`, `subtitle`, `source`, `width` (default 640), `height`, `lang`
 * (`en` or `zh`), `unit` (default `%`), `font`, `gaps` (`break` or `dashed`)
 * @returns the SVG document, as a string
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a point's value is not a finite number
 * (the message names the series and the period)
 * @throws ShanxiIndustryError code INVALID_PERIOD when a point's period does not parse
 * @throws ShanxiIndustryError code INVALID_DECIMALS when a point's `decimals` is not a whole
 * number from 0 to 15
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` is not an object, an option
 * is unknown or has a wrong value (`width` not above 0, `lang` other than `en` or `zh`),
 * `series` is not a list of `{ name, points }` objects, or an item cannot be read (a getter
 * that throws, a revoked Proxy)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when there are more than 100,000 points
 * @throws ShanxiIndustryError code INCOMPATIBLE_UNITS when points give different units (a
 * series of levels published in 亿吨 and in 万吨): convert them to one first, with `inOneUnit`
 * @example
 * ```ts
 * const svg = lineChart([
 *   { name: 'China', points: series({ region: 'china', kind: 'month', year: 2023 }) },
 * ]);
 * (svg.match(/<path class="line"/g) ?? []).length; // March–August; December alone
 * //=> 1
 * (svg.match(/<circle class="point"/g) ?? []).length;
 * //=> 7
 * const dashed = lineChart(
 *   [{ name: 'China', points: series({ region: 'china', kind: 'month', year: 2023 }) }],
 *   { gaps: 'dashed' },
 * );
 * (dashed.match(/<path class="gap"/g) ?? []).length; // August to December
 * //=> 1
 * lineChart([]).includes('no data');
 * //=> true
 *
 * // levels published in several units (raw coal in 亿吨 and 万吨): one unit first
 * const coal = series({ indicator: 'output', breakdown: 'product:raw-coal', measure: 'level', kind: 'year', scope: 'above-size' });
 * const one = inOneUnit(coal, { lang: 'zh' });
 * one.map((l) => `${l.value}${l.unit === 'tonnes-100m' ? '亿吨' : l.unit}`).join(' ');
 * //=> '9.71亿吨 10.63亿吨 11.9亿吨 13.56582亿吨 12.68738亿吨 13亿吨'
 * const coalSvg = lineChart([{ name: '原煤', points: coal.map((o, i) => ({ ...o, ...one[i] })) }], { lang: 'zh', unit: '亿吨' });
 * coalSvg.includes('原煤, 6个点, 9.71亿吨至13.56582亿吨'); // the description: lowest and highest
 * //=> true
 * ```
 */
export function lineChart(series: readonly LineSeries[], options?: LineChartOptions): string {
  const c = readOptions(options, FN, {
    gaps: [(v) => v === 'break' || v === 'dashed', '"break" or "dashed"'],
  });
  const dashed = c.o.gaps === 'dashed';
  let total = 0;
  const raw = objects(series, FN, 'series', ['name', 'points'], MAX).map((l, i) => {
    const list = objects(
      l.points,
      FN,
      `series[${i}].points`,
      ['period', 'value', 'decimals', 'qualifier', 'unit', 'indicator', 'measure'],
      MAX,
    );
    total += list.length;
    if (total > MAX)
      fail(
        'OUT_OF_RANGE',
        `${FN}: ${total} points or more are more than a chart can show (at most ${MAX})`,
        total,
      );
    return { l, list };
  });
  const first = raw.find((r) => r.list[0])?.list[0];
  fromRows(c, first, FN);
  const lines = raw.map(({ l, list }, i) => {
    const points = list
      .map((q, j): Point => {
        const where = `${FN}: series[${i}].points[${j}]`;
        // one axis, one unit: raw coal in 亿吨 beside 万吨 would be drawn 10,000 times apart
        // (a point without a unit is in percent, as the chart's default unit says)
        if ((q.unit ?? 'percent') !== (first!.unit ?? 'percent'))
          fail(
            'INCOMPATIBLE_UNITS',
            `${where}.unit must be ${first!.unit ?? 'percent'} (see inOneUnit)`,
            q.unit,
          );
        return { ...months(q.period, where), ...figure(c, q, where) };
      })
      .sort((a, b) => a.year - b.year || a.end - b.end);
    const gaps = points.map((q, k) => (k ? distance(points[k - 1]!, q) : 0));
    const step = range(gaps.filter((g) => g > 0))[0];
    const runs: Point[][] = [];
    const joins: Point[][] = [];
    points.forEach((q, k) => {
      if (k && gaps[k]! <= step) runs.at(-1)!.push(q);
      else {
        if (k && gaps[k]! > 0) joins.push([points[k - 1]!, q]);
        runs.push([q]);
      }
    });
    return { name: text(c, l.name, `${FN}: series[${i}].name`) ?? '', points, runs, joins };
  });
  const kind = c.zh ? '折线图' : 'Line chart';
  const all = lines.flatMap((l) => l.points);
  if (!all[0]) return empty(c, kind);

  const [vlo, vhi] = range(all.map((q) => q.v));
  const [y0, ylast] = range(all.map((q) => q.year));
  const y1 = ylast + 1;
  const [lo, hi, ys, d] = ticks(vlo, vhi);
  const tickLabels = ys.map((t) => value(c, t, d));
  const [out, ly] = header(c);
  const top = ly + 30;
  const left = 20 + range(tickLabels.map((t) => width(t, 11)))[1];
  const right = c.width - 16;
  const plotH = c.height ? Math.max(20, c.height - top - 28 - sourceHeight(c)) : 240;
  const bottom = top + plotH;
  const Y = (v: number) => bottom - ((v / 2 - lo / 2) / (hi / 2 - lo / 2 || 1)) * plotH;
  const X = (x: number) => left + ((x - y0) / (y1 - y0)) * (right - left);
  const grid = (cls: string, y: number, colour: string) => line(cls, left, y, right, y, colour);
  const small = { 'font-size': 11, 'text-anchor': 'middle' };

  ys.forEach((t, i) => {
    out.push(
      grid('grid', Y(t), '#ddd'),
      el('text', { x: left - 6, y: Y(t) + 4, ...small, 'text-anchor': 'end' }, tickLabels[i]!),
    );
  });
  if (lo < 0 && hi > 0) out.push(grid('zero', Y(0), '#777'));
  out.push(grid('axis', bottom, '#777'));
  const every = Math.ceil((40 * (y1 - y0)) / (right - left));
  for (let yr = y0; yr <= y1; yr++) {
    out.push(line('year', X(yr), top, X(yr), bottom + 5, '#eee'));
    if (yr < y1 && yr % every === 0)
      out.push(el('text', { x: X(yr + 0.5), y: bottom + 17, ...small }, `${yr}`));
  }
  const xy = (q: Point) => [X(q.year + q.end / 12), Y(q.v)].map(n).join(',');
  const path = (cls: string, r: Point[], colour: string, dash?: string) =>
    el('path', {
      class: cls,
      d: `M${r.map(xy).join('L')}`,
      fill: 'none',
      stroke: colour,
      'stroke-width': dash ? 1.5 : 2,
      ...(dash ? { 'stroke-dasharray': dash } : {}),
    });
  const colour = (i: number) => `hsl(${(215 + 137.5 * i) % 360},60%,42%)`;
  // the first line's points smallest and on top; each further line's a size larger, under it
  // the first line's points filled, with a white outline; each further line's a ring, a size
  // larger, so that a point of the first line shows inside an equal one of the others
  const dot = (cls: string, cx: number | string, cy: number | string, i: number) =>
    el('circle', {
      class: cls,
      cx,
      cy,
      r: 3.5 + 1.5 * Math.min(i, 4),
      ...(i ? { fill: '#fff', stroke: colour(i), 'stroke-width': 1.5 } : { stroke: '#fff' }),
    });
  let lx = 12;
  let joined = false;
  const points: string[] = [];
  lines.forEach((l, i) => {
    // hues 137.5° apart (the golden angle), from blue: blue, red, green, purple, orange, …
    const col = colour(i);
    const joins = dashed ? l.joins : [];
    joined ||= !!joins[0];
    // the name fitted to the width left of the legend line (the <desc> keeps it whole)
    const [name, w] = fitText(l.name, c.width - lx - 36, 12);
    out.push(
      `<g class="series" fill="${col}">`,
      line('key', lx, ly + 8, lx + 18, ly + 8, col),
      dot('legend', lx + 9, ly + 8, i),
      el('text', { x: lx + 24, y: ly + 12 }, name),
      ...l.runs.filter((r) => r[1]).map((r) => path('line', r, col)),
      ...joins.map((r) => path('gap', r, col, '4 3')),
      '</g>',
    );
    points.unshift(
      `<g class="points" fill="${col}">`,
      ...l.points.map((q) => {
        const [cx, cy] = xy(q).split(',');
        return dot('point', cx!, cy!, i);
      }),
      '</g>',
    );
    lx += 44 + w;
  });
  if (joined)
    out.push(
      el('path', {
        class: 'key',
        d: `M${n(lx)},${n(ly + 8)}h18`,
        stroke: '#555',
        'stroke-dasharray': '4 3',
      }),
      el(
        'text',
        { x: lx + 24, y: ly + 12, fill: '#555' },
        c.zh ? '虚线：其间无数据' : 'dashed: no data in between',
      ),
    );
  out.push(...points);

  const summary = lines.map(({ name, points }) => {
    const [min, ...rest] = [...points].sort((a, b) => a.v - b.v);
    const k = points.length;
    const max = (rest.at(-1) ?? min)?.s;
    return `${name}, ${c.zh ? `${k}个点` : count(k, 'point')}${min ? `, ${min.s}${c.zh ? '至' : ' to '}${max}` : ''}`;
  });
  const k = lines.length;
  const desc = `${c.zh ? `${k}条折线` : count(k, 'line')}, ${y0}${y1 - 1 > y0 ? `–${y1 - 1}` : ''}${c.zh ? '年' : ''}: ${summary.join('; ')}.${joined ? (c.zh ? ' 虚线连接缺少数据的时期两侧的点。' : ' Dashed lines join points across missing periods.') : ''}`;
  return frame(c, kind, desc, out, bottom + 28);
}
