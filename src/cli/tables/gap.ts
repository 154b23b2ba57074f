/**
 * The table (and the records for csv, json and md) of `series --against`: both series side by
 * side with the gap; a period that only one side has is shown as such, never dropped. Draws a
 * {@link GapView}; never calls a command.
 *
 * @module
 */
import { formatPeriod, formatPoints, type Observation, parsePeriod } from 'shanxi-industry';
import { bar, barScale } from '../bars.js';
import { type Lang, nameOf, regionName, scopeWords, t } from '../i18n.js';
import { type Field, numberText, signed, sourceLines, valueText, YOURS } from '../render.js';
import { type Cell, renderTable, truncate } from '../table.js';
import { type ColumnUnits, isLevelUnit, oneUnitColumn, unitWords } from '../units.js';
import type { GapRow, GapView } from '../views.js';
import { kindWords, type Look, wrap, yoursLegend } from './series.js';

/** The names of the two sides: Shanxi / China, or two breakdowns. */
export function sideNames(view: GapView, lang: Lang): [string, string] {
  if (view.against === 'china') return [regionName(view.region, lang), t('china', lang)];
  return [nameOf(view.breakdown, lang), nameOf(view.against, lang)];
}

const onlyWords = (name: string, lang: Lang): string =>
  lang === 'zh' ? `仅${name}` : `${name} only`;

/** Whether the values are rates (the gap is in percentage points). */
const isRate = (view: GapView): boolean =>
  [...view.first, ...view.second].every((o) => o.unit === 'percent');

/** The title lines: what is compared with what (and the unit of the levels, `units`). */
function titles(view: GapView, lang: Lang, units: ColumnUnits): [string, string] {
  const [a, b] = sideNames(view, lang);
  const versus = lang === 'zh' ? `${a}与${b}` : `${a} against ${b}`;
  const what =
    view.against === 'china'
      ? [versus, nameOf(view.breakdown, lang), nameOf(view.indicator, lang)]
      : [regionName(view.region, lang), versus, nameOf(view.indicator, lang)];
  return [
    what.join(' · '),
    `${nameOf(view.measure, lang)}${isLevelUnit(units.unit) ? unitWords(units.unit, lang) : ''} · ${kindWords(view.kinds, lang)} · ${scopeWords([...view.first, ...view.second], lang)}`,
  ];
}

/**
 * A side's value (in the units of the table; marked when it is the user's), or a dash when
 * that side has no figure.
 */
const side = (o: Observation | undefined, look: Look, units: ColumnUnits): string =>
  o === undefined
    ? '–'
    : `${(isLevelUnit(units.unit) ? numberText : valueText)(units.shown(o), look.lang)}${look.data?.yours(o) === true ? YOURS : ''}`;

