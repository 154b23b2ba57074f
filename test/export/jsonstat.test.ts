import JSONstat from 'jsonstat-toolkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { sources } from '../../src/data/observations.js';
import { type JsonStatDataset, toJSONStat } from '../../src/export/index.js';
import { comparePeriods } from '../../src/model/period.js';
import type { Observation } from '../../src/model/types.js';
import { query, sourceOf } from '../../src/query/shipped.js';
import { coal, codeOf, compareRows, deepFreeze, Q1_2021_IDS } from './fixtures.js';

type Reader = ReturnType<ReturnType<typeof JSONstat>['Dataset']>;

/** Reads a dataset with jsonstat-toolkit, from its JSON text (the toolkit changes the object it reads). */
function readBack(ds: JsonStatDataset): Reader {
  return JSONstat(JSON.parse(JSON.stringify(ds))).Dataset(0);
}

/** The coordinates of an observation, with its unit when the cube has a unit dimension. */
function coordinates(o: Observation, ds: JsonStatDataset): Record<string, string> {
  const at: Record<string, string> = {
    region: o.region,
    indicator: o.indicator,
    breakdown: o.breakdown,
    measure: o.measure,
    period: o.period,
  };
  if (ds.id.includes('unit')) at.unit = o.unit;
  if (ds.id.includes('scope')) at.scope = o.scope ?? 'unstated';
  return at;
}

/** The cell index of an observation, computed from the dimensions (row-major). */
function indexOf(o: Observation, ds: JsonStatDataset): number {
  const at = coordinates(o, ds);
  return ds.id.reduce((sum, d, k) => {
    const stride = ds.size.slice(k + 1).reduce((a, b) => a * b, 1);
    return sum + ds.dimension[d]!.category.index.indexOf(at[d]!) * stride;
  }, 0);
}

