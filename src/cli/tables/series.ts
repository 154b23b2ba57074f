/**
 * The table of `series`: a bar per period, a sparkline that marks the periods without a
 * figure, and the sources. Draws a {@link SeriesView}; never calls a command.
 *
 * @module
 */
import { formatPeriod } from 'shanxi-industry';
import { bar, barScale, MISSING, sparkline } from '../bars.js';
import { type Lang, nameOf, PERIOD_KIND_NAMES, scopeWords, t } from '../i18n.js';
import type { Style } from '../io.js';
import { numberText, sourceLines, valueText, YOURS } from '../render.js';
import { type Cell, displayWidth, renderTable, truncate } from '../table.js';
import { missingBefore } from '../timeline.js';
import { isLevelUnit, oneUnitColumn, unitWords } from '../units.js';
import type { DataLook, SeriesView } from '../views.js';

/** How a table is drawn: the language, the style, and what is known of the data. */
export interface Look {
  readonly lang: Lang;
  readonly style: Style;
  /** Which figures are the user's (marked with {@link YOURS}) and the sources. */
  readonly data?: DataLook;
}

/** The legend line of {@link YOURS}, when a table shows one of the user's figures. */
export function yoursLegend(shown: boolean, look: Look): string[] {
  return shown ? ['', look.style.dim(truncate(t('yours', look.lang), look.style.width))] : [];
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

/** Words wrapped at spaces into lines of at most `width` columns. */
export function wrap(text: string, width: number): string[] {
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

/** The kinds of a view in words: "single months", "累计". */
export const kindWords = (kinds: readonly string[], lang: Look['lang']): string =>
  kinds.map((k) => PERIOD_KIND_NAMES[k]?.[lang] ?? k).join(', ');

const MISSING_NOTE = {
  en: `${MISSING} a period without a figure; ${MISSING}N${MISSING} N such periods in a row.`,
  zh: `${MISSING} 表示该时期没有数据；${MISSING}N${MISSING} 表示连续 N 个时期没有数据。`,
} as const;

/** The lines of the series table, with its title, trend and sources. */
export function seriesTable(view: SeriesView, look: Look): string[] {
  const { lang, style, data } = look;
  const { rows, values, kinds } = view;
  // every level in one unit, chosen once for the column (in Chinese 万吨 or 亿吨, …): named in
  // the title, the cells then show numbers only
  const units = oneUnitColumn(lang, rows);
  const inTitle = isLevelUnit(units.unit);
  const shown = (o: (typeof rows)[number]) => valueText(units.shown(o), lang);
  const cell = (o: (typeof rows)[number]) =>
    inTitle ? numberText(units.shown(o), lang) : shown(o);
  const yours = rows.map((o) => data?.yours(o) === true);
  const title1 = [
    nameOf(view.region, lang),
    nameOf(view.breakdown, lang),
    nameOf(view.indicator, lang),
  ].join(' · ');
  const title2 = `${nameOf(view.measure, lang)}${inTitle ? unitWords(units.unit, lang) : ''} · ${kindWords(kinds, lang)} · ${scopeWords(rows, lang)}`;
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
      rows.map((o, i) => [
        formatPeriod(o.period, lang),
        cell(o),
        drawBar(i),
        yours[i] ? `${o.source}${YOURS}` : o.source,
      ]),
      { maxWidth: style.width, rule: style.rule, header: style.bold },
    ),
    '',
  ];
  if (values !== undefined && rows.length > 1) {
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const label = `${t('trend', lang)}${lang === 'zh' ? '：' : ':'}`;
    const missing = missingBefore(rows.map((o) => o.period));
    out.push(...trendLines(label, sparkline(values, missing), style.width));
    out.push(
      truncate(
        `${' '.repeat(displayWidth(label))} ${formatPeriod(first.period, lang)} ${shown(first)} → ${formatPeriod(last.period, lang)} ${shown(last)}`,
        style.width,
      ),
    );
    if (missing?.some((m) => m > 0))
      out.push(
        ...wrap(MISSING_NOTE[lang], style.width - displayWidth(label) - 1).map(
          (l) => `${' '.repeat(displayWidth(label))} ${style.dim(l)}`,
        ),
      );
  }
  if (kinds.length > 1 && kinds.includes('month') && kinds.includes('year-to-date'))
    out.push('', ...wrap(t('mixedKinds', lang), style.width).map(style.dim));
  const legend = yoursLegend(yours.includes(true), look);
  out.push(...legend);
  out.push(
    '',
    ...sourceLines(
      rows.map((o) => o.source),
      lang,
      style,
      data,
    ),
  );
  return out;
}
