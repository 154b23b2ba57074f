import { describe, expect, it } from 'vitest';
import { observations } from '../../src/data/observations.js';
import {
  alternatives,
  find,
  query,
  series,
  shippedDataset,
  sourceOf,
} from '../../src/query/shipped.js';

const code = (c: string, message?: string) =>
  expect.objectContaining(message === undefined ? { code: c } : { code: c, message });

describe('find', () => {
  it('reads the founding figures of Q1 2021 (f0159–f0164)', () => {
    const q1 = { period: '2021-Q1' } as const;
    expect(find(q1)?.value).toBe(23.9);
    expect(find({ ...q1, breakdown: 'sector:coal' })?.value).toBe(24.1);
    expect(find({ ...q1, breakdown: 'sector:non-coal' })?.value).toBe(23.8);
    expect(find({ ...q1, breakdown: 'sector:equipment-manufacturing' })?.value).toBe(41.8);
    expect(find({ ...q1, breakdown: 'sector:high-tech-manufacturing' })?.value).toBe(25.3);
    expect(find({ ...q1, breakdown: 'sector:strategic-emerging' })?.value).toBe(29.4);
    expect(find({ ...q1, breakdown: 'sector:coal' })?.source).toBe('s032');
    expect(sourceOf('s032')?.url).toBe('https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm');
  });

  it('takes the canonical id, an alias or a Period-like key equally', () => {
    expect(find({ period: '2021-01/2021-03' })).toBe(find({ period: '2021-Q1' }));
  });

  it('returns undefined for a figure not published; an id that is no id is UNKNOWN_ID', () => {
    expect(find({ period: '1950' })).toBeUndefined();
    expect(find({ period: '2014-Q1', breakdown: 'sector:coal' })).toBeUndefined();
    expect(() => find({ period: '2021-Q1', breakdown: 'sector:cole' as never })).toThrow(
      code(
        'UNKNOWN_ID',
        'find: breakdown "sector:cole" is not a known id; did you mean "sector:coal"?',
      ),
    );
    expect(() => find({ period: '2021-Q1', region: 'Shanxi' as never })).toThrow(
      code('UNKNOWN_ID', 'find: region "Shanxi" is not a known id; did you mean "shanxi"?'),
    );
    expect(() => find({ period: '2021-Q1', region: 'hebei' as never })).toThrow(
      code('UNKNOWN_ID', 'find: region "hebei" is not a known id; accepted are "shanxi", "china".'),
    );
    expect(() => find({ period: '2021-Q1', measure: 'YoY' as never, scope: 'all' })).toThrow(
      code('UNKNOWN_ID', 'find: measure "YoY" is not a known id; did you mean "yoy"?'),
    );
  });

  it('rejects keys that are not objects, have unknown or mistyped fields, or bad periods', () => {
    expect(() => find(null as never)).toThrow(code('INVALID_FILTER'));
    expect(() => find('2021-Q1' as never)).toThrow(code('INVALID_FILTER'));
    expect(() => find({} as never)).toThrow(code('INVALID_FILTER'));
    expect(() => find({ period: '2021-Q1', sector: 'coal' } as never)).toThrow(
      code('INVALID_FILTER'),
    );
    expect(() => find({ period: 2021 } as never)).toThrow(code('INVALID_FILTER'));
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => find({ period: '2021-Q5' })).toThrow(code('INVALID_PERIOD'));
  });

  it('prefers by source kind, then the most recent page, and keeps the others reachable', () => {
    const all = alternatives({ period: '2021-H1' });
    // state-media before reprint; s034 and s104 tie on kind and date, so file order decides
    expect(all.map((o) => o.source)).toEqual(['s034', 's104', 's033']);
    expect(find({ period: '2021-H1' })).toBe(all[0]);
    const ds = shippedDataset();
    for (const list of groups()) {
      if (list.length < 2) continue;
      const ranks = list.map((o) =>
        ['official', 'state-media', 'industry-media', 'reprint'].indexOf(ds.sourceOf(o)!.kind),
      );
      const { region, indicator, breakdown, period, measure, scope } = list[0]!;
      if (
        list.some((o) => o.qualifier) ||
        new Set(list.map((o) => `${o.unit}${o.decimals}`)).size > 1
      )
        continue; // qualifier and precision come before kind: test/query/preference.test.ts
      const first = alternatives({
        region,
        indicator,
        breakdown,
        period,
        measure,
        scope: scope ?? 'unstated',
      })[0]!;
      expect(ranks.indexOf(Math.min(...ranks))).toBeGreaterThanOrEqual(0);
      expect(
        ['official', 'state-media', 'industry-media', 'reprint'].indexOf(ds.sourceOf(first)!.kind),
      ).toBe(Math.min(...ranks));
    }
  });
});

function groups() {
  const map = new Map<string, (typeof observations)[number][]>();
  for (const o of observations) {
    const k = `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}|${o.scope}`;
    map.set(k, [...(map.get(k) ?? []), o]);
  }
  return [...map.values()];
}

