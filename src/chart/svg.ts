/**
 * What the charts share: option checking, periods, numbers at published precision, escaping,
 * text measuring, and the `<svg>` frame with its title and description. No DOM. Kept small:
 * the chart entry has a budget of 4 KB gzipped, so it imports only the error class (periods
 * and decimals are read here in a few lines; test/chart checks they agree with `parsePeriod`
 * and `decimalsOf`).
 *
 * @module
 */
import { type ErrorCode, ShanxiIndustryError } from '../errors.js';

/**
 * Options every chart takes.
 *
 * @category Charts
 */
export interface ChartOptions {
  /** The title, shown at the top and used as the SVG `<title>`; `\n` breaks a line. */
  readonly title?: string;
  /** A line under the title (what is measured, in what unit); `\n` breaks a line. */
  readonly subtitle?: string;
  /** The source line under the chart ("Source: …"), printed as given; `\n` breaks a line. */
  readonly source?: string;
  /** Width in px, above 0 and at most 100 000; default 640. */
  readonly width?: number;
  /** Height in px, above 0 and at most 100 000; default from the content. */
  readonly height?: number;
  /** The language of the words the chart adds (qualifiers, "no data", the description). */
  readonly lang?: 'en' | 'zh';
  /** Suffix of every value; default `%`, `''` for none. */
  readonly unit?: string;
}

/** Checked options, with the defaults. @internal */
export interface Chart {
  readonly o: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number | undefined;
  readonly zh: boolean;
  readonly unit: string;
}

/** Throws a coded error. @internal */
export const fail = (code: ErrorCode, message: string, value: unknown): never => {
  throw new ShanxiIndustryError(code, message, value);
};

/** A check of an option's value, and what it accepts. @internal */
export type Check = readonly [(v: unknown) => boolean, string];

const PX: Check = [(v) => typeof v === 'number' && v > 0 && v <= 1e5, 'a number from 0 to 100000'];
const TEXT: Check = [(v) => typeof v === 'string', 'a string'];

/** Checks the options: an object of known keys, each of the right type. @internal */
export function readOptions(input: unknown, fn: string, extra?: Record<string, Check>): Chart {
  const o = Object(input ?? {}) as Record<string, unknown>;
  const checks: Record<string, Check> = {
    title: TEXT,
    subtitle: TEXT,
    source: TEXT,
    unit: TEXT,
    width: PX,
    height: PX,
    lang: [(v) => v === 'en' || v === 'zh', '"en" or "zh"'],
    ...extra,
  };
  for (const k in o) {
    const check = Object.hasOwn(checks, k) ? checks[k] : undefined;
    if (!check || (o[k] !== undefined && !check[0](o[k])))
      fail(
        'INVALID_OPTION',
        `${fn}: option ${k} ${check ? `takes ${check[1]}` : 'is unknown'}`,
        o[k],
      );
  }
  return {
    o,
    width: (o.width as number | undefined) ?? 640,
    height: o.height as number | undefined,
    zh: o.lang === 'zh',
    unit: `${o.unit ?? '%'}`,
  };
}

/** The items of a list, as objects (a primitive item has no fields). @internal */
export function objects(v: unknown, fn: string, what: string): Record<string, unknown>[] {
  if (!Array.isArray(v)) fail('INVALID_OPTION', `${fn}: ${what} must be a list`, v);
  return (v as unknown[]).map(Object);
}

/** The decimals of a number as written, read at 12 significant digits, at most 15. @internal */
export const decimals = (v: number): number =>
  Math.min(15, (String(+v.toPrecision(12)).split('.')[1] ?? '').length);

/**
 * A value, checked: finite (else NOT_A_NUMBER naming where it was), with its decimals (given,
 * 0–15, else INVALID_DECIMALS; or the number's own, read at 12 significant digits so that
 * binary noise does not count), and its text: `toFixed` at those decimals, a true minus sign
 * (U+2212) and never a negative zero, after its qualifier ("about 29%", "约29%") and before
 * the unit. @internal
 */
export function figure(
  c: Chart,
  r: Record<string, unknown>,
  where: string,
): { readonly v: number; readonly s: string } {
  const v = r.value as number;
  if (!Number.isFinite(v)) fail('NOT_A_NUMBER', `${where}.value is not a finite number`, v);
  const d = (r.decimals ?? decimals(v)) as number;
  // d & 15 equals d for the whole numbers 0–15 only
  if (d !== (d & 15)) fail('INVALID_DECIMALS', `${where}.decimals must be 0–15`, d);
  return { v, s: value(c, v, d, r.qualifier) };
}

/** A number at `d` decimals with its qualifier and unit, as {@link figure} writes it. @internal */
export function value(c: Chart, v: number, d: number, q?: unknown): string {
  const s = Math.abs(v).toFixed(d);
  const i = ['about', 'over', 'nearly'].indexOf(q as string);
  return `${(c.zh ? ['约', '超过', '近'] : ['about ', 'over ', 'nearly '])[i] ?? ''}${v < 0 && /[1-9]/.test(s) ? '−' : ''}${s}${c.unit}`;
}

