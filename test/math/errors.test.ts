/** Every bad input throws a ShanxiIndustryError with its exact code. */
import { describe, expect, it } from 'vitest';
import { ShanxiIndustryError } from '../../src/errors.js';
import * as math from '../../src/math/index.js';
import {
  annualize,
  applyGrowth,
  averageGrowth,
  baseFromGrowth,
  bounds,
  compoundGrowth,
  contribution,
  contributionRate,
  fromIndex,
  growthRate,
  impliedShare,
  percentagePointDifference,
  toIndex,
  twoYearAverage,
} from '../../src/math/index.js';
import { expectCode } from './_helpers.js';

/** Values that are not finite numbers. */
const notNumbers: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '1',
  '',
  null,
  undefined,
  true,
  {},
  [],
  [1],
  1n,
  Symbol('x'),
  new Number(1),
  Object.create(null),
  () => 1,
];

/** Calls a function with loosely typed arguments. */
const call = (fn: unknown, ...args: unknown[]): unknown =>
  (fn as (...a: unknown[]) => unknown)(...args);

/** Each function with valid arguments, so that one can be replaced at a time. */
const valid: readonly [string, unknown, readonly unknown[]][] = [
  ['growthRate', growthRate, [110, 100]],
  ['applyGrowth', applyGrowth, [100, 10]],
  ['baseFromGrowth', baseFromGrowth, [110, 10]],
  ['percentagePointDifference', percentagePointDifference, [18.2, 9.6]],
  ['twoYearAverage', twoYearAverage, [-8.4, 24.5]],
  ['annualize', annualize, [1, 12]],
  ['toIndex', toIndex, [23.9]],
  ['fromIndex', fromIndex, [123.9]],
  ['contribution', contribution, [0.5, 23.9]],
  ['contributionRate', contributionRate, [3, 6]],
  ['impliedShare', impliedShare, [23.9, 24.1, 23.8]],
  ['bounds', bounds, [23.9, 1]],
];

describe('NOT_A_NUMBER', () => {
  it('is thrown for every argument that is not a finite number, naming it', () => {
    for (const [name, fn, args] of valid) {
      // bounds' second argument is a decimals: it throws INVALID_DECIMALS instead.
      const checked = name === 'bounds' ? 1 : args.length;
      for (let i = 0; i < checked; i++)
        for (const bad of notNumbers) {
          const with_ = args.map((a, j) => (j === i ? bad : a));
          let error: unknown;
          try {
            call(fn, ...with_);
          } catch (e) {
            error = e;
          }
          expect(error, `${name} argument ${i} = ${typeof bad}`).toBeInstanceOf(
            ShanxiIndustryError,
          );
          expect((error as ShanxiIndustryError).code).toBe('NOT_A_NUMBER');
          expect((error as ShanxiIndustryError).message.length).toBeGreaterThan(0);
          expect(Object.is((error as ShanxiIndustryError).value, bad)).toBe(true);
        }
    }
  });

  it('names the argument in the message', () => {
    expect(() => growthRate(110, Number.NaN)).toThrow(
      expect.objectContaining({ code: 'NOT_A_NUMBER', message: 'previous' }),
    );
    expect(() => twoYearAverage(Number.NaN, 1)).toThrow(
      expect.objectContaining({ code: 'NOT_A_NUMBER', message: 'previousYearRate' }),
    );
    expect(() => compoundGrowth([1, 2, Number.NaN])).toThrow(
      expect.objectContaining({ code: 'NOT_A_NUMBER', message: 'rates[2]' }),
    );
  });

  it('is thrown for lists that are not arrays or hold a bad item', () => {
    for (const fn of [compoundGrowth, averageGrowth]) {
      for (const bad of [5, '1,2', null, undefined, { length: 1, 0: 1 }, new Set([1])])
        expectCode(() => call(fn, bad), 'NOT_A_NUMBER');
      for (const bad of notNumbers) expectCode(() => call(fn, [1, bad, 2]), 'NOT_A_NUMBER');
      // A hole in a sparse array is undefined.
      // biome-ignore lint/suspicious/noSparseArray: testing a hole on purpose
      expectCode(() => call(fn, [1, , 2]), 'NOT_A_NUMBER');
    }
  });
});

describe('ZERO_BASE', () => {
  it('growthRate with previous 0 (or -0)', () => {
    expect(() => growthRate(1, 0)).toThrow(expect.objectContaining({ code: 'ZERO_BASE' }));
    expectCode(() => growthRate(1, -0), 'ZERO_BASE');
    expectCode(() => growthRate(0, 0), 'ZERO_BASE');
  });

  it('contributionRate with totalRate 0', () => {
    expectCode(() => contributionRate(1, 0), 'ZERO_BASE');
  });

  it('impliedShare with partA equal to partB', () => {
    expectCode(() => impliedShare(1, 2, 2), 'ZERO_BASE');
    expectCode(() => impliedShare(2, 2, 2), 'ZERO_BASE');
  });
});

