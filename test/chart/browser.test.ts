/**
 * A real browser: each chart of docs/images is rendered by headless Chromium (as an `<img>`,
 * so it must parse as a standalone SVG document) to a PNG, which must have the chart's size and
 * show the chart's colours. Skipped, with a warning, where Chromium is not installed
 * (`apt-get install chromium`; CI installs it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { chromium, colours, decodePng, hasChromium, screenshot } from './chromium.js';

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
