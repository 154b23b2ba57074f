/**
 * `shanxi-industry/schemas`: the zod schemas of the data model, and validation of a user's own
 * rows into datasets with the same query functions as the shipped data. This is the only entry
 * that loads zod, so importing the package root stays cheap.
 *
 * @module shanxi-industry/schemas
 */
export {
  BreakdownSchema,
  IndicatorSchema,
  MeasureSchema,
  type ObservationInput,
  ObservationSchema,
  PeriodSchema,
  QualifierSchema,
  RegionSchema,
  SourceKindSchema,
  SourceSchema,
  UnitSchema,
} from '../model/schemas.js';
export {
  type CreateDatasetOptions,
  createDataset,
  MAX_PROBLEMS,
  type Problem,
  parseObservations,
  parseSources,
  type SafeParseOptions,
  type SafeParseResult,
  safeParseObservations,
} from '../query/validate.js';
export { type FromCsvOptions, fromCSV } from './csv.js';
