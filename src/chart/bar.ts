/**
 * Horizontal bar charts, for rankings such as `compareSectors` rows.
 *
 * @module
 */
import {
  type ChartOptions,
  clip,
  count,
  el,
  empty,
  fail,
  figure,
  frame,
  fromRows,
  header,
  line,
  objects,
  pick,
  readOptions,
  sourceHeight,
  text,
  width,
} from './svg.js';

/**
 * One bar: a `compareSectors` row, or any object with a value.
 *
 * @category Charts
 */
export interface BarDatum {
  /**
   * The text beside the bar: a string, or names in both languages (`{ en, zh }`, as
   * `compareSectors` rows carry them), of which the chart's `lang`. A string wins over
   * `labelOf`; names in both languages give way to it.
   */
  readonly label?:
    | string
    | {
        /** In English. */
        readonly en: string;
        /** In Chinese. */
        readonly zh: string;
      };
  /** The id the label is looked up by (`sector:coal`). */
  readonly breakdown?: string;
  /** The value; finite. */
  readonly value: number;
  /** Its published precision (0–15); default the number's own written decimals. */
  readonly decimals?: number;
  /** The word the page put before the value: "about 29%" / "约29%", "over", "nearly". */
  readonly qualifier?: 'about' | 'over' | 'nearly';
  /**
   * What the chart shows, in both languages (`compareSectors` rows carry it): the first row's
   * is the chart's title when no `title` option is given. `\n` breaks a line.
   */
  readonly title?: {
    /** In English. */
    readonly en: string;
    /** In Chinese. */
    readonly zh: string;
  };
  /** The unit id of the value (`percent`); another unit means no `%` after the values. */
  readonly unit?: string;
  /**
   * The indicator (`compareSectors` rows carry it): a negative `profit` level with a qualifier
   * is labelled as a loss ("a loss of over 4", "亏损超过40"), never "over −4".
   */
  readonly indicator?: string;
  /**
   * The measure (`compareSectors` rows carry it): with `level` and `profit`, a loss; a negative
   * growth rate (`yoy`, `two-year-average`) with a qualifier is labelled "down nearly 3%".
   */
  readonly measure?: string;
  /**
   * The value in the one unit of a ranking that holds levels published in several units of one
   * family (`compareSectors` rows carry it: 1,356.582 for million tonnes, never 135,658.2 ×
   * 10,000 tonnes beside 95.7 million tonnes): in English the bar is drawn and labelled with it.
   */
  readonly inEnglish?: {
    /** The value in the ranking's unit. */
    readonly value: number;
    /** Its precision. */
    readonly decimals: number;
    /** The unit (`tonnes-million`, `kwh-billion`, …). */
    readonly unit: string;
  };
  /**
   * The value as Chinese statistics write it (`compareSectors` rows carry it for levels
   * published in million or billion units): in Chinese (`lang: 'zh'`) the bar is drawn and
   * labelled with it, in the unit the rows' Chinese title names (6,740.7 for 万吨, never
   * 67.407).
   */
  readonly inChinese?: {
    /** The value in the Chinese unit. */
    readonly value: number;
    /** Its precision. */
    readonly decimals: number;
    /** The Chinese unit (`tonnes-10k`, `tonnes-100m`, `kwh-100m`, …). */
    readonly unit: string;
  };
}

/**
 * The reference line of a bar chart: the total the bars are compared with. An observation
 * (`find({ period })`) fits as it is.
 *
 * @category Charts
 */
export interface BarTotal {
  /** The total's value; finite. */
  readonly value: number;
  /** Its published precision; default the number's own written decimals. */
  readonly decimals?: number;
  /** The word the page put before the value: `about`, `over` or `nearly`. */
  readonly qualifier?: 'about' | 'over' | 'nearly';
  /** Its label; default `labelOf('total')`, or "All industry" / "全部工业". */
  readonly label?: string;
  /**
   * Its unit id, when known (an observation has one): it must be the unit the bars are drawn
   * in (the rows' `unit`, or their `inChinese` / `inEnglish` unit), else INVALID_OPTION.
   */
  readonly unit?: string;
  /** Its indicator and measure, as for a bar (an observation has them): a loss is labelled so. */
  readonly indicator?: string;
  /** Its measure. */
  readonly measure?: string;
}

/**
 * Options of {@link barChart}.
 *
 * @category Charts
 */
export interface BarChartOptions extends ChartOptions {
  /** A dashed reference line at the total's value, labelled "All industry 23.9%". */
  readonly total?: number | BarTotal | undefined;
  /**
   * The label of a row without a string label, from its `breakdown` id (and of the total,
   * from `total`): `(id) => label(id, 'zh')` with `label` from the root entry, or
   * `(id) => names[id]`. Default: the row's names in both languages (in `lang`), else the id.
   */
  readonly labelOf?: ((id: string) => string) | undefined;
}

