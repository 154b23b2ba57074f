/**
 * The index of a dataset (src/query/row-index.ts) against a plain reference written from the
 * documented rules: group by key and scope, sort each group by preference, filter by the
 * fields. Random datasets with repeated keys, several scopes, qualifiers, units, precisions and
 * sources; every key asked, random filters and series. Then one larger dataset, so that the
 * hash table meets collisions and long probe runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePeriods, parsePeriod } from '../../src/model/period.js';
import type { Observation, ObservationKey, Source } from '../../src/model/types.js';
import { unitPower } from '../../src/model/units.js';
import { datasetOf, type QueryFilter, type SeriesFilter } from '../../src/query/dataset.js';

const REGIONS = ['shanxi', 'china'] as const;
const INDICATORS = ['value-added', 'output'] as const;
const BREAKDOWNS = ['total', 'sector:coal', 'product:raw-coal'] as const;
const PERIODS = ['2020', '2021-03', '2021-01/2021-03', '2021-04/2021-06', '2021', '2022-01'];
const MEASURES = ['yoy', 'level'] as const;
const SCOPES = ['above-size', 'all', undefined] as const;
const SOURCES: readonly Source[] = Object.freeze(
  (['official', 'state-media', 'industry-media', 'reprint', 'official'] as const).map((kind, i) =>
    Object.freeze({
      id: `s${i}`,
      url: `https://example.org/${i}`,
      title: `Page ${i}`,
      publisher: 'Someone',
      language: 'en' as const,
      kind,
      ...(i % 2 ? { published: `2022-0${i}-01` } : {}),
    }),
  ),
);
/** s5 has no source record: its kind and date are unknown. */
const SOURCE_IDS = [...SOURCES.map((s) => s.id), 's5'];

const rowArb = fc
  .record({
    region: fc.constantFrom(...REGIONS),
    indicator: fc.constantFrom(...INDICATORS),
    breakdown: fc.constantFrom(...BREAKDOWNS),
    period: fc.constantFrom(...PERIODS),
    measure: fc.constantFrom(...MEASURES),
    value: fc.integer({ min: -999, max: 9999 }),
    decimals: fc.integer({ min: 0, max: 2 }),
    levelUnit: fc.constantFrom('tonnes-10k', 'tonnes-100m'),
    qualifier: fc.constantFrom(undefined, undefined, 'about', 'over'),
    scope: fc.constantFrom(...SCOPES),
    source: fc.constantFrom(...SOURCE_IDS),
  })
  .map(({ levelUnit, qualifier, scope, decimals, value, ...r }) => {
    const o: Record<string, unknown> = {
      ...r,
      value: value / 10 ** decimals,
      decimals,
      unit: r.measure === 'level' ? levelUnit : 'percent',
    };
    if (qualifier) o.qualifier = qualifier;
    if (scope) o.scope = scope;
    return Object.freeze(o) as unknown as Observation;
  });

/** The documented preference, written out: negative when `a` comes first. */
function prefer(a: Observation, b: Observation): number {
  const kind = (o: Observation) => {
    const s = SOURCES.find((x) => x.id === o.source);
    return s ? ['official', 'state-media', 'industry-media', 'reprint'].indexOf(s.kind) : 9;
  };
  const date = (o: Observation) => SOURCES.find((x) => x.id === o.source)?.published ?? '';
  return (
    Number(a.qualifier !== undefined) - Number(b.qualifier !== undefined) ||
    unitPower(a.unit) - a.decimals - (unitPower(b.unit) - b.decimals) ||
    kind(a) - kind(b) ||
    (date(a) > date(b) ? -1 : date(a) < date(b) ? 1 : 0)
  );
}

const SCOPE_ORDER = ['above-size', 'all', 'unstated'];
const keyOf = (o: Observation) =>
  `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}`;

