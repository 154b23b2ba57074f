/** Every bad input throws a ShanxiIndustryError with its exact code. */
import fc from 'fast-check';
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
          // fn: argument must be a finite number (NOT_A_NUMBER); got the value
          expect((error as ShanxiIndustryError).message).toMatch(
            new RegExp(`^${name}: \\w+ must be a finite number \\(NOT_A_NUMBER\\); got .{1,61}$`),
          );
          if (Number.isNaN(bad))
            expect((error as ShanxiIndustryError).message).toMatch(/; got NaN$/);
          expect(Object.is((error as ShanxiIndustryError).value, bad)).toBe(true);
        }
    }
  });

  it('names the function and the argument in the message, and shows the value', () => {
    expect(() => growthRate(110, Number.NaN)).toThrow(
      expect.objectContaining({
        code: 'NOT_A_NUMBER',
        message: 'growthRate: previous must be a finite number (NOT_A_NUMBER); got NaN',
      }),
    );
    expect(() => twoYearAverage(Number.NaN, 1)).toThrow(
      expect.objectContaining({
        code: 'NOT_A_NUMBER',
        message: 'twoYearAverage: previousYearRate must be a finite number (NOT_A_NUMBER); got NaN',
      }),
    );
    expect(() => compoundGrowth([1, 2, Number.NaN])).toThrow(
      expect.objectContaining({
        code: 'NOT_A_NUMBER',
        message: 'compoundGrowth: rates[2] must be a finite number (NOT_A_NUMBER); got NaN',
      }),
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
      // in a list, and lists of another length than the figures
      for (const d of bad) expectCode(() => f({ decimals: [1, d, 1] }), 'INVALID_DECIMALS');
      for (const d of [[], [1], [1, 1, 1, 1], [[1], 1]])
        expectCode(() => f({ decimals: d }), 'INVALID_DECIMALS');
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
    expectCode(() => call(averageGrowth, [1, 2], { decimal: 1 }), 'INVALID_OPTION');
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

describe('exact messages: fn: what must be (CODE); got value', () => {
  /** The message `f` throws, with its code in front. */
  const message = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ShanxiIndustryError);
      return `${(e as ShanxiIndustryError).code} ${(e as ShanxiIndustryError).message}`;
    }
    throw new Error('nothing was thrown');
  };
  const revoked = (): object => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  };

  it('the three cases of the newcomer trial', () => {
    expect(message(() => growthRate(5, 0))).toBe(
      'ZERO_BASE growthRate: previous must be above 0 (ZERO_BASE); got 0',
    );
    expect(message(() => impliedShare(30, 24.1, 23.8))).toBe(
      'OUT_OF_RANGE impliedShare: the share must be from 0 to 1, with total between partA and partB (OUT_OF_RANGE); got 20.666666666666668',
    );
    expect(message(() => growthRate(Number.NaN, 1))).toBe(
      'NOT_A_NUMBER growthRate: current must be a finite number (NOT_A_NUMBER); got NaN',
    );
  });

  it('NOT_A_NUMBER, with every kind of value shown safely', () => {
    const cases: [() => unknown, string][] = [
      [
        () => growthRate(110, Number.POSITIVE_INFINITY),
        'growthRate: previous must be a finite number (NOT_A_NUMBER); got Infinity',
      ],
      [
        () => call(twoYearAverage, undefined, 1),
        'twoYearAverage: previousYearRate must be a finite number (NOT_A_NUMBER); got undefined',
      ],
      [
        () => call(bounds, null, 1),
        'bounds: value must be a finite number (NOT_A_NUMBER); got null',
      ],
      [
        () => call(applyGrowth, 100, '5'),
        'applyGrowth: rate must be a finite number (NOT_A_NUMBER); got "5"',
      ],
      [
        () => call(baseFromGrowth, true, 5),
        'baseFromGrowth: current must be a finite number (NOT_A_NUMBER); got true',
      ],
      [
        () => call(contribution, 0.5, 10n),
        'contribution: rate must be a finite number (NOT_A_NUMBER); got 10n',
      ],
      [
        () => call(impliedShare, 1, Symbol('s'), 2),
        'impliedShare: partA must be a finite number (NOT_A_NUMBER); got Symbol(s)',
      ],
      [
        () => call(annualize, 1, [12]),
        'annualize: periodsPerYear must be a finite number (NOT_A_NUMBER); got an array',
      ],
      [
        () => call(toIndex, new Number(5)),
        'toIndex: rate must be a finite number (NOT_A_NUMBER); got an object',
      ],
      [
        () => call(fromIndex, () => 101),
        'fromIndex: index must be a finite number (NOT_A_NUMBER); got a function',
      ],
      [
        () => call(contributionRate, revoked(), 6),
        'contributionRate: pull must be a finite number (NOT_A_NUMBER); got a value that cannot be read',
      ],
      [
        () => call(percentagePointDifference, 1, Number.NEGATIVE_INFINITY),
        'percentagePointDifference: b must be a finite number (NOT_A_NUMBER); got -Infinity',
      ],
      [
        () => call(growthRate, 'x'.repeat(1e6), 1),
        `growthRate: current must be a finite number (NOT_A_NUMBER); got "${'x'.repeat(59)}…`,
      ],
      [
        () => call(growthRate, 1, Symbol('y'.repeat(100))),
        `growthRate: previous must be a finite number (NOT_A_NUMBER); got Symbol(${'y'.repeat(53)}…`,
      ],
      [
        () => call(compoundGrowth, '1,2'),
        'compoundGrowth: rates must be an array of finite numbers (NOT_A_NUMBER); got "1,2"',
      ],
      [
        () => call(averageGrowth, { length: 1, 0: 1 }),
        'averageGrowth: rates must be an array of finite numbers (NOT_A_NUMBER); got an object',
      ],
      [
        () => compoundGrowth([1, 2, Number.NaN]),
        'compoundGrowth: rates[2] must be a finite number (NOT_A_NUMBER); got NaN',
      ],
      [
        () => call(averageGrowth, [1, '2']),
        'averageGrowth: rates[1] must be a finite number (NOT_A_NUMBER); got "2"',
      ],
      [
        () => call(compoundGrowth, revoked()),
        'compoundGrowth: rates cannot be read (NOT_A_NUMBER); got a value that cannot be read',
      ],
    ];
    for (const [f, m] of cases) expect(message(f)).toBe(`NOT_A_NUMBER ${m}`);
  });

  it('ZERO_BASE, NEGATIVE_BASE', () => {
    expect(message(() => growthRate(5, -0))).toBe(
      'ZERO_BASE growthRate: previous must be above 0 (ZERO_BASE); got 0',
    );
    expect(message(() => contributionRate(1, 0))).toBe(
      'ZERO_BASE contributionRate: totalRate must not be 0 (ZERO_BASE); got 0',
    );
    expect(message(() => impliedShare(2, 2, 2))).toBe(
      'ZERO_BASE impliedShare: partA must differ from partB = 2 (ZERO_BASE); got 2',
    );
    expect(message(() => growthRate(5, -3))).toBe(
      'NEGATIVE_BASE growthRate: previous must be above 0 (NEGATIVE_BASE); got -3',
    );
    expect(message(() => applyGrowth(-1, 10))).toBe(
      'NEGATIVE_BASE applyGrowth: previous must be 0 or above (NEGATIVE_BASE); got -1',
    );
    expect(message(() => baseFromGrowth(-0.5, 10))).toBe(
      'NEGATIVE_BASE baseFromGrowth: current must be 0 or above (NEGATIVE_BASE); got -0.5',
    );
  });

  it('FACTOR_NOT_POSITIVE, of a rate or of the low end of its rounding', () => {
    const F = 'FACTOR_NOT_POSITIVE';
    const cases: [() => unknown, string][] = [
      [
        () => compoundGrowth([10, -100]),
        'compoundGrowth: rates[1] must be above -100 (F); got -100',
      ],
      [
        () => averageGrowth([10, -150, 3]),
        'averageGrowth: rates[1] must be above -100 (F); got -150',
      ],
      [
        () => twoYearAverage(-100, 10),
        'twoYearAverage: previousYearRate must be above -100 (F); got -100',
      ],
      [() => twoYearAverage(10, -120), 'twoYearAverage: rate must be above -100 (F); got -120'],
      [() => annualize(-100, 4), 'annualize: rate must be above -100 (F); got -100'],
      [() => toIndex(-100.5), 'toIndex: rate must be above -100 (F); got -100.5'],
      [() => baseFromGrowth(1, -100), 'baseFromGrowth: rate must be above -100 (F); got -100'],
    ];
    for (const [f, m] of cases) expect(message(f)).toBe(`${F} ${m.replace('(F)', `(${F})`)}`);
    expect(message(() => fromIndex(0))).toBe(`${F} fromIndex: index must be above 0 (${F}); got 0`);
    expect(message(() => compoundGrowth([-99.96, 10], { decimals: 1 }))).toBe(
      `${F} compoundGrowth: rates[0] less its rounding must be above -100 (${F}); got -100.01`,
    );
    expect(message(() => twoYearAverage(10, -99.6, { decimals: [1, 0] }))).toBe(
      `${F} twoYearAverage: rate less its rounding must be above -100 (${F}); got -100.1`,
    );
    expect(message(() => averageGrowth([5, 10, -99.96], { decimals: [0, 0, 1] }))).toBe(
      `${F} averageGrowth: rates[2] less its rounding must be above -100 (${F}); got -100.01`,
    );
  });

  it('EMPTY_INPUT, OUT_OF_RANGE, UNBOUNDED', () => {
    expect(message(() => compoundGrowth([]))).toBe(
      'EMPTY_INPUT compoundGrowth: rates must not be empty (EMPTY_INPUT); got []',
    );
    expect(message(() => averageGrowth([], { method: 'arithmetic' }))).toBe(
      'EMPTY_INPUT averageGrowth: rates must not be empty (EMPTY_INPUT); got []',
    );
    expect(message(() => growthRate(1e308, 1e-10))).toBe(
      'OUT_OF_RANGE growthRate: the result must be a finite number (OUT_OF_RANGE); got Infinity',
    );
    expect(message(() => compoundGrowth([1e300, 1e300], { decimals: 0 }))).toBe(
      'OUT_OF_RANGE compoundGrowth: the result must be a finite number (OUT_OF_RANGE); got Infinity',
    );
    expect(message(() => annualize(1, 0))).toBe(
      'OUT_OF_RANGE annualize: periodsPerYear must be above 0 (OUT_OF_RANGE); got 0',
    );
    expect(message(() => contribution(1.5, 10))).toBe(
      'OUT_OF_RANGE contribution: shareOfBase must be from 0 to 1 (OUT_OF_RANGE); got 1.5',
    );
    expect(message(() => impliedShare(24.4, 24.1, 23.8, { decimals: 1 }))).toBe(
      "OUT_OF_RANGE impliedShare: the share's range must meet 0–1, with total between partA and partB (OUT_OF_RANGE); got 1.5 to 3",
    );
    expect(message(() => impliedShare(24.1, 24.1, 24, { decimals: 1 }))).toBe(
      'UNBOUNDED impliedShare: partA must differ from partB = 24 by more than their rounding (UNBOUNDED); got 24.1',
    );
    expect(message(() => impliedShare(14.5, 14, 14.4, { decimals: [1, 0, 1] }))).toBe(
      'UNBOUNDED impliedShare: partA must differ from partB = 14.4 by more than their rounding (UNBOUNDED); got 14',
    );
  });

  it('INVALID_DECIMALS: a number, a list item, a list of another length, a list that cannot be read', () => {
    const D = 'INVALID_DECIMALS';
    expect(message(() => bounds(23.9, 16))).toBe(
      `${D} bounds: decimals must be a whole number from 0 to 15 (${D}); got 16`,
    );
    expect(message(() => percentagePointDifference(1, 2, { decimals: 1.5 }))).toBe(
      `${D} percentagePointDifference: decimals must be a whole number from 0 to 15, or a list of 2 of them (${D}); got 1.5`,
    );
    expect(message(() => call(impliedShare, 23.9, 24.1, 23.8, {}))).toBe(
      `${D} impliedShare: decimals must be a whole number from 0 to 15, or a list of 3 of them (${D}); got undefined`,
    );
    expect(message(() => call(compoundGrowth, [1, 2, 3], { decimals: [1, 1] }))).toBe(
      `${D} compoundGrowth: decimals must be a whole number from 0 to 15, or a list of 3 of them (${D}); got a list of 2`,
    );
    expect(message(() => twoYearAverage(1, 2, { decimals: [0, 16] }))).toBe(
      `${D} twoYearAverage: decimals[1] must be a whole number from 0 to 15 (${D}); got 16`,
    );
    expect(message(() => call(averageGrowth, [1, 2], { decimals: ['1', 1] }))).toBe(
      `${D} averageGrowth: decimals[0] must be a whole number from 0 to 15 (${D}); got "1"`,
    );
    expect(message(() => call(contribution, 0.5, 2, { decimals: 1, shareDecimals: -1 }))).toBe(
      `${D} contribution: shareDecimals must be a whole number from 0 to 15 (${D}); got -1`,
    );
    expect(message(() => call(percentagePointDifference, 1, 2, { decimals: revoked() }))).toBe(
      `${D} percentagePointDifference: decimals cannot be read (${D}); got a value that cannot be read`,
    );
  });

  it('INVALID_OPTION', () => {
    const O = 'INVALID_OPTION';
    expect(message(() => call(percentagePointDifference, 1, 2, { decimals: 1, decimal: 1 }))).toBe(
      `${O} percentagePointDifference: options may only have decimals (${O}); got "decimal"`,
    );
    expect(message(() => call(contribution, 0.5, 2, { precision: 1 }))).toBe(
      `${O} contribution: options may only have decimals, shareDecimals (${O}); got "precision"`,
    );
    expect(message(() => call(averageGrowth, [1, 2], { methods: 'arithmetic' }))).toBe(
      `${O} averageGrowth: options may only have method, decimals (${O}); got "methods"`,
    );
    expect(message(() => call(twoYearAverage, 1, 2, revoked()))).toBe(
      `${O} twoYearAverage: options must be plain data that can be read (${O}); got a value that cannot be read`,
    );
    expect(message(() => call(averageGrowth, [1, 2], 5))).toBe(
      `${O} averageGrowth: options must be an object (${O}); got 5`,
    );
    expect(message(() => call(averageGrowth, [1, 2], { method: 'median' }))).toBe(
      `${O} averageGrowth: method must be "geometric" or "arithmetic" (${O}); got "median"`,
    );
    expect(message(() => call(contribution, 0.5, 2, { decimals: [1, 0], shareDecimals: 2 }))).toBe(
      `${O} contribution: shareDecimals must be left out when decimals is a list (${O}); got 2`,
    );
  });
});

