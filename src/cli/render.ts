/**
 * Shared pieces of output: values, signed gaps, source lines, and the export formats.
 *
 * @module
 */

import {
  type CompareRow,
  formatPercent,
  formatValue,
  type Observation,
  type Qualifier,
  type Source,
  sourceOf,
  sources,
  type Unit,
} from 'shanxi-industry';
import { toCSV, toJSONStat, toMarkdown } from 'shanxi-industry/export';
import type { Format } from './args.js';
import { UsageError } from './errors.js';
import { type Lang, t } from './i18n.js';
import type { Style } from './io.js';
import { pad as padTo, truncate } from './table.js';
import type { DataLook } from './views.js';

/** The mark after a value or a source id of the user's own figure (read with --data). */
export const YOURS = '+';

/** What a value needs to be shown. */
export interface ValueLike {
  readonly value: number;
  readonly decimals: number;
  readonly unit?: Unit;
  readonly qualifier?: Qualifier;
  /** What the figure is of: a negative profit level with a qualifier reads as a loss. */
  readonly indicator?: string;
  /** Its measure: a negative growth rate with a qualifier reads as a fall ("down nearly 3%"). */
  readonly measure?: string;
}

/** The fields of a value formatValue reads. */
function asObservation(row: ValueLike): Observation {
  const o: Record<string, unknown> = {
    value: row.value,
    decimals: row.decimals,
    unit: row.unit ?? 'percent',
  };
  if (row.qualifier !== undefined) o.qualifier = row.qualifier;
  if (row.indicator !== undefined) o.indicator = row.indicator;
  if (row.measure !== undefined) o.measure = row.measure;
  return o as unknown as Observation;
}

/**
 * A value as published, with its qualifier and unit: "23.9%", "about 29%", "约29.1%", "a loss
 * of over 4 billion yuan".
 */
export function valueText(row: ValueLike, lang: Lang): string {
  return formatValue(asObservation(row), { lang });
}

/**
 * A value as published with its qualifier but without the unit of a level (the heading names
 * it): "4,376.1", "about 29", "a loss of over 4"; rates keep their "%".
 */
export function numberText(row: ValueLike, lang: Lang): string {
  return formatValue(asObservation(row), { lang, unit: false });
}

/** A gap with its sign, at `decimals`: "+17.9", "-0.1", "0.0". */
export function signed(value: number, decimals: number): string {
  const text = formatPercent(value, { decimals, sign: true }).replace('%', '');
  return text.replace(/,/g, '');
}

/**
 * The lines citing sources: id, publisher, kind and date, then the url on a line of its own
 * (urls are never cut: a cut url is no use).
 */
export function sourceLines(
  ids: readonly string[],
  lang: Lang,
  style: Style,
  data?: DataLook,
): string[] {
  const unique = [...new Set(ids)].sort();
  if (unique.length === 0) return [];
  // shipped ids are four characters; a user's may be longer, and then every id is padded to it
  const pad = Math.max(5, ...unique.map((id) => id.length));
  const lines = [style.bold(`${t('sources', lang)}${lang === 'zh' ? '：' : ':'}`)];
  for (const id of unique) {
    const s = data ? data.sourceOf(id) : sourceOf(id);
    if (!s) {
      const yours = data?.yourSource(id, lang);
      lines.push(
        truncate(
          yours
            ? `  ${id.padEnd(pad)} ${''.padEnd(10)}  ${padTo(t('yourSource', lang), 14)} ${yours}`
            : `  ${id}`,
          style.width,
        ),
      );
      continue;
    }
    const head = `  ${id.padEnd(pad)} ${(s.published ?? '').padEnd(10)}  ${padTo(t(s.kind, lang), 14)} ${s.publisher}`;
    lines.push(truncate(head, style.width));
    lines.push(style.dim(`${' '.repeat(pad + 3)}${s.url}`));
  }
  return lines;
}

/** Source records for the exporters (urls, publishers). */
export const SOURCE_LOOKUP = sources;

/**
 * Observations (or compareSectors rows) in an export format: csv (RFC 4180), json (an array),
 * jsonstat (a JSON-stat 2.0 dataset) or md (a Markdown table). Ends with a newline.
 */
export function exportText(
  rows: readonly Observation[] | readonly CompareRow[],
  format: Exclude<Format, 'table'>,
  lang: Lang,
  extra: { indicator?: string; measure?: string } = {},
  bom = false,
  sourceList: readonly Source[] = SOURCE_LOOKUP,
): string {
  switch (format) {
    case 'csv':
      // a final line break, as Unix tools expect (RFC 4180 allows it)
      return `${toCSV(rows, { lang, sources: sourceList, bom })}\r\n`;
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'jsonstat': {
      if (rows.length === 0)
        throw new UsageError(
          'Nothing to write as JSON-stat: no figures match. Try other filters (see "shanxi-industry list periods").',
        );
      const compare = rows.length > 0 && 'rank' in (rows[0] as object);
      const options = compare ? { ...extra } : {};
      return `${JSON.stringify(toJSONStat(rows, { lang, sources: sourceList, ...options }), null, 2)}\n`;
    }
    case 'md':
      return `${toMarkdown(rows, { lang, sources: sourceList })}\n`;
  }
}

/** One field of a record written by `recordsText`. */
export type Field = string | number | undefined;

/** Plain records (catalogue entries) as csv, json or md. */
export function recordsText(
  records: readonly Readonly<Record<string, Field>>[],
  keys: readonly string[],
  format: 'csv' | 'json' | 'md',
): string {
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  const text = (v: Field): string => (v === undefined ? '' : String(v));
  if (format === 'csv') {
    const field = (v: Field): string => {
      const s = text(v);
      return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const lines = [keys.join(','), ...records.map((r) => keys.map((k) => field(r[k])).join(','))];
    return `${lines.join('\r\n')}\r\n`;
  }
  const cell = (v: Field): string => text(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const numeric = keys.map(
    (k) => records.length > 0 && records.every((r) => typeof r[k] === 'number'),
  );
  const lines = [
    `| ${keys.join(' | ')} |`,
    `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`,
    ...records.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}
