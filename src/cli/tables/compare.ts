/**
 * The table of `compare`: the ranking with bars, the gap to the total, China's figure, the
 * total and the sources. Draws a {@link RankingView}; never calls a command.
 *
 * @module
 */
import { type BenchmarkComparison, formatPeriod, formatPoints } from 'shanxi-industry';
import { bar, barScale } from '../bars.js';
import { type Lang, nameOf, scopesOf, t } from '../i18n.js';
import { numberText, signed, sourceLines, YOURS } from '../render.js';
import { type Cell, type Column, renderTable, truncate } from '../table.js';
import { oneUnitColumn, unitWords } from '../units.js';
import type { FigureKey, RankingView } from '../views.js';
import { type Look, yoursLegend } from './series.js';

const KIND_WORDS = { sector: 'sectors', ownership: 'ownerships', product: 'products' } as const;

/** A row's scope in the Scope column: the short id in English, the name in Chinese. */
const scopeCell = (scope: string | undefined, lang: Lang): string =>
  lang === 'zh' ? nameOf(scope ?? 'unstated', lang) : (scope ?? 'unstated');

/** The ranking as a table, with its title, total, benchmark and sources. */
export function rankingTable(view: RankingView, look: Look): string[] {
  const { lang, style, data } = look;
  const { req, rows, total, benchmarks } = view;
  // every level in one unit, chosen once for the rows (in Chinese 万吨 or 亿吨, …; in English the
  // published unit, or million tonnes, … when the rows mix units of one family); China's figures
  // and the total are moved into it
  const units = oneUnitColumn(lang, rows);
  const unit = units.unitOf(rows[0]?.unit);
  // the scope of each row is shown when the rows are not all above designated size
  const { scopes, note: scopeNote } = scopesOf(rows, lang);
  const withScope = scopes.length > 1;
  let anyYours = false;
  /** `+` after a value that is the user's (read with --data). */
  const mark = (key: FigureKey): string => {
    const yours = data?.yours(key) === true;
    anyYours ||= yours;
    return yours ? YOURS : '';
  };
  const chinaKey = (b: BenchmarkComparison, breakdown: string): FigureKey => ({
    region: 'china',
    indicator: req.indicator,
    breakdown,
    period: req.period,
    measure: req.measure,
    source: b.benchmarkSource,
    value: b.benchmark,
  });
  const withChina = benchmarks.some((b) => b !== undefined);
  const withGap = rows.some((r) => r.gapToTotal !== undefined);
  // the bars on one scale: the values as shown, in one unit
  const values = rows.map((r) => units.shown(r).value);
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
  const totalDecimals = total ? units.shown(total).decimals : 0;
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
    ...(withScope ? [{ header: t('scope', lang), min: 8 }] : []),
  ];
  const body: Cell[][] = rows.map((r, i) => {
    const b = benchmarks[i];
    const shown = units.shown(r);
    return [
      String(r.rank),
      nameOf(r.breakdown, lang),
      `${numberText(shown, lang)}${mark(r)}`,
      drawBar(shown.value),
      ...(withGap
        ? [
            r.gapToTotal === undefined
              ? ''
              : signed(units.gap(r.gapToTotal, r.unit), Math.max(shown.decimals, totalDecimals)),
          ]
        : []),
      ...(withChina
        ? [
            b === undefined
              ? ''
              : `${numberText(
                  units.shown({
                    value: b.benchmark,
                    decimals: b.benchmarkDecimals,
                    unit: b.unit,
                    indicator: req.indicator,
                    measure: req.measure,
                    ...(b.benchmarkQualifier === undefined
                      ? {}
                      : { qualifier: b.benchmarkQualifier }),
                  }),
                  lang,
                )}${mark(chinaKey(b, r.breakdown))}`,
          ]
        : []),
      ...(withScope ? [scopeCell(r.scope, lang)] : []),
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
  const title2Scoped = `${title2}${scopeNote}`;
  const out = [
    style.bold(truncate(title1, style.width)),
    truncate(title2Scoped, style.width),
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
    const parts = [
      `${nameOf('total', lang)}${colon}${numberText(units.shown(total), lang)}${mark(total)}`,
    ];
    const b = view.totalBenchmark;
    if (b) {
      sourceIds.push(b.benchmarkSource);
      const china = units.shown({
        value: b.benchmark,
        decimals: b.benchmarkDecimals,
        unit: b.unit,
        indicator: req.indicator,
        measure: req.measure,
        ...(b.benchmarkQualifier === undefined ? {} : { qualifier: b.benchmarkQualifier }),
      });
      const gap =
        b.unit === 'percent'
          ? formatPoints(b.gap, { decimals: b.decimals, sign: true, locale: lang })
          : signed(units.gap(b.gap, b.unit), Math.max(totalDecimals, china.decimals));
      parts.push(
        `${t('china', lang)}${colon}${numberText(china, lang)}${mark(chinaKey(b, 'total'))}`,
      );
      parts.push(
        lang === 'zh' ? `山西比全国：${gap}` : `${t('shanxi', lang)} − ${t('china', lang)}: ${gap}`,
      );
    }
    out.push(truncate(parts.join(lang === 'zh' ? '；' : '; '), style.width));
  }
  for (const b of benchmarks) if (b) sourceIds.push(b.benchmarkSource);
  const legend = yoursLegend(anyYours, look);
  if (legend.length > 0) out.push(legend[1]!);
  out.push(...sourceLines(sourceIds, lang, style, data));
  return out;
}
