/**
 * Scope and the preferred figure (issue 13). Scope is part of the key; among rows of one key
 * and scope: unqualified before qualified, more precise before rounded (once converted to one
 * unit), then source kind, then the newest page, then file order.
 */
import { describe, expect, it } from 'vitest';
import { observations, sources } from '../../src/data/observations.js';
import { formatValue } from '../../src/format/value.js';
import type { Observation } from '../../src/model/types.js';
import { datasetOf } from '../../src/query/dataset.js';
import { alternatives, find, query, series } from '../../src/query/shipped.js';

const code = (c: string) => expect.objectContaining({ code: c });
const coal = (period: string) =>
  ({ indicator: 'output', breakdown: 'product:raw-coal', period, measure: 'level' }) as const;

describe('raw coal, 2023: scope is part of the key', () => {
  it('find answers the above-size statistics-bureau figure, not the bound "over 1.37 bn t"', () => {
    const o = find(coal('2023'))!;
    expect([o.id, o.value, o.decimals, o.unit, o.scope, o.qualifier]).toEqual([
      'f0468',
      135658.2,
      1,
      'tonnes-10k',
      'above-size',
      undefined,
    ]);
    expect(formatValue(o)).toBe('135,658.2 × 10,000 tonnes');
    expect(formatValue(o, { lang: 'zh' })).toBe('135,658.2万吨');
    expect(find({ ...coal('2023'), scope: 'above-size' })).toBe(o);
    // the bound of the same scope stays reachable, after the figure
    expect(alternatives(coal('2023')).map((r) => r.id)).toEqual(['f0468', 'f0467']);
  });

  it('the all-mine total is reachable by asking for scope all, the most precise first', () => {
    const all = alternatives({ ...coal('2023'), scope: 'all' });
    // 137752.0 万吨 (last digit 1,000 t) before 13.78 亿吨 and 1.378 bn t (last digit 1 Mt);
    // among those, state media (s110) before the reprint (s008) before the older official page
    expect(all.map((r) => [r.id, r.value, r.unit])).toEqual([
      ['f0473', 137752, 'tonnes-10k'],
      ['f0588', 1.378, 'tonnes-billion'],
      ['f0470', 1.378, 'tonnes-billion'],
      ['f0469', 13.78, 'tonnes-100m'],
    ]);
    expect(find({ ...coal('2023'), scope: 'all' })?.value.toFixed(1)).toBe('137752.0');
  });

  it('rows whose page stated no scope are kept apart, reachable as unstated', () => {
    const unstated = alternatives({ ...coal('2023'), scope: 'unstated' });
    expect(unstated.map((r) => [r.id, r.qualifier])).toEqual([
      ['f0472', undefined],
      ['f0471', 'over'],
    ]);
    expect(unstated.every((r) => r.scope === undefined)).toBe(true);
    // one preferred row per scope: never merged, never competing
    expect(query(coal('2023')).map((r) => [r.id, r.scope ?? 'unstated'])).toEqual([
      ['f0468', 'above-size'],
      ['f0472', 'unstated'],
      ['f0473', 'all'],
    ]);
  });
});

describe('raw coal, 2021', () => {
  it('"over 1.19 bn t" never wins over the exact 1.19 or 11.9亿 of the same year', () => {
    expect(find(coal('2021'))?.id).toBe('f0245'); // 11.9 亿吨, above designated size
    expect(find({ ...coal('2021'), scope: 'unstated' })?.id).toBe('f0247'); // 1.19 bn t
    expect(alternatives({ ...coal('2021'), scope: 'unstated' }).map((r) => r.id)).toEqual([
      'f0247',
      'f0246',
    ]);
    expect(find({ ...coal('2021'), scope: 'all' })).toBeUndefined();
  });
});

describe('series over several scopes', () => {
  it('refuses to mix scopes unless one is given, and says which it found', () => {
    expect(() => series({ ...coal('2023'), period: undefined, kind: 'year' } as never)).toThrow(
      code('INVALID_FILTER'),
    );
    const { period: _, ...key } = coal('2023');
    expect(() => series({ ...key, kind: 'year' })).toThrow(
      /several scopes \(above-size, all, unstated\).*Pass scope/,
    );
    const above = series({ ...key, kind: 'year', scope: 'above-size' });
    expect(above.map((o) => o.period)).toEqual(['2019', '2020', '2021', '2023', '2024', '2025']);
    expect(above.every((o) => o.scope === 'above-size')).toBe(true);
    expect(series({ ...key, kind: 'year', scope: 'all' }).map((o) => o.id)).toEqual([
      'f0111',
      'f0473',
    ]);
  });

  it('value added is above-size throughout, so its series need no scope', () => {
    expect(series({ kind: 'year-to-date', year: 2021 }).length).toBeGreaterThan(0);
  });

  it('an unknown scope in a key is a coded error', () => {
    expect(() => find({ ...coal('2023'), scope: 'big' as never })).toThrow(
      'Key field scope takes above-size, all, unstated; got "big".',
    );
  });
});

