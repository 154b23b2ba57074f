/**
 * `compare`: a ranking of the sectors (or ownership types, or products) of one period, with
 * the gap to the total, the total itself and China's figure. The command builds its view
 * once; the table, the chart and the export draw it.
 *
 * @module
 */
import {
  type BenchmarkComparison,
  type CompareRow,
  type CompareSectorsOptions,
  comparePeriods,
  compareSectors,
  compareWithBenchmark,
  type Dataset,
  formatPeriod,
  type Observation,
  type ScopeFilter,
} from 'shanxi-industry';
import { rankingChart } from '../chart.js';
import { hiddenNote } from '../data.js';
import { exportText } from '../render.js';
import { rankingTable } from '../tables/compare.js';
import type { CompareRequest, RankingView, RankKind } from '../views.js';
import { type Context, lines, type Output } from './types.js';

/** The request of the command line. */
function compareRequest(ctx: Context): CompareRequest {
  const { args } = ctx;
  const period = args.periods[0]!;
  const region = args.regions[0] ?? 'shanxi';
  const measure = args.measures[0] ?? 'yoy';
  const given = args.kinds[0] as RankKind | undefined;
  const first = args.breakdowns[0];
  const inferred = first?.includes(':')
    ? (first.slice(0, first.indexOf(':')) as RankKind)
    : undefined;
  const kind = given ?? inferred ?? 'sector';
  // products have output figures only; sectors and ownership types value added
  const indicator = args.indicators[0] ?? (kind === 'product' ? 'output' : 'value-added');
  const options: CompareSectorsOptions = {
    period,
    region,
    indicator,
    measure,
    ...(given === undefined ? {} : { kind: given }),
    ...(args.breakdowns.length > 0 ? { sectors: args.breakdowns } : {}),
    ...(args.scopes[0] === undefined ? {} : { scope: args.scopes[0] }),
  };
  return { period, region, indicator, measure, kind, options };
}

/** Shanxi against China for one breakdown, or `undefined` (not published, other units). */
function benchmarkOf(
  req: CompareRequest,
  breakdown: CompareRow['breakdown'],
  scope: ScopeFilter | undefined,
  dataset: Dataset,
): BenchmarkComparison | undefined {
  if (req.region !== 'shanxi') return undefined;
  try {
    // China's figure of the same scope as Shanxi's, never another statistic
    return compareWithBenchmark({
      period: req.period,
      breakdown,
      indicator: req.indicator,
      measure: req.measure,
      ...(scope === undefined ? {} : { scope }),
      dataset,
    });
  } catch {
    return undefined;
  }
}

/** The ranking of the command line, with the total and China's figures, built once. */
export function rankingView(ctx: Context): RankingView {
  const req = compareRequest(ctx);
  const { dataset } = ctx.data;
  const rows = compareSectors({ ...req.options, dataset });
  const scope = req.options.scope;
  const total = dataset.find({
    region: req.region,
    indicator: req.indicator,
    measure: req.measure,
    period: req.period,
    breakdown: 'total',
    ...(scope === undefined ? {} : { scope }),
  });
  const totalBenchmark = total
    ? benchmarkOf(req, 'total', total.scope ?? 'unstated', dataset)
    : undefined;
  return {
    kind: 'ranking',
    req,
    rows,
    ...(total === undefined ? {} : { total }),
    ...(totalBenchmark === undefined ? {} : { totalBenchmark }),
    benchmarks: rows.map((r) => benchmarkOf(req, r.breakdown, r.scope ?? 'unstated', dataset)),
  };
}

/** The note when nothing of the kind was published for the period: the periods that have some. */
function nothingToRank(req: CompareRequest, dataset: Dataset): string {
  const prefix = `${req.kind}:`;
  const periods = [
    ...new Set(
      dataset
        .query({
          region: req.region,
          indicator: req.indicator,
          measure: req.measure,
          ...(req.options.scope === undefined ? {} : { scope: req.options.scope }),
        })
        .filter((o) => o.breakdown.startsWith(prefix))
        .map((o) => o.period),
    ),
  ].sort(comparePeriods);
  const scope = req.options.scope === undefined ? '' : `, scope ${req.options.scope}`;
  const what = `${req.kind} figures (${req.indicator}, ${req.measure}, ${req.region}${scope})`;
  const head = `Nothing to rank: no ${what} for ${formatPeriod(req.period, 'en')}${formatPeriod(req.period, 'en') === req.period ? '' : ` (${req.period})`}.`;
  if (periods.length === 0) return `${head} The data has none for any period.`;
  const shown = periods.slice(-12);
  return `${head} Periods that have some${periods.length > shown.length ? ' (latest 12)' : ''}: ${shown.join(', ')}.`;
}

/**
 * The figures a ranking shows: each row's, the total's, and China's beside them (each the
 * preferred figure of its key and scope).
 */
function rankingFigures(view: RankingView, dataset: Dataset): Observation[] {
  const { req } = view;
  const out: Observation[] = view.total ? [view.total] : [];
  const find = (region: string, breakdown: string, scope: ScopeFilter) => {
    const o = dataset.find({
      region,
      indicator: req.indicator,
      breakdown,
      period: req.period,
      measure: req.measure,
      scope,
    } as Parameters<Dataset['find']>[0]);
    if (o) out.push(o);
  };
  view.rows.forEach((r, i) => {
    const scope = r.scope ?? 'unstated';
    find(r.region, r.breakdown, scope);
    if (view.benchmarks[i]) find('china', r.breakdown, scope);
  });
  if (view.total && view.totalBenchmark) find('china', 'total', view.total.scope ?? 'unstated');
  return out;
}

/** `compare`: builds the ranking once, then draws it as a table, a chart or a data format. */
export function compare(ctx: Context): Output {
  const { args, lang } = ctx;
  const view = rankingView(ctx);
  const { req, rows } = view;
  if (rows.length === 0)
    return { text: '', note: nothingToRank(req, ctx.data.dataset), empty: true };
  const text =
    args.chart !== undefined
      ? `${rankingChart(view, lang)}\n`
      : args.format === 'table'
        ? lines(rankingTable(view, ctx))
        : exportText(
            rows,
            args.format,
            lang,
            { indicator: req.indicator, measure: req.measure },
            false,
            ctx.data.dataset.sources,
          );
  const note = hiddenNote(ctx.data, rankingFigures(view, ctx.data.dataset), 'show --all');
  return note === undefined ? { text } : { text, note };
}
