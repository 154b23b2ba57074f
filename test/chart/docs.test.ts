/**
 * The charts of the docs (docs/images/*.svg) are what scripts/charts.ts draws from the shipped
 * data now, and the chart entry stays small and self-contained.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { renderDocCharts } from '../../scripts/charts.js';
import { SUBPATH_CASES } from '../../scripts/size.js';
import * as entry from '../../src/chart/index.js';
import { compareSectors, find, label, series, sourceOf } from '../../src/index.js';
import { reachedFrom } from '../helpers/imports.js';
import { root } from '../helpers/tsv.js';
import { desc, elements, expectWellFormed, texts } from './svg.js';

const images = join(root, 'docs', 'images');
const charts = renderDocCharts();

describe('docs/images', () => {
  it('holds exactly the charts scripts/charts.ts draws, byte for byte (run it after a change)', () => {
    const svgs = readdirSync(images).filter((f) => f.endsWith('.svg'));
    expect(svgs.sort()).toEqual(Object.keys(charts).sort());
    for (const [file, svg] of Object.entries(charts))
      expect(readFileSync(join(images, file), 'utf8'), `docs/images/${file}`).toBe(svg);
  });

  it('are well-formed', () => {
    for (const svg of Object.values(charts)) expectWellFormed(svg);
  });

  it('show the real figures: the Q1 2021 sectors against the total, with the source', () => {
    const rows = compareSectors({ period: '2021-Q1' });
    const total = find({ period: '2021-Q1' })!;
    const en = charts['q1-2021-sectors.svg']!;
    expect(elements(en, 'rect', 'bar')).toHaveLength(rows.length);
    expect(texts(en, 'value')).toEqual(rows.map((r) => `${r.value.toFixed(r.decimals)}%`));
    expect(texts(en, 'total-label')).toEqual([`${label('total')} ${total.value}%`]);
    expect(texts(en).join(' ')).toContain(sourceOf(total)!.publisher);
    const zh = charts['q1-2021-sectors-zh.svg']!;
    expect(texts(zh)).toEqual(expect.arrayContaining(rows.map((r) => label(r.breakdown, 'zh'))));
    expect(desc(zh)).toContain(`${label('total', 'zh')} ${total.value}%`);
    // titled by the rows themselves, in each language
    expect(texts(en).slice(0, 2)).toEqual(rows[0]!.title!.en.split('\n'));
    expect(texts(zh).slice(0, 2)).toEqual(rows[0]!.title!.zh.split('\n'));
  });

  it('show Shanxi and China in Chinese too, the gaps dashed and explained', () => {
    const en = charts['shanxi-vs-china.svg']!;
    const zh = charts['shanxi-vs-china-zh.svg']!;
    expect(texts(zh)).toEqual(
      expect.arrayContaining([label('shanxi', 'zh'), label('china', 'zh')]),
    );
    expect(texts(zh)).toContain('虚线：其间无数据');
    expect(texts(en)).toContain('dashed: no data in between');
    expect(elements(en, 'path', 'gap').length).toBeGreaterThan(10);
    expect(elements(zh, 'path', 'gap')).toHaveLength(elements(en, 'path', 'gap').length);
    // the source note stays short: two lines
    expect(texts(en).filter((t) => /^Sources: |^sourceOf\(\)/.test(t))).toHaveLength(2);
  });

  it('show Shanxi and China year to date, each point once', () => {
    const svg = charts['shanxi-vs-china.svg']!;
    const count = (region: 'shanxi' | 'china') =>
      series({ region, kind: ['year-to-date', 'year'] }).length;
    expect(elements(svg, 'circle', 'point')).toHaveLength(count('shanxi') + count('china'));
    expect(elements(svg, 'circle', 'legend')).toHaveLength(2);
    expect(desc(svg)).toContain(`${label('shanxi')}, ${count('shanxi')} points`);
    expect(desc(svg)).toContain(`${label('china')}, ${count('china')} points`);
  });
});

const reached = () => reachedFrom('src/chart/index.ts', { typeOnly: false });

describe('the shanxi-industry/chart entry', () => {
  it('exports barChart and lineChart', () => {
    expect(Object.keys(entry).sort()).toEqual(['barChart', 'lineChart']);
  });

  it('imports no package, no data, no catalogues: only the charts and the error class', () => {
    const { files, packages } = reached();
    expect([...packages]).toEqual([]);
    expect([...files].sort()).toEqual([
      'src/chart/bar.ts',
      'src/chart/index.ts',
      'src/chart/line.ts',
      'src/chart/svg.ts',
      'src/errors.ts',
    ]);
  });

  it('bundles within its budget (scripts/size.ts), without the data or the labels', async () => {
    const out = await build({
      stdin: {
        contents: "export { barChart, lineChart } from './src/chart/index.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/chinadaily|Coal industry|zod/i);
    const budget = SUBPATH_CASES.find((c) => c.name.startsWith('chart subpath'))!.budget;
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(budget);
  });
});