/** The lines of the table: title, one row per period either side has, a note, the sources. */
export function gapTable(view: GapView, look: Look): string[] {
  const { lang, style } = look;
  const [a, b] = sideNames(view, lang);
  const rate = isRate(view);
  // every level in one unit for both sides and the gap (in Chinese 万吨 or 亿吨, …), named in
  // the title: the cells then show numbers only
  const units = oneUnitColumn(lang, [...view.first, ...view.second]);
  const [title1, title2] = titles(view, lang, units);
  const unitOf = (r: GapRow) => (r.value ?? r.benchmark)?.unit;
  const gapDecimals = (r: GapRow): number =>
    Math.max(
      ...[r.value, r.benchmark].map((o) => (o ? units.shown(o).decimals : 0)),
      rate ? (r.decimals ?? 0) : 0,
    );
  const gaps = view.rows.map((r) => r.gap ?? 0);
  const scales = new Map<number, ReturnType<typeof barScale>>();
  const drawBar =
    (r: GapRow): Cell =>
    (width) => {
      if (r.gap === undefined) return '';
      let scale = scales.get(width);
      if (!scale) {
        scale = barScale(gaps, width);
        scales.set(width, scale);
      }
      const drawn = bar(r.gap, scale, style.axis);
      return r.gap < 0 ? style.red(drawn) : drawn;
    };
  const gapCell = (r: GapRow): string => {
    if (r.gap !== undefined)
      return rate
        ? signed(r.gap, r.decimals ?? 0)
        : signed(units.gap(r.gap, unitOf(r)), gapDecimals(r));
    return onlyWords(r.value === undefined ? b : a, lang);
  };
  const body: Cell[][] = view.rows.map((r) => [
    formatPeriod(r.period, lang),
    side(r.value, look, units),
    side(r.benchmark, look, units),
    gapCell(r),
    drawBar(r),
  ]);
  const out = [
    style.bold(truncate(title1, style.width)),
    truncate(title2, style.width),
    '',
    ...renderTable(
      [
        { header: t('period', lang), min: 8 },
        { header: a, align: 'right', min: 6 },
        { header: b, align: 'right', min: 6 },
        { header: rate ? t('gapPoints', lang) : t('gap', lang), align: 'right' },
        { header: '', width: 16, min: 6 },
      ],
      body,
      {
        maxWidth: style.width,
        rule: style.rule,
        header: style.bold,
        shrink: [
          [4, 8],
          [0, 12],
        ],
      },
    ),
    '',
  ];
  const both = view.rows.filter((r) => r.gap !== undefined);
  const onlyA = view.rows.filter((r) => r.benchmark === undefined).length;
  const onlyB = view.rows.filter((r) => r.value === undefined).length;
  if (both.length > 0) {
    const lastBoth = both.at(-1)!;
    const gapText = rate
      ? formatPoints(lastBoth.gap!, {
          decimals: lastBoth.decimals ?? 0,
          sign: true,
          locale: lang,
        })
      : signed(units.gap(lastBoth.gap!, unitOf(lastBoth)), gapDecimals(lastBoth));
    const latest =
      lang === 'zh'
        ? `最近一期（${formatPeriod(lastBoth.period, lang)}）${a}比${b}：${gapText}`
        : `Latest period with both (${formatPeriod(lastBoth.period, lang)}): ${a} − ${b} = ${gapText}`;
    out.push(...wrap(latest, style.width));
  }
  if (onlyA + onlyB > 0) {
    const note =
      lang === 'zh'
        ? `${view.rows.length} 个时期中 ${both.length} 个两者都有数据，差值只在这些时期计算；${onlyA} 个仅有${a}，${onlyB} 个仅有${b}（“–”表示未发布）。`
        : `${both.length} of ${view.rows.length} periods ${both.length === 1 ? 'has' : 'have'} both figures, and the gap is taken only there; ${onlyA} ${onlyA === 1 ? 'has' : 'have'} ${a} only, ${onlyB} ${b} only ("–": not published).`;
    out.push(...wrap(note, style.width).map(style.dim));
  }
  const all = [...view.first, ...view.second];
  out.push(...yoursLegend(look.data !== undefined && all.some((o) => look.data!.yours(o)), look));
  out.push(
    '',
    ...sourceLines(
      all.map((o) => o.source),
      lang,
      style,
      look.data,
    ),
  );
  return out;
}

/** The columns of the records of `series --against --format csv|json|md`. */
export const GAP_KEYS = [
  'period',
  'period_label',
  'kind',
  'value',
  'benchmark',
  'gap',
  'unit',
  'value_source',
  'benchmark_source',
] as const;

/**
 * One record per period either side has: `value` is the first series (--region, --breakdown),
 * `benchmark` the --against one, `gap` their difference where both were published (empty
 * otherwise).
 */
export function gapRecords(view: GapView, lang: Lang): Readonly<Record<string, Field>>[] {
  return view.rows.map((r) => ({
    period: r.period,
    period_label: formatPeriod(r.period, lang),
    kind: parsePeriod(r.period).kind,
    value: r.value?.value,
    benchmark: r.benchmark?.value,
    gap: r.gap,
    unit: (r.value ?? r.benchmark)?.unit,
    value_source: r.value?.source,
    benchmark_source: r.benchmark?.source,
  }));
}
