/**
 * `list`: the catalogues, the periods and the sources, with how many figures each has.
 *
 * @module
 */
import {
  type CatalogueEntry,
  comparePeriods,
  formatPeriod,
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  type Observation,
  OWNERSHIPS,
  PRODUCTS,
  parsePeriod,
  type QueryFilter,
  REGION_CATALOGUE,
  SECTORS,
} from 'shanxi-industry';
import type { ListTopic } from '../args.js';
import { PERIOD_KIND_NAMES, t } from '../i18n.js';
import { type Field, recordsText } from '../render.js';
import { type Column, renderTable, truncate } from '../table.js';
import { type Context, lines, type Output } from './types.js';

/** The figures the filters select (every source's with --all), the user's too with --data. */
function figures(ctx: Context): readonly Observation[] {
  const { args } = ctx;
  const filter: { -readonly [K in keyof QueryFilter]: QueryFilter[K] } = {};
  if (args.regions.length > 0) filter.region = args.regions;
  if (args.indicators.length > 0) filter.indicator = args.indicators;
  if (args.breakdowns.length > 0) filter.breakdown = args.breakdowns;
  if (args.measures.length > 0) filter.measure = args.measures;
  if (args.scopes.length > 0) filter.scope = args.scopes;
  return ctx.data.dataset.query(filter, { alternatives: args.all });
}

function countBy(
  rows: readonly Observation[],
  key: (o: Observation) => string,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const o of rows) counts.set(key(o), (counts.get(key(o)) ?? 0) + 1);
  return counts;
}

interface Listing {
  readonly title: string;
  readonly columns: readonly Column[];
  readonly keys: readonly string[];
  readonly records: readonly Readonly<Record<string, Field>>[];
  /** The cells of a record in the table. */
  readonly cells: (r: Readonly<Record<string, Field>>) => string[];
  /** Lines after a record's row (a source's url). */
  readonly after?: (r: Readonly<Record<string, Field>>) => string[];
  /** Which columns give up width first. */
  readonly shrink?: readonly (readonly [number, number])[];
}

const str = (v: Field): string => (v === undefined ? '' : String(v));

function catalogue(
  prefix: 'sector' | 'ownership' | 'product',
  entries: readonly CatalogueEntry[],
  ctx: Context,
  rows: readonly Observation[],
): Listing {
  const { lang } = ctx;
  const counts = countBy(rows, (o) => o.breakdown);
  const withCode = prefix === 'sector';
  const records = entries.map((e) => ({
    id: e.id,
    breakdown: `${prefix}:${e.id}`,
    en: e.en,
    zh: e.zh,
    ...(withCode ? { gbt4754: e.gbt4754 } : {}),
    figures: counts.get(`${prefix}:${e.id}`) ?? 0,
  }));
  const name = prefix === 'sector' ? 'sectors' : prefix === 'product' ? 'products' : 'ownerships';
  const columns: Column[] = [
    { header: t('id', lang), min: 12 },
    { header: t('name', lang), min: 10 },
    ...(withCode ? [{ header: t('code', lang) }] : []),
    { header: t('figures', lang), align: 'right' as const },
  ];
  return {
    title: `${t(name, lang)}: --breakdown ${prefix}:<id> (${lang === 'zh' ? '或' : 'or'} <id>)`,
    columns,
    keys: ['id', 'breakdown', 'en', 'zh', ...(withCode ? ['gbt4754'] : []), 'figures'],
    records,
    cells: (r) => [str(r.id), str(r[lang]), ...(withCode ? [str(r.gbt4754)] : []), str(r.figures)],
    shrink: [[1, 24]],
  };
}

function simple(
  title: string,
  entries: readonly CatalogueEntry[],
  ctx: Context,
  counts: Map<string, number>,
  code?: 'gbt2260',
): Listing {
  const { lang } = ctx;
  const records = entries.map((e) => ({
    id: e.id,
    en: e.en,
    zh: e.zh,
    ...(code ? { [code]: e[code] } : {}),
    figures: counts.get(e.id) ?? 0,
  }));
  return {
    title,
    columns: [
      { header: t('id', lang) },
      { header: t('name', lang), min: 10 },
      ...(code ? [{ header: t('code', lang) }] : []),
      { header: t('figures', lang), align: 'right' as const },
    ],
    keys: ['id', 'en', 'zh', ...(code ? [code] : []), 'figures'],
    records,
    cells: (r) => [str(r.id), str(r[lang]), ...(code ? [str(r[code])] : []), str(r.figures)],
  };
}

