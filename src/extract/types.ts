/**
 * The types of `extractRelease`'s options and result.
 *
 * @module
 */
import type { Observation, Source } from '../model/types.js';
import type { Region, SourceKind } from '../model/vocab.js';

/**
 * Options of `extractRelease`.
 *
 * @category Extract
 */
export interface ExtractOptions {
  /** The page's address: the source of every row (a Source record is built for it). */
  readonly url?: string | undefined;
  /** A source id of the user's for every row (default: derived from `url`, else `extracted`). */
  readonly source?: string | undefined;
  /** The page's date, `YYYY-MM-DD` or `YYYY-MM`: fixes the year where the text says none. */
  readonly published?: string | undefined;
  /** Whose release it is; default from the text (全国/national → china), else `shanxi`. */
  readonly region?: Region | undefined;
  /** The text's language; detected when absent. */
  readonly lang?: 'en' | 'zh' | undefined;
  /** The Source record's title (default: the text's first line). */
  readonly title?: string | undefined;
  /** The Source record's publisher (default: the url's host). */
  readonly publisher?: string | undefined;
  /** The Source record's kind (default: `official` for a *.gov.cn url, else `reprint`). */
  readonly kind?: SourceKind | undefined;
}

/**
 * Where one observation came from: `quote` is `text.slice(start, end)` of the text passed.
 *
 * @category Extract
 */
export interface Evidence {
  /** The shortest span that states the figure. */
  readonly quote: string;
  /** Offset of the quote's first character in the text (UTF-16 code units). */
  readonly start: number;
  /** Offset just after the quote's last character. */
  readonly end: number;
  /** The period marker the figure took its period from (`1-8月份`, `the first quarter`). */
  readonly periodText: string;
  /** How the year was fixed: named in the text, or from `published`. */
  readonly year: 'stated' | 'from-date';
}

/**
 * Why a figure was not read. Precision before recall: whatever is not certain lands here.
 *
 * @category Extract
 */
export type UnrecognisedReason =
  | 'no year'
  | 'no period'
  | 'no name'
  | 'unknown name'
  | 'ambiguous'
  | 'stated gap'
  | 'unit not in the model'
  | 'region not in the model'
  | 'indicator not in the model'
  | 'measure not in the model'
  | 'previous year'
  | 'point in time'
  | 'garbled number'
  | 'unread number'
  | 'conflicting figures'
  | 'respectively mismatch'
  | 'unsupported language'
  | 'empty';

/**
 * Something in the text that was not turned into an observation, with its text and offsets.
 *
 * @category Extract
 */
export interface Unrecognised {
  /** Why. */
  readonly reason: UnrecognisedReason;
  /** The span of the text concerned. */
  readonly text: string;
  /** The offset of the text's first character in the release. */
  readonly start: number;
  /** The offset just after the text's last character. */
  readonly end: number;
  /** The number as written, where there was one. */
  readonly value?: string;
  /** The canonical period id, where one was fixed (for `previous year`, the year before's). */
  readonly period?: string;
}

/**
 * What `extractRelease` returns. `observations[i]` came from `evidence[i]`; the observations are
 * plain rows (no extra fields), valid input for `parseObservations` and `createDataset`.
 *
 * @category Extract
 */
export interface Extraction {
  /** The figures read, validated, frozen. */
  readonly observations: readonly Observation[];
  /** One entry per observation, in the same order: its quote and offsets. */
  readonly evidence: readonly Evidence[];
  /** What was not read, and why. */
  readonly unrecognised: readonly Unrecognised[];
  /** The Source record for `url` (absent without a url); pass it to `createDataset`'s `sources`. */
  readonly source?: Source;
  /** The language the text was read in. */
  readonly lang: 'en' | 'zh';
}
