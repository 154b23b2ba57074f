import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, sources } from '../../src/data/observations.js';
import { isShanxiIndustryError } from '../../src/errors.js';
import { ObservationSchema, PeriodSchema, SourceSchema } from '../../src/model/schemas.js';
import { createDataset, parseObservations, parseSources } from '../../src/query/validate.js';

const row = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'sector:coal',
  period: '2022-Q1',
  measure: 'yoy',
  value: 8.1,
  unit: 'percent',
  source: 'mine',
};

function errorOf(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (isShanxiIndustryError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('the shipped data passes the schemas', () => {
  it('every observation parses to an equal object', () => {
    for (const o of observations) expect(ObservationSchema.parse(o)).toEqual(o);
  });
  it('every source parses', () => {
    for (const s of sources) expect(SourceSchema.parse(s)).toEqual(s);
  });
  it('parseObservations accepts the whole shipped set', () => {
    expect(parseObservations(observations)).toHaveLength(observations.length);
  });
});

describe('parseObservations', () => {
  it('normalises periods and infers decimals from the value as written', () => {
    const [a, b, c] = parseObservations([
      row,
      { ...row, value: '8.10', source: 'finer' },
      { ...row, value: 8, decimals: 2, source: 'other' },
    ]);
    expect(a).toEqual({ ...row, period: '2022-01/2022-03', value: 8.1, decimals: 1 });
    expect(b?.decimals).toBe(2);
    expect(b?.value).toBe(8.1);
    expect(c?.decimals).toBe(2);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('lists every bad row with its path, in one error, accepting nothing', () => {
    const input = [
      row,
      { ...row, region: 'hebei' },
      { ...row, period: '2021-13', value: Number.NaN },
      { ...row, unit: 'tonnes-10k' },
      { ...row, measure: 'national-rank', unit: 'rank', value: 2.5 },
      { ...row, qualifier: 'roughly' },
      { ...row, extra: 1 },
      'not a row',
    ];
    const e = errorOf(() => parseObservations(input));
    expect(e.code).toBe('INVALID_OBSERVATIONS');
    const paths = e.details.map((d) => d.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        '1.region',
        '2.period',
        '2.value',
        '3.unit',
        '4.value',
        '5.qualifier',
        '7',
      ]),
    );
    expect(paths.some((p) => p.startsWith('6'))).toBe(true);
    expect(paths.some((p) => p.startsWith('0'))).toBe(false);
    expect(e.details.find((d) => d.path.join('.') === '1.region')?.message).toContain('hebei');
    expect(e.details.find((d) => d.path.join('.') === '3.unit')?.message).toBe(
      'unit: expected a unit that fits measure "yoy" (percent), got "tonnes-10k"',
    );
  });

  it('rejects a duplicate key from the same source with a different value', () => {
    const e = errorOf(() => parseObservations([row, { ...row, value: 9 }]));
    expect(e.code).toBe('INVALID_OBSERVATIONS');
    expect(e.details).toEqual([
      {
        path: [1, 'value'],
        message: 'value: same key and source as row 0 but a different value (9 vs 8.1)',
        row: 1,
        field: 'value',
        received: 9,
        expected: 'the value of row 0, which has the same key and source',
      },
    ]);
    expect(
      parseObservations([row, { ...row }, { ...row, source: 'other', value: 9 }]),
    ).toHaveLength(3);
  });

  it('refuses to infer a precision from float noise rather than keep 17 digits', () => {
    const e = errorOf(() => parseObservations([{ ...row, value: 24.1 - 23.9 }]));
    expect(e.details[0]?.path).toEqual([0, 'value']);
    expect(e.details[0]?.message).toContain('digits after the point');
    // a precision given with such a value is not honoured silently either
    expect(
      errorOf(() => parseObservations([{ ...row, value: 24.1 - 23.9, decimals: 1 }])).details[0]
        ?.path,
    ).toEqual([0, 'decimals']);
    expect(parseObservations([{ ...row, value: '0.2' }])[0]?.value).toBe(0.2);
  });

  it('rejects decimals fewer than written', () => {
    const e = errorOf(() => parseObservations([{ ...row, value: '8.15', decimals: 1 }]));
    expect(e.details[0]?.path).toEqual([0, 'decimals']);
  });

  it.each([null, undefined, 5, 'x', {}])('rejects a non-array (%j)', (input) => {
    expect(errorOf(() => parseObservations(input)).code).toBe('INVALID_OBSERVATIONS');
  });

  it('__proto__ in user JSON pollutes nothing and is reported', () => {
    const input = JSON.parse(
      `[{"region":"shanxi","indicator":"value-added","breakdown":"total","period":"2021","measure":"yoy","value":1,"unit":"percent","source":"x","__proto__":{"polluted":true}}]`,
    );
    const e = errorOf(() => parseObservations(input));
    expect(e.details[0]?.path).toEqual([0, '__proto__']);
    expect(e.details[0]?.message).toMatch(/^unknown field "__proto__" \(accepted: id, region, /);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = Object.freeze([Object.freeze({ ...row, value: '8.10' })]);
    const copy = structuredClone(input);
    parseObservations(input);
    expect(input).toEqual(copy);
  });

  it('never throws anything but a ShanxiIndustryError, whatever the input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseObservations(input);
        } catch (e) {
          expect(isShanxiIndustryError(e)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('PeriodSchema and sources', () => {
  it('parses aliases to canonical ids and rejects bad ones', () => {
    expect(PeriodSchema.parse('2021-H1')).toBe('2021-01/2021-06');
    expect(PeriodSchema.safeParse('2021-13').success).toBe(false);
  });
  it('parseSources validates urls, dates and kinds', () => {
    const good = {
      id: 'x',
      url: 'https://example.org',
      title: 't',
      publisher: 'p',
      language: 'en',
      kind: 'official',
    };
    expect(parseSources([good])).toEqual([good]);
    const e = errorOf(() =>
      parseSources([{ ...good, url: 'not a url', kind: 'blog', published: '2021/01/01' }]),
    );
    expect(e.details.map((d) => d.path.join('.')).sort()).toEqual([
      '0.kind',
      '0.published',
      '0.url',
    ]);
  });
  it('createDataset prefers by the given sources', () => {
    const ds = createDataset(
      [
        { ...row, source: 'b', value: 8.2 },
        { ...row, source: 'a', value: 8.1 },
      ],
      {
        sources: [
          {
            id: 'a',
            url: 'https://a.example',
            title: 'A',
            publisher: 'A',
            language: 'en',
            kind: 'official',
          },
          {
            id: 'b',
            url: 'https://b.example',
            title: 'B',
            publisher: 'B',
            language: 'en',
            kind: 'reprint',
          },
        ],
      },
    );
    expect(ds.find({ period: '2022-Q1', breakdown: 'sector:coal' })?.value).toBe(8.1);
    expect(
      ds.alternatives({ period: '2022-Q1', breakdown: 'sector:coal' }).map((o) => o.value),
    ).toEqual([8.1, 8.2]);
    expect(ds.query()).toHaveLength(1);
    expect(ds.query({}, { alternatives: true })).toHaveLength(2);
  });
});