describe('toJSONStat: the whole shipped dataset (preferred rows)', () => {
  const rows = query();
  let ds: JsonStatDataset;
  let reader: Reader;
  beforeAll(() => {
    ds = toJSONStat(rows, { sources });
    reader = readBack(ds);
  });

  it('is a JSON-stat 2.0 dataset with roles, dimensions and sizes', () => {
    expect(ds.version).toBe('2.0');
    expect(ds.class).toBe('dataset');
    expect(ds.role).toEqual({ time: ['period'], geo: ['region'], metric: ['measure'] });
    expect(ds.id).toEqual([
      'region',
      'indicator',
      'breakdown',
      'scope',
      'measure',
      'unit',
      'period',
    ]);
    expect(ds.dimension.scope!.category.index).toEqual(['above-size', 'all', 'unstated']);
    expect(ds.dimension.scope!.category.label.all).toBe('all producers');
    expect(ds.size).toEqual(ds.id.map((d) => ds.dimension[d]!.category.index.length));
    for (const d of ds.id) {
      const { index, label } = ds.dimension[d]!.category;
      expect(Object.keys(label).sort()).toEqual([...index].sort());
      expect(new Set(index).size).toBe(index.length);
    }
    const periods = ds.dimension.period!.category.index;
    expect([...periods].sort(comparePeriods)).toEqual(periods);
    expect(ds.dimension.region!.category.index).toEqual(['shanxi', 'china']);
    expect(reader.class).toBe('dataset');
    expect(reader.id).toEqual(ds.id);
    expect(reader.Dimension('period')!.role).toBe('time');
    expect(reader.Dimension('region')!.role).toBe('geo');
    expect(reader.Dimension('measure')!.role).toBe('metric');
    expect(reader.Dimension('breakdown')!.Category('sector:coal')!.label).toBe('Coal industry');
    expect(reader.Dimension('period')!.Category('2021-01/2021-03')!.label).toBe('Q1 2021');
  });

  it('is deeply frozen; JSON.stringify writes it, and jsonstat-toolkit reads a copy as the JSON text', () => {
    const ds = toJSONStat(query({ year: 2021 }), { sources });
    const open: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (typeof v !== 'object' || v === null) return;
      if (!Object.isFrozen(v)) open.push(path);
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
    };
    walk(ds, '$');
    expect(open).toEqual([]);
    // the source records are copies: the caller's records are not frozen by the export
    const mine = sources.map((s) => ({ ...s }));
    const withMine = toJSONStat(query({ year: 2021 }), { sources: mine });
    expect(mine.some((s) => Object.isFrozen(s))).toBe(false);
    expect(JSON.stringify(withMine)).toBe(JSON.stringify(ds));
    // jsonstat-toolkit writes into the object it reads: a frozen one is refused, a copy is read
    expect(() => JSONstat(ds as never)).toThrow(TypeError);
    const fromCopy = JSONstat(structuredClone(ds) as never).Dataset(0);
    const fromText = readBack(ds);
    expect([fromCopy.id, fromCopy.size, fromCopy.n]).toEqual([
      fromText.id,
      fromText.size,
      fromText.n,
    ]);
    for (let i = 0; i < fromText.n; i++) expect(fromCopy.Data(i)).toEqual(fromText.Data(i));
  });

  it('puts every value in its cell, with its status, as jsonstat-toolkit reads it', () => {
    expect(Object.keys(ds.value)).toHaveLength(rows.length);
    for (const o of rows) {
      const cell = reader.Data(coordinates(o, ds));
      expect(cell, o.id).toEqual({ value: o.value, status: o.qualifier ?? null });
    }
    const withStatus = rows.filter((o) => o.qualifier !== undefined);
    expect(withStatus.length).toBeGreaterThan(0);
    expect(Object.keys(ds.status ?? {})).toHaveLength(withStatus.length);
    expect(reader.value.filter((v) => v !== null)).toHaveLength(rows.length);
  });

  it('maps each cell to its observation id, its source and its note', () => {
    for (const o of rows) {
      const at = String(indexOf(o, ds));
      expect(ds.value[at]).toBe(o.value);
      expect(ds.extension.ids[at]).toBe(o.id);
      expect(ds.extension.source[at]).toBe(o.source);
      expect(ds.extension.notes[at]).toBe(o.note);
    }
    const cited = new Set(rows.map((o) => o.source));
    expect(ds.extension.sources.map((s) => s.id)).toEqual([...cited].sort());
    expect(ds.extension.sources.every((s) => 'url' in s)).toBe(true);
  });

  it('keeps each value’s published precision (unit.decimals, or extension.decimals)', () => {
    const units = ds.dimension.measure!.category.unit ?? {};
    for (const o of rows) {
      const at = String(indexOf(o, ds));
      const d = ds.extension.decimals[at] ?? units[o.measure]?.decimals;
      expect(d, o.id).toBeDefined();
      expect(ds.value[at]!.toFixed(d!)).toBe(o.value.toFixed(o.decimals));
    }
  });

  it('adds a unit dimension, as levels come in several units, and units per measure only where one', () => {
    const units = ds.dimension.measure!.category.unit!;
    expect(units.yoy).toEqual({ label: 'percent', decimals: 1 });
    expect(units['national-rank']).toEqual({ label: 'rank', decimals: 0 });
    expect(units.level).toBeUndefined();
    expect(reader.Dimension('measure')!.Category('yoy')!.unit).toEqual({
      label: 'percent',
      decimals: 1,
    });
    expect(ds.dimension.unit!.category.label['tonnes-10k']).toBe('10,000 tonnes');
    expect(ds.note.some((n) => n.startsWith('unit is a dimension'))).toBe(true);
  });

  it('cites the sources and dates the dataset by their latest publication', () => {
    expect(ds.source).toMatch(/sources cited; see extension.sources$/);
    const dates = ds.extension.sources.map((s) => ('published' in s ? s.published : undefined));
    const latest = dates
      .filter((d): d is string => d !== undefined)
      .sort()
      .at(-1);
    expect(ds.updated).toBe(latest);
    expect(reader.updated).toBe(latest);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(toJSONStat(rows, { sources }))).toBe(JSON.stringify(ds));
  });

  it('has the labels in Chinese under extension.zh', () => {
    const zh = ds.extension.zh!;
    expect(zh.dimension.breakdown!.category.label['sector:coal']).toBe('煤炭工业');
    expect(zh.dimension.period!.category.label['2021-01/2021-03']).toBe('2021年一季度');
    expect(zh.dimension.region!.label).toBe('地区');
    expect(ds.extension.en).toBeUndefined();
  });
});

