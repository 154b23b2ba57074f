/**
 * zod schemas for the data model (built on `zod/mini`, so they cost a few KB, not 27).
 * The data and the query functions never import this module: only validation of user rows does.
 *
 * @module
 */
import * as z from 'zod/mini';
import { show } from '../errors.js';
import { type Breakdown, OWNERSHIPS, PRODUCTS, SECTORS } from './catalogues.js';
import { decimalsOf } from './decimals.js';
import { isPeriodId, type PeriodId, parsePeriod } from './period.js';
import type { Observation, Source } from './types.js';
import {
  INDICATORS,
  type Indicator,
  MEASURES,
  type Measure,
  QUALIFIERS,
  type Qualifier,
  REGIONS,
  type Region,
  SCOPES,
  SOURCE_KINDS,
  type SourceKind,
  UNITS,
  type Unit,
  unitFitsMeasure,
  YEAR_BASES,
} from './vocab.js';

/** Every breakdown id the catalogues know. @internal */
export const BREAKDOWNS = /* @__PURE__ */ (() =>
  [
    'total',
    ...SECTORS.map((s) => `sector:${s.id}`),
    ...OWNERSHIPS.map((s) => `ownership:${s.id}`),
    ...PRODUCTS.map((s) => `product:${s.id}`),
  ] as [Breakdown, ...Breakdown[]])();

/** `show`, guarded: a message writer must never throw, whatever it is shown. */
function safeShow(value: unknown): string {
  try {
    return show(value);
  } catch {
    return 'a value that cannot be shown';
  }
}

/** An enum whose error names the field, the accepted values and what was given. */
function oneOf<const T extends readonly [string, ...string[]]>(
  values: T,
  name: string,
  accepted?: string,
) {
  return z.enum(values, {
    error: (issue) =>
      `${name}: expected ${accepted ?? `one of ${values.join(', ')}`}, got ${issue.input === undefined ? 'nothing' : safeShow(issue.input)}`,
  });
}

/**
 * A region id.
 *
 * @category Schemas
 * @example
 * ```ts
 * RegionSchema.safeParse('hebei').success;
 * //=> false
 * ```
 */
export const RegionSchema: z.ZodMiniType<Region, Region> = /* @__PURE__ */ (() =>
  oneOf(REGIONS, 'region'))();
/**
 * An indicator id.
 *
 * @category Schemas
 * @example
 * ```ts
 * IndicatorSchema.parse('output');
 * //=> 'output'
 * ```
 */
export const IndicatorSchema: z.ZodMiniType<Indicator, Indicator> = /* @__PURE__ */ (() =>
  oneOf(INDICATORS, 'indicator'))();
/**
 * A measure id.
 *
 * @category Schemas
 * @example
 * ```ts
 * MeasureSchema.safeParse('mom').success;
 * //=> false
 * ```
 */
export const MeasureSchema: z.ZodMiniType<Measure, Measure> = /* @__PURE__ */ (() =>
  oneOf(MEASURES, 'measure'))();
/**
 * A unit id.
 *
 * @category Schemas
 * @example
 * ```ts
 * UnitSchema.parse('kwh-100m');
 * //=> 'kwh-100m'
 * ```
 */
export const UnitSchema: z.ZodMiniType<Unit, Unit> = /* @__PURE__ */ (() => oneOf(UNITS, 'unit'))();
/**
 * A qualifier (`about`, `over`, `nearly`).
 *
 * @category Schemas
 * @example
 * ```ts
 * QualifierSchema.parse('about');
 * //=> 'about'
 * ```
 */
export const QualifierSchema: z.ZodMiniType<Qualifier, Qualifier> = /* @__PURE__ */ (() =>
  oneOf(QUALIFIERS, 'qualifier'))();
/**
 * A breakdown: `total`, or `sector:`, `ownership:` or `product:` and a catalogue id.
 *
 * @category Schemas
 * @example
 * ```ts
 * BreakdownSchema.safeParse('sector:coal').success;
 * //=> true
 * ```
 */
export const BreakdownSchema: z.ZodMiniType<Breakdown, Breakdown> = /* @__PURE__ */ (() =>
  oneOf(
    BREAKDOWNS,
    'breakdown',
    '"total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal)',
  ))();
/**
 * A source kind.
 *
 * @category Schemas
 * @example
 * ```ts
 * SourceKindSchema.safeParse('blog').success;
 * //=> false
 * ```
 */
export const SourceKindSchema: z.ZodMiniType<SourceKind, SourceKind> = /* @__PURE__ */ (() =>
  oneOf(SOURCE_KINDS, 'kind'))();

/**
 * A period id or alias, parsed to its canonical id (`2021-Q1` → `2021-01/2021-03`).
 *
 * @category Schemas
 * @example
 * ```ts
 * PeriodSchema.parse('2021-Q1');
 * //=> '2021-01/2021-03'
 * ```
 */
