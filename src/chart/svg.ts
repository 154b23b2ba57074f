/**
 * What the charts share: option checking, periods, numbers at published precision, escaping,
 * text measuring, and the `<svg>` frame with its title and description. No DOM. Kept small:
 * the chart entry (`barChart` and `lineChart`) has a budget of 5,850 B minified and gzipped,
 * held by the size tests, so it imports only the error class (periods and decimals are read
 * here in a few lines; the chart tests check they agree with `parsePeriod` and `decimalsOf`).
 *
 * @module
 */
import { type ErrorCode, ShanxiIndustryError, show } from '../errors.js';

/**
 * Options every chart takes.
 *
 * @category Charts
 */
export interface ChartOptions {
  /**
   * The title, shown at the top and used as the SVG `<title>`; `\n` breaks a line. Default:
   * the rows' own `title` (`compareSectors` rows carry one), else none.
   */
  readonly title?: string | undefined;
  /** A line under the title (what is measured, in what unit); `\n` breaks a line. */
  readonly subtitle?: string | undefined;
  /** The source line under the chart ("Source: …"), printed as given; `\n` breaks a line. */
  readonly source?: string | undefined;
  /** Width in px, above 0 and at most 100 000; default 640. */
  readonly width?: number | undefined;
  /** Height in px, above 0 and at most 100 000; default from the content. */
  readonly height?: number | undefined;
  /** The language of the words the chart adds (names, qualifiers, "no data", the description). */
  readonly lang?: 'en' | 'zh' | undefined;
  /**
   * Suffix of every value; `''` for none. Default `%`, or none when the rows carry a `unit`
   * other than `percent` (a level in 10,000 tonnes: the unit is in the title).
   */
  readonly unit?: string | undefined;
  /**
   * The CSS font family list of the SVG. Default: common Latin fonts, then the
   * common Chinese fonts of each system (Noto Sans CJK SC, Source Han Sans SC, PingFang SC,
   * Microsoft YaHei, …), then `sans-serif`, so that Chinese text finds glyphs where any of
   * them is installed.
   */
  readonly font?: string | undefined;
}

/**
 * The default font stack: Latin text in Helvetica or Arial, Chinese in the first Chinese font
 * found (Noto Sans CJK SC or Source Han Sans SC on Linux, PingFang SC or Hiragino Sans GB on
 * macOS, Microsoft YaHei on Windows, WenQuanYi Micro Hei), else the system's sans-serif.
 * @internal
 */
export const FONT =
  "Helvetica,Arial,'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Hiragino Sans GB','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif";

/** Checked options, with the defaults. @internal */
export interface Chart {
  readonly o: Readonly<Record<string, unknown>>;
  readonly width: number;
  readonly height: number | undefined;
  readonly zh: boolean;
  unit: string;
  title: string;
  sub: string;
}

/** What a thrown value says, or `?`: never throws. @internal */
export const why = (e: unknown): string => {
  try {
    return String((e as Error).message);
  } catch {
    return '?';
  }
};

/** Throws a coded error; the message ends with the value received (never throws else). @internal */
export const fail = (code: ErrorCode, message: string, value: unknown): never => {
  let got: string;
  try {
    got = show(value);
    if (got.length > 200) got = `${got.slice(0, 200)}…`;
  } catch {
    got = 'a value that cannot be read';
  }
  throw new ShanxiIndustryError(code, `${message}; got ${got}`, value);
};

/**
 * Reads the named fields of a value into a plain object (once each, inherited ones too; the
 * undefined ones left out), so that a getter that throws or a revoked Proxy gives
 * INVALID_OPTION naming where, and what the chart reads later cannot change under it.
 * @internal
 */
export function pick(v: unknown, keys: readonly string[], where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  try {
    const o = Object(v);
    for (const k of keys) {
      const x = o[k];
      if (x !== undefined) out[k] = x;
    }
  } catch (e) {
    fail('INVALID_OPTION', `${where} cannot be read (${why(e)})`, v);
  }
  return out;
}

