/**
 * `shanxi-industry/extract`: a statistics release's text into sourced, validated observations
 * with the quote each came from. No zod, no network, no Node built-ins.
 *
 * @module
 */
export { extractRelease } from './release.js';
export type {
  Evidence,
  Extraction,
  ExtractOptions,
  Unrecognised,
  UnrecognisedReason,
} from './types.js';
