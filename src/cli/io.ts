/**
 * What the CLI writes to, and how it styles text: colours on a terminal unless NO_COLOR is
 * set (no-color.org); into a pipe too when FORCE_COLOR is set (force-color.org); never into a
 * file written with --out.
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
  /** The environment (NO_COLOR, FORCE_COLOR and TERM are read from it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The terminal's width in columns, when known; tables never exceed 80. */
  readonly columns?: number;
  /** The directory `--out` and `--data` paths are relative to; default the process's. */
  readonly cwd?: string;
  /** What `-` (standard input) reads, for tests; default the process's standard input. */
  readonly stdin?: string | Uint8Array;
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

/** Whether an environment variable is present and not empty (what both conventions test). */
const isSet = (value: string | undefined): boolean => value !== undefined && value !== '';

/**
 * Whether colours are written, as the conventions say: on a terminal (not TERM=dumb) unless
 * NO_COLOR is present and not empty; always when FORCE_COLOR is present and not empty, whatever
 * its value, even into a pipe and over NO_COLOR (force-color.org's order). Never into a file
 * written with --out: a file is data.
 */
export function colorFor(io: CliIO, toFile: boolean): boolean {
  if (toFile) return false;
  if (isSet(io.env.FORCE_COLOR)) return true;
  return io.isTTY && !isSet(io.env.NO_COLOR) && io.env.TERM !== 'dumb';
}

/**
 * The style of an output: colours as {@link colorFor} says; box-drawing rules on a terminal,
 * ASCII rules otherwise. Bars are drawn either way.
 */
export function styleFor(io: CliIO, toFile: boolean): Style {
  const tty = io.isTTY && !toFile;
  const color = colorFor(io, toFile);
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

/** What a system error code means for a file, in plain words, whether reading or writing. */
const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENAMETOOLONG: 'the name is too long',
  EAGAIN: 'nothing can be read from it now',
  ERR_FS_FILE_TOO_LARGE: 'it is too large (2 GB at most)',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full',
  EEXIST: 'something is in the way',
};

/**
 * Why a file cannot be read or written, in plain words, from the system's error code: a
 * missing file when reading, a missing folder when writing; `the system refused` for a code
 * (or an error) it does not know.
 */
export function whyNot(e: unknown, doing: 'read' | 'write' = 'write'): string {
  const code = (e as { code?: unknown } | null)?.code;
  if (code === 'ENOENT')
    return doing === 'read' ? 'there is no such file' : 'its folder does not exist';
  return typeof code === 'string' && Object.hasOwn(FILE_ERRORS, code)
    ? FILE_ERRORS[code]!
    : 'the system refused';
}
