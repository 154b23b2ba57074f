/**
 * `series`: one series in time order, with a bar per period and a sparkline.
 *
 * @module
 */
import {
  convertLevel,
  formatPeriod,
  type Observation,
  type PeriodKind,
  parsePeriod,
  type SeriesFilter,
  series,
} from 'shanxi-industry';
import { PERIOD_KINDS } from '../args.js';
import { bar, barScale, sparkline } from '../bars.js';
import { UsageError } from '../errors.js';
import { nameOf, PERIOD_KIND_NAMES, t } from '../i18n.js';
import { exportText, sourceLines, valueText } from '../render.js';
import { type Cell, displayWidth, renderTable, truncate } from '../table.js';
import { describeFilters } from './select.js';
import { type Context, lines, type Output } from './types.js';

/** The series filter of the command line. */
export function seriesFilter(ctx: Context): SeriesFilter {
  const { args } = ctx;
  const f: { -readonly [K in keyof SeriesFilter]: SeriesFilter[K] } = {
    region: args.regions[0] ?? 'shanxi',
    indicator: args.indicators[0] ?? 'value-added',
    breakdown: args.breakdowns[0] ?? 'total',
    measure: args.measures[0] ?? 'yoy',
  };
  if (args.kinds.length > 0) f.kind = args.kinds as readonly PeriodKind[];
  if (args.years.length > 0) f.year = args.years;
  if (args.from !== undefined) f.from = args.from;
  if (args.to !== undefined) f.to = args.to;
  return f;
}

/**
 * The values on one scale, for bars and sparklines: levels published in different units of
 * one family (10,000 tonnes and 100 million tonnes) are converted to the latest row's unit.
 * `undefined` when they cannot be (units of different families).
 */
export function comparableValues(rows: readonly Observation[]): number[] | undefined {
  const unit = rows.at(-1)?.unit;
  if (unit === undefined) return [];
  try {
    return rows.map((o) => (o.unit === unit ? o.value : convertLevel(o.value, o.unit, unit)));
  } catch {
    return undefined;
  }
}

/** The note when the series is empty. */
export function nothingInSeries(ctx: Context): string {
  const f = describeFilters(ctx.args);
  return `No figures for this series${f ? ` (${f})` : ''}. Defaults: --region shanxi --indicator value-added --breakdown total --measure yoy. See "shanxi-industry list periods" with the same filters for what exists.`;
}

/** Wraps a sparkline into lines of at most `width` columns after a label. */
function trendLines(label: string, spark: string, width: number): string[] {
  const indent = displayWidth(label);
  const room = Math.max(10, width - indent - 1);
  const chars = [...spark];
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += room)
    out.push(`${i === 0 ? label : ' '.repeat(indent)} ${chars.slice(i, i + room).join('')}`);
  return out;
}

function table(rows: readonly Observation[], ctx: Context): string[] {
  const { lang, style } = ctx;
  const filter = seriesFilter(ctx);
  const values = comparableValues(rows);
  const kinds = [...new Set(rows.map((o) => parsePeriod(o.period).kind))];
  const title1 = [
    nameOf(filter.region ?? 'shanxi', lang),
    nameOf(filter.breakdown ?? 'total', lang),
    nameOf(filter.indicator ?? 'value-added', lang),
  ].join(' · ');
  const kindWords = kinds.map((k) => PERIOD_KIND_NAMES[k]?.[lang] ?? k).join(', ');
  const title2 = `${nameOf(filter.measure ?? 'yoy', lang)} · ${kindWords}`;
  const scales = new Map<number, ReturnType<typeof barScale>>();
  const drawBar =
    (i: number): Cell =>
    (width) => {
      const v = values?.[i];
      if (values === undefined || v === undefined) return '';
      let scale = scales.get(width);
      if (!scale) {
        scale = barScale(values, width);
        scales.set(width, scale);
      }
      const b = bar(v, scale, style.axis);
      return v < 0 ? style.red(b) : b;
    };
  const out = [
    style.bold(truncate(title1, style.width)),
    truncate(title2, style.width),
    '',
    ...renderTable(
      [
        { header: t('period', lang), min: 8 },
        { header: t('value', lang), align: 'right' },
        { header: '', width: 30, min: 8 },
        { header: t('source', lang) },
      ],
      rows.map((o, i) => [formatPeriod(o.period, lang), valueText(o, lang), drawBar(i), o.source]),
      { maxWidth: style.width, rule: style.rule, header: style.bold },
    ),
    '',
  ];
  if (values !== undefined && rows.length > 1) {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const label = `${t('trend', lang)}${lang === 'zh' ? '：' : ':'}`;
    out.push(...trendLines(label, sparkline(values), style.width));
    out.push(
      truncate(
        `${' '.repeat(displayWidth(label))} ${formatPeriod(first.period, lang)} ${valueText(first, lang)} → ${formatPeriod(last.period, lang)} ${valueText(last, lang)}`,
        style.width,
      ),
    );
  }
  if (kinds.length > 1 && kinds.includes('month') && kinds.includes('year-to-date'))
    out.push('', ...wrap(t('mixedKinds', lang), style.width).map(style.dim));
  out.push(
    '',
    ...sourceLines(
      rows.map((o) => o.source),
      lang,
      style,
    ),
  );
  return out;
}

/** Words wrapped at spaces into lines of at most `width` columns. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out.map((l) => truncate(l, width));
}

/**
 * The rows of the series. Without --kind, the figures found must be of one period kind:
 * single months, year-to-date runs and whole years are different series, so a mix is a usage
 * error that names the kinds found (with how many figures each) and how to pick.
 */
export function seriesRows(ctx: Context): readonly Observation[] {
  const filter = seriesFilter(ctx);
  if (filter.kind !== undefined) return series(filter);
  const rows = series({ ...filter, kind: PERIOD_KINDS });
  const counts = new Map<string, number>();
  for (const o of rows) {
    const kind = parsePeriod(o.period).kind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (counts.size > 1) {
    const found = [...counts].map(([k, n]) => `${k} (${n})`).join(', ');
    const first = counts.has('year-to-date') ? 'year-to-date' : [...counts.keys()][0];
    throw new UsageError(
      `This series has figures of several period kinds: ${found}. Single months, year-to-date runs and whole years are different series: pick one with --kind ${first}, or mix them knowingly with --kind ${[...counts.keys()].join(',')}.`,
    );
  }
  return rows;
}

/** `series`: the series as a table (or a data format). */
export function seriesCommand(ctx: Context): Output {
  const rows = seriesRows(ctx);
  if (ctx.args.format !== 'table') {
    if (rows.length === 0 && ctx.args.format === 'jsonstat')
      return { text: '', note: nothingInSeries(ctx) };
    return { text: exportText(rows, ctx.args.format, ctx.lang) };
  }
  if (rows.length === 0) return { text: '', note: nothingInSeries(ctx) };
  return { text: lines(table(rows, ctx)) };
}
