/**
 * `shanxi-industry/export`: observations (and `compareSectors` rows) as CSV, JSON-stat 2.0
 * and Markdown. A subpath of its own, so that a user who does not export pays nothing; it
 * works on the rows it is given and imports neither the shipped data nor zod. Pass the
 * shipped `sources` (or `sourceOf`) as the `sources` option for urls and publishers.
 *
 * @module shanxi-industry/export
 */
export type { CompareRowInput, ExportRow, RowKind, SourceLookup } from './common.js';
export { type CsvOptions, toCSV } from './csv.js';
export {
  type JsonStatDataset,
  type JsonStatDimension,
  type JsonStatExtension,
  type JsonStatLabels,
  type JsonStatOptions,
  type JsonStatSourceRef,
  type JsonStatUnit,
  type JsonStatUnitName,
  toJSONStat,
} from './jsonstat.js';
export { type MarkdownOptions, toMarkdown } from './markdown.js';