const FN = 'barChart';

/** The most bars a chart draws; more is OUT_OF_RANGE (no screen shows them). */
const MAX = 10_000;

const KEYS = [
  'label',
  'breakdown',
  'value',
  'decimals',
  'qualifier',
  'title',
  'unit',
  'inChinese',
  'inEnglish',
  'indicator',
  'measure',
];

/**
 * Draws a horizontal bar chart as an SVG string: one bar per row in the order given (rank
 * order for `compareSectors` rows), each labelled with its value at its published precision
 * and qualifier ("about 29%" / "约29%"), negative values to the left of a zero axis, and an
 * optional dashed reference line at the total ("All industry 23.9%").
 *
 * The scale is linear and includes zero, so a bar's length is proportional to its value. The
 * SVG has `role="img"`, a `<title>` and a `<desc>` that lists every bar for screen readers;
 * every text is escaped; the same input gives the same bytes (coordinates rounded to 2
 * decimals, no random ids). No rows: a small chart that says "no data" ("无数据").
 *
 * The rows of `compareSectors` and `leaders` chart as they are: each carries its name in both
 * languages (`label: { en, zh }`, the bar's text in `lang`) and what the ranking shows
 * (`title`, the chart's title unless the `title` option is given). The chart entry loads no
 * catalogue, so rows of your own bring their own `label` (a string), or `labelOf` names them
 * from their `breakdown` ids (`(id) => label(id, 'zh')` with `label` from the root entry);
 * else the id is shown. Without a title the `<title>` is "Bar chart" ("条形图"). Labels and
 * titles too long for the width end in "…" (the `<desc>` keeps them whole); fitting them is
 * linear in their length. The font stack finds the common Chinese fonts (option `font`).
 *
 * @category Charts
 * @param rows - the bars: `{ label?, breakdown?, value, decimals?, qualifier?, title?, unit? }`,
 * at most 10,000
 * @param options - `title`, `subtitle`, `source`, `width` (default 640), `height` (default
 * from the number of rows), `lang` (`en` or `zh`), `unit` (default `%`), `font`, `total` (a
 * number or `{ value, decimals?, qualifier?, label? }`, such as `find({ period })`), `labelOf`
 * @returns the SVG document, as a string
 * @throws ShanxiIndustryError code NOT_A_NUMBER when a row's value, or the total, is not a
 * finite number (the message names the row)
 * @throws ShanxiIndustryError code INVALID_DECIMALS when a row's `decimals` is not a whole
 * number from 0 to 15
 * @throws ShanxiIndustryError code INVALID_OPTION when `options` is not an object, an option
 * is unknown or has a wrong value (`width` not above 0, `lang` other than `en` or `zh`), `rows`
 * is not a list, a label is neither a string nor `{ en, zh }`, or a row cannot be read (a
 * getter that throws, a revoked Proxy)
 * @throws ShanxiIndustryError code OUT_OF_RANGE when there are more than 10,000 rows
 * @example
 * ```ts
 * const svg = barChart(compareSectors({ period: '2021-Q1' }));
 * (svg.match(/class="bar"/g) ?? []).length;
 * //=> 5
 * svg.includes('>Equipment manufacturing<');
 * //=> true
 * svg.includes('>Shanxi Province, Q1 2021: sectors ranked<');
 * //=> true
 * barChart(compareSectors({ period: '2021-Q1' }), { lang: 'zh' }).includes('>装备制造业<');
 * //=> true
 * barChart([{ label: 'Coal', value: 29, qualifier: 'about' }], { lang: 'zh' }).includes('>约29%<');
 * //=> true
 * barChart([], { lang: 'zh' }).includes('无数据');
 * //=> true
 * ```
 */