describe('every maths message has one form, whatever it is given', () => {
  it('fn: what (CODE); got value, the value at most 61 characters, for anything fast-check makes', () => {
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
    });
    const calls: readonly [string, (v: unknown) => unknown][] = [
      ['growthRate', (v) => call(growthRate, v, 100)],
      ['compoundGrowth', (v) => call(compoundGrowth, [1, v])],
      ['compoundGrowth', (v) => call(compoundGrowth, v)],
      ['averageGrowth', (v) => call(averageGrowth, [1, 2], v)],
      ['percentagePointDifference', (v) => call(percentagePointDifference, 1, 2, { decimals: v })],
      ['impliedShare', (v) => call(impliedShare, 23.9, 24.1, 23.8, { decimals: [1, v, 1] })],
      ['contribution', (v) => call(contribution, 0.5, 2, v)],
      ['bounds', (v) => call(bounds, 1, v)],
    ];
    fc.assert(
      fc.property(anything, fc.constantFrom(...calls), (v, [name, f]) => {
        try {
          f(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ShanxiIndustryError);
          const { code, message } = e as ShanxiIndustryError;
          const m = /^(\w+): (.+) \((\w+)\); got (.*)$/s.exec(message);
          expect(m, message).not.toBeNull();
          expect(m?.[1]).toBe(name);
          expect(m?.[3]).toBe(code);
          expect((m?.[4] ?? '').length).toBeLessThanOrEqual(61);
          if (Number.isNaN((e as ShanxiIndustryError).value)) expect(m?.[4]).toBe('NaN');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