/** The reference: groups by key and scope, each sorted by preference (stable: order given). */
function reference(rows: readonly Observation[]) {
  const groups = new Map<string, Observation[]>();
  for (const o of rows) {
    const k = `${keyOf(o)}|${o.scope ?? 'unstated'}`;
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  for (const list of groups.values()) list.sort(prefer);
  const preferred = rows.filter(
    (o) => groups.get(`${keyOf(o)}|${o.scope ?? 'unstated'}`)![0] === o,
  );
  const alternatives = (key: Record<string, string | undefined>) => {
    const k = keyOf({
      region: 'shanxi',
      indicator: 'value-added',
      breakdown: 'total',
      measure: 'yoy',
      ...key,
      period: parsePeriod(key.period!).id,
    } as Observation);
    const scopes = key.scope ? [key.scope] : SCOPE_ORDER;
    for (const s of scopes) {
      const g = groups.get(`${k}|${s}`);
      if (g) return g;
    }
    return [];
  };
  const matches = (f: Record<string, unknown>) => (o: Observation) => {
    const has = (field: string, v: unknown) =>
      f[field] === undefined ||
      (Array.isArray(f[field]) ? (f[field] as unknown[]) : [f[field]]).includes(v);
    const p = parsePeriod(o.period);
    const from = f.from === undefined ? undefined : parsePeriod(f.from as string);
    const to = f.to === undefined ? undefined : parsePeriod(f.to as string);
    return (
      ['region', 'indicator', 'breakdown', 'measure', 'unit', 'source'].every((field) =>
        has(field, o[field as keyof Observation]),
      ) &&
      has('qualifier', o.qualifier ?? 'none') &&
      has('scope', o.scope ?? 'unstated') &&
      has('year', p.year) &&
      has('kind', p.kind) &&
      (f.period === undefined ||
        (Array.isArray(f.period) ? f.period : [f.period]).some(
          (q) => parsePeriod(q as string).id === o.period,
        )) &&
      (!from || p.year > from.year || (p.year === from.year && p.end >= from.start)) &&
      (!to || p.year < to.year || (p.year === to.year && p.end <= to.end))
    );
  };
  return { preferred, alternatives, matches };
}

const filterFields = fc.record(
  {
    region: fc.oneof(fc.constantFrom(...REGIONS), fc.subarray([...REGIONS])),
    indicator: fc.constantFrom(...INDICATORS),
    breakdown: fc.subarray([...BREAKDOWNS]),
    measure: fc.constantFrom(...MEASURES),
    period: fc.oneof(fc.constantFrom(...PERIODS, '2021-Q1'), fc.subarray(PERIODS)),
    year: fc.oneof(fc.constantFrom(2020, 2021, 2022), fc.subarray([2020, 2021, 2022])),
    kind: fc.subarray(['month', 'year-to-date', 'year', 'range']),
    from: fc.constantFrom('2020', '2021-02', '2021-04', '2021-Q2'),
    to: fc.constantFrom('2020', '2021-03', '2021-H1', '2021'),
    unit: fc.constantFrom('percent', 'tonnes-10k'),
    qualifier: fc.subarray(['none', 'about', 'over']),
    scope: fc.subarray(['above-size', 'all', 'unstated']),
    source: fc.subarray(SOURCE_IDS),
  },
  { requiredKeys: [] },
);
/** Filters of at most three fields (more would select nothing from 80 rows, mostly). */
const filterArb: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(filterFields, fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 3 }))
  .map(([f, at, n]) => {
    const fields = Object.entries(f);
    return Object.fromEntries([...fields, ...fields].slice(at, at + Math.min(n, fields.length)));
  });

const ids = (list: readonly Observation[]) => list.map((o) => JSON.stringify(o));