describe('toJSONStat: the six Q1 2021 Shanxi figures', () => {
  const rows = query({ period: '2021-Q1', region: 'shanxi', source: 's032' }).filter((o) =>
    (Q1_2021_IDS as readonly string[]).includes(o.id!),
  );

  it('exports them and jsonstat-toolkit reads them back exactly', () => {
    expect(rows.map((o) => o.id)).toEqual([...Q1_2021_IDS]);
    const ds = toJSONStat(rows, { sources: sourceOf });
    expect(ds.id).toEqual(['region', 'indicator', 'breakdown', 'measure', 'period']);
    expect(ds.size).toEqual([1, 1, 6, 1, 1]);
    expect(ds.source).toBe('China Daily');
    expect(ds.updated).toBe('2021-05-10');
    expect(ds.status).toBeUndefined();
    const reader = readBack(ds);
    const read = (breakdown: string) =>
      reader.Data({
        region: 'shanxi',
        indicator: 'value-added',
        breakdown,
        measure: 'yoy',
        period: '2021-01/2021-03',
      });
    expect(rows.map((o) => [o.breakdown, read(o.breakdown)!.value])).toEqual([
      ['total', 23.9],
      ['sector:coal', 24.1],
      ['sector:equipment-manufacturing', 41.8],
      ['sector:high-tech-manufacturing', 25.3],
      ['sector:non-coal', 23.8],
      ['sector:strategic-emerging', 29.4],
    ]);
    expect(reader.Dimension('measure')!.Category('yoy')!.unit).toEqual({
      label: 'percent',
      decimals: 1,
    });
    expect(ds.extension.decimals).toEqual({});
    expect(Object.values(ds.extension.ids).sort()).toEqual([...Q1_2021_IDS]);
  });
});

describe('toJSONStat: scope, always stated', () => {
  const coal2023 = (scope: string) =>
    query({
      indicator: 'output',
      breakdown: 'product:raw-coal',
      period: '2023',
      measure: 'level',
      scope,
    } as never);

  it('rows of one scope: no scope dimension, and extension.scope names it (with a note)', () => {
    const all = toJSONStat(coal2023('all'));
    expect(all.id).not.toContain('scope');
    expect(all.extension.scope).toEqual({ id: 'all', en: 'all producers', zh: '全口径' });
    expect(all.note).toContain(
      'Every figure here is of one scope, given in extension.scope: all producers.',
    );
    expect(Object.values(all.value)).toEqual([137752]);
    expect(toJSONStat(coal2023('above-size')).extension.scope?.id).toBe('above-size');
  });

  it("scopeDimension: 'always' gives a scope dimension of one category instead", () => {
    const ds = toJSONStat(coal2023('all'), { scopeDimension: 'always', lang: 'zh' });
    expect(ds.id).toEqual(['region', 'indicator', 'breakdown', 'scope', 'measure', 'period']);
    expect(ds.dimension.scope!.category).toEqual({ index: ['all'], label: { all: '全口径' } });
    expect(ds.extension.scope).toBeUndefined();
    expect(() => toJSONStat([], { scopeDimension: 'yes' as never })).toThrow(/scopeDimension/);
  });

  it('rows of several scopes: a scope dimension and no extension.scope', () => {
    const ds = toJSONStat(query({ indicator: 'output', period: '2023', measure: 'level' }));
    expect(ds.id).toContain('scope');
    expect(ds.extension.scope).toBeUndefined();
  });
});