export const PeriodSchema: z.ZodMiniType<string, string> = /* @__PURE__ */ (() =>
  z.pipe(
    z.string(),
    z.transform((input: string, ctx) => {
      if (isPeriodId(input)) return parsePeriod(input).id;
      ctx.issues.push({
        code: 'custom',
        input,
        message: `Invalid period "${input}": accepted are YYYY, YYYY-MM, YYYY-MM/YYYY-MM and the aliases YYYY-Q1…Q4, YYYY-H1, YYYY-H2, YYYY-Q1Q3`,
      });
      return z.NEVER;
    }),
  ))();

/** A decimal string as a row's value may be written. @internal */
export const DECIMAL_RE = /^-?\d+(\.\d+)?$/;
/**
 * The forms of a period id (`2021`, `2021-05`, `2021-01/2021-05`, `2021-Q1`, `2021-H1`,
 * `2021-Q1Q3`), months 01–12. That a run stays in one year and ends after it starts is
 * checked by {@link normaliseRow}; this pattern is what the JSON Schema can say.
 */
export const PERIOD_FORM =
  /^\d{4}(-((0[1-9]|1[0-2])(\/\d{4}-(0[1-9]|1[0-2]))?|Q[1-4]|H[12]|Q1Q3))?$/;

/**
 * A source record. `published` is `YYYY-MM-DD` or `YYYY-MM` where known.
 *
 * @category Schemas
 * @example
 * ```ts
 * SourceSchema.safeParse({ id: 's1', url: 'not a url', title: 't', publisher: 'p', language: 'en', kind: 'official' }).success;
 * //=> false
 * ```
 */
export const SourceSchema: z.ZodMiniType<Source, Source> = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.minLength(1)),
    url: z.url(),
    title: z.string().check(z.minLength(1)),
    publisher: z.string().check(z.minLength(1)),
    published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}(-\d{2})?$/))),
    language: oneOf(['en', 'zh', 'ja'], 'language'),
    kind: SourceKindSchema,
  }) as unknown as z.ZodMiniType<Source, Source>)();

/**
 * The structure of a user's observation row, before it is normalised: every field's type and
 * vocabulary. Cross-field rules and normalisation are in {@link normaliseRow}. Kept free of
 * transforms so that zod can compile it to a fast path.
 *
 * @internal
 */
export const ObservationInputSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.optional(z.string().check(z.minLength(1))),
    region: RegionSchema,
    indicator: IndicatorSchema,
    breakdown: BreakdownSchema,
    period: z.string().check(z.regex(PERIOD_FORM)),
    measure: MeasureSchema,
    value: z.union([
      z.number().check(z.refine(Number.isFinite, 'value must be a finite number')),
      z.string().check(z.regex(DECIMAL_RE, 'value must be a decimal number such as 23.9 or -2.80')),
    ]),
    decimals: z.optional(z.int().check(z.minimum(0), z.maximum(15))),
    unit: UnitSchema,
    qualifier: z.optional(QualifierSchema),
    scope: z.optional(oneOf(SCOPES, 'scope')),
    source: z.string().check(z.minLength(1)),
    yearBasis: z.optional(oneOf(YEAR_BASES, 'yearBasis')),
    note: z.optional(z.string()),
  }))();

/** A row that passed {@link ObservationInputSchema}. @internal */
export type StructuredRow = z.output<typeof ObservationInputSchema>;

/**
 * What each field of an observation row takes, in words: the `expected` of a problem.
 *
 * @internal
 */
export const EXPECTED: Readonly<Record<string, string>> = /* @__PURE__ */ (() =>
  Object.freeze({
    id: 'non-empty text',
    region: `one of ${REGIONS.join(', ')}`,
    indicator: `one of ${INDICATORS.join(', ')}`,
    breakdown: '"total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal)',
    period: 'a period id such as 2021, 2021-05, 2021-01/2021-05 or an alias such as 2021-Q1',
    measure: `one of ${MEASURES.join(', ')}`,
    value: 'a finite number or a decimal string such as "23.9" or "-2.80"',
    decimals: 'a whole number 0–15',
    unit: `one of ${UNITS.join(', ')}`,
    qualifier: `one of ${QUALIFIERS.join(', ')}, or nothing`,
    scope: `one of ${SCOPES.join(', ')}, or nothing (unstated)`,
    source: 'non-empty text',
    yearBasis: `one of ${YEAR_BASES.join(', ')}`,
    note: 'text',
  }))();

/**
 * Reports one problem of a row: the field, what it takes, the value received, and optionally
 * a message of its own (otherwise `field: expected …, got …`).
 *
 * @internal
 */
export type IssueSink = (
  field: string,
  expected: string,
  received: unknown,
  message?: string,
) => void;