describe('NEGATIVE_BASE', () => {
  it('growthRate, applyGrowth with a negative previous; baseFromGrowth with a negative current', () => {
    expectCode(() => growthRate(1, -1), 'NEGATIVE_BASE');
    expectCode(() => applyGrowth(-1, 10), 'NEGATIVE_BASE');
    expectCode(() => baseFromGrowth(-1, 10), 'NEGATIVE_BASE');
  });
});

describe('FACTOR_NOT_POSITIVE', () => {
  it('is thrown for a rate of −100 or below where a factor must be positive', () => {
    for (const r of [-100, -100.0000001, -150]) {
      expectCode(() => baseFromGrowth(1, r), 'FACTOR_NOT_POSITIVE');
      expectCode(() => compoundGrowth([10, r]), 'FACTOR_NOT_POSITIVE');
      expectCode(() => averageGrowth([10, r]), 'FACTOR_NOT_POSITIVE');
      expectCode(() => twoYearAverage(r, 10), 'FACTOR_NOT_POSITIVE');
      expectCode(() => twoYearAverage(10, r), 'FACTOR_NOT_POSITIVE');
      expectCode(() => annualize(r, 12), 'FACTOR_NOT_POSITIVE');
      expectCode(() => toIndex(r), 'FACTOR_NOT_POSITIVE');
    }
    // The arithmetic average needs no factor.
    expect(averageGrowth([10, -150], { method: 'arithmetic' })).toBe(-70);
  });

  it('is thrown by fromIndex for an index of zero or below', () => {
    expectCode(() => fromIndex(0), 'FACTOR_NOT_POSITIVE');
    expectCode(() => fromIndex(-5), 'FACTOR_NOT_POSITIVE');
  });

  it('is thrown in rounding-aware mode when the low end of a rate reaches −100', () => {
    expectCode(() => twoYearAverage(-99.96, 10, { decimals: 1 }), 'FACTOR_NOT_POSITIVE');
    expectCode(() => compoundGrowth([-99.96, 10], { decimals: 1 }), 'FACTOR_NOT_POSITIVE');
  });
});

describe('EMPTY_INPUT', () => {
  it('compoundGrowth and averageGrowth of an empty list', () => {
    expectCode(() => compoundGrowth([]), 'EMPTY_INPUT');
    expectCode(() => compoundGrowth(Object.freeze([]), { decimals: 1 }), 'EMPTY_INPUT');
    expectCode(() => averageGrowth([]), 'EMPTY_INPUT');
    expectCode(() => averageGrowth([], { method: 'arithmetic' }), 'EMPTY_INPUT');
  });
});

describe('OUT_OF_RANGE', () => {
  it('is thrown when a result would overflow', () => {
    expectCode(() => growthRate(1e308, 1e-10), 'OUT_OF_RANGE');
    expectCode(() => applyGrowth(1e308, 1e10), 'OUT_OF_RANGE');
    expectCode(() => baseFromGrowth(1e308, -99.99999999), 'OUT_OF_RANGE');
    expectCode(() => percentagePointDifference(1.7e308, -1.7e308), 'OUT_OF_RANGE');
    expectCode(() => percentagePointDifference(1.7e308, -1.7e308, { decimals: 1 }), 'OUT_OF_RANGE');
    expectCode(() => compoundGrowth([1e300, 1e300]), 'OUT_OF_RANGE');
    expectCode(() => compoundGrowth([1e300, 1e300], { decimals: 0 }), 'OUT_OF_RANGE');
    expectCode(() => annualize(100, 2000), 'OUT_OF_RANGE');
    expectCode(() => contributionRate(1e308, 1e-10), 'OUT_OF_RANGE');
    expectCode(() => impliedShare(1.7e308, 1, -1.7e308), 'OUT_OF_RANGE');
  });

  it('is not thrown where only a float intermediate overflowed (the exact result is finite)', () => {
    // These asserted OUT_OF_RANGE while the helpers computed in plain floating point.
    expect(growthRate(-1.7e308, 1.7e308)).toBe(-200);
    const t = twoYearAverage(1.7e308, 1.7e308);
    expect(Math.abs(t - 1.7e308) / 1.7e308).toBeLessThan(1e-13);
  });

  it('annualize with periodsPerYear not positive', () => {
    expectCode(() => annualize(1, 0), 'OUT_OF_RANGE');
    expectCode(() => annualize(1, -4), 'OUT_OF_RANGE');
  });

  it('contribution with a share outside 0–1', () => {
    expectCode(() => contribution(-0.01, 1), 'OUT_OF_RANGE');
    expectCode(() => contribution(1.01, 1), 'OUT_OF_RANGE');
    expectCode(() => contribution(2, 1, { decimals: 1 }), 'OUT_OF_RANGE');
  });

  it('impliedShare when the share is outside 0–1 (total not between the parts)', () => {
    expectCode(() => impliedShare(25, 24.1, 23.8), 'OUT_OF_RANGE');
    expectCode(() => impliedShare(23, 24.1, 23.8), 'OUT_OF_RANGE');
    // In rounding-aware mode only when the whole interval misses 0–1.
    expectCode(() => impliedShare(24.4, 24.1, 23.8, { decimals: 1 }), 'OUT_OF_RANGE');
    expectCode(() => impliedShare(23.5, 24.1, 23.8, { decimals: 1 }), 'OUT_OF_RANGE');
  });
});

