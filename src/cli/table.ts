/**
 * Plain-text tables for the terminal: display width (East Asian wide characters count as two
 * columns), truncation with "…", and a column layout that fits a width.
 *
 * @module
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escape sequences start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;

/** The text without ANSI colour codes. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Whether a code point takes two columns in a terminal (East Asian Wide or Fullwidth). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Whether a code point takes no column (combining marks, zero-width characters). */
function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    cp === 0xfeff
  );
}

/** Columns one character takes. */
function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** The number of terminal columns a text takes (ANSI codes take none, wide characters two). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of stripAnsi(text)) width += charWidth(ch);
  return width;
}

/** The text cut to at most `width` columns, ending in "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  let out = '';
  let used = 0;
  for (const ch of stripAnsi(text)) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** The text padded with spaces to `width` columns, on the right (`left`) or the left (`right`). */
export function pad(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** A cell: its text, or a function that draws it at the column's final width (bars). */
export type Cell = string | ((width: number) => string);

/** One column of a table. */
export interface Column {
  /** The header text. */
  readonly header: string;
  /** `left` (default) or `right` (numbers). */
  readonly align?: 'left' | 'right';
  /** The width wanted; default the widest of the header and the text cells. */
  readonly width?: number;
  /** The narrowest the column may become when the table is too wide (text is truncated). */
  readonly min?: number;
}

/** How a table is drawn. */
export interface TableOptions {
  /** The widest a line may be, in columns. */
  readonly maxWidth: number;
  /**
   * Which columns give up width, in turn, when the table is too wide: a list of
   * `[column index, narrowest width]`; a column may appear twice (first to a soft limit, then
   * to its `min`).
   */
  readonly shrink?: readonly (readonly [number, number])[];
  /** The character that underlines the headers (`-` for plain text, `─` on a terminal). */
  readonly rule?: string;
  /** Spaces between columns; default 2. */
  readonly gap?: number;
  /** Styles the header line (bold on a colour terminal). */
  readonly header?: (text: string) => string;
  /** Whether to draw the header and its rule; default `true`. */
  readonly headers?: boolean;
}

/** The widths the columns get so that the table fits `maxWidth`. */
export function layout(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): number[] {
  const gap = options.gap ?? 2;
  const widths = columns.map((c, i) => {
    if (c.width !== undefined) return c.width;
    let w = options.headers === false ? 0 : displayWidth(c.header);
    for (const row of rows) {
      const cell = row[i];
      if (typeof cell === 'string') w = Math.max(w, displayWidth(cell));
    }
    return w;
  });
  const total = (): number => widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  const order: (readonly [number, number])[] = [
    ...(options.shrink ?? []),
    ...columns.flatMap((c, i) => (c.min === undefined ? [] : [[i, c.min] as const])),
  ];
  for (const [i, floor] of order) {
    const excess = total() - options.maxWidth;
    if (excess <= 0) break;
    const w = widths[i] ?? 0;
    widths[i] = Math.max(Math.min(floor, w), w - excess);
  }
  return widths;
}

/**
 * Draws a table: a header line, a rule under it, and one line per row, the columns separated
 * by spaces, text cut with "…" where a column had to shrink. Lines carry no trailing spaces.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): string[] {
  const widths = layout(columns, rows, options);
  const sep = ' '.repeat(options.gap ?? 2);
  const line = (cells: readonly string[]): string =>
    cells
      .map((text, i) => pad(truncate(text, widths[i] ?? 0), widths[i] ?? 0, columns[i]?.align))
      .join(sep)
      .trimEnd();
  const lines: string[] = [];
  if (options.headers !== false) {
    const head = line(columns.map((c) => c.header));
    lines.push(options.header ? options.header(head) : head);
    lines.push(widths.map((w) => (options.rule ?? '-').repeat(w)).join(sep));
  }
  for (const row of rows)
    lines.push(
      line(
        columns.map((_, i) => {
          const cell = row[i] ?? '';
          return typeof cell === 'function' ? cell(widths[i] ?? 0) : cell;
        }),
      ),
    );
  return lines;
}
