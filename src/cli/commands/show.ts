/**
 * `show` (a table of the selected figures) and `export` (the same rows in a data format).
 *
 * @module
 */
import { formatPeriod, type Observation } from 'shanxi-industry';
import { hiddenNote } from '../data.js';
import { UsageError } from '../errors.js';
import { nameOf, regionName, t } from '../i18n.js';
import { exportText, valueText, YOURS } from '../render.js';
import { type Column, layout, renderTable, truncate } from '../table.js';
import { wrap } from '../tables/series.js';
import { columnUnits } from '../units.js';
import { describeFilters, isPreferred, selectObservations } from './select.js';
import { type Context, lines, type Output } from './types.js';

/** The note when nothing matched. */
function nothing(ctx: Context): string {
  const f = describeFilters(ctx.args);
  return `No figures match${f ? ` ${f}` : ''}. See "shanxi-industry list periods" for what exists.`;
}

/** Refuses JSON-stat for rows where one key has two sources' figures (--all). */
function checkJsonStat(rows: readonly Observation[], ctx: Context): void {
  if (ctx.args.format !== 'jsonstat' || !ctx.args.all) return;
  const keys = new Set<string>();
  let doubled = 0;
  for (const o of rows) {
    const k = `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}`;
    if (keys.has(k)) doubled++;
    keys.add(k);
  }
  if (doubled > 0)
    throw new UsageError(
      `--format jsonstat holds one figure per key, and --all selected a second source's figure for ${doubled} key${doubled === 1 ? '' : 's'}. Leave out --all, or use --format csv or json.`,
    );
}

/** The table of `show`: a section per indicator. */
function table(rows: readonly Observation[], ctx: Context): string[] {
  const { lang, style, args, data } = ctx;
  const out: string[] = [];
  let anyAlternative = false;
  let anyYours = false;
  const scopesShown = new Set<string>();
  const sections = new Map<string, Observation[]>();
  for (const o of rows) sections.set(o.indicator, [...(sections.get(o.indicator) ?? []), o]);
  for (const [indicator, list] of sections) {
    if (out.length > 0) out.push('');
    // one region for the whole section: named in its heading rather than on every line
    const region = list.every((o) => o.region === list[0]!.region) ? list[0]!.region : undefined;
    const heading = `${nameOf(indicator, lang)}${region ? ` · ${nameOf(region, lang)}` : ''}`;
    out.push(style.bold(truncate(`${heading} (${list.length})`, style.width)));
    // in Chinese, levels in the units Chinese statistics use, one per family for the section
    const units = columnUnits(lang, list);
    const body = list.map((o) => {
      const alternative = args.all && !isPreferred(o, data.dataset);
      const yours = data.yours(o);
      anyAlternative ||= alternative;
      anyYours ||= yours;
      scopesShown.add(o.scope ?? 'unstated');
      return [
        formatPeriod(o.period, lang),
        ...(region ? [] : [regionName(o.region, lang)]),
        nameOf(o.breakdown, lang),
        lang === 'zh' ? nameOf(o.measure, lang) : o.measure,
        valueText(units.shown(o), lang),
        lang === 'zh' ? nameOf(o.scope ?? 'unstated', lang) : (o.scope ?? 'unstated'),
        `${o.source}${yours ? YOURS : ''}${alternative ? '*' : ''}`,
      ];
    });
    // the scope is never cut: breakdown and measure names give way first
    const b = region ? 1 : 2;
    const columns: Column[] = [
      { header: t('period', lang) },
      ...(region ? [] : [{ header: t('region', lang) }]),
      { header: t('breakdown', lang), min: 6 },
      { header: t('measure', lang), min: 4 },
      { header: t('value', lang), align: 'right' },
      { header: t('scope', lang) },
      { header: t('source', lang) },
    ];
    const options = {
      maxWidth: style.width,
      rule: style.rule,
      header: style.bold,
      shrink: [
        [b, 18],
        [b + 1, 8],
        [b, 8],
        [b + 1, 6],
      ] as const,
    };
    // one space between columns when two would cut a breakdown name short, or a measure
    const natural = layout(columns, body, { ...options, maxWidth: Number.POSITIVE_INFINITY });
    const widths = layout(columns, body, options);
    const cut = widths[b]! < Math.min(18, natural[b]!) || widths[b + 1]! < natural[b + 1]!;
    out.push(...renderTable(columns, body, { ...options, gap: cut ? 1 : 2 }));
  }
  const legend = [
    ...(anyYours ? [t('yours', lang)] : []),
    ...(anyAlternative ? [t('notPreferred', lang)] : []),
  ].map((l) => style.dim(truncate(l, style.width)));
  // the scope ids of the English table, in words (the Chinese table writes the words)
  if (lang === 'en' && scopesShown.size > 0)
    legend.push(
      ...wrap(
        `Scope: ${[...scopesShown]
          .sort()
          .map((s) => `${s} = ${nameOf(s, lang)}`)
          .join('; ')}.`,
        style.width,
      ).map(style.dim),
    );
  if (legend.length > 0) out.push('', ...legend);
  return out;
}

/** The note for figures of the user's that the rows leave out (none with --all). */
function hidden(rows: readonly Observation[], ctx: Context): { note?: string } {
  const note = ctx.args.all ? undefined : hiddenNote(ctx.data, rows, '--all');
  return note === undefined ? {} : { note };
}

/** `show`: the selected figures as a table (or a data format). */
export function show(ctx: Context): Output {
  const rows = selectObservations(ctx.args, ctx.data.dataset);
  if (rows.length === 0) return { text: '', note: nothing(ctx), empty: true };
  if (ctx.args.format !== 'table') {
    checkJsonStat(rows, ctx);
    return {
      text: exportText(rows, ctx.args.format, ctx.lang, {}, false, ctx.data.dataset.sources),
      ...hidden(rows, ctx),
    };
  }
  return { text: lines(table(rows, ctx)), ...hidden(rows, ctx) };
}

/** `export`: the selected figures as csv, json, jsonstat or md. */
export function exportCommand(ctx: Context): Output {
  const rows = selectObservations(ctx.args, ctx.data.dataset);
  if (rows.length === 0) return { text: '', note: nothing(ctx), empty: true };
  checkJsonStat(rows, ctx);
  const format = ctx.args.format === 'table' ? 'csv' : ctx.args.format;
  return {
    text: exportText(rows, format, ctx.lang, {}, ctx.args.bom, ctx.data.dataset.sources),
    ...hidden(rows, ctx),
  };
}