describe('find with an observation', () => {
  it('takes an observation as its key, its scope respected (no scope = unstated)', () => {
    const bound = observations.find((o) => o.id === 'f0471')!;
    expect(find(bound)?.id).toBe('f0472');
    expect(alternatives(bound).map((o) => o.id)).toEqual(['f0472', 'f0471']);
    const above = observations.find((o) => o.id === 'f0467')!;
    expect(find(above)?.id).toBe('f0468');
  });
});

/** The rule, written out independently of the engine. */
function oracleOrder(list: readonly Observation[]): Observation[] {
  const POWER: Record<string, number> = {
    'tonnes-10k': 4,
    'tonnes-million': 6,
    'tonnes-100m': 8,
    'tonnes-billion': 9,
    'kwh-100m': 8,
    'kwh-billion': 9,
    'yuan-100m': 8,
    'yuan-billion': 9,
    'yuan-trillion': 12,
    'm3-100m': 8,
    'm3-billion': 9,
  };
  const KINDS = ['official', 'state-media', 'industry-media', 'reprint'];
  const src = new Map(sources.map((s) => [s.id, s]));
  const order = new Map(observations.map((o, i) => [o, i]));
  const kind = (o: Observation) => KINDS.indexOf(src.get(o.source)!.kind);
  const date = (o: Observation) => src.get(o.source)!.published ?? '';
  const step = (o: Observation) => (POWER[o.unit] ?? 0) - o.decimals;
  return [...list].sort((a, b) => {
    if (!!a.qualifier !== !!b.qualifier) return a.qualifier ? 1 : -1;
    if (step(a) !== step(b)) return step(a) - step(b);
    if (kind(a) !== kind(b)) return kind(a) - kind(b);
    if (date(a) !== date(b)) return date(a) > date(b) ? -1 : 1;
    return order.get(a)! - order.get(b)!;
  });
}

describe('the preference rule over every shipped key', () => {
  it('orders the alternatives of every key and scope as the rule says', () => {
    const groups = new Map<string, Observation[]>();
    for (const o of observations) {
      const k = `${o.region}|${o.indicator}|${o.breakdown}|${o.period}|${o.measure}|${o.scope ?? 'unstated'}`;
      groups.set(k, [...(groups.get(k) ?? []), o]);
    }
    let multi = 0;
    for (const list of groups.values()) {
      const { region, indicator, breakdown, period, measure, scope } = list[0]!;
      const got = alternatives({
        region,
        indicator,
        breakdown,
        period,
        measure,
        scope: scope ?? 'unstated',
      });
      expect(got.map((o) => o.id)).toEqual(oracleOrder(list).map((o) => o.id));
      if (list.length > 1) multi++;
    }
    expect(multi).toBeGreaterThan(100);
    expect(query()).toHaveLength(groups.size);
  });

  it('over a user dataset without sources: qualifier and precision still decide, then order', () => {
    const base = {
      region: 'shanxi',
      indicator: 'output',
      breakdown: 'product:raw-coal',
      period: '2030',
      measure: 'level',
      source: 'mine',
    } as const;
    const rows: Observation[] = [
      { ...base, value: 1.4, decimals: 1, unit: 'tonnes-billion', qualifier: 'over' },
      { ...base, value: 1.4, decimals: 1, unit: 'tonnes-billion' },
      { ...base, value: 14.02, decimals: 2, unit: 'tonnes-100m' },
    ];
    const ds = datasetOf(rows);
    const { source: _, ...key } = base;
    // unqualified first; of those, 14.02 亿吨 (last digit 1 Mt) before 1.4 bn t (100 Mt)
    expect(ds.alternatives({ ...key, scope: 'unstated' }).map((o) => rows.indexOf(o))).toEqual([
      2, 1, 0,
    ]);
  });
});
