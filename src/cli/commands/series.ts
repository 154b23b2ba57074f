/**
 * `series`: one series in time order, or with `--against` two series side by side with the
 * gap. The command builds its view once; the table, the chart and the export draw it.
 *
 * @module
 */
import {
  type Breakdown,
  comparePeriods,
  type Dataset,
  gapSeries,
  type Observation,
  type PeriodKind,
  parsePeriod,
  type SeriesFilter,
} from 'shanxi-industry';
import { PERIOD_KINDS } from '../args.js';
import { gapChart, seriesChart } from '../chart.js';
import { hiddenNote } from '../data.js';
import { UsageError } from '../errors.js';
import { exportText, recordsText } from '../render.js';
import { GAP_KEYS, gapRecords, gapTable } from '../tables/gap.js';
import { seriesTable } from '../tables/series.js';
import { oneUnitColumn } from '../units.js';
import type { GapRow, GapView, SeriesView } from '../views.js';
import { describeFilters } from './select.js';
import { type Context, lines, type Output } from './types.js';

type PeriodFilter = Pick<SeriesFilter, 'kind' | 'year' | 'from' | 'to'>;

/** The period filters of the command line (`--kind`, `--year`, `--from`, `--to`). */
function periodFilter(ctx: Context): { -readonly [K in keyof PeriodFilter]: PeriodFilter[K] } {
  const { args } = ctx;
  const f: { -readonly [K in keyof PeriodFilter]: PeriodFilter[K] } = {};
  if (args.kinds.length > 0) f.kind = args.kinds as readonly PeriodKind[];
  if (args.years.length > 0) f.year = args.years;
  if (args.from !== undefined) f.from = args.from;
  if (args.to !== undefined) f.to = args.to;
  return f;
}

/**
 * The values on one scale, for bars and sparklines: the levels in the one unit the table and
 * the chart show them in (levels published in 10,000 tonnes and in 100 million tonnes are
 * converted exactly, so that a bar is never 10⁴ times off). `undefined` when they cannot be
 * put on one scale (units of different families, a level beside a rate).
 */
function comparableValues(
  rows: readonly Observation[],
  lang: Context['lang'],
): number[] | undefined {
  const units = oneUnitColumn(lang, rows);
  if (rows.length > 0 && units.unit === undefined) return undefined;
  return rows.map((o) => units.shown(o).value);
}

/** The kinds of the rows, in the order met. */
const kindsOf = (rows: readonly Observation[]): PeriodKind[] => [
  ...new Set(rows.map((o) => parsePeriod(o.period).kind)),
];

/**
 * Without --kind, the figures found must be of one period kind: single months, year-to-date
 * runs and whole years are different series, so a mix is a usage error that names the kinds
 * found (with how many figures each) and how to pick.
 */
