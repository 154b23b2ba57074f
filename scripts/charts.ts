/**
 * The charts of the docs, drawn from the shipped data: `npx tsx scripts/charts.ts` writes
 * them to docs/images/. test/chart/docs.test.ts checks that the committed files are what
 * `renderDocCharts()` draws now (no drift when the data or the charts change).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { barChart, lineChart } from '../src/chart/index.js';
import {
  compareSectors,
  find,
  label,
  parsePeriod,
  type Region,
  series,
  sourceOf,
} from '../src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** "Source: China Daily (2021-05-10)": the publishers of the figures, with their dates. */
function sourceLine(ids: readonly string[], lang: 'en' | 'zh'): string {
  const seen = new Set<string>();
  for (const id of ids) {
    const s = sourceOf(id);
    if (s) seen.add(`${s.publisher} (${s.published})`);
  }
  const list = [...seen].join(lang === 'zh' ? '；' : '; ');
  return lang === 'zh' ? `来源：${list}` : `Source${seen.size === 1 ? '' : 's'}: ${list}`;
}

/**
 * The sector bar chart of a period, with the total as the reference line: the rows name
 * themselves and title the chart (region, period, measure), in English or Chinese.
 */
function sectorChart(period: string, lang: 'en' | 'zh'): string {
  const rows = compareSectors({ period });
  const total = find({ period });
  const ids = [...rows.map((r) => r.source), ...(total ? [total.source] : [])];
  return barChart(rows, { lang, total, source: sourceLine(ids, lang) });
}

const KINDS: readonly string[] = ['official', 'state-media', 'industry-media', 'reprint'];
const KIND_ZH: Record<string, string> = {
  official: '官方',
  'state-media': '官方媒体',
  'industry-media': '行业媒体',
  reprint: '转载',
};

/**
 * Shanxi against China: year-to-date growth of value added, December = the whole year;
 * missing periods joined by dashed lines, which the legend explains.
 */
function shanxiVsChina(lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const regions: readonly Region[] = ['shanxi', 'china'];
  const lines = regions.map((region) => ({
    name: label(region, lang),
    points: series({ region, kind: ['year-to-date', 'year'] }),
  }));
  const byKind = new Map<string, Set<string>>(KINDS.map((k) => [k, new Set()]));
  for (const o of lines.flatMap((l) => l.points)) {
    const s = sourceOf(o);
    if (s) byKind.get(s.kind)?.add(s.id);
  }
  const pages = [...byKind.values()].reduce((sum, s) => sum + s.size, 0);
  const used = KINDS.filter((k) => byKind.get(k)!.size);
  const counts = used
    .map((k) =>
      zh
        ? `${KIND_ZH[k]}${byKind.get(k)!.size}篇`
        : `${byKind.get(k)!.size} ${k === 'reprint' ? 'reprints' : k.replace('-', ' ')}`,
    )
    .join(zh ? '、' : ', ');
  const since = Math.min(...lines.map((l) => parsePeriod(l.points[0]!.period).year));
  return lineChart(lines, {
    lang,
    gaps: 'dashed',
    title: zh
      ? `${label('shanxi', lang)}与${label('china', lang)}：${since}年以来工业增长`
      : `${label('shanxi')} and ${label('china')}: industry since ${since}`,
    subtitle: zh
      ? `${label('value-added', lang)}，${label('yoy', lang)}（%），1月起累计；12月为全年`
      : `${label('value-added')}, ${label('yoy').toLowerCase()}, %\nCumulative from January; December points are the whole year`,
    source: zh
      ? `来源：${pages}篇已发布页面（${counts}）\nsourceOf() 给出每个点的页面`
      : `Sources: ${pages} published pages (${counts})\nsourceOf() names the page of each point`,
  });
}

/** Every chart of the docs: file name in docs/images → SVG. */
export function renderDocCharts(): Record<string, string> {
  return {
    'q1-2021-sectors.svg': sectorChart('2021-Q1', 'en'),
    'q1-2021-sectors-zh.svg': sectorChart('2021-Q1', 'zh'),
    'shanxi-vs-china.svg': shanxiVsChina('en'),
    'shanxi-vs-china-zh.svg': shanxiVsChina('zh'),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(root, 'docs', 'images');
  mkdirSync(dir, { recursive: true });
  for (const [file, svg] of Object.entries(renderDocCharts())) {
    writeFileSync(join(dir, file), svg);
    console.log(`docs/images/${file} (${svg.length} bytes)`);
  }
}
