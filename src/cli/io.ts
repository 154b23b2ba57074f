/**
 * What the CLI writes to, and how it styles text: colours only on a terminal, never with
 * NO_COLOR set, never into a file or a pipe.
 *
 * @module
 */

/** Something text can be written to (process.stdout, or a collector in tests). */
export interface Writer {
  write(text: string): unknown;
}

/** The CLI's surroundings, passed in so that tests can run `main` in-process. */
export interface CliIO {
  /** Where data goes. */
  readonly stdout: Writer;
  /** Where errors and notes go. */
  readonly stderr: Writer;
  /** Whether stdout is a terminal (colours, box-drawing rules). */
  readonly isTTY: boolean;
  /** The environment (NO_COLOR is read from it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width in columns, when known; tables never exceed 80. */
  readonly columns?: number;
  /** The directory `--out` paths are relative to; default the process's. */
  readonly cwd?: string;
}

/** How text is drawn for one output. */
export interface Style {
  /** Whether ANSI colour codes may be written. */
  readonly color: boolean;
  /** Whether the output is a terminal (rules drawn with box characters). */
  readonly tty: boolean;
  /** The widest a line may be. */
  readonly width: number;
  /** The rule under table headers. */
  readonly rule: string;
  /** The zero axis of bars with negative values. */
  readonly axis: string;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
}

const wrap =
  (on: boolean, open: number, close: number) =>
  (text: string): string =>
    on && text.length > 0 ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/**
 * The style of an output: colours when it is a terminal and NO_COLOR is unset or empty;
 * plain text (ASCII rules, no ANSI codes) otherwise. Bars are drawn either way.
 */
export function styleFor(io: CliIO, toFile: boolean): Style {
  const tty = io.isTTY && !toFile;
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  const color = tty && !noColor && io.env.TERM !== 'dumb';
  const columns = tty && io.columns !== undefined && io.columns > 0 ? io.columns : 80;
  return {
    color,
    tty,
    width: Math.max(40, Math.min(80, columns)),
    rule: tty ? '─' : '-',
    axis: tty ? '│' : '|',
    bold: wrap(color, 1, 22),
    dim: wrap(color, 2, 22),
    red: wrap(color, 31, 39),
  };
}
