/**
 * Formula injection: which text a spreadsheet would run as a formula, how a cell is
 * neutralised when written, and how the reader restores it. No zod, no data.
 *
 * A cell is read in pieces: it is cut at every line break, and at every `,`, `;` and tab. Each
 * piece may become a cell of its own in some importer: `;` and tab are the delimiters of other
 * locales' imports (a `,` file opened where `;` is the delimiter ignores the quotes around a
 * cell that holds a `;`), and an importer that splits lines before fields loses the quotes of
 * a multi-line cell, so that every `,` after its first line starts a cell too.
 *
 * A piece is risky when, after any white space and invisible format characters (no-break and
 * ideographic spaces, the byte-order mark, zero-width spaces and joiners, bidirectional
 * marks), it begins with `=`, `+`, `-` or `@`, or their full-width forms `＝`, `＋`, `－`, `＠`
 * (which spreadsheets in Chinese and Japanese locales convert and run). An importer's cell
 * that begins with a piece of white space runs only if a later piece does, which is
 * neutralised itself. OWASP counts a cell that begins with a tab or CR as a formula start
 * whatever follows (an application may strip it): so a cell that begins with a tab, CR or LF
 * gets the `'` too.
 *
 * Neutralising puts one `'` before a risky piece, and before a piece of leading quotes that
 * would be risky without them, so that reading back (removing one `'` where the rest would be
 * neutralised) gives exactly the text written: the two are inverses for every string.
 *
 * @module
 * @internal
 */

/** A formula start after white space and format characters. */
const RISKY = /^[\s\p{Cf}]*[=+\-@\uff1d\uff0b\uff0d\uff20]/u;
/** Where a cell is cut into pieces (the separators are kept by `split`). */
const PIECES = /(\r\n|\r|\n|\t|,|;)/;

/**
 * Whether a piece (no separator in it) needs a `'` put before it: `first`, whether it begins
 * the cell; `next`, the separator that follows it (`undefined` at the end of the cell).
 */
function needsQuote(piece: string, first: boolean, next: string | undefined): boolean {
  let k = 0;
  while (piece.charCodeAt(k) === 39) k++; // leading '
  if (k === piece.length)
    // the cell would begin with that tab or line break
    return first && next !== undefined && next !== ',' && next !== ';';
  return RISKY.test(k === 0 ? piece : piece.slice(k));
}

/** Whether the even part `i` of a split cell needs a `'` (see {@link needsQuote}). */
const partNeedsQuote = (part: string, i: number, parts: readonly string[]): boolean =>
  needsQuote(part, i === 0, parts[i + 1]);

/** Whether any piece of a text cell would run as a formula. @internal */
export function isRisky(text: string): boolean {
  if (!RISKY_ANYWHERE.test(text)) return false;
  return text.split(PIECES).some((part, i, parts) => i % 2 === 0 && partNeedsQuote(part, i, parts));
}

/** The text with every risky piece neutralised by a leading `'`. @internal */
export function neutralise(text: string): string {
  if (!RISKY_ANYWHERE.test(text)) return text;
  return text
    .split(PIECES)
    .map((part, i, parts) => (i % 2 === 0 && partNeedsQuote(part, i, parts) ? `'${part}` : part))
    .join('');
}

/** The inverse of {@link neutralise}: removes the `'` it put before risky pieces. @internal */
export function restore(text: string): string {
  if (!text.includes("'")) return text;
  return text
    .split(PIECES)
    .map((part, i, parts) =>
      i % 2 === 0 && part.charCodeAt(0) === 39 && partNeedsQuote(part.slice(1), i, parts)
        ? part.slice(1)
        : part,
    )
    .join('');
}

/** A quick filter: text in which no piece can be risky is returned as it is. */
const RISKY_ANYWHERE = /[\t\r\n=+\-@\uff1d\uff0b\uff0d\uff20]/;