/** A check of an option's value, and what it accepts. @internal */
export type Check = readonly [(v: unknown) => boolean, string];

const PX: Check = [(v) => typeof v === 'number' && v > 0 && v <= 1e5, 'a number from 0 to 100000'];
const TEXT: Check = [(v) => typeof v === 'string', 'a string'];

/**
 * Checks the options: `undefined` or an object of known keys, each of the right type (an
 * unknown key, or a value that is not an object, is INVALID_OPTION). @internal
 */
export function readOptions(input: unknown, fn: string, extra?: Record<string, Check>): Chart {
  const checks: Record<string, Check> = {
    title: TEXT,
    subtitle: TEXT,
    source: TEXT,
    unit: TEXT,
    font: TEXT,
    width: PX,
    height: PX,
    lang: [(v) => v === 'en' || v === 'zh', '"en" or "zh"'],
    ...extra,
  };
  const keys: string[] = [];
  try {
    if (input != null && (typeof input !== 'object' || Array.isArray(input))) throw 0;
    for (const k in input as object) keys.push(k);
  } catch (e) {
    fail('INVALID_OPTION', `${fn}: options must be an object${e ? ` (${why(e)})` : ''}`, input);
  }
  const o = pick(input, keys, `${fn}: options`);
  for (const k of keys) {
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
    unit: o.unit as string,
    title: (o.title as string | undefined) ?? '',
    sub: (o.subtitle as string | undefined) ?? '',
  };
}

/**
 * The items of a list, each read into a plain object of the named fields (see {@link pick});
 * more than `max` items is OUT_OF_RANGE. @internal
 */
export function objects(
  v: unknown,
  fn: string,
  what: string,
  keys: readonly string[],
  max: number,
): Record<string, unknown>[] {
  let list: unknown[] = [];
  try {
    if (Array.isArray(v)) list = Array.from(v as unknown[]);
    else throw 0;
  } catch (e) {
    fail('INVALID_OPTION', `${fn}: ${what} must be a list${e ? ` (${why(e)})` : ''}`, v);
  }
  if (list.length > max)
    fail(
      'OUT_OF_RANGE',
      `${fn}: ${list.length} ${what} are more than a chart can show (at most ${max})`,
      list.length,
    );
  return list.map((x, i) => pick(x, keys, `${fn}: ${what}[${i}]`));
}

/**
 * A label or a name: a string, a number, or names in both languages (`{ en, zh }`, as
 * `compareSectors` rows carry them), of which the chart's language; `undefined` for none; else
 * INVALID_OPTION. @internal
 */
export function text(c: Chart, v: unknown, where: string): string | undefined {
  if (v == null || typeof v === 'string') return v as string | undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  const names = typeof v === 'object' ? pick(v, ['en', 'zh'], where) : {};
  const s = names[c.zh ? 'zh' : 'en'];
  return typeof s === 'string'
    ? s
    : fail('INVALID_OPTION', `${where} must be a string or { en, zh } of strings`, v);
}

/**
 * The defaults the rows give: without a `title` option, the first row's `title` (names in both
 * languages, as `compareSectors` rows carry): its first line the title, the rest the subtitle
 * unless one is given; and no unit suffix when the first row has a `unit` other than
 * `percent`. @internal
 */
export function fromRows(
  c: Chart,
  first: Record<string, unknown> | undefined,
  where: string,
): void {
  if (!c.title && first) {
    const [t, ...rest] = (text(c, first.title, `${where}.title`) ?? '').split('\n');
    c.title = t!;
    c.sub ||= rest.join('\n');
  }
  c.unit ??= first?.unit === undefined || first.unit === 'percent' ? '%' : '';
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
  if (typeof d !== 'number' || d !== (d & 15))
    fail('INVALID_DECIMALS', `${where}.decimals must be 0–15`, d);
  return { v, s: value(c, v, d, r) };
}

