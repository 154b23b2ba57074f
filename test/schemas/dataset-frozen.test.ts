/**
 * Issue 15, class 4, for datasets: what `createDataset` returns is deeply frozen — the dataset,
 * its lists, its rows, its sources and its methods — and so is everything its methods return,
 * while the index is still built lazily (it lives in a closure, never on the dataset).
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/query/dataset.js';
import { shippedDataset } from '../../src/query/shipped.js';
import { createDataset } from '../../src/schemas/index.js';

const row = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'sector:coal',
  period: '2015-Q1',
  measure: 'yoy',
  value: '1.5',
  unit: 'percent',
  source: 'my-sheet',
};
const mySource = {
  id: 'my-sheet',
  url: 'https://example.org/sheet',
  title: 'Sheet',
  publisher: 'Me',
  language: 'en',
  kind: 'official',
};

/** The path of the first value that is not frozen, functions included; `undefined` if none. */
function openAt(value: unknown, path = '$', seen = new Set<unknown>()): string | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return;
  if (seen.has(value)) return;
  seen.add(value);
  if (!Object.isFrozen(value)) return path;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    const hit = 'value' in d ? openAt(d.value, `${path}.${String(key)}`, seen) : undefined;
    if (hit) return hit;
  }
  return;
}

const PUBLIC = ['alternatives', 'find', 'observations', 'query', 'series', 'sourceOf', 'sources'];

const datasets: [string, () => Dataset][] = [
  ['createDataset(rows)', () => createDataset([row, { ...row, period: '2015-Q2' }])],
  ['createDataset([])', () => createDataset([])],
  ['createDataset(rows, { sources })', () => createDataset([row], { sources: [mySource] })],
  [
    'createDataset(rows, { base, sources })',
    () =>
      createDataset([row, { ...row, period: '2021-Q1', value: '24.0', scope: 'above-size' }], {
        base: shippedDataset(),
        sources: [mySource],
      }),
  ],
  ['shippedDataset()', shippedDataset],
];

describe.each(datasets)('%s', (_, make) => {
  it('is deeply frozen before and after its index is built, and holds no index state', () => {
    const ds = make();
    expect(Object.isFrozen(ds)).toBe(true);
    expect(openAt(ds)).toBeUndefined();
    expect(Object.keys(ds).sort()).toEqual(PUBLIC);
    // the lazy index builds on a frozen dataset, and adds nothing to it
    ds.find({ period: '2015-Q1', breakdown: 'sector:coal' });
    expect(Object.keys(ds).sort()).toEqual(PUBLIC);
    expect(Reflect.ownKeys(ds)).toHaveLength(PUBLIC.length + 1); // and the dataset mark
    expect(openAt(ds)).toBeUndefined();
  });

  it('cannot be changed: methods, lists and rows refuse writes (strict mode throws)', () => {
    const ds = make();
    const find = ds.find;
    expect(() => {
      (ds as { find: unknown }).find = () => 42;
    }).toThrow(TypeError);
    expect(() => {
      (ds.find as unknown as Record<string, unknown>).extra = 1;
    }).toThrow(TypeError);
    expect(() => (ds.observations as unknown[]).push(row)).toThrow(TypeError);
    expect(() => (ds.sources as unknown[]).push(mySource)).toThrow(TypeError);
    expect(ds.find).toBe(find);
  });

  it('returns frozen results from every method', () => {
    const ds = make();
    const key = { period: '2015-Q1', breakdown: 'sector:coal' } as const;
    const results: unknown[] = [
      ds.find(key),
      ds.alternatives(key),
      ds.alternatives({ period: '1950' }),
      ds.query(),
      ds.query({ breakdown: 'sector:coal' }, { alternatives: true }),
      ds.query({ region: 'china', year: 1950 }),
      ds.series({ breakdown: 'sector:coal', kind: 'year-to-date', scope: 'unstated' }),
      ds.sourceOf('my-sheet'),
    ];
    for (const [i, r] of results.entries()) expect([i, openAt(r)]).toEqual([i, undefined]);
    // not a frozen shared list that a later call could see changed: a fresh one each call
    expect(ds.query()).not.toBe(ds.query());
    expect(ds.query()).toEqual(ds.query());
  });
});

it('a user row found through a merged dataset is the frozen row createDataset validated', () => {
  const ds = createDataset([row], { base: shippedDataset(), sources: [mySource] });
  const found = ds.find({ period: '2015-Q1', breakdown: 'sector:coal' })!;
  expect(found.value).toBe(1.5);
  expect(Object.isFrozen(found)).toBe(true);
  expect(ds.observations.at(-1)).toBe(found);
  expect(ds.sourceOf(found)).toEqual(mySource);
});