describe('toJSONStat: units', () => {
  const level = (
    unit: Observation['unit'],
    value: number,
    period: Observation['period'],
  ): Observation => ({
    ...coal,
    indicator: 'output',
    breakdown: 'product:raw-coal',
    measure: 'level',
    unit,
    value,
    decimals: 2,
    period,
  });

  it('gives a measure its unit when it has one, without a unit dimension', () => {
    const ds = toJSONStat([
      level('tonnes-100m', 12.06, '2021'),
      level('tonnes-100m', 13.07, '2022'),
    ]);
    expect(ds.id).not.toContain('unit');
    expect(ds.dimension.measure!.category.unit).toEqual({
      level: { label: '100 million tonnes', decimals: 2 },
    });
    expect(ds.extension.zh!.dimension.measure!.category.unit).toEqual({ level: { label: '亿吨' } });
  });

  it('adds a unit dimension when one measure comes in two units', () => {
    const rows = [level('tonnes-100m', 12.06, '2021'), level('tonnes-10k', 130_714.6, '2022')];
    const ds = toJSONStat(rows);
    expect(ds.id).toEqual(['region', 'indicator', 'breakdown', 'measure', 'unit', 'period']);
    expect(ds.dimension.unit!.category.index).toEqual(['tonnes-10k', 'tonnes-100m']);
    expect(ds.dimension.measure!.category.unit).toBeUndefined();
    const reader = readBack(ds);
    const at = { measure: 'level', breakdown: 'product:raw-coal' };
    expect(reader.Data({ ...at, unit: 'tonnes-100m', period: '2021' })!.value).toBe(12.06);
    expect(reader.Data({ ...at, unit: 'tonnes-10k', period: '2022' })!.value).toBe(130_714.6);
    expect(reader.Data({ ...at, unit: 'tonnes-10k', period: '2021' })!.value).toBeNull();
    // Without a unit per measure, every cell carries its own precision.
    expect(Object.values(ds.extension.decimals)).toEqual([2, 2]);
  });

  it('adds a unit dimension always with unitDimension: always', () => {
    const ds = toJSONStat([coal], { unitDimension: 'always' });
    expect(ds.id).toContain('unit');
    expect(ds.dimension.measure!.category.unit).toEqual({ yoy: { label: 'percent', decimals: 1 } });
  });

  it('gives the common precision per measure and the exceptions per cell', () => {
    const rows = [coal, { ...coal, breakdown: 'total' as const, value: 14, decimals: 0 }];
    const ds = toJSONStat(rows);
    expect(ds.dimension.measure!.category.unit!.yoy!.decimals).toBe(1);
    expect(ds.extension.decimals).toEqual({ 0: 0 });
    const wide = toJSONStat([{ ...coal, value: 62.1202, decimals: 6 }]);
    expect(wide.value[0]!.toFixed(wide.dimension.measure!.category.unit!.yoy!.decimals)).toBe(
      '62.120200',
    );
  });
});

