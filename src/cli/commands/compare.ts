/**
 * `compare`: a ranking of the sectors (or ownership types, or products) of one period, with
 * bars, the gap to the total, the total itself, China's figure and the sources.
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
  find,
  formatPeriod,
  formatPoints,
  type Indicator,
  type Measure,
  type Observation,
  type PeriodId,
  query,
  type Region,
  UNIT_CATALOGUE,
} from 'shanxi-industry';
import type { Format } from '../args.js';
import { bar, barScale } from '../bars.js';
import { type Lang, nameOf, t } from '../i18n.js';
import { exportText, numberText, signed, sourceLines } from '../render.js';
import { type Cell, type Column, renderTable, truncate } from '../table.js';
import { type Context, lines, type Output } from './types.js';

type RankKind = 'sector' | 'ownership' | 'product';

/** What was asked for, with the defaults filled in. */
export interface CompareRequest {
  readonly period: PeriodId;
  readonly region: Region;
  readonly indicator: Indicator;
  readonly measure: Measure;
  readonly kind: RankKind;
  readonly options: CompareSectorsOptions;
}

/** The request of the command line. */
export function compareRequest(ctx: Context): CompareRequest {
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
  };
  return { period, region, indicator, measure, kind, options };
}

/** Shanxi against China for one breakdown, or `undefined` (not published, other units). */
/** The published total for the key of a ranking, if any. */
export function totalOf(req: CompareRequest): Observation | undefined {
  return find({
    region: req.region,
    indicator: req.indicator,
    measure: req.measure,
    period: req.period,
    breakdown: 'total',
  });
}

function benchmarkOf(
  req: CompareRequest,
  breakdown: CompareRow['breakdown'],
): BenchmarkComparison | undefined {
  if (req.region !== 'shanxi') return undefined;
  try {
    return compareWithBenchmark({
      period: req.period,
      breakdown,
      indicator: req.indicator,
      measure: req.measure,
    });
  } catch {
    return undefined;
  }
}

const KIND_WORDS = { sector: 'sectors', ownership: 'ownerships', product: 'products' } as const;

/** The note when nothing of the kind was published for the period: the periods that have some. */
function nothing(req: CompareRequest): string {
  const prefix = `${req.kind}:`;
  const periods = [
    ...new Set(
      query({ region: req.region, indicator: req.indicator, measure: req.measure })
        .filter((o) => o.breakdown.startsWith(prefix))
        .map((o) => o.period),
    ),
  ].sort(comparePeriods);
  const what = `${req.kind} figures (${req.indicator}, ${req.measure}, ${req.region})`;
  const head = `Nothing to rank: no ${what} for ${formatPeriod(req.period, 'en')} (${req.period}).`;
  if (periods.length === 0) return `${head} The data has none for any period.`;
  const shown = periods.slice(-12);
  return `${head} Periods that have some${periods.length > shown.length ? ' (latest 12)' : ''}: ${shown.join(', ')}.`;
}

/** The unit words for a title: "" for percent. */
function unitWords(unit: string | undefined, lang: Lang): string {
  if (unit === undefined || unit === 'percent') return '';
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  return entry ? ` (${entry[lang]})` : '';
}