describe('the index agrees with the documented rules (reference model)', () => {
  it('find and alternatives, for every key with and without a scope', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80, size: 'max' }), (rows) => {
        const ds = datasetOf(Object.freeze(rows), SOURCES);
        const ref = reference(rows);
        for (const region of REGIONS)
          for (const indicator of INDICATORS)
            for (const breakdown of BREAKDOWNS)
              for (const period of PERIODS)
                for (const measure of MEASURES)
                  for (const scope of SCOPES) {
                    const key = {
                      region,
                      indicator,
                      breakdown,
                      period,
                      measure,
                      ...(scope ? { scope } : {}),
                    } as ObservationKey;
                    const want = ref.alternatives(key as unknown as Record<string, string>);
                    const got = ds.alternatives(key);
                    // the very row objects, in preference order
                    expect(got.length).toBe(want.length);
                    for (const [i, o] of got.entries()) expect(o).toBe(want[i]);
                    expect(ds.find(key)).toBe(want[0]);
                  }
      }),
      { numRuns: 60 },
    );
  });

  it('an id no dataset can hold is UNKNOWN_ID, never an empty answer', () => {
    const ds = datasetOf(Object.freeze([]), SOURCES);
    expect(() => ds.query({ region: ['shanxi', 'hebei'] as never })).toThrow(
      expect.objectContaining({
        code: 'UNKNOWN_ID',
        message: 'query: region "hebei" is not a known id; accepted are "shanxi", "china".',
      }),
    );
    expect(ds.query({ region: [] as never })).toEqual([]);
  });

  it('query, with and without alternatives, returns what the filter selects, in data order', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 80, size: 'max' }),
        filterArb,
        fc.boolean(),
        (rows, f, all) => {
          const ds = datasetOf(Object.freeze(rows), SOURCES);
          const ref = reference(rows);
          const want = (all ? rows : ref.preferred).filter(ref.matches(f));
          const got = ds.query(f as QueryFilter, { alternatives: all });
          expect(got.length).toBe(want.length);
          for (const [i, o] of got.entries()) expect(o).toBe(want[i]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('series: the preferred rows of one series in time order, or a coded refusal', () => {
    const seriesArb = fc.record(
      {
        region: fc.constantFrom(...REGIONS),
        indicator: fc.constantFrom(...INDICATORS),
        breakdown: fc.constantFrom(...BREAKDOWNS),
        measure: fc.constantFrom(...MEASURES),
        scope: fc.constantFrom('above-size', 'all', 'unstated'),
        // every kind, knowingly mixed, half the time: the order across kinds is tested too
        kind: fc.oneof(
          fc.constant(['month', 'year-to-date', 'year', 'range']),
          fc.subarray(['month', 'year-to-date', 'year', 'range'], { minLength: 1 }),
        ),
        year: fc.constantFrom(2020, 2021, 2022),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 80, size: 'max' }), seriesArb, (rows, f) => {
        const ds = datasetOf(Object.freeze(rows), SOURCES);
        const ref = reference(rows);
        const full = {
          region: 'shanxi',
          indicator: 'value-added',
          breakdown: 'total',
          measure: 'yoy',
          ...f,
        };
        const want = ref.preferred
          .filter(ref.matches(full))
          .sort((a, b) => comparePeriods(a.period, b.period));
        const scopes = new Set(want.map((o) => o.scope ?? 'unstated'));
        const kinds = new Set(want.map((o) => parsePeriod(o.period).kind));
        if ((f.scope === undefined && scopes.size > 1) || (f.kind === undefined && kinds.size > 1))
          expect(() => ds.series(f as SeriesFilter)).toThrow(
            expect.objectContaining({ code: 'INVALID_FILTER' }),
          );
        else expect(ids(ds.series(f as SeriesFilter))).toEqual(ids(want));
      }),
      { numRuns: 500 },
    );
  });

  it('20,000 rows: every key found, collisions and long probe runs included', () => {
    // a deterministic spread of keys over every period of 40 years, some repeated by a second source
    const rows: Observation[] = [];
    const mm = (m: number) => String(m).padStart(2, '0');
    for (let i = 0; rows.length < 20_000; i++) {
      const year = 1980 + (i % 40);
      const start = 1 + ((i >> 3) % 12);
      const end = start + ((i >> 7) % (13 - start));
      const o = Object.freeze({
        region: REGIONS[i % 2]!,
        indicator: 'value-added',
        breakdown: BREAKDOWNS[(i >> 1) % 3]!,
        period:
          start === 1 && end === 12
            ? `${year}`
            : start === end
              ? `${year}-${mm(start)}`
              : `${year}-${mm(start)}/${year}-${mm(end)}`,
        measure: 'yoy',
        value: i % 97,
        decimals: i % 3,
        unit: 'percent',
        source: SOURCE_IDS[i % 6]!,
      }) as Observation;
      rows.push(o);
    }
    const ds = datasetOf(Object.freeze(rows), SOURCES);
    const ref = reference(rows);
    const wrong: number[] = [];
    rows.forEach((o, r) => {
      const want = ref.alternatives({ ...o, scope: 'unstated', value: undefined } as never);
      const got = ds.alternatives(o);
      if (ds.find(o) !== want[0] || got.length !== want.length || got.some((x, i) => x !== want[i]))
        wrong.push(r);
    });
    expect(wrong).toEqual([]);
    expect(ds.query().length).toBe(ref.preferred.length);
    expect(ds.query().every((o, i) => o === ref.preferred[i])).toBe(true);
  });
});