function periods(ctx: Context, rows: readonly Observation[]): Listing {
  const { lang } = ctx;
  const shanxi = countBy(
    rows.filter((o) => o.region === 'shanxi'),
    (o) => o.period,
  );
  const china = countBy(
    rows.filter((o) => o.region === 'china'),
    (o) => o.period,
  );
  const ids = [...new Set(rows.map((o) => o.period))].sort(comparePeriods);
  const records = ids.map((id) => ({
    period: id,
    label: formatPeriod(id, lang),
    kind: parsePeriod(id).kind,
    shanxi: shanxi.get(id) ?? 0,
    china: china.get(id) ?? 0,
  }));
  return {
    title:
      lang === 'zh'
        ? '时期：--period <时期>（别名：2021-Q1、2021-H1、2021-Q1Q3）'
        : 'Periods: --period <id> (aliases: 2021-Q1, 2021-H1, 2021-Q1Q3)',
    columns: [
      { header: t('period', lang) },
      { header: t('label', lang), min: 8 },
      { header: t('kind', lang), min: 6 },
      { header: t('shanxi', lang), align: 'right' },
      { header: t('china', lang), align: 'right' },
    ],
    keys: ['period', 'label', 'kind', 'shanxi', 'china'],
    records,
    cells: (r) => [
      str(r.period),
      str(r.label),
      PERIOD_KIND_NAMES[str(r.kind)]?.[lang] ?? str(r.kind),
      str(r.shanxi),
      str(r.china),
    ],
  };
}

/**
 * The sources: the shipped records, then the user's source ids (kind `yours`, publisher the
 * files they came from), each with how many of the selected figures cite it.
 */
function sourceListing(ctx: Context, rows: readonly Observation[]): Listing {
  const { lang, style, data } = ctx;
  const counts = countBy(rows, (o) => o.source);
  const records: Readonly<Record<string, Field>>[] = data.dataset.sources.map((s) => ({
    id: s.id,
    kind: s.kind,
    published: s.published,
    publisher: s.publisher,
    title: s.title,
    language: s.language,
    url: s.url,
    figures: counts.get(s.id) ?? 0,
  }));
  for (const id of data.yourSourceIds)
    records.push({
      id,
      kind: 'yours',
      publisher: data.yourSource(id, lang),
      figures: counts.get(id) ?? 0,
    });
  const yours =
    data.yourSourceIds.length === 0
      ? ''
      : lang === 'zh'
        ? '\n你的来源（--data，类型 yours）排在这些之后。'
        : '\nYour sources (--data, kind yours) come after these.';
  return {
    title:
      lang === 'zh'
        ? `来源：--source <编号>\n来源不一致时的首选：官方 > 官方媒体 > 行业媒体 > 转载${yours}`
        : `Sources: --source <id>\nPreferred where they disagree: official > state-media > industry-media > reprint${yours}`,
    columns: [
      { header: t('id', lang) },
      { header: t('kind', lang) },
      { header: t('published', lang) },
      { header: t('publisher', lang), min: 12 },
      { header: t('figures', lang), align: 'right' },
    ],
    keys: ['id', 'kind', 'published', 'publisher', 'title', 'language', 'url', 'figures'],
    records,
    cells: (r) => [str(r.id), str(r.kind), str(r.published), str(r.publisher), str(r.figures)],
    after: (r) => (r.url === undefined ? [] : [style.dim(`      ${str(r.url)}`)]),
  };
}

function listing(topic: ListTopic, ctx: Context): Listing {
  const rows = figures(ctx);
  const { lang } = ctx;
  switch (topic) {
    case 'sectors':
      return catalogue('sector', SECTORS, ctx, rows);
    case 'products':
      return catalogue('product', PRODUCTS, ctx, rows);
    case 'ownership':
      return catalogue('ownership', OWNERSHIPS, ctx, rows);
    case 'regions':
      return simple(
        `${t('region', lang)}: --region <id>`,
        REGION_CATALOGUE,
        ctx,
        countBy(rows, (o) => o.region),
        'gbt2260',
      );
    case 'indicators':
      return simple(
        `${lang === 'zh' ? '指标' : 'Indicators'}: --indicator <id>`,
        INDICATOR_CATALOGUE,
        ctx,
        countBy(rows, (o) => o.indicator),
      );
    case 'measures':
      return simple(
        `${t('measure', lang)}: --measure <id>`,
        MEASURE_CATALOGUE,
        ctx,
        countBy(rows, (o) => o.measure),
      );
    case 'periods':
      return periods(ctx, rows);
    case 'sources':
      return sourceListing(ctx, rows);
  }
}

/** `list <what>`. */
export function list(ctx: Context): Output {
  const { args, style } = ctx;
  const l = listing(args.topic ?? 'sectors', ctx);
  if (l.records.length === 0)
    return {
      text: '',
      note: `Nothing to list: no ${args.topic} have figures that match these filters. Try fewer filters.`,
      empty: true,
    };
  if (args.format !== 'table')
    return { text: recordsText(l.records, l.keys, args.format as 'csv' | 'json' | 'md') };
  const table = renderTable(
    l.columns,
    l.records.map((r) => l.cells(r)),
    {
      maxWidth: style.width,
      rule: style.rule,
      header: style.bold,
      ...(l.shrink ? { shrink: l.shrink } : {}),
    },
  );
  const [head, rule, ...body] = table;
  const title = l.title.split('\n').map((line) => style.bold(truncate(line, style.width)));
  const out: string[] = [...title, '', head!, rule!];
  body.forEach((line, i) => {
    out.push(line);
    const r = l.records[i];
    if (r && l.after) out.push(...l.after(r));
  });
  return { text: lines(out) };
}
