/**
 * Fuzzing every public function: called with arbitrary arguments (any JSON value, NaN, ±0,
 * huge and tiny numbers, strings, objects with `__proto__` keys, plus valid domain values mixed
 * in), each call either returns a result with no NaN or ±Infinity in it, or throws a
 * ShanxiIndustryError — never a bare TypeError from inside. Arguments are deep-frozen, so a
 * mutation would throw a TypeError and fail the run; the shipped data is compared before and
 * after.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as chartEntry from '../../src/chart/index.js';
import * as exportEntry from '../../src/export/index.js';
import * as rootEntry from '../../src/index.js';
import * as schemasEntry from '../../src/schemas/index.js';

const RUNS = 250;
let generated = 0;

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}

/** Finds a NaN or ±Infinity anywhere in a result (numbers, arrays, plain objects). */
function nonFinite(value: unknown, path = '$', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) {
    const hit = nonFinite(v, `${path}.${k}`, seen);
    if (hit) return hit;
  }
  return undefined;
}

const sample = rootEntry.observations.slice(0, 40);
const domain = fc.oneof(
  fc.constantFrom(
    '2021-Q1',
    '2021',
    '2021-05',
    '2021-01/2021-05',
    '2021-13',
    'sector:coal',
    'product:raw-coal',
    'total',
    'shanxi',
    'china',
    'yoy',
    'level',
    'percent',
    'tonnes-10k',
    'en',
    'zh',
    'about',
    '',
  ),
  fc.constantFrom(...sample),
  fc.constantFrom(
    { period: '2021-Q1' },
    { period: '2021-Q1', breakdown: 'sector:coal' },
    { decimals: 1 },
    { method: 'arithmetic' },
    { lang: 'zh' },
    { alternatives: true },
  ),
  fc.array(fc.constantFrom(...sample), { maxLength: 5 }),
  fc.array(fc.double({ min: -150, max: 500, noNaN: true }), { maxLength: 5 }),
  fc.double({ min: -200, max: 1000, noNaN: true }),
  fc.integer({ min: -3, max: 20 }),
);
const hostile = fc.oneof(
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withSparseArray: true,
    withDate: true,
    withMap: true,
  }),
  fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -Number.MAX_VALUE,
    1e308,
    5e-324,
  ),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}, "period": "2021-Q1"}'),
    JSON.parse('[{"__proto__": {"x": 1}}]'),
    { constructor: 1 },
  ),
  fc.object({
    key: fc.constantFrom(
      '__proto__',
      'constructor',
      'period',
      'value',
      'region',
      'decimals',
      'lang',
    ),
  }),
);
const argument = fc.oneof({ arbitrary: domain, weight: 2 }, { arbitrary: hostile, weight: 3 });
const args = fc.array(argument, { maxLength: 4 });

const entries = { ...rootEntry, ...schemasEntry, ...exportEntry, ...chartEntry } as Record<
  string,
  unknown
>;
const functions = Object.entries(entries).filter(
  ([name, f]) => typeof f === 'function' && !/^[A-Z]/.test(name) && !name.endsWith('Schema'),
) as [string, (...a: unknown[]) => unknown][];

const shippedBefore = JSON.stringify([rootEntry.observations, rootEntry.sources, rootEntry.claims]);

describe('fuzzing every public function', () => {
  it('finds the public functions', () => {
    expect(functions.length).toBeGreaterThan(50);
  });

  for (const [name, fn] of functions) {
    it(name, () => {
      fc.assert(
        fc.property(args, (list) => {
          generated++;
          const frozen = deepFreeze(list);
          let result: unknown;
          try {
            result = fn(...frozen);
          } catch (e) {
            if (!rootEntry.isShanxiIndustryError(e)) throw new Error(`${name} threw ${String(e)}`);
            return;
          }
          const bad = nonFinite(result);
          if (bad) throw new Error(`${name} returned a non-finite number at ${bad}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('no schema lets anything but a ShanxiIndustryError-free zod result out', () => {
    fc.assert(
      fc.property(argument, (value) => {
        generated++;
        const r = schemasEntry.ObservationSchema.safeParse(deepFreeze(value));
        if (r.success) expect(nonFinite(r.data)).toBeUndefined();
      }),
      { numRuns: RUNS * 4 },
    );
  });

  afterAll(() => {
    expect(JSON.stringify([rootEntry.observations, rootEntry.sources, rootEntry.claims])).toBe(
      shippedBefore,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    console.log(`fuzz: ${generated} generated cases over ${functions.length} functions`);
  });
});