describe('toJSONStat: alternatives, statuses, options', () => {
  it('throws when two rows fall in the same cell, unless duplicates: first', () => {
    const all = query(
      {
        period: '2021-H1',
        region: 'shanxi',
        breakdown: 'total',
        measure: 'yoy',
        indicator: 'value-added',
      },
      { alternatives: true },
    );
    expect(all.length).toBe(3); // s033, s034 and s104
    expect(codeOf(() => toJSONStat(all))).toBe('INVALID_OBSERVATIONS');
    expect(() => toJSONStat(all)).toThrow(/Rows 0 and 1 fall in the same cell.*alternatives/);
    const first = toJSONStat(all, { duplicates: 'first' });
    expect(Object.values(first.value)).toEqual([all[0]!.value]);
    expect(Object.values(first.extension.ids)).toEqual([all[0]!.id]);
  });

  it('exports every shipped row, alternatives included, with duplicates: first', () => {
    const all = query(undefined, { alternatives: true });
    const ds = toJSONStat(all, { duplicates: 'first' });
    const reader = readBack(ds);
    const preferred = query();
    // `query` gives rows in the order of the data, not preferred first: each cell holds one of
    // the figures published for its key.
    for (const o of preferred) {
      const cell = reader.Data(coordinates(o, ds));
      const figures = all.filter(
        (a) =>
          a.region === o.region &&
          a.indicator === o.indicator &&
          a.breakdown === o.breakdown &&
          a.measure === o.measure &&
          a.period === o.period &&
          a.unit === o.unit,
      );
      expect(figures.map((a) => a.value)).toContain(cell!.value);
    }
  });

  it('writes qualifiers as statuses', () => {
    const ds = toJSONStat([
      { ...coal, qualifier: 'about' },
      { ...coal, breakdown: 'total', value: 23.9 },
    ]);
    expect(ds.status).toEqual({ 1: 'about' });
    expect(ds.note.some((n) => n.startsWith('status gives the word'))).toBe(true);
    const reader = readBack(ds);
    expect(reader.Data({ breakdown: 'sector:coal' })).toEqual({ value: 24.1, status: 'about' });
    expect(reader.Data({ breakdown: 'total' })).toEqual({ value: 23.9, status: null });
  });

  it('takes the updated date and the label from options, and omits updated when unknown', () => {
    expect(toJSONStat([coal], { updated: '2024-05-10', label: 'Coal' })).toMatchObject({
      updated: '2024-05-10',
      label: 'Coal',
    });
    expect('updated' in toJSONStat([coal])).toBe(false);
    expect(toJSONStat([coal]).source).toBe('1 source cited; see extension.sources');
    expect(toJSONStat([coal]).extension.sources).toEqual([{ id: 's032' }]);
  });

  it('writes labels in Chinese with lang zh, and the English ones under extension.en', () => {
    const ds = toJSONStat([coal], { lang: 'zh' });
    expect(ds.dimension.breakdown!.category.label).toEqual({ 'sector:coal': '煤炭工业' });
    expect(ds.dimension.measure!.category.unit).toEqual({ yoy: { label: '%', decimals: 1 } });
    expect(ds.extension.en!.dimension.breakdown!.category.label).toEqual({
      'sector:coal': 'Coal industry',
    });
    expect(ds.extension.zh).toBeUndefined();
  });

  it('uses canonical period ids, so an alias and its id share a cell', () => {
    const ds = toJSONStat([{ ...coal, period: '2021-Q1' as never }]);
    expect(ds.dimension.period!.category.index).toEqual(['2021-01/2021-03']);
    expect(codeOf(() => toJSONStat([{ ...coal, period: '2021-Q1' as never }, coal]))).toBe(
      'INVALID_OBSERVATIONS',
    );
  });

  it('reads an empty list as an empty cube', () => {
    const ds = toJSONStat([]);
    expect(ds.size).toEqual([0, 0, 0, 0, 0]);
    expect(ds.value).toEqual({});
  });

  it('throws the documented codes', () => {
    expect(codeOf(() => toJSONStat({} as never))).toBe('INVALID_OBSERVATIONS');
    expect(() => toJSONStat([coal, 3 as never])).toThrow(/Row 1/);
    expect(codeOf(() => toJSONStat([{ ...coal, value: Number.NaN }]))).toBe('NOT_A_NUMBER');
    expect(codeOf(() => toJSONStat([coal], { updated: 'yesterday' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => toJSONStat([coal], { duplicates: 'last' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => toJSONStat([coal], { unitDimension: 'never' as never }))).toBe(
      'INVALID_OPTION',
    );
    expect(codeOf(() => toJSONStat([coal], { newline: '\n' } as never))).toBe('INVALID_OPTION');
  });

  it('does not mutate its input, and works on frozen rows', () => {
    const rows = deepFreeze(query({ year: 2021 }).map((o) => ({ ...o })));
    const before = JSON.stringify(rows);
    toJSONStat(rows, { sources });
    toJSONStat(deepFreeze([...compareRows]));
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('toJSONStat: compareSectors rows', () => {
  it('writes values, ranks and gaps as categories of the metric dimension', () => {
    const ds = toJSONStat(compareRows, { sources });
    expect(ds.dimension.measure!.category.index).toEqual(['yoy', 'rank', 'gap-to-total']);
    expect(ds.dimension.measure!.category.unit).toEqual({
      yoy: { label: 'percent', decimals: 1 },
      rank: { label: 'rank', decimals: 0 },
      'gap-to-total': { label: 'percentage points', decimals: 1 },
    });
    expect(ds.dimension.indicator!.category.index).toEqual(['value-added']);
    const reader = readBack(ds);
    for (const r of compareRows) {
      const at = { breakdown: r.breakdown as string };
      expect(reader.Data({ ...at, measure: 'yoy' })!.value).toBe(r.value);
      expect(reader.Data({ ...at, measure: 'rank' })!.value).toBe(r.rank);
      expect(reader.Data({ ...at, measure: 'gap-to-total' })!.value).toBe(r.gapToTotal);
    }
    expect(Object.keys(ds.extension.source)).toHaveLength(compareRows.length);
    expect(ds.source).toBe('China Daily');
  });

  it('rounds computed gaps to what they stand for, and takes indicator and measure from options', () => {
    const row = { ...compareRows[3]!, gapToTotal: 24.1 - 23.9, qualifier: 'about' as const };
    const ds = toJSONStat([row], { indicator: 'profit', measure: 'share-of-total' });
    const reader = readBack(ds);
    expect(reader.Data({ measure: 'gap-to-total' })!.value).toBe(0.2);
    expect(reader.Data({ measure: 'share-of-total' })).toEqual({ value: 24.1, status: 'about' });
    expect(ds.dimension.indicator!.category.index).toEqual(['profit']);
  });
});
