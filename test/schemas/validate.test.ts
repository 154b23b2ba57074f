/**
 * Validation of users' rows: messages that show the value, the kept list capped with counts,
 * the good rows kept by safeParseObservations, hostile values, options, and merging with a base.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { observations } from '../../src/data/observations.js';
import { isShanxiIndustryError, type ShanxiIndustryError } from '../../src/errors.js';
import { ObservationInputSchema } from '../../src/model/schemas.js';
import {
  MEASURES,
  type Measure,
  UNITS,
  type Unit,
  unitFitsMeasure,
} from '../../src/model/vocab.js';
import { alternatives, find, shippedDataset, sourceOf } from '../../src/query/shipped.js';
import {
  createDataset,
  MAX_PROBLEMS,
  parseObservations,
  safeParseObservations,
  structuralProblems,
} from '../../src/query/validate.js';

const row = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'sector:coal',
  period: '2022-Q1',
  measure: 'yoy',
  value: '8.1',
  unit: 'percent',
  source: 'mine',
} as const;

function errorOf(fn: () => unknown): ShanxiIndustryError {
  try {
    fn();
  } catch (e) {
    if (isShanxiIndustryError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

const messages = (input: unknown) => safeParseObservations(input).problems.map((p) => p.message);

describe('messages show the value received', () => {
  it('in the words of issue 14', () => {
    expect(messages([{ ...row, decimals: '1' }])).toEqual([
      'decimals: expected a whole number 0–15, got "1" (text)',
    ]);
    expect(messages([{ ...row, source: 123 }])).toEqual(['source: expected text, got 123']);
    expect(messages([row, row, row, 'not a row'])).toEqual(['expected an object, got "not a row"']);
    expect(errorOf(() => parseObservations([row, row, row, 'not a row'])).message).toBe(
      '1 invalid observation row (1 problem): [3] expected an object, got "not a row"',
    );
  });

  it('"got nothing" only when nothing was given', () => {
    const { region: _, ...noRegion } = row;
    expect(messages([noRegion])).toEqual(['region: expected one of shanxi, china, got nothing']);
    expect(messages([{ ...row, region: null }])).toEqual([
      'region: expected one of shanxi, china, got null',
    ]);
    expect(messages([{ ...row, value: Number.NaN }])).toEqual([
      'value: expected a finite number or a decimal string such as "23.9" or "-2.80", got NaN',
    ]);
    expect(messages([{ ...row, source: '' }])).toEqual(['source: expected non-empty text, got ""']);
  });

  it('each kind of problem, with its field, value and expectation', () => {
    const [p] = safeParseObservations([{ ...row, breakdown: 'sector:cole' }]).problems;
    expect(p).toEqual({
      path: [0, 'breakdown'],
      row: 0,
      field: 'breakdown',
      received: 'sector:cole',
      expected: '"total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal)',
      message:
        'breakdown: expected "total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal), got "sector:cole"',
    });
    expect(messages([{ ...row, period: '2021-13' }])).toEqual([
      'period: expected a period id such as 2021, 2021-05, 2021-01/2021-05 or an alias such as 2021-Q1, got "2021-13"',
    ]);
    expect(messages([{ ...row, period: '2021-06/2021-03' }])).toEqual([
      'period: expected a period id such as 2021, 2021-05, 2021-01/2021-05 or an alias such as 2021-Q1, got "2021-06/2021-03"',
    ]);
    expect(messages([{ ...row, measure: 'national-rank', unit: 'rank', value: 2.5 }])).toEqual([
      'value: expected a whole number from 1 (a national rank), got 2.5',
    ]);
    expect(messages([{ ...row, value: '8.15', decimals: 1 }])).toEqual([
      'decimals: expected at least 2, the digits after the point of the value as written ("8.15"), got 1',
    ]);
    expect(messages([{ ...row, extra: 1 }])).toEqual([
      'unknown field "extra" (accepted: id, region, indicator, breakdown, period, measure, value, decimals, unit, qualifier, scope, source, yearBasis, note), got 1',
    ]);
    expect(messages([{ ...row, value: 'x'.repeat(1000) }])).toEqual([
      `value: expected a finite number or a decimal string such as "23.9" or "-2.80", got "${'x'.repeat(50)}…" (1000 characters)`,
    ]);
  });

  it('a 400-digit decimal string is refused, never stored as Infinity (issue 15, class 3)', () => {
    const huge = '9'.repeat(400);
    const result = safeParseObservations([
      { ...row, value: huge },
      { ...row, value: `-${huge}` },
    ]);
    expect(result.observations).toEqual([]);
    expect(result.problems.map((p) => [p.field, p.message])).toEqual([
      [
        'value',
        'value: expected a number within the range of a number (about ±1.8e308), got a decimal string of 400 characters',
      ],
      [
        'value',
        'value: expected a number within the range of a number (about ±1.8e308), got a decimal string of 401 characters',
      ],
    ]);
  });
});

describe('hostile values in user rows give coded problems (issue 15, class 5)', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const throwing = {
    ...row,
    get note(): string {
      throw new Error('boom');
    },
  };
  const hostile: [string, unknown][] = [
    ['bigint value', { ...row, value: 1n }],
    ['symbol note', { ...row, note: Symbol('x') }],
    ['cyclic note', { ...row, note: cyclic }],
    ['cyclic row', Object.assign(cyclic, {})],
    ['bigint decimals', { ...row, decimals: 1n }],
    ['revoked proxy row', proxy],
    ['getter that throws', throwing],
    ['null-prototype row', Object.assign(Object.create(null), row, { value: 1n })],
  ];
  it.each(hostile)('%s', (_, bad) => {
    const result = safeParseObservations([row, bad]);
    expect(result.observations).toHaveLength(1);
    expect(result.badRows).toBe(1);
    for (const p of result.problems) {
      expect(p.row).toBe(1);
      expect(typeof p.message).toBe('string');
    }
    // past the cap too, where rows are counted by the quick check
    const many = safeParseObservations([...Array.from({ length: 150 }, () => ({})), bad]);
    expect(many.badRows).toBe(151);
    const e = errorOf(() => parseObservations([row, bad]));
    expect(e.code).toBe('INVALID_OBSERVATIONS');
    expect(e.message).toMatch(/^1 invalid observation row \(\d+ problems?\): \[1/);
  });

  it('a list that cannot be read is a coded error', () => {
    const e = errorOf(() => parseObservations(proxy));
    expect(e.code).toBe('INVALID_OBSERVATIONS');
    const list = new Proxy([row], {
      get(target, key) {
        if (key === '0') throw new Error('nope');
        return Reflect.get(target, key);
      },
    });
    expect(errorOf(() => parseObservations(list)).code).toBe('INVALID_OBSERVATIONS');
  });
});

describe('what is kept is capped; counts are complete (issue 15, class 1)', () => {
  it('keeps the first 100 problems, counts all problems and bad rows', () => {
    const input = Array.from({ length: 10_000 }, () => ({}));
    const e = errorOf(() => parseObservations(input));
    expect(e.details).toHaveLength(MAX_PROBLEMS);
    expect(e.message).toMatch(
      /^10000 invalid observation rows \(80000 problems; the first 100 are in details\): \[0\.region\]/,
    );
    const safe = safeParseObservations(input);
    expect(safe.problems).toHaveLength(100);
    expect(safe.problemCount).toBe(80_000);
    expect(safe.badRows).toBe(10_000);
    expect(safeParseObservations(input, { maxProblems: 3 }).problems).toHaveLength(3);
    expect(
      safeParseObservations(input.slice(0, 200), { maxProblems: Number.POSITIVE_INFINITY })
        .problems,
    ).toHaveLength(1600);
  });

  it('sparse problems in valid data are all reported: 1 bad row in 1,000, over 50 rows', () => {
    const input = Array.from({ length: 50_000 }, (_, i) =>
      i % 1000 === 999 ? { ...row, value: 'n/a', source: `s${i}` } : { ...row, source: `s${i}` },
    );
    const safe = safeParseObservations(input);
    expect(safe.observations).toHaveLength(49_950);
    expect(safe.problems.map((p) => p.row)).toEqual(
      Array.from({ length: 50 }, (_, k) => k * 1000 + 999),
    );
    expect(safe.problemCount).toBe(50);
    const e = errorOf(() => parseObservations(input));
    expect(e.details).toHaveLength(50);
    expect(e.message).toMatch(/^50 invalid observation rows \(50 problems\)/);
  });

  it('counts past the cap the way zod does (the quick count agrees, property)', () => {
    const field = fc.oneof(
      fc.constant(undefined),
      fc.constantFrom('shanxi', 'china', 'value-added', 'total', 'sector:coal', 'yoy', 'level'),
      fc.constantFrom('2021', '2021-Q1', '2021-13', 'percent', 'rank', 'about', 'stated', ''),
      fc.constantFrom(1, 0, 2.5, -1, 16, Number.NaN, '1', '-2.80', '1e5', null, true),
      fc.anything(),
    );
    const rowArb = fc.oneof(
      fc.record(
        {
          id: field,
          region: field,
          indicator: field,
          breakdown: field,
          period: field,
          measure: field,
          value: field,
          decimals: field,
          unit: field,
          qualifier: field,
          scope: field,
          source: field,
          yearBasis: field,
          note: field,
          extra: field,
        },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    fc.assert(
      fc.property(rowArb, (raw) => {
        const result = ObservationInputSchema.safeParse(raw);
        // one problem per field zod faults, one per unknown field, one for a non-object
        const zodCount = result.success
          ? 0
          : new Set(
              result.error.issues.flatMap((i) =>
                i.code === 'unrecognized_keys'
                  ? i.keys.map((k) => `unknown:${k}`)
                  : [String(i.path[0] ?? '(row)')],
              ),
            ).size;
        // and the unit that does not fit its measure, where the structure failed
        const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
        const misfit =
          zodCount > 0 &&
          (MEASURES as readonly unknown[]).includes(r.measure) &&
          (UNITS as readonly unknown[]).includes(r.unit) &&
          !unitFitsMeasure(r.measure as Measure, r.unit as Unit);
        expect(structuralProblems(raw)).toBe(zodCount + (misfit ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
    expect(z).toBeDefined();
  });

  it('refuses a wrong maxProblems', () => {
    for (const bad of [0, 1.5, -1, '100', null, Number.NaN])
      expect(errorOf(() => safeParseObservations([], { maxProblems: bad as never })).code).toBe(
        'INVALID_OPTION',
      );
    expect(errorOf(() => safeParseObservations([], { max: 1 } as never)).message).toBe(
      'safeParseObservations: unknown option "max". Accepted options: maxProblems.',
    );
  });
});

describe('safeParseObservations keeps the good rows', () => {
  it('returns the valid rows, validated and frozen, and the problems of the others', () => {
    const result = safeParseObservations([
      row,
      { ...row, region: 'hebei' },
      { ...row, period: '2022-Q2' },
      { ...row, value: '9.0' }, // same key and source as row 0, another value
    ]);
    expect(result.observations).toEqual([
      parseObservations([row])[0],
      parseObservations([{ ...row, period: '2022-Q2' }])[0],
    ]);
    expect(result.problems.map((p) => [p.row, p.field, p.received])).toEqual([
      [1, 'region', 'hebei'],
      [3, 'value', '9.0'],
    ]);
    expect(result.problemCount).toBe(2);
    expect(result.badRows).toBe(2);
    expect(Object.isFrozen(result)).toBe(true);
    expect(Object.isFrozen(result.observations)).toBe(true);
    expect(Object.isFrozen(result.problems[0])).toBe(true);
    expect(Object.isFrozen(result.observations[0])).toBe(true);
  });

  it('is all-or-nothing where parseObservations is: the same problems, the same rows', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constant(row),
            fc
              .record({
                value: fc.constantFrom('1', 'x', 2, Number.NaN),
                period: fc.constantFrom('2022', '2022-13', '2023-Q1'),
              })
              .map((c) => ({ ...row, ...c })),
          ),
          { maxLength: 20 },
        ),
        (rows) => {
          const safe = safeParseObservations(rows);
          try {
            expect(parseObservations(rows)).toEqual(safe.observations);
            expect(safe.problems).toEqual([]);
          } catch (e) {
            expect(isShanxiIndustryError(e)).toBe(true);
            expect((e as ShanxiIndustryError).details).toEqual(safe.problems);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuses what is not a list', () => {
    expect(errorOf(() => safeParseObservations('rows')).message).toBe(
      'Observations must be an array of rows; got "rows".',
    );
  });
});

describe('createDataset: options and a base to extend (issue 12 merge API)', () => {
  it('refuses options that are not an object, and unknown options', () => {
    expect(errorOf(() => createDataset([], null as never)).message).toBe(
      'createDataset: options must be an object, got null.',
    );
    const e = errorOf(() => createDataset([], { sources: [], bogus: 1 } as never));
    expect([e.code, e.message]).toEqual([
      'INVALID_OPTION',
      'createDataset: unknown option "bogus". Accepted options: sources, base.',
    ]);
    expect(errorOf(() => createDataset([], { base: { find() {} } as never })).code).toBe(
      'INVALID_OPTION',
    );
    expect(errorOf(() => createDataset([], { base: observations as never })).code).toBe(
      'INVALID_OPTION',
    );
  });

  it('refuses a spread copy of a dataset with a field changed, and a base that cannot be read', () => {
    const shipped = shippedDataset();
    for (const forged of [
      { ...shipped, sources: 1 },
      { ...shipped, observations: 1 },
      { ...shipped },
    ]) {
      const e = errorOf(() => createDataset([], { base: forged as never }));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toMatch(/^createDataset: option base must be a dataset/);
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(errorOf(() => createDataset([], { base: proxy as never })).code).toBe('INVALID_OPTION');
  });

  const shipped = shippedDataset();
  const mySource = {
    id: 'my-sheet',
    url: 'https://example.org/sheet',
    title: 'Sheet',
    publisher: 'Me',
    language: 'en',
    kind: 'reprint',
  };
  const gap = { ...row, period: '2015-Q1', value: '1.5', source: 'my-sheet' };
  // the shipped coal figure of Q1 2021 is of enterprises above designated size: same scope
  const beside = {
    ...row,
    period: '2021-Q1',
    value: '24.0',
    scope: 'above-size',
    source: 'my-sheet',
  };

  it('fills gaps, stands beside shipped figures as alternatives, changes nothing shipped', () => {
    expect(find({ period: '2015-Q1', breakdown: 'sector:coal' })).toBeUndefined();
    const before = JSON.stringify(shipped.observations);
    const merged = createDataset([gap, beside], { base: shipped, sources: [mySource] });
    expect(merged.find({ period: '2015-Q1', breakdown: 'sector:coal' })?.value).toBe(1.5);
    const alts = merged.alternatives({ period: '2021-Q1', breakdown: 'sector:coal' });
    expect(alts.map((o) => [o.source, o.value])).toEqual([
      ['s032', 24.1],
      ['my-sheet', 24],
    ]);
    // the shipped row itself, not a copy
    expect(alts[0]).toBe(find({ period: '2021-Q1', breakdown: 'sector:coal' }));
    expect(merged.observations.slice(0, shipped.observations.length)).toEqual(shipped.observations);
    expect(merged.observations).toHaveLength(shipped.observations.length + 2);
    expect(merged.sourceOf('s032')).toBe(sourceOf('s032'));
    expect(merged.sourceOf(alts[1]!)).toEqual(mySource);
    expect(JSON.stringify(shipped.observations)).toBe(before);
    expect(shipped.sourceOf('my-sheet')).toBeUndefined();
    expect(alternatives({ period: '2021-Q1', breakdown: 'sector:coal' })).toHaveLength(1);
  });

  it('prefers by the same rules: an official user source beats a state-media page', () => {
    const merged = createDataset([beside], {
      base: shipped,
      sources: [{ ...mySource, kind: 'official' }],
    });
    expect(merged.find({ period: '2021-Q1', breakdown: 'sector:coal' })?.source).toBe('my-sheet');
  });

  it('refuses a row contradicting a base row of the same key and source, and a clashing source', () => {
    const e = errorOf(() => createDataset([{ ...beside, source: 's032' }], { base: shipped }));
    expect(e.details.map((d) => d.message)).toEqual([
      'value: same key and source as base row f0160 but a different value (24.0 vs 24.1); a figure you changed is yours: give it a source id of your own (and no id)',
    ]);
    // the shipped row read back (an export of it) is that row: read once
    expect(
      createDataset([{ ...beside, value: '24.1', source: 's032' }], { base: shipped }).observations,
    ).toHaveLength(shipped.observations.length);
    // another precision or qualifier is a change too
    const precise = errorOf(() =>
      createDataset([{ ...beside, value: '24.10', source: 's032' }], { base: shipped }),
    );
    expect(precise.details.map((d) => d.message)).toEqual([
      'decimals: same key and source as base row f0160 but a different decimals (2 vs 1); a figure you changed is yours: give it a source id of your own (and no id)',
    ]);
    // a figure of yours cannot take a shipped figure's id
    const id = errorOf(() => createDataset([{ ...gap, id: 'f0160' }], { base: shipped }));
    expect(id.details.map((d) => d.message)).toEqual([
      'id: "f0160" is the id of a base row of another key or source; a figure of yours takes an id of its own, or none',
    ]);
    const clash = errorOf(() =>
      createDataset([], { base: shipped, sources: [{ ...mySource, id: 's032' }] }),
    );
    expect(clash.details.map((d) => d.message)).toEqual([
      'id: the base already has a source "s032" with another record',
    ]);
    expect(createDataset([], { base: shipped, sources: [sourceOf('s032')] }).sources).toHaveLength(
      shipped.sources.length,
    );
  });

  it('every shipped row exported and read back merges into the shipped data unchanged', () => {
    const back = createDataset(JSON.parse(JSON.stringify(shipped.observations)), {
      base: shipped,
    });
    expect(back.observations).toEqual(shipped.observations);
    expect(back.alternatives({ period: '2021-Q1', breakdown: 'sector:coal' })).toHaveLength(1);
  });

  it('a merged dataset can be a base again', () => {
    const once = createDataset([gap], { base: shipped, sources: [mySource] });
    const twice = createDataset([{ ...gap, period: '2015-Q2' }], { base: once });
    expect(twice.find({ period: '2015-Q1', breakdown: 'sector:coal' })?.value).toBe(1.5);
    expect(twice.find({ period: '2015-Q2', breakdown: 'sector:coal' })?.value).toBe(1.5);
  });
});

describe('find and alternatives take an observation (issue 14)', () => {
  it('extra fields of an observation are ignored', () => {
    const coal = find({ period: '2021-Q1', breakdown: 'sector:coal' })!;
    expect(find(coal)).toBe(coal);
    expect(alternatives(coal)).toEqual([coal]);
    const h1 = alternatives({ period: '2021-H1' });
    expect(alternatives(h1[1]!).map((o) => o.source)).toEqual(h1.map((o) => o.source));
  });
  it('unknown fields are refused, in words that read right', () => {
    expect(errorOf(() => find({ period: '2021', colour: 'red' } as never)).message).toMatch(
      /^Unknown field "colour" in a find key; accepted: region, indicator, breakdown, period, measure, scope/,
    );
    expect(errorOf(() => find('2021' as never)).message).toMatch(
      /^A find key must be an object with the fields region, indicator, breakdown, period, measure, scope/,
    );
  });
});

describe('a row that repeats an earlier one of the same rows', () => {
  it('is that row, kept once in a dataset (alternatives listed it twice), with or without a base', () => {
    // validation alone returns every row given
    expect(parseObservations([row, row])).toHaveLength(2);
    const alone = createDataset([row, { ...row }]);
    expect(
      alone.alternatives({ period: '2022-Q1', breakdown: 'sector:coal', scope: 'unstated' }),
    ).toHaveLength(1);
    const merged = createDataset([row, row], { base: shippedDataset() });
    expect(
      merged
        .alternatives({ period: '2022-Q1', breakdown: 'sector:coal', scope: 'unstated' })
        .filter((o) => o.source === 'mine'),
    ).toHaveLength(1);
    expect(safeParseObservations([row, row]).observations).toHaveLength(2);
  });

  it('with another precision, unit or qualifier, is a problem naming both, as a changed value is', () => {
    expect(errorOf(() => parseObservations([row, { ...row, value: '8.10' }])).message).toBe(
      '1 invalid observation row (1 problem): [1.decimals] decimals: same key and source as row 0 but a different decimals (2 vs 1)',
    );
    expect(
      errorOf(() => parseObservations([row, { ...row, qualifier: 'about' }])).details,
    ).toMatchObject([
      {
        path: [1, 'qualifier'],
        message:
          'qualifier: same key and source as row 0 but a different qualifier ("about" vs undefined)',
      },
    ]);
  });
});