/** The ranking as a table, with its title, total, benchmark and sources. */
function table(rows: readonly CompareRow[], req: CompareRequest, ctx: Context): string[] {
  const { lang, style } = ctx;
  const unit = rows[0]?.unit;
  const total = totalOf(req);
  const benchmarks = rows.map((r) => benchmarkOf(req, r.breakdown));
  const withChina = benchmarks.some((b) => b !== undefined);
  const withGap = rows.some((r) => r.gapToTotal !== undefined);
  const values = rows.map((r) => r.value);
  const scales = new Map<number, ReturnType<typeof barScale>>();
  const drawBar =
    (value: number): Cell =>
    (width) => {
      let scale = scales.get(width);
      if (!scale) {
        scale = barScale(values, width);
        scales.set(width, scale);
      }
      const b = bar(value, scale, style.axis);
      return value < 0 ? style.red(b) : b;
    };
  const totalDecimals = total?.decimals ?? 0;
  const columns: Column[] = [
    { header: t('rank', lang), align: 'right' },
    { header: t(req.kind, lang) },
    { header: t('value', lang), align: 'right' },
    { header: '', width: 20 },
    ...(withGap
      ? [
          {
            header: unit === 'percent' ? t('gapPoints', lang) : t('gap', lang),
            align: 'right' as const,
          },
        ]
      : []),
    ...(withChina ? [{ header: t('china', lang), align: 'right' as const }] : []),
  ];
  const body: Cell[][] = rows.map((r, i) => {
    const b = benchmarks[i];
    return [
      String(r.rank),
      nameOf(r.breakdown, lang),
      numberText(r, lang),
      drawBar(r.value),
      ...(withGap
        ? [
            r.gapToTotal === undefined
              ? ''
              : signed(r.gapToTotal, Math.max(r.decimals, totalDecimals)),
          ]
        : []),
      ...(withChina
        ? [
            b === undefined
              ? ''
              : numberText(
                  {
                    value: b.benchmark,
                    decimals: b.decimals,
                    unit: b.unit,
                    ...(b.benchmarkQualifier === undefined
                      ? {}
                      : { qualifier: b.benchmarkQualifier }),
                  },
                  lang,
                ),
          ]
        : []),
    ];
  });
  const title1 = [
    nameOf(req.region, lang),
    formatPeriod(req.period, lang),
    nameOf(req.indicator, lang),
  ].join(' · ');
  const measureName = nameOf(req.measure, lang);
  const title2 =
    lang === 'zh'
      ? `${t(KIND_WORDS[req.kind], lang)}按${measureName}排名${unitWords(unit, lang)}`
      : `${t(KIND_WORDS[req.kind], lang)} ranked by ${measureName.charAt(0).toLowerCase()}${measureName.slice(1)}${unitWords(unit, lang)}`;
  const out = [
    style.bold(truncate(title1, style.width)),
    truncate(title2, style.width),
    '',
    ...renderTable(columns, body, {
      maxWidth: style.width,
      rule: style.rule,
      header: style.bold,
      shrink: [
        [1, 32],
        [3, 12],
        [1, 16],
        [3, 8],
        [1, 8],
      ],
    }),
    '',
  ];
  const sourceIds = rows.map((r) => r.source);
  if (total) {
    sourceIds.push(total.source);
    const colon = lang === 'zh' ? '：' : ': ';
    const parts = [`${nameOf('total', lang)}${colon}${numberText(total, lang)}`];
    const b = benchmarkOf(req, 'total');
    if (b) {
      sourceIds.push(b.benchmarkSource);
      const china = numberText(
        {
          value: b.benchmark,
          decimals: b.decimals,
          unit: b.unit,
          ...(b.benchmarkQualifier === undefined ? {} : { qualifier: b.benchmarkQualifier }),
        },
        lang,
      );
      const gap =
        b.unit === 'percent'
          ? formatPoints(b.gap, { decimals: b.decimals, sign: true, locale: lang })
          : signed(b.gap, b.decimals);
      parts.push(`${t('china', lang)}${colon}${china}`);
      parts.push(
        lang === 'zh' ? `山西比全国：${gap}` : `${t('shanxi', lang)} − ${t('china', lang)}: ${gap}`,
      );
    }
    out.push(truncate(parts.join(lang === 'zh' ? '；' : '; '), style.width));
  }
  for (const b of benchmarks) if (b) sourceIds.push(b.benchmarkSource);
  out.push(...sourceLines(sourceIds, lang, style));
  return out;
}

/** The request and the rows of the ranking (`[]` when nothing was published). */
export function ranking(ctx: Context): { req: CompareRequest; rows: readonly CompareRow[] } {
  const req = compareRequest(ctx);
  return { req, rows: compareSectors(req.options) };
}

/** `compare`: the ranking as a table (or a data format). */
export function compare(ctx: Context): Output {
  const { req, rows } = ranking(ctx);
  const format: Format = ctx.args.format;
  if (format !== 'table') {
    if (rows.length === 0 && format === 'jsonstat') return { text: '', note: nothing(req) };
    return {
      text: exportText(rows, format, ctx.lang, { indicator: req.indicator, measure: req.measure }),
    };
  }
  if (rows.length === 0) return { text: '', note: nothing(req) };
  return { text: lines(table(rows, req, ctx)) };
}

export { nothing as nothingToRank };
