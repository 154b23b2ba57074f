/**
 * `--chart svg`: the ranking of `compare` as a bar chart, the series of `series` as a line
 * chart, drawn by the `shanxi-industry/chart` entry. Loaded only when asked for.
 *
 * @module
 */

import { formatPeriod, type Observation, sourceOf, UNIT_CATALOGUE } from 'shanxi-industry';
import { type BarTotal, barChart, type LinePoint, lineChart } from 'shanxi-industry/chart';
import { nothingToRank, ranking, totalOf } from './commands/compare.js';
import { comparableValues, nothingInSeries, seriesFilter, seriesRows } from './commands/series.js';
import type { Context, Output } from './commands/types.js';
import { type Lang, nameOf, t } from './i18n.js';

/** The source lines under a chart: "Source: s032 China Daily, https://…", one per source. */
function sourceText(ids: readonly string[], lang: Lang): string {
  const unique = [...new Set(ids)].sort();
  const word = lang === 'zh' ? '来源：' : unique.length > 1 ? 'Sources: ' : 'Source: ';
  return unique
    .map((id, i) => {
      const s = sourceOf(id);
      const text = s ? `${id} ${s.publisher}, ${s.url}` : id;
      return i === 0 ? `${word}${text}` : text;
    })
    .join('\n');
}

/** The suffix of values: `%` for rates, none for ranks and levels (their unit is in the subtitle). */
function unitOptions(unit: string | undefined, lang: Lang): { unit: string; words: string } {
  if (unit === undefined || unit === 'percent') return { unit: '%', words: '' };
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  return { unit: '', words: unit === 'rank' || !entry ? '' : ` (${entry[lang]})` };
}

const KIND_WORDS = { sector: 'sectors', ownership: 'ownerships', product: 'products' } as const;

function compareChart(ctx: Context): Output {
  const { lang } = ctx;
  const { req, rows } = ranking(ctx);
  if (rows.length === 0) return { text: '', note: nothingToRank(req) };
  const total = totalOf(req);
  const { unit, words } = unitOptions(rows[0]?.unit, lang);
  const measureName = nameOf(req.measure, lang);
  const subtitle =
    lang === 'zh'
      ? `${t(KIND_WORDS[req.kind], lang)}按${measureName}排名${words}`
      : `${t(KIND_WORDS[req.kind], lang)} ranked by ${measureName.charAt(0).toLowerCase()}${measureName.slice(1)}${words}`;
  const totalOption: BarTotal | undefined =
    total && total.unit === rows[0]?.unit
      ? {
          value: total.value,
          decimals: total.decimals,
          label: nameOf('total', lang),
          ...(total.qualifier === undefined ? {} : { qualifier: total.qualifier }),
        }
      : undefined;
  const svg = barChart(
    rows.map((r) => ({
      label: nameOf(r.breakdown, lang),
      breakdown: r.breakdown,
      value: r.value,
      decimals: r.decimals,
      ...(r.qualifier === undefined ? {} : { qualifier: r.qualifier }),
    })),
    {
      lang,
      unit,
      title: `${nameOf(req.region, lang)} · ${formatPeriod(req.period, lang)}`,
      subtitle: `${nameOf(req.indicator, lang)}\n${subtitle}`,
      source: sourceText(
        [...rows.map((r) => r.source), ...(totalOption && total ? [total.source] : [])],
        lang,
      ),
      total: totalOption,
    },
  );
  return { text: `${svg}\n` };
}

function seriesChart(ctx: Context): Output {
  const { lang } = ctx;
  const rows: readonly Observation[] = seriesRows(ctx);
  if (rows.length === 0) return { text: '', note: nothingInSeries(ctx) };
  const filter = seriesFilter(ctx);
  const last = rows.at(-1)!;
  // levels published in several units of one family are drawn in the latest row's unit
  const converted = comparableValues(rows);
  const mixed = rows.some((o) => o.unit !== last.unit);
  const points: LinePoint[] = rows.map((o, i) =>
    mixed && converted
      ? { period: o.period, value: converted[i]! }
      : {
          period: o.period,
          value: o.value,
          decimals: o.decimals,
          ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier }),
        },
  );
  const { unit, words } = unitOptions(last.unit, lang);
  const svg = lineChart([{ name: nameOf(filter.region ?? 'shanxi', lang), points }], {
    lang,
    unit,
    title: `${nameOf(filter.region ?? 'shanxi', lang)} · ${nameOf(filter.breakdown ?? 'total', lang)}`,
    subtitle: `${nameOf(filter.indicator ?? 'value-added', lang)}\n${nameOf(filter.measure ?? 'yoy', lang)}${words}`,
    source: sourceText(
      rows.map((o) => o.source),
      lang,
    ),
  });
  return { text: `${svg}\n` };
}

/** Draws the chart of `compare` or `series` as SVG. */
export function chart(ctx: Context): Output {
  return ctx.args.command === 'compare' ? compareChart(ctx) : seriesChart(ctx);
}