/**
 * A number at `d` decimals with the qualifier of `r` and the unit, as {@link figure} writes
 * it. A negative figure with a qualifier (which bounds its size) takes a word for its sign, as
 * `formatValue` writes it: a profit level (`r.indicator`, `r.measure`) "a loss of over 4" /
 * "亏损超过40", a growth rate "down nearly 3%" / "下降近3%". @internal
 */
export function value(c: Chart, v: number, d: number, r?: Record<string, unknown>): string {
  const s = Math.abs(v).toFixed(d);
  const words = c.zh
    ? ['约', '超过', '近', '亏损', '下降']
    : ['about ', 'over ', 'nearly ', 'a loss of ', 'down '];
  const i = ['about', 'over', 'nearly'].indexOf(r?.qualifier as string);
  const minus = v < 0 && /[1-9]/.test(s);
  const m = r?.measure;
  // the word for the sign, before the qualifier: 3 a loss, 4 a fall; 0 none (a minus after it)
  const w =
    minus && i >= 0
      ? m === 'level'
        ? r!.indicator === 'profit'
          ? 3
          : 0
        : m === 'yoy' || m === 'two-year-average'
          ? 4
          : 0
      : 0;
  return `${w ? words[w] : ''}${words[i] ?? ''}${minus && !w ? '−' : ''}${s}${c.unit}`;
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
  const m = /^(\d{4})(?:-(\d\d)(?:\/\1-(\d\d))?)?$/.exec(typeof id === 'string' ? id : '');
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

/** The approximate width of a character in px: CJK characters 1 em, others 0.55 em. @internal */
const em = (ch: string, size: number): number =>
  ch.codePointAt(0)! >= 0x2e80 ? size : size * 0.55;

/**
 * Fits a text into `max` px: the text and its width, or as much of it as fits with an
 * ellipsis. Linear, and it measures no more of the text than fits (a 10,000-character label
 * costs what its first 50 characters cost). @internal
 */
export function fitText(s: string, max: number, size: number): [string, number] {
  let w = 0;
  let i = 0;
  // the last place where the text so far and an ellipsis still fit
  let cut = 0;
  let cutW = 0;
  const dots = size * 0.55;
  for (const ch of s) {
    const next = w + em(ch, size);
    if (next > max) {
      return [`${s.slice(0, cut)}…`, cutW + dots];
    }
    w = next;
    i += ch.length;
    if (w + dots <= max) {
      cut = i;
      cutW = w;
    }
  }
  return [s, w];
}

/** The width of a text in px, measured at most up to `max`. @internal */
export const width = (s: string, size: number, max = 1e6): number => fitText(s, max, size)[1];

/** Shortens a text to fit `max` px, with an ellipsis. @internal */
export const clip = (s: string, max: number, size: number): string => fitText(s, max, size)[0];

/** Lines of text at `x`, from baseline `y`, `lh` apart, each clipped to the width. @internal */
export function lines(
  c: Chart,
  key: string,
  y: number,
  lh: number,
  attrs: Record<string, string | number>,
): string[] {
  const t =
    key === 'title' ? c.title : key === 'subtitle' ? c.sub : (c.o[key] as string | undefined);
  return (t ? t.split('\n') : []).map((t, i) =>
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
  return `<svg xmlns="http://www.w3.org/2000/svg" ${size} role="img" aria-labelledby="${id}t ${id}d" font-family="${esc((c.o.font as string | undefined) ?? FONT)}" font-size="12">
${el('title', { id: `${id}t` }, c.title || kind)}
${el('desc', { id: `${id}d` }, desc)}
<rect width="100%" height="100%" fill="#fff"/>
${body}
</svg>
`;
}

/** The height of the source lines under the chart (counted, not fitted). @internal */
export const sourceHeight = (c: Chart): number => {
  const s = c.o.source as string | undefined;
  return 14 * (s ? s.split('\n').length : 0) + 4;
};

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
