/**
 * What a command gets and gives back.
 *
 * @module
 */
import type { Args } from '../args.js';
import type { CliData } from '../data.js';
import type { Lang } from '../i18n.js';
import type { Style } from '../io.js';

/** A command's surroundings. */
export interface Context {
  /** The checked command line. */
  readonly args: Args;
  /** The language of labels. */
  readonly lang: Lang;
  /** How text is drawn (colours only on a terminal). */
  readonly style: Style;
  /** The data the command reads: the shipped figures, and the user's with --data. */
  readonly data: CliData;
}

/** What a command produced. */
export interface Output {
  /** The text for stdout (or `--out FILE`); empty when there is nothing to write. */
  readonly text: string;
  /** A note for stderr (nothing matched, …). */
  readonly note?: string;
  /** Nothing matched: the command exits with code 1 (and writes no data). */
  readonly empty?: boolean;
  /** The text is written, and the command exits with code 1 (`check` found problems). */
  readonly failed?: boolean;
}

/** A table's lines joined, with a final newline. */
export const lines = (list: readonly string[]): string => `${list.join('\n')}\n`;
