/**
 * A real browser: each chart of docs/images is rendered by headless Chromium (as an `<img>`,
 * so it must parse as a standalone SVG document) to a PNG, which must have the chart's size and
 * show the chart's colours; and the Chinese charts show Chinese glyphs, not missing-glyph boxes
 * (the CI installs fonts-noto-cjk, which the charts' font stack names). Skipped, with a warning, where Chromium is not installed
 * (`apt-get install chromium`; CI installs it).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { chromium, colours, decodePng, hasChromium, type Image, screenshot } from './chromium.js';

const images = join(root, 'docs', 'images');
const files = readdirSync(images).filter((f) => f.endsWith('.svg'));

if (!hasChromium)
  console.warn(
    `test/chart/browser.test.ts: skipped, no Chromium at ${chromium} (install it with apt-get install chromium, or set CHROMIUM)`,
  );

/** How many pixels are within `tolerance` (per channel) of a colour. */
function near(counts: Map<string, number>, [r, g, b]: readonly number[], tolerance = 8): number {
  let total = 0;
  for (const [hex, n] of counts) {
    const [pr, pg, pb] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    if (
      Math.abs(pr! - r!) <= tolerance &&
      Math.abs(pg! - g!) <= tolerance &&
      Math.abs(pb! - b!) <= tolerance
    )
      total += n;
  }
  return total;
}

/** `hsl(h,s%,l%)` to RGB, as the line chart writes its colours. */
function hsl(h: number, s: number, l: number): number[] {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}

describe('the doc charts in a browser', () => {
  it('has charts to render', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    it.skipIf(!hasChromium)(`renders ${file}`, async () => {
      const svg = readFileSync(join(images, file), 'utf8');
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
      const image = decodePng(await screenshot(join(images, file), width!, height!));
      expect([image.width, image.height]).toEqual([width, height]);

      const counts = colours(image);
      const pixels = image.width * image.height;
      const white = counts.get('#ffffff') ?? 0;
      expect(counts.size, 'more than one colour').toBeGreaterThan(10);
      expect(pixels - white, 'not blank').toBeGreaterThan(pixels * 0.03);
      // the marks themselves: bars in #4477aa, or the two lines' colours
      const marks = svg.includes('class="bar"')
        ? [[0x44, 0x77, 0xaa]]
        : [hsl(215, 0.6, 0.42), hsl(352.5, 0.6, 0.42)];
      for (const colour of marks)
        expect(near(counts, colour), `pixels of ${colour}`).toBeGreaterThan(200);
    });
  }
});

/** Every pixel that differs between two images of one size. */
function differing(a: Image, b: Image): number {
  let k = 0;
  for (let i = 0; i < a.rgba.length; i += 4)
    if (
      a.rgba[i] !== b.rgba[i] ||
      a.rgba[i + 1] !== b.rgba[i + 1] ||
      a.rgba[i + 2] !== b.rgba[i + 2]
    )
      k++;
  return k;
}

describe('Chinese text in a browser', () => {
  const zh = files.filter((f) => f.endsWith('-zh.svg'));

  it('has Chinese charts', () => {
    expect(zh.length).toBeGreaterThanOrEqual(2);
  });

  for (const file of zh) {
    it.skipIf(!hasChromium)(`draws the glyphs of ${file}, not missing-glyph boxes`, async () => {
      const svg = readFileSync(join(images, file), 'utf8');
      const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
      const cjk = /[\u4e00-\u9fff]/g;
      expect(svg.match(cjk)!.length).toBeGreaterThan(20);
      // Without a Chinese font, each character is the same box; so two charts whose Chinese
      // characters differ would render the same. Swap every character for another one (the
      // next code point): with real glyphs the pixels differ, with boxes they do not.
      const shifted = svg.replace(cjk, (ch) => String.fromCharCode(ch.charCodeAt(0) + 1));
      const dir = mkdtempSync(join(tmpdir(), 'shanxi-cjk-'));
      try {
        const other = join(dir, file);
        writeFileSync(other, shifted);
        const [a, b] = [
          decodePng(await screenshot(join(images, file), width!, height!)),
          decodePng(await screenshot(other, width!, height!)),
        ];
        expect(differing(a, b), 'pixels that differ where the characters differ').toBeGreaterThan(
          500,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
