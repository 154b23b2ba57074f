/**
 * Formula injection: which text a spreadsheet would run as a formula, how a cell is
 * neutralised when written, and how the reader restores it. No zod, no data.
 *
 * A line of a cell is risky when it begins with a tab or CR, or when, after any white space
 * (including the no-break and ideographic spaces), it begins with `=`, `+`, `-` or `@`, or
 * their full-width forms `＝`, `＋`, `－`, `＠` (which spreadsheets in Chinese and Japanese
 * locales convert and run). Every line counts, not just the first, since an importer that
 * splits lines before fields makes a cell of each.
 *
 * Neutralising puts one `'` before a risky line, and before a line of leading quotes that
 * would be risky without them, so that reading back (removing one `'` where the rest would
 * be neutralised) gives exactly the text written: the two are inverses for every string.
 *
 * @module
 * @internal
 */

const RISKY = /^(?:[\t\r]|[\s\u00a0\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20])/;
const LINES = /(\r\n|\r|\n)/;

/**
 * Whether a line (no CR or LF in it) needs a `'` put before it. `opensCell`: the line is the
 * cell's first and a line break follows it, so that the cell begins with CR or LF (which
 * OWASP counts as a formula start too).
 */
function needsQuote(line: string, opensCell: boolean): boolean {
  let k = 0;
  while (line.charCodeAt(k) === 39) k++; // leading '
  return k === line.length ? opensCell : RISKY.test(k === 0 ? line : line.slice(k));
}

/** Whether the even part `i` of a split cell needs a `'` (see {@link needsQuote}). */
const partNeedsQuote = (part: string, i: number, parts: readonly string[]): boolean =>
  needsQuote(part, i === 0 && parts.length > 1);

/** Whether any line of a text cell would run as a formula. @internal */
export function isRisky(text: string): boolean {
  return text.split(LINES).some((part, i, parts) => i % 2 === 0 && partNeedsQuote(part, i, parts));
}

/** The text with every risky line neutralised by a leading `'`. @internal */
export function neutralise(text: string): string {
  if (!RISKY_ANYWHERE.test(text)) return text;
  return text
    .split(LINES)
    .map((part, i, parts) => (i % 2 === 0 && partNeedsQuote(part, i, parts) ? `'${part}` : part))
    .join('');
}

/** The inverse of {@link neutralise}: removes the `'` it put before risky lines. @internal */
export function restore(text: string): string {
  if (!text.includes("'")) return text;
  return text
    .split(LINES)
    .map((part, i, parts) =>
      i % 2 === 0 && part.charCodeAt(0) === 39 && partNeedsQuote(part.slice(1), i, parts)
        ? part.slice(1)
        : part,
    )
    .join('');
}

/** A quick filter: text in which no line can be risky is returned as it is. */
const RISKY_ANYWHERE = /[\t\r\n=+\-@\uff1d\uff0b\uff0d\uff20]/;
