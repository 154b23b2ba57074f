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
  formatPeriod,
  label,
  type PeriodInput,
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

/** The sector bar chart of a period, with the total as the reference line. */
function sectorChart(period: PeriodInput, lang: 'en' | 'zh'): string {
  const rows = compareSectors({ period });
  const total = find({ period });
  const ids = [...rows.map((r) => r.source), ...(total ? [total.source] : [])];
  const zh = lang === 'zh';
  return barChart(rows, {
    lang,
    title: zh
      ? `${label('shanxi', lang)}${formatPeriod(period, lang)}：各行业增长`
      : `${label('shanxi')}, ${formatPeriod(period)}: growth by sector`,
    subtitle: zh
      ? `${label('value-added', lang)}，${label('yoy', lang)}（%）\n按增速排序；虚线为${label('total', lang)}`
      : `${label('value-added')}, ${label('yoy').toLowerCase()}, %\nSectors in rank order; the dashed line is ${label('total').toLowerCase()}`,
    labelOf: (id) => label(id, lang),
    total,
    source: sourceLine(ids, lang),
  });
}

const KINDS: readonly string[] = ['official', 'state-media', 'industry-media', 'reprint'];

/** Shanxi against China: year-to-date growth of value added, December = the whole year. */
function shanxiVsChina(): string {
  const regions: readonly Region[] = ['shanxi', 'china'];
  const lines = regions.map((region) => ({
    name: label(region),
    points: series({ region, kind: ['year-to-date', 'year'] }),
  }));
  const byKind = new Map<string, Set<string>>(KINDS.map((k) => [k, new Set()]));
  for (const o of lines.flatMap((l) => l.points)) {
    const s = sourceOf(o);
    if (s) byKind.get(s.kind)?.add(s.id);
  }
  const pages = [...byKind.values()].reduce((sum, s) => sum + s.size, 0);
  const counts = KINDS.filter((k) => byKind.get(k)!.size)
    .map((k) => `${byKind.get(k)!.size} ${k === 'reprint' ? 'reprints' : k.replace('-', ' ')}`)
    .join(', ');
  return lineChart(lines, {
    title: `${label('shanxi')} and ${label('china')}: industry since ${Math.min(...lines.map((l) => parsePeriod(l.points[0]!.period).year))}`,
    subtitle: `${label('value-added')}, ${label('yoy').toLowerCase()}, %\nCumulative from January; December points are the whole year; gaps are missing months`,
    source: `Sources: ${pages} published pages (${counts})\nsourceOf() names the page of each point`,
  });
}

/** Every chart of the docs: file name in docs/images → SVG. */
export function renderDocCharts(): Record<string, string> {
  return {
    'q1-2021-sectors.svg': sectorChart('2021-Q1', 'en'),
    'q1-2021-sectors-zh.svg': sectorChart('2021-Q1', 'zh'),
    'shanxi-vs-china.svg': shanxiVsChina(),
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