/**
 * Applies the rules that span fields and returns the normalised, frozen observation: the
 * period is canonical, the unit fits the measure, a rank is a whole number from 1, a decimal
 * string stays within the range of a number, and the precision is the one given or the one the
 * value is written with (never float noise).
 *
 * @internal
 */
export function normaliseRow(row: StructuredRow, issue: IssueSink): Observation {
  const value = typeof row.value === 'string' ? Number(row.value) : row.value;
  if (!Number.isFinite(value))
    issue(
      'value',
      'a decimal number within the range of a number (about ±1.8e308)',
      row.value,
      `value: expected a number within the range of a number (about ±1.8e308), got a decimal string of ${String(row.value).length} characters`,
    );
  const written = decimalsOf(row.value);
  const period = isPeriodId(row.period) ? parsePeriod(row.period).id : undefined;
  if (period === undefined) issue('period', EXPECTED.period!, row.period);
  if (!unitFitsMeasure(row.measure, row.unit))
    issue(
      'unit',
      `a unit that fits measure "${row.measure}" (${fittingUnits(row.measure)})`,
      row.unit,
    );
  if (row.measure === 'national-rank' && !(Number.isInteger(value) && value >= 1))
    issue('value', 'a whole number from 1 (a national rank)', row.value);
  if (row.decimals === undefined && written > 15)
    issue(
      'value',
      'a value as published, with at most 15 digits after the point',
      row.value,
      `value: expected a value as published, with at most 15 digits after the point, got ${show(row.value)} (${written} digits: a float from arithmetic?); pass the published figure, e.g. as a decimal string, or give decimals`,
    );
  if (row.decimals !== undefined && row.decimals < written)
    issue(
      'decimals',
      `at least ${written}, the digits after the point of the value as written (${show(row.value)})`,
      row.decimals,
    );
  // the fields in the order of the shipped rows, so that a row read back prints as it was
  const out: { -readonly [K in keyof Observation]?: Observation[K] } = {};
  if (row.id !== undefined) out.id = row.id;
  out.region = row.region;
  out.indicator = row.indicator;
  out.breakdown = row.breakdown;
  out.period = period ?? (row.period as PeriodId);
  out.measure = row.measure;
  out.value = Object.is(value, -0) ? 0 : value;
  out.decimals = row.decimals ?? Math.min(written, 15);
  out.unit = row.unit;
  if (row.qualifier !== undefined) out.qualifier = row.qualifier;
  if (row.scope !== undefined) out.scope = row.scope;
  out.source = row.source;
  if (row.yearBasis !== undefined) out.yearBasis = row.yearBasis;
  if (row.note !== undefined) out.note = row.note;
  return Object.freeze(out as Observation);
}

/** The units a measure takes, in words. @internal */
export function fittingUnits(measure: Measure): string {
  if (measure === 'level') return 'a level unit such as tonnes-10k or yuan-100m';
  if (measure === 'national-rank') return 'rank';
  return 'percent';
}

/**
 * One observation: validates a row, checks that the unit fits the measure (`percent` for
 * rates and shares, `rank` for ranks, a level unit for levels) and that a rank is a positive
 * whole number, and returns the normalised, frozen {@link Observation}.
 *
 * @category Schemas
 * @example
 * ```ts
 * ObservationSchema.parse({ region: 'shanxi', indicator: 'value-added', breakdown: 'sector:coal',
 *   period: '2021-Q1', measure: 'yoy', value: '24.1', unit: 'percent', source: 's032' }).period;
 * //=> '2021-01/2021-03'
 * ```
 */
export const ObservationSchema: z.ZodMiniType<Observation, ObservationInput> =
  /* @__PURE__ */ (() =>
    z.pipe(
      ObservationInputSchema,
      z.transform(
        (row, ctx): Observation =>
          normaliseRow(row, (field, expected, input, message) =>
            ctx.issues.push({
              code: 'custom',
              input,
              path: [field],
              message: message ?? `${field}: expected ${expected}, got ${safeShow(input)}`,
            }),
          ),
      ),
    ) as unknown as z.ZodMiniType<Observation, ObservationInput>)();

/**
 * A user's observation row before validation: as {@link Observation}, except that `value` may
 * be a decimal string (`"23.90"` keeps two decimals), `decimals` may be left out (it is then
 * inferred from the value as written) and `period` may be an alias (`2021-Q1`).
 *
 * @category Schemas
 */
export interface ObservationInput extends Omit<Observation, 'period' | 'value' | 'decimals'> {
  /** The period id or alias, as text (`2021-Q1`, `2021-01/2021-03`); checked when parsed. */
  readonly period: string;
  /** The number as published: a finite number, or a decimal string such as `"-2.80"`. */
  readonly value: number | string;
  /** The published precision; inferred from `value` when left out. */
  readonly decimals?: number;
}
