/**
 * What can go wrong on the command line, and how a user's text is shown in a message.
 *
 * - {@link UsageError}: a wrong command, option or value (exit code 2);
 * - {@link IoError}: a file or stream that cannot be read or written (exit code 1), in plain
 *   words;
 * - {@link DataError}: a file of the user's figures that is not CSV or JSON, or whose rows
 *   have problems (exit code 1).
 *
 * @module
 */

/** A usage error: the message says what was wrong and what is accepted. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** A file or stream that could not be read or written: the message says why in plain words. */
export class IoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IoError';
  }
}

/**
 * A file of the user's own figures that was read but cannot be used: not CSV or JSON, or
 * rows with problems (exit code 1). The message says what is wrong and how to see more.
 */
export class DataError extends Error {
  /**
   * @param message - the whole message, naming the file
   * @param detail - for a file that is not figures: what it is, without the file's name
   * ("not valid JSON (it ends too soon)")
   */
  constructor(
    message: string,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'DataError';
  }
}

/**
 * Characters that must never reach a terminal as they are: C0 controls (ESC starts terminal
 * escape sequences), DEL, C1 controls (U+009B is a one-byte CSI), the line and paragraph
 * separators, and the bidirectional overrides and isolates (they reorder what is shown).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** {@link UNSAFE} without the line breaks and tabs that text may hold. */
const DANGER =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const hex = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The longest user value a message shows; longer ones are cut with "…". */
const SHOWN_MAX = 60;

/**
 * A user's text as a message shows it: in double quotes, every control, separator and
 * bidirectional character written as `\uXXXX`, cut to 60 characters.
 */
export function shown(value: string): string {
  const chars = [...value];
  const cut = chars.length > SHOWN_MAX ? `${chars.slice(0, SHOWN_MAX).join('')}…` : value;
  return JSON.stringify(cut).replace(UNSAFE, hex);
}

/**
 * Text made safe for a terminal: every control character except line breaks (and, when
 * `keepAnsi`, the colour codes the command writes itself) written as `\uXXXX`.
 */
export function safeText(text: string, keepAnsi = false): string {
  if (!DANGER.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC
  const ansi = /\u001b\[[0-9;]*m/y;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r' || ch === '\t') {
      out += ch;
      continue;
    }
    if (keepAnsi && ch === '\u001b') {
      ansi.lastIndex = i;
      const m = ansi.exec(text);
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    UNSAFE.lastIndex = 0;
    out += UNSAFE.test(ch) ? hex(ch) : ch;
  }
  return out;
}

/** The edit distance between two short strings (for "did you mean …?"). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length]!;
}

/** " Did you mean "x"?" for the closest candidate within a small edit distance, else "". */
export function didYouMean(input: string, candidates: readonly string[]): string {
  // a long input is no typo of a short id (and the distance would cost its length squared)
  if (input.length > 40) return '';
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(input.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 3)));
  return best !== undefined && bestDistance <= limit ? ` Did you mean "${best}"?` : '';
}

/**
 * A library error's message in the command's words: the options of the API it names
 * (`sectors`, `kind`, …) become the flags that set them (`--breakdown`, `--kind`, …).
 */
export function inFlags(message: string): string {
  return message
    .replace(/\bwith sectors\b/g, 'with --breakdown')
    .replace(/^sectors\b/, '--breakdown')
    .replace(/\bsectors (takes|cannot)\b/g, '--breakdown $1')
    .replace(
      /^(kind|period|region|indicator|measure|year|from|to|against|scope)\b(?= (takes|must|is|cannot|needs))/,
      '--$1',
    )
    .replace(/\bagainst "/g, '--against "')
    .replace(/Pass scope, e\.g\. \{ scope: '([\w-]+)' \}/g, 'Pass --scope $1')
    .replace(/Pass kind, e\.g\. \{ kind: '([\w-]+)' \}/g, 'Pass --kind $1');
}