describe('UNBOUNDED', () => {
  it('impliedShare when partA − partB can be 0 within rounding', () => {
    expectCode(() => impliedShare(24.1, 24.1, 24.0, { decimals: 1 }), 'UNBOUNDED');
    expectCode(() => impliedShare(24.1, 24.1, 24.1, { decimals: 1 }), 'UNBOUNDED');
    expectCode(() => impliedShare(24, 25, 24, { decimals: 0 }), 'UNBOUNDED');
    // Just apart is bounded.
    expect(impliedShare(24.05, 24.2, 24.0, { decimals: 2 }).high).toBeLessThan(Infinity);
  });
});

describe('INVALID_DECIMALS', () => {
  const bad: readonly unknown[] = [
    -1,
    16,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '1',
    null,
    undefined,
    true,
    2 ** 32 + 1,
  ];

  it('bounds', () => {
    for (const d of bad) expectCode(() => call(bounds, 1, d), 'INVALID_DECIMALS');
  });

  it('every rounding-aware helper', () => {
    const helpers: readonly ((o: unknown) => unknown)[] = [
      (o) => call(percentagePointDifference, 1, 2, o),
      (o) => call(compoundGrowth, [1, 2], o),
      (o) => call(twoYearAverage, 1, 2, o),
      (o) => call(contribution, 0.5, 2, o),
      (o) => call(impliedShare, 23.9, 24.1, 23.8, o),
    ];
    for (const f of helpers) {
      for (const d of bad) expectCode(() => f({ decimals: d }), 'INVALID_DECIMALS');
      expectCode(() => f({}), 'INVALID_DECIMALS');
      expectCode(() => f(5), 'INVALID_DECIMALS');
      expectCode(() => f(true), 'INVALID_DECIMALS');
      // null options are the same as none.
      expect(typeof f(null)).toBe('number');
    }
    for (const d of bad)
      expectCode(
        () => call(contribution, 0.5, 2, { decimals: 1, shareDecimals: d === undefined ? 'x' : d }),
        'INVALID_DECIMALS',
      );
  });
});

describe('INVALID_OPTION', () => {
  it('unknown keys of rounding-aware options', () => {
    const helpers: readonly ((o: unknown) => unknown)[] = [
      (o) => call(percentagePointDifference, 1, 2, o),
      (o) => call(compoundGrowth, [1, 2], o),
      (o) => call(twoYearAverage, 1, 2, o),
      (o) => call(contribution, 0.5, 2, o),
      (o) => call(impliedShare, 23.9, 24.1, 23.8, o),
    ];
    for (const f of helpers) {
      expectCode(() => f({ decimals: 1, decimal: 1 }), 'INVALID_OPTION');
      expectCode(() => f({ decimals: 1, method: 'geometric' }), 'INVALID_OPTION');
      expectCode(() => f('decimals'), 'INVALID_OPTION');
      expectCode(() => f([1]), 'INVALID_OPTION');
    }
    expectCode(
      () => call(twoYearAverage, 1, 2, { decimals: 1, shareDecimals: 1 }),
      'INVALID_OPTION',
    );
    expect(contribution(0.5, 2, { decimals: 1, shareDecimals: 1 }).estimate).toBe(1);
  });

  it('averageGrowth: unknown method, unknown key, options not an object', () => {
    expect(() => call(averageGrowth, [1, 2], { method: 'median' })).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTION' }),
    );
    expectCode(() => call(averageGrowth, [1, 2], { method: 'Geometric' }), 'INVALID_OPTION');
    expectCode(() => call(averageGrowth, [1, 2], { method: 1 }), 'INVALID_OPTION');
    expectCode(() => call(averageGrowth, [1, 2], { methods: 'arithmetic' }), 'INVALID_OPTION');
    expectCode(() => call(averageGrowth, [1, 2], { decimals: 1 }), 'INVALID_OPTION');
    for (const bad of [null, 5, 'geometric', ['geometric'], true])
      expectCode(() => call(averageGrowth, [1, 2], bad), 'INVALID_OPTION');
  });
});

describe('errors in general', () => {
  it('every function throws only ShanxiIndustryError for arguments of any type', () => {
    const samples: readonly unknown[] = [...notNumbers, 0, -1, 1, 1e308, -1e308, [], [1, 2], {}];
    for (const fn of Object.values(math)) {
      if (typeof fn !== 'function') continue;
      for (const a of samples)
        for (const b of samples) {
          try {
            call(fn, a, b, 1, { decimals: 1 });
            call(fn, a, b);
          } catch (e) {
            expect(e).toBeInstanceOf(ShanxiIndustryError);
          }
        }
    }
  });
});