describe('query', () => {
  it('returns one preferred figure per key unless asked for all', () => {
    const keys = groups().length;
    expect(query()).toHaveLength(keys);
    expect(query({}, { alternatives: true })).toHaveLength(observations.length);
    expect(keys).toBeLessThan(observations.length);
  });

  it('filters by every field, one value or a list', () => {
    const rows = query({ period: '2021-Q1', breakdown: ['sector:coal', 'sector:non-coal'] });
    expect(rows.map((o) => o.value)).toEqual([24.1, 23.8]);
    expect(
      query({ region: 'china', year: 2021, kind: 'month', measure: 'yoy' }).every(
        (o) => o.period.startsWith('2021-') && !o.period.includes('/'),
      ),
    ).toBe(true);
    expect(
      query({ from: '2021-Q1', to: '2021-H1', region: 'shanxi', breakdown: 'total' }).every((o) =>
        o.period.startsWith('2021'),
      ),
    ).toBe(true);
    expect(query({ qualifier: 'about' }).every((o) => o.qualifier === 'about')).toBe(true);
    expect(
      query({ qualifier: 'none' }, { alternatives: true }).length +
        query({ qualifier: ['about', 'over', 'nearly'] }, { alternatives: true }).length,
    ).toBe(observations.length);
    expect(query({ unit: 'tonnes-10k' }).every((o) => o.unit === 'tonnes-10k')).toBe(true);
    expect(query({ source: 's032' }).map((o) => o.id)).toEqual([
      'f0159',
      'f0160',
      'f0161',
      'f0162',
      'f0163',
      'f0164',
    ]);
  });

  it('returns [] for a source without figures; an id that is no id is UNKNOWN_ID', () => {
    expect(query({ source: 'zzz' })).toEqual([]);
    expect(() => query({ breakdown: 'coal' as never })).toThrow(
      code('UNKNOWN_ID', 'query: breakdown "coal" is not a known id; did you mean "sector:coal"?'),
    );
    expect(() => query({ unit: '%' as never })).toThrow(code('UNKNOWN_ID'));
    expect(() => series({ breakdown: 'sector:Coal' as never })).toThrow(
      code(
        'UNKNOWN_ID',
        'series: breakdown "sector:Coal" is not a known id; did you mean "sector:coal"?',
      ),
    );
  });

  it('rejects a wrong filter with a coded error', () => {
    expect(() => query(5 as never)).toThrow(code('INVALID_FILTER'));
    expect(() => query([] as never)).toThrow(code('INVALID_FILTER'));
    expect(() => query({ region: 5 } as never)).toThrow(code('INVALID_FILTER'));
    expect(() => query({ year: '2021' } as never)).toThrow(code('INVALID_FILTER'));
    expect(() => query({ colour: 'red' } as never)).toThrow(code('INVALID_FILTER'));
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => query({ period: ['2021-Q1', '2021-13'] })).toThrow(code('INVALID_PERIOD'));
    expect(() => query({}, { alternatives: 'yes' } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => query({}, { all: true } as never)).toThrow(code('INVALID_FILTER'));
  });
});

describe('series', () => {
  it('gives one observation per period, in time order', () => {
    const s = series({ region: 'china', kind: 'year-to-date' });
    expect(s.length).toBeGreaterThan(20);
    const periods = s.map((o) => o.period);
    expect(new Set(periods).size).toBe(periods.length);
    expect(s.slice(0, 2).map((o) => [o.period, o.value])).toEqual([
      ['2019-01/2019-02', expect.any(Number)],
      expect.any(Array),
    ]);
    for (let i = 1; i < s.length; i++)
      expect(
        s[i - 1]!.period < s[i]!.period || s[i - 1]!.period.slice(0, 4) < s[i]!.period.slice(0, 4),
      ).toBe(true);
  });
  it('refuses to mix period kinds unless asked, naming them', () => {
    expect(() => series({ region: 'china' })).toThrow(code('INVALID_FILTER'));
    expect(() => series({ region: 'china' })).toThrow(/month, year-to-date|year-to-date, month/);
    const mixed = series({ region: 'china', kind: ['month', 'year-to-date'] });
    expect(new Set(mixed.map((o) => o.period.includes('/'))).size).toBe(2);
  });

  it('from and to take whole periods: from the start of one to the end of the other', () => {
    const y2022 = query({
      region: 'china',
      breakdown: 'total',
      measure: 'yoy',
      from: '2022',
      to: '2022',
    });
    expect(y2022.some((o) => o.period === '2022-01/2022-03')).toBe(true);
    expect(y2022.every((o) => o.period.startsWith('2022'))).toBe(true);
    const q = query({
      region: 'china',
      breakdown: 'total',
      measure: 'yoy',
      from: '2022-Q2',
      to: '2022-Q3',
    });
    expect(q.some((o) => o.period === '2022-01/2022-03')).toBe(false);
    expect(q.every((o) => ['04', '05', '06', '07', '08', '09'].includes(o.period.slice(-2)))).toBe(
      true,
    );
  });

  it('takes one breakdown only', () => {
    expect(() => series({ breakdown: ['total', 'sector:coal'] } as never)).toThrow(
      code('INVALID_FILTER'),
    );
    expect(() => series({ period: '2021' } as never)).toThrow(code('INVALID_FILTER'));
  });
});

describe('immutability', () => {
  it('the shipped data is frozen and writing throws in strict mode', () => {
    const o = observations[0]!;
    expect(Object.isFrozen(observations)).toBe(true);
    expect(Object.isFrozen(o)).toBe(true);
    expect(() => {
      (o as { value: number }).value = 0;
    }).toThrow(TypeError);
    expect(() => (observations as unknown as unknown[]).push({})).toThrow(TypeError);
  });
  it('no call changes the data', () => {
    const before = JSON.stringify(observations);
    query({ region: 'china' });
    series({ region: 'china', kind: 'month' });
    alternatives({ period: '2021-H1' });
    const rows = query();
    expect(Object.isFrozen(rows)).toBe(true);
    expect(JSON.stringify(observations)).toBe(before);
  });
});
