/**
 * `--chart svg`: the view a command built, drawn by the `shanxi-industry/chart` entry — a
 * ranking as a bar chart, one series or two (`--against`) as a line chart. Draws views; never
 * calls a command.
 *
 * @module
 */

import { formatPeriod, type Observation, sourceOf, UNIT_CATALOGUE } from 'shanxi-industry';
import { type BarTotal, barChart, type LinePoint, lineChart } from 'shanxi-industry/chart';
import { type Lang, nameOf, scopesOf, t } from './i18n.js';
import { sideNames } from './tables/gap.js';
import { type ColumnUnits, oneUnitColumn } from './units.js';
import type { GapView, RankingView, SeriesView } from './views.js';

/** The longest a source line under a chart may be, in characters (about 600 px at 11 px). */
const SOURCE_LINE = 90;
/** The most sources named one per line with their publisher; more are listed by id. */
const FEW = 3;

const cut = (line: string): string =>
  [...line].length > SOURCE_LINE ? `${[...line].slice(0, SOURCE_LINE - 1).join('')}…` : line;

/**
 * The source note under a chart, never more than three short lines (a few dozen px, well
 * under the plot's height): up to three sources with their publishers, one a line; more as
 * their ids on one line ("and N more" when they do not fit) and how to list them.
 */
export function sourceNote(ids: readonly string[], lang: Lang): string {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return '';
  if (unique.length <= FEW) {
    const word = lang === 'zh' ? '来源：' : unique.length > 1 ? 'Sources: ' : 'Source: ';
    const pad = lang === 'zh' ? '　　　' : ' '.repeat(word.length);
    return unique
      .map((id, i) => {
        const s = sourceOf(id);
        return cut(`${i === 0 ? word : pad}${s ? `${id} ${s.publisher}` : id}`);
      })
      .join('\n');
  }
  const head = lang === 'zh' ? `来源（${unique.length} 个）：` : `Sources (${unique.length}): `;
  let shown = 0;
  let line = head;
  for (const id of unique) {
    const rest = unique.length - shown - 1;
    const more = rest > 0 ? (lang === 'zh' ? `，另 ${rest} 个` : `, and ${rest} more`) : '';
    const next = `${line}${shown === 0 ? '' : lang === 'zh' ? '，' : ', '}${id}`;
    if ([...next].length + more.length > SOURCE_LINE) break;
    line = next;
    shown++;
  }
  const rest = unique.length - shown;
  if (rest > 0) line += lang === 'zh' ? `，另 ${rest} 个` : `, and ${rest} more`;
  const how =
    lang === 'zh'
      ? '发布者与网址：shanxi-industry list sources'
      : 'Publishers and urls: shanxi-industry list sources';
  return `${line}\n${how}`;
}

/** The suffix of values: `%` for rates, none for ranks and levels (their unit is in the subtitle). */
function unitOptions(unit: string | undefined, lang: Lang): { unit: string; words: string } {
  if (unit === undefined || unit === 'percent') return { unit: '%', words: '' };
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  return { unit: '', words: unit === 'rank' || !entry ? '' : ` (${entry[lang]})` };
}

const KIND_WORDS = { sector: 'sectors', ownership: 'ownerships', product: 'products' } as const;