function oneKind(rows: readonly Observation[]): void {
  const counts = new Map<string, number>();
  for (const o of rows) {
    const kind = parsePeriod(o.period).kind;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  if (counts.size <= 1) return;
  const found = [...counts].map(([k, n]) => `${k} (${n})`).join(', ');
  const first = counts.has('year-to-date') ? 'year-to-date' : [...counts.keys()][0];
  throw new UsageError(
    `This series has figures of several period kinds: ${found}. Single months, year-to-date runs and whole years are different series: pick one with --kind ${first}, or mix them knowingly with --kind ${[...counts.keys()].join(',')}.`,
  );
}

/** The one series of the command line. */
export function seriesView(ctx: Context): SeriesView {
  const { args } = ctx;
  const key = {
    region: args.regions[0] ?? 'shanxi',
    indicator: args.indicators[0] ?? 'value-added',
    breakdown: args.breakdowns[0] ?? 'total',
    measure: args.measures[0] ?? 'yoy',
    ...(args.scopes[0] === undefined ? {} : { scope: args.scopes[0] }),
  } as const;
  const periods = periodFilter(ctx);
  const { dataset } = ctx.data;
  const rows: readonly Observation[] =
    periods.kind === undefined
      ? dataset.series({ ...key, ...periods, kind: PERIOD_KINDS })
      : dataset.series({ ...key, ...periods });
  if (periods.kind === undefined) oneKind(rows);
  return {
    kind: 'series',
    region: key.region,
    indicator: key.indicator,
    breakdown: key.breakdown,
    measure: key.measure,
    rows,
    kinds: kindsOf(rows),
    values: comparableValues(rows, ctx.lang),
  };
}

/**
 * The two series of `--against`, joined by period: every period either side has, with the
 * gap (from `gapSeries`, exact in decimal) where both have a figure.
 */
export function gapView(ctx: Context, against: 'china' | Breakdown): GapView {
  const { args } = ctx;
  const region = args.regions[0] ?? 'shanxi';
  const indicator = args.indicators[0] ?? 'value-added';
  const breakdown = args.breakdowns[0] ?? 'total';
  const measure = args.measures[0] ?? 'yoy';
  const periods = periodFilter(ctx);
  const kind = periods.kind ?? PERIOD_KINDS;
  const scope = args.scopes[0];
  // one scope for both sides: figures of different scopes are never set against each other
  const key = { indicator, measure, ...periods, kind, ...(scope === undefined ? {} : { scope }) };
  const dataset: Dataset = ctx.data.dataset;
  const first = dataset.series({ ...key, region, breakdown });
  const second =
    against === 'china'
      ? dataset.series({ ...key, region: 'china', breakdown })
      : dataset.series({ ...key, region, breakdown: against });
  if (periods.kind === undefined) oneKind([...first, ...second]);
  const gaps = new Map(
    gapSeries({ ...key, region, breakdown, against, dataset }).map((p) => [p.period, p] as const),
  );
  const byPeriod = new Map<string, { value?: Observation; benchmark?: Observation }>();
  for (const o of first) byPeriod.set(o.period, { value: o });
  for (const o of second) byPeriod.set(o.period, { ...byPeriod.get(o.period), benchmark: o });
  const order = [...first, ...second].map((o) => o.period);
  const periodsInOrder = [...new Set(order)].sort(comparePeriods);
  const rows: GapRow[] = periodsInOrder.map((period) => {
    const sides = byPeriod.get(period)!;
    const g = gaps.get(period);
    return {
      period,
      ...sides,
      ...(g === undefined ? {} : { gap: g.gap, decimals: g.decimals }),
    };
  });
  return {
    kind: 'gap',
    region,
    indicator,
    breakdown,
    measure,
    against,
    rows,
    first,
    second,
    kinds: kindsOf([...first, ...second]),
  };
}

/** The note when the series is empty. */
function nothingInSeries(ctx: Context): string {
  const f = describeFilters(ctx.args);
  return `No figures for this series${f ? ` (${f})` : ''}. Defaults: --region shanxi --indicator value-added --breakdown total --measure yoy. See "shanxi-industry list periods" with the same filters for what exists.`;
}

/** The note for figures of the user's that the series leave out (see `hiddenNote`). */
function hidden(shown: readonly Observation[], ctx: Context): { note?: string } {
  const note = hiddenNote(ctx.data, shown, 'show --all');
  return note === undefined ? {} : { note };
}

/** `series`: builds the view once, then draws it as a table, a chart or a data format. */
export function seriesCommand(ctx: Context): Output {
  const { args, lang } = ctx;
  if (args.against !== undefined) {
    const view = gapView(ctx, args.against);
    if (view.rows.length === 0) return { text: '', note: nothingInSeries(ctx), empty: true };
    const note = hidden([...view.first, ...view.second], ctx);
    if (args.chart !== undefined) return { text: `${gapChart(view, lang)}\n`, ...note };
    if (args.format === 'table') return { text: lines(gapTable(view, ctx)), ...note };
    if (args.format === 'jsonstat')
      return {
        text: exportText(
          [...view.first, ...view.second],
          'jsonstat',
          lang,
          {},
          false,
          ctx.data.dataset.sources,
        ),
        ...note,
      };
    return { text: recordsText(gapRecords(view, lang), GAP_KEYS, args.format), ...note };
  }
  const view = seriesView(ctx);
  if (view.rows.length === 0) return { text: '', note: nothingInSeries(ctx), empty: true };
  const note = hidden(view.rows, ctx);
  if (args.chart !== undefined) return { text: `${seriesChart(view, lang)}\n`, ...note };
  if (args.format === 'table') return { text: lines(seriesTable(view, ctx)), ...note };
  return {
    text: exportText(view.rows, args.format, lang, {}, false, ctx.data.dataset.sources),
    ...note,
  };
}