/** A parsed period: year, first and last month. @internal */
export interface Months {
  readonly year: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads a canonical period id as `parsePeriod` does (`2021`, `2021-05`, `2021-01/2021-05`),
 * else INVALID_PERIOD. @internal
 */
export function months(id: unknown, where: string): Months {
  const m = /^(\d{4})(?:-(\d\d)(?:\/\1-(\d\d))?)?$/.exec(String(id));
  const start = m?.[2] ? +m[2] : 1;
  const end = m?.[3] ? +m[3] : m?.[2] ? start : 12;
  return m && start && start <= end && end < 13
    ? { year: +m[1]!, start, end }
    : fail('INVALID_PERIOD', `${where}.period is not a period id`, id);
}

/** A count and a noun, in English: "1 bar", "5 bars". @internal */
export const count = (k: number, noun: string): string => `${k} ${noun}${k === 1 ? '' : 's'}`;

/** A coordinate, rounded to 2 decimals. @internal */
export const n = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * Escapes text for XML: `& < > " '` as character references, and what XML 1.0 does not allow
 * (control characters, lone surrogates, U+FFFE, U+FFFF) replaced by U+FFFD. @internal
 */
export const esc = (s: string): string =>
  s
    .replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '\ufffd')
    .replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** An element; numbers are rounded to 2 decimals, text is escaped. @internal */
export function el(tag: string, attrs: Record<string, string | number>, body?: string): string {
  let s = `<${tag}`;
  for (const k in attrs) {
    const v = attrs[k]!;
    s += ` ${k}="${typeof v === 'number' ? n(v) : esc(v)}"`;
  }
  return body === undefined ? `${s}/>` : `${s}>${esc(body)}</${tag}>`;
}

/** A line from (x1, y1) to (x2, y2). @internal */
export const line = (cls: string, x1: number, y1: number, x2: number, y2: number, stroke: string) =>
  el('line', { class: cls, x1, y1, x2, y2, stroke });

/** The approximate width of a text in px: CJK characters 1 em, others 0.55 em. @internal */
export function width(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.55;
  return w;
}

/** Shortens a text to fit `max` px, with an ellipsis. @internal */
export function clip(s: string, max: number, size: number): string {
  let out = '';
  if (width(s, size) > max)
    for (const ch of s) {
      if (width(`${out}${ch}…`, size) > max) return `${out}…`;
      out += ch;
    }
  return s;
}

/** Lines of text at `x`, from baseline `y`, `lh` apart, each clipped to the width. @internal */
export function lines(
  c: Chart,
  key: string,
  y: number,
  lh: number,
  attrs: Record<string, string | number>,
): string[] {
  return (c.o[key] ? `${c.o[key]}`.split('\n') : []).map((t, i) =>
    el('text', { x: 12, y: y + i * lh, ...attrs }, clip(t, c.width - 24, lh * 0.8)),
  );
}

/** Title and subtitle; their markup and the y below them. @internal */
export function header(c: Chart): [string[], number] {
  const title = lines(c, 'title', 26, 22, { 'font-size': 16, 'font-weight': 'bold' });
  const y = 10 + 22 * title.length;
  const sub = lines(c, 'subtitle', y + 13, 16, { fill: '#555' });
  return [[...title, ...sub], y + 16 * sub.length + 10];
}

/**
 * The `<svg>` document: size, `role="img"`, `<title>` and `<desc>` named by
 * `aria-labelledby` (ids from the lengths of the description and the body: stable, and
 * different for different charts on one page but by a rare chance), a white background, and
 * the source lines under `h`. @internal
 */
export function frame(c: Chart, kind: string, desc: string, parts: string[], h: number): string {
  const height = c.height ?? h + sourceHeight(c);
  const body = [
    ...parts,
    ...lines(c, 'source', h + 11, 14, { 'font-size': 11, fill: '#555' }),
  ].join('\n');
  const id = `c${desc.length}-${body.length}-`;
  const size = `width="${n(c.width)}" height="${n(height)}" viewBox="0 0 ${n(c.width)} ${n(height)}"`;
  return `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${id}t ${id}d" font-family="sans-serif" font-size="12">
${el('title', { id: `${id}t` }, `${c.o.title || kind}`)}
${el('desc', { id: `${id}d` }, desc)}
<rect width="100%" height="100%" fill="#fff"/>
${body}
</svg>
`;
}

/** The height of the source lines under the chart. @internal */
export const sourceHeight = (c: Chart): number => 14 * lines(c, 'source', 0, 0, {}).length + 4;

/** The small chart that says "no data" ("无数据"). @internal */
export function empty(c: Chart, kind: string): string {
  const [head, y] = header(c);
  const msg = c.zh ? '无数据' : 'no data';
  return frame(
    c,
    kind,
    `${kind}: ${msg}`,
    [
      ...head,
      el('text', { x: c.width / 2, y: y + 25, 'text-anchor': 'middle', fill: '#777' }, msg),
    ],
    c.height ? c.height - sourceHeight(c) : y + 50,
  );
}
