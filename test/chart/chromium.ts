/**
 * Headless Chromium for the browser test: screenshot an SVG (loaded as an `<img>`, so that it
 * is parsed as a standalone XML document, as a README or a browser loads it) and decode the PNG
 * with node:zlib alone.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';

const run = promisify(execFile);

/** The Chromium binary: `/usr/bin/chromium` (Debian's package), or `CHROMIUM` from the environment. */
export const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromium);

/** A decoded PNG: size and 8-bit RGBA pixels, row by row. */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

/** Decodes a non-interlaced 8-bit PNG (grey, grey + alpha, RGB, RGBA, or palette). */
export function decodePng(png: Buffer): Image {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let pos = 8;
  let width = 0;
  let height = 0;
  let depth = 0;
  let type = 0;
  let interlace = 0;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  while (pos < png.length) {
    const len = png.readUInt32BE(pos);
    const kind = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (kind === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      type = data[9]!;
      interlace = data[12]!;
    } else if (kind === 'PLTE') palette = data;
    else if (kind === 'IDAT') idat.push(data);
    else if (kind === 'IEND') break;
    pos += 12 + len;
  }
  if (depth !== 8 || interlace !== 0)
    throw new Error(`unsupported PNG: depth ${depth}, interlace ${interlace}`);
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[type];
  if (!channels) throw new Error(`unsupported PNG colour type ${type}`);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? pixels[y * stride + i - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + i]! : 0;
      const c = y > 0 && i >= channels ? pixels[(y - 1) * stride + i - channels]! : 0;
      let v = line[i]!;
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + i] = v & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const s = i * channels;
    let rgb: [number, number, number, number];
    if (type === 0) rgb = [pixels[s]!, pixels[s]!, pixels[s]!, 255];
    else if (type === 4) rgb = [pixels[s]!, pixels[s]!, pixels[s]!, pixels[s + 1]!];
    else if (type === 2) rgb = [pixels[s]!, pixels[s + 1]!, pixels[s + 2]!, 255];
    else if (type === 6) rgb = [pixels[s]!, pixels[s + 1]!, pixels[s + 2]!, pixels[s + 3]!];
    else {
      const p = pixels[s]! * 3;
      rgb = [palette![p]!, palette![p + 1]!, palette![p + 2]!, 255];
    }
    rgba.set(rgb, i * 4);
  }
  return { width, height, rgba };
}

/** The colours of an image and how many pixels have each, as `#rrggbb` (alpha ignored). */
export function colours(image: Image): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < image.rgba.length; i += 4) {
    const hex = `#${[0, 1, 2].map((k) => image.rgba[i + k]!.toString(16).padStart(2, '0')).join('')}`;
    out.set(hex, (out.get(hex) ?? 0) + 1);
  }
  return out;
}

/** Renders an SVG file in headless Chromium at the given window size; returns the PNG. */
export async function screenshot(svgFile: string, width: number, height: number): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'shanxi-chart-'));
  try {
    const html = join(dir, 'page.html');
    writeFileSync(
      html,
      `<!doctype html><html><body style="margin:0;background:#fff"><img src="${pathToFileURL(svgFile).href}" width="${width}" height="${height}"></body></html>`,
    );
    const png = join(dir, 'shot.png');
    await run(
      chromium,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${join(dir, 'profile')}`,
        `--window-size=${width},${height}`,
        `--screenshot=${png}`,
        pathToFileURL(html).href,
      ],
      { timeout: 60_000 },
    );
    return readFileSync(png);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