/** A ranking as a bar chart, with the total. */
export function rankingChart(view: RankingView, lang: Lang): string {
  const { req, rows, total } = view;
  // every level in one unit for the whole chart (in Chinese 万吨 or 亿吨, …), as the table
  const units = oneUnitColumn(lang, rows);
  const { unit, words } = unitOptions(units.unitOf(rows[0]?.unit), lang);
  const measureName = nameOf(req.measure, lang);
  // the scope, when the bars are not all above designated size: in the subtitle, or by bar
  const { scopes, note: scopeNote } = scopesOf(rows, lang);
  const scoped = (name: string, scope: string | undefined): string =>
    scopes.length < 2
      ? name
      : lang === 'zh'
        ? `${name}（${nameOf(scope ?? 'unstated', lang)}）`
        : `${name} (${scope ?? 'unstated'})`;
  const subtitle =
    lang === 'zh'
      ? `${t(KIND_WORDS[req.kind], lang)}按${measureName}排名${words}${scopeNote}`
      : `${t(KIND_WORDS[req.kind], lang)} ranked by ${measureName.charAt(0).toLowerCase()}${measureName.slice(1)}${words}${scopeNote}`;
  // the total's line only on the bars' scale: in their unit, converted exactly
  const shownTotal =
    total && units.unitOf(total.unit) === units.unitOf(rows[0]?.unit)
      ? units.shown(total)
      : undefined;
  const totalOption: BarTotal | undefined = shownTotal
    ? {
        value: shownTotal.value,
        decimals: shownTotal.decimals,
        label: nameOf('total', lang),
        indicator: req.indicator,
        measure: req.measure,
        ...(shownTotal.qualifier === undefined ? {} : { qualifier: shownTotal.qualifier }),
      }
    : undefined;
  return barChart(
    rows.map((r) => {
      const shown = units.shown(r);
      return {
        label: scoped(nameOf(r.breakdown, lang), r.scope),
        breakdown: r.breakdown,
        value: shown.value,
        decimals: shown.decimals,
        indicator: req.indicator,
        measure: req.measure,
        ...(r.qualifier === undefined ? {} : { qualifier: r.qualifier }),
      };
    }),
    {
      lang,
      unit,
      title: `${nameOf(req.region, lang)} · ${formatPeriod(req.period, lang)}`,
      subtitle: `${nameOf(req.indicator, lang)}\n${subtitle}`,
      source: sourceNote(
        [...rows.map((r) => r.source), ...(totalOption && total ? [total.source] : [])],
        lang,
      ),
      total: totalOption,
    },
  );
}

/**
 * The points of a line, as the chart shows them: every level in the one unit of the chart
 * (`units`), converted exactly, with its precision and qualifier.
 */
function pointsOf(rows: readonly Observation[], units: ColumnUnits): LinePoint[] {
  return rows.map((row) => {
    const o = units.shown(row);
    return {
      period: o.period,
      value: o.value,
      decimals: o.decimals,
      indicator: o.indicator,
      measure: o.measure,
      ...(o.qualifier === undefined ? {} : { qualifier: o.qualifier }),
    };
  });
}

/** One series as a line chart. */
export function seriesChart(view: SeriesView, lang: Lang): string {
  const { rows } = view;
  const units = oneUnitColumn(lang, rows);
  const { unit, words } = unitOptions(units.unitOf(rows.at(-1)?.unit), lang);
  const name = nameOf(view.region, lang);
  return lineChart([{ name, points: pointsOf(rows, units) }], {
    lang,
    unit,
    title: `${name} · ${nameOf(view.breakdown, lang)}`,
    subtitle: `${nameOf(view.indicator, lang)}\n${nameOf(view.measure, lang)}${words}`,
    source: sourceNote(
      rows.map((o) => o.source),
      lang,
    ),
  });
}

/** Two series (`--against`) as two lines of one chart. */
export function gapChart(view: GapView, lang: Lang): string {
  const [a, b] = sideNames(view, lang);
  const all = [...view.first, ...view.second];
  const units = oneUnitColumn(lang, all);
  const { unit, words } = unitOptions(units.unitOf(all.at(-1)?.unit), lang);
  const versus = lang === 'zh' ? `${a}与${b}` : `${a} against ${b}`;
  const title =
    view.against === 'china'
      ? `${versus} · ${nameOf(view.breakdown, lang)}`
      : `${nameOf(view.region, lang)} · ${versus}`;
  return lineChart(
    [
      { name: a, points: pointsOf(view.first, units) },
      { name: b, points: pointsOf(view.second, units) },
    ],
    {
      lang,
      unit,
      title,
      subtitle: `${nameOf(view.indicator, lang)}\n${nameOf(view.measure, lang)}${words}`,
      source: sourceNote(
        all.map((o) => o.source),
        lang,
      ),
    },
  );
}
