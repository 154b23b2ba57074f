/**
 * The shipped dataset, decoded once from the generated columns. No zod: the rows were
 * validated against the schemas by the test suite when they were generated.
 *
 * @module
 */
import type { Observation, Source } from '../model/types.js';
import { FACT_DICTIONARIES, FACT_ROWS } from './generated/facts.js';
import { SOURCE_ROWS } from './generated/sources.js';

function decodeObservations(): readonly Observation[] {
  const [
    regions,
    indicators,
    breakdowns,
    periods,
    measures,
    units,
    qualifiers,
    scopes,
    srcs,
    bases,
  ] = FACT_DICTIONARIES as readonly (readonly any[])[];
  return Object.freeze(
    FACT_ROWS.split('\n').map((line) => {
      const [id, r, i, b, p, m, value, u, q, sc, s, y, note] = line.split('\t') as string[];
      const at = (dict: readonly any[] | undefined, code: string | undefined) =>
        dict![Number.parseInt(code!, 36)];
      const dot = value!.indexOf('.');
      const o: Record<string, unknown> = {
        id,
        region: at(regions, r),
        indicator: at(indicators, i),
        breakdown: at(breakdowns, b),
        period: at(periods, p),
        measure: at(measures, m),
        value: Number(value),
        decimals: dot < 0 ? 0 : value!.length - dot - 1,
        unit: at(units, u),
      };
      const qualifier = at(qualifiers, q);
      if (qualifier) o.qualifier = qualifier;
      const scope = at(scopes, sc);
      if (scope) o.scope = scope;
      o.source = at(srcs, s);
      o.yearBasis = at(bases, y);
      if (note) o.note = note;
      return Object.freeze(o) as unknown as Observation;
    }),
  );
}

function decodeSources(): readonly Source[] {
  return Object.freeze(
    SOURCE_ROWS.split('\n').map((line) => {
      const [id, url, title, publisher, published, language, kind] = line.split('\t') as string[];
      const s: Record<string, unknown> = { id, url, title, publisher };
      if (published) s.published = published;
      s.language = language;
      s.kind = kind;
      return Object.freeze(s) as unknown as Source;
    }),
  );
}

/**
 * Every shipped observation (Shanxi first, then China), in the order of the source files.
 * Frozen: writing to a row throws in strict mode.
 *
 * @category Data
 * @example
 * ```ts
 * observations.find((o) => o.id === 'f0160')?.value;
 * //=> 24.1
 * ```
 */
export const observations: readonly Observation[] = /* @__PURE__ */ decodeObservations();

/**
 * Every source the observations cite: url, title, publisher, publication date, language and
 * kind. Frozen.
 *
 * @category Data
 * @example
 * ```ts
 * sources.find((s) => s.id === 's032')?.kind;
 * //=> 'state-media'
 * ```
 */
export const sources: readonly Source[] = /* @__PURE__ */ decodeSources();