export function barChart(rows: readonly BarDatum[], options?: BarChartOptions): string {
  const c = readOptions(options, FN, {
    total: [(v) => typeof v === 'number' || typeof v === 'object', 'a number or { value }'],
    labelOf: [(v) => typeof v === 'function', 'a function'],
  });
  const labelOf = c.o.labelOf as ((id: unknown) => unknown) | undefined;
  const list = objects(rows, FN, 'rows', KEYS, MAX);
  fromRows(c, list[0], `${FN}: rows[0]`);
  // rows that carry their value in the unit of the title's language are drawn with it
  const zh = (r?: Record<string, unknown>) => {
    const v = r?.[c.zh ? 'inChinese' : 'inEnglish'];
    return v ? pick(v, ['value', 'decimals', 'unit'], FN) : r;
  };
  const bar = (r: Record<string, unknown>, where: string) => {
    const own = typeof r.label === 'string' ? r.label : undefined;
    const given = labelOf && r.breakdown != null ? labelOf(r.breakdown) : undefined;
    return {
      name:
        own ??
        (text(c, given || undefined, `${where}: labelOf(${where}.breakdown)`) ||
          text(c, r.label, `${where}.label`) ||
          text(c, r.breakdown, `${where}.breakdown`) ||
          ''),
      ...figure(c, { ...r, ...zh(r) }, where),
    };
  };
  const bars = list.map((r, i) => bar(r, `${FN}: rows[${i}]`));
  const kind = c.zh ? '条形图' : 'Bar chart';
  if (!bars[0]) return empty(c, kind);
  const t = c.o.total;
  const tt =
    typeof t === 'number'
      ? { value: t }
      : pick(
          t,
          ['value', 'decimals', 'qualifier', 'label', 'unit', 'indicator', 'measure'],
          `${FN}: total`,
        );
  const unit = zh(list[0])?.unit;
  // a total in another unit than the bars would draw its line 10ⁿ times off
  if (tt.unit && unit && tt.unit !== unit)
    fail('INVALID_OPTION', `${FN}: total is not in ${unit}`, tt.unit);
  const total =
    t === undefined
      ? undefined
      : bar(
          { label: labelOf ? labelOf('total') : c.zh ? '全部工业' : 'All industry', ...tt },
          `${FN}: total`,
        );

  let lo = Math.min(0, total?.v ?? 0);
  let hi = Math.max(0, total?.v ?? 0);
  let labW = 0;
  let valW = 0;
  const maxLab = c.width * 0.45;
  for (const r of bars) {
    lo = Math.min(lo, r.v);
    hi = Math.max(hi, r.v);
    labW = Math.max(labW, width(r.name, 12, maxLab));
    valW = Math.max(valW, 10 + width(r.s, 11));
  }
  labW = Math.min(maxLab, labW);
  const left = 20 + labW;
  const a = left + (lo < 0 ? valW : 0);
  const b = c.width - 12 - (hi > 0 ? valW : 0);
  // halves, so that the span of two finite numbers cannot overflow
  const x = (v: number) => a + ((v / 2 - lo / 2) / (hi / 2 - lo / 2 || 1)) * (b - a);
  const x0 = x(0);

  const [out, y0] = header(c);
  const top = y0 + (total ? 20 : 0);
  const k = bars.length;
  const band = c.height ? Math.max(1, (c.height - top - 12 - sourceHeight(c)) / k) : 28;
  const bottom = top + band * k;
  bars.forEach((r, i) => {
    const x1 = x(r.v);
    const y = top + band * (i + 0.5);
    out.push(
      el('rect', {
        class: 'bar',
        x: Math.min(x0, x1),
        y: y - band * 0.32,
        width: Math.abs(x1 - x0),
        height: band * 0.64,
        fill: r.v < 0 ? '#cc6677' : '#4477aa',
      }),
      el('text', { x: left - 8, y: y + 4, 'text-anchor': 'end' }, clip(r.name, labW, 12)),
      el(
        'text',
        {
          class: 'value',
          x: x1 + (r.v < 0 ? -4 : 4),
          y: y + 4,
          'text-anchor': r.v < 0 ? 'end' : 'start',
          'font-size': 11,
        },
        r.s,
      ),
    );
  });
  out.push(line('axis', x0, top - 4, x0, bottom + 4, '#444'));
  const note = total ? `${total.name} ${total.s}` : '';
  if (total) {
    const xt = x(total.v);
    const right = xt > (a + b) / 2;
    out.push(
      el('line', {
        class: 'total',
        x1: xt,
        y1: top - 18,
        x2: xt,
        y2: bottom + 4,
        stroke: '#222',
        'stroke-dasharray': '4 3',
      }),
      el(
        'text',
        {
          class: 'total-label',
          x: xt + (right ? -4 : 4),
          y: top - 8,
          'text-anchor': right ? 'end' : 'start',
          'font-size': 11,
        },
        note,
      ),
    );
  }
  const items = bars.map((r) => `${r.name} ${r.s}`);
  const desc = `${c.zh ? `${k}个条形` : `${count(k, 'bar')} from ${bars[0].s} to ${bars.at(-1)!.s}`}: ${items.join('; ')}.${note && ` ${c.zh ? '参考线' : 'Reference line'}: ${note}.`}`;
  return frame(c, kind, desc, out, bottom + 12);
}
