/**
 * The CLI's own words in English and Chinese (names of ids come from `label`).
 *
 * @module
 */
import { label, type Region } from 'shanxi-industry';

/** The scopes of rows in words (unstated where a row has none): "above designated size". */
export function scopeWords(rows: readonly { readonly scope?: string }[], lang: Lang): string {
  return [...new Set(rows.map((o) => o.scope ?? 'unstated'))]
    .map((s) => nameOf(s, lang))
    .join(', ');
}

/** A language of the output. */
export type Lang = 'en' | 'zh';

const WORDS = {
  rank: { en: '#', zh: '排名' },
  sector: { en: 'Sector', zh: '行业' },
  ownership: { en: 'Ownership', zh: '经济类型' },
  product: { en: 'Product', zh: '产品' },
  sectors: { en: 'Sectors', zh: '各行业' },
  ownerships: { en: 'Ownership types', zh: '各经济类型' },
  products: { en: 'Products', zh: '各产品' },
  value: { en: 'Value', zh: '数值' },
  bar: { en: '', zh: '' },
  gapPoints: { en: 'Gap (pp)', zh: '差(百分点)' },
  gap: { en: 'Gap', zh: '差' },
  china: { en: 'China', zh: '全国' },
  period: { en: 'Period', zh: '时期' },
  region: { en: 'Region', zh: '地区' },
  breakdown: { en: 'Breakdown', zh: '分组' },
  measure: { en: 'Measure', zh: '度量' },
  source: { en: 'Source', zh: '来源' },
  sources: { en: 'Sources', zh: '来源' },
  id: { en: 'Id', zh: '编号' },
  name: { en: 'Name', zh: '名称' },
  code: { en: 'GB/T', zh: '国标' },
  figures: { en: 'Figures', zh: '数据数' },
  kind: { en: 'Kind', zh: '类型' },
  label: { en: 'Label', zh: '名称' },
  published: { en: 'Published', zh: '发布日期' },
  publisher: { en: 'Publisher', zh: '发布者' },
  shanxi: { en: 'Shanxi', zh: '山西' },
  scope: { en: 'Scope', zh: '口径' },
  scopeByRow: { en: 'scope differs by row', zh: '各行口径不同' },
  trend: { en: 'Trend', zh: '走势' },
  rankedBy: { en: 'ranked by', zh: '排名：' },
  gapWord: { en: 'gap', zh: '相差' },
  notPreferred: {
    en: '* not the preferred source for this key; the preferred figure is listed too.',
    zh: '* 非首选来源的数值；首选来源的数值也已列出。',
  },
  official: { en: 'official', zh: '官方发布' },
  'state-media': { en: 'state-media', zh: '官方媒体' },
  'industry-media': { en: 'industry-media', zh: '行业媒体' },
  reprint: { en: 'reprint', zh: '转载' },
  yourSource: { en: 'yours', zh: '用户数据' },
  yours: {
    en: '+ your figure, read with --data.',
    zh: '+ 你用 --data 读入的数据。',
  },
  mixedKinds: {
    en: 'Note: single-month and cumulative (year-to-date) rates are different series; pick one with --kind month or --kind year-to-date.',
    zh: '注：当月同比与累计同比是不同序列；请用 --kind month 或 --kind year-to-date 选择其一。',
  },
} as const;

/** A word of the CLI in a language. */
export function t(word: keyof typeof WORDS, lang: Lang): string {
  return WORDS[word][lang];
}

/** A region's short name for tables: Shanxi / China, 山西 / 全国. */
export function regionName(region: Region, lang: Lang): string {
  return region === 'shanxi' ? t('shanxi', lang) : t('china', lang);
}

/** The name of an id, or the id itself when no catalogue knows it. */
export function nameOf(id: string, lang: Lang): string {
  try {
    return label(id, lang);
  } catch {
    return id;
  }
}

/**
 * The scopes of a ranking's rows (`unstated` for none), and the words its subtitle adds for
 * them: nothing when every row is above designated size, the scope's name when all share
 * another, "scope differs by row" when they differ.
 */
export function scopesOf(
  rows: readonly { readonly scope?: string | undefined }[],
  lang: Lang,
): { readonly scopes: readonly string[]; readonly note: string } {
  const scopes = [...new Set(rows.map((r) => r.scope ?? 'unstated'))];
  const [only] = scopes;
  const note =
    scopes.length > 1
      ? ` · ${t('scopeByRow', lang)}`
      : only !== undefined && only !== 'above-size'
        ? ` · ${nameOf(only, lang)}`
        : '';
  return { scopes, note };
}

/** Period kinds in words. */
export const PERIOD_KIND_NAMES: Readonly<Record<string, { en: string; zh: string }>> = {
  month: { en: 'single months', zh: '当月' },
  'year-to-date': { en: 'year to date (cumulative)', zh: '累计' },
  year: { en: 'whole years', zh: '全年' },
  range: { en: 'other runs of months', zh: '其他时段' },
};
