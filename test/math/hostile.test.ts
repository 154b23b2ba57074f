/**
 * Hostile input (issue 15, classes 4 and 5): every maths helper that takes a list or an
 * options object reads it once, into plain values, and turns whatever the caller's value does
 * when read (a revoked Proxy, a getter or a Proxy trap that throws) into a coded error; values
 * that are not numbers (BigInt, Symbol, null-prototype objects, objects whose conversions
 * throw) are refused without being converted. Every object a helper returns is frozen.
 */
import { describe, expect, it } from 'vitest';
import { isShanxiIndustryError } from '../../src/errors.js';
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

/** Calls a function with loosely typed arguments. */
const call = (fn: unknown, ...args: unknown[]): unknown =>
  (fn as (...a: unknown[]) => unknown)(...args);

interface Coded {
  readonly code: string;
  readonly message: string;
  readonly value: unknown;
}

/** The error `f` throws: it must be a ShanxiIndustryError. */
function thrown(f: () => unknown): Coded {
  try {
    f();
  } catch (e) {
    expect(isShanxiIndustryError(e), 'a bare error').toBe(true);
    return e as Coded;
  }
  throw new Error('nothing was thrown');
}

/**
 * Asserts `f` throws `code` with `message`, and `value` itself when given (compared by
 * identity: a revoked Proxy cannot be compared field by field).
 */
function expectError(f: () => unknown, code: string, message: string, ...value: [unknown?]): void {
  const e = thrown(f);
  expect(e.code).toBe(code);
  expect(e.message).toBe(message);
  if (value.length) expect(e.value === value[0]).toBe(true);
}

const revoked = <T extends object>(target: T): T => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  unreadable.add(proxy);
  return proxy;
};

/** An object whose every conversion throws, counting the attempts in `conversions`. */
let conversions = 0;
const unconvertible = (): object => {
  const boom = () => {
    conversions++;
    throw new Error('no conversion');
  };
  return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
};

/** An array whose item `i` is a getter that throws (the error itself a revoked Proxy). */
const throwingItem = (i: number): number[] => {
  const a = [1, 2, 3];
  Object.defineProperty(a, i, {
    get() {
      throw revoked({});
    },
  });
  return a;
};

/** A Proxy of `target` whose `trap` throws. */
const trapping = <T extends object>(target: T, trap: keyof ProxyHandler<T>): T =>
  new Proxy(target, {
    [trap]() {
      throw new Error(`${String(trap)} throws`);
    },
  });

/** Helpers that take a list of rates, with the rest of their arguments, and their name. */
const LISTS: readonly [string, (rates: unknown) => unknown, string][] = [
  ['compoundGrowth', (r) => call(compoundGrowth, r), 'compoundGrowth'],
  [
    'compoundGrowth { decimals }',
    (r) => call(compoundGrowth, r, { decimals: 1 }),
    'compoundGrowth',
  ],
  ['averageGrowth', (r) => call(averageGrowth, r), 'averageGrowth'],
  [
    'averageGrowth arithmetic',
    (r) => call(averageGrowth, r, { method: 'arithmetic' }),
    'averageGrowth',
  ],
  ['averageGrowth { decimals }', (r) => call(averageGrowth, r, { decimals: 1 }), 'averageGrowth'],
];

/** How a maths message shows each hostile value below (no conversion, no getter). */
const SHOWN = (v: unknown): string =>
  typeof v === 'bigint'
    ? '1n'
    : typeof v === 'symbol'
      ? 'Symbol(x)'
      : unreadable.has(v as object)
        ? 'a value that cannot be read'
        : 'an object';

/** The revoked Proxies made below (a message cannot even tell what they are). */
const unreadable = new WeakSet<object>();

/**
 * Helpers that take an options object (rounding-aware ones with `decimals: 1` valid), with
 * how many figures a `decimals` list of theirs must hold.
 */
const OPTIONS: readonly [string, (o: unknown) => unknown, number][] = [
  ['percentagePointDifference', (o) => call(percentagePointDifference, 18.2, 9.6, o), 2],
  ['compoundGrowth', (o) => call(compoundGrowth, [-8.4, 24.5], o), 2],
  ['twoYearAverage', (o) => call(twoYearAverage, -8.4, 24.5, o), 2],
  ['contribution', (o) => call(contribution, 0.5, 23.9, o), 2],
  ['impliedShare', (o) => call(impliedShare, 23.9, 24.1, 23.8, o), 3],
  ['averageGrowth', (o) => call(averageGrowth, [1, 2], o), 2],
];

describe('a list that cannot be read is NOT_A_NUMBER naming the list or the item', () => {
  for (const [name, f, fn] of LISTS)
    it(name, () => {
      const list = revoked([1, 2]);
      expectError(
        () => f(list),
        'NOT_A_NUMBER',
        `${fn}: rates cannot be read (NOT_A_NUMBER); got a value that cannot be read`,
        list,
      );
      expectError(
        () => f(trapping([1, 2], 'get')),
        'NOT_A_NUMBER',
        `${fn}: rates cannot be read (NOT_A_NUMBER); got an array`,
      );
      const items = throwingItem(1);
      expectError(
        () => f(items),
        'NOT_A_NUMBER',
        `${fn}: rates[1] cannot be read (NOT_A_NUMBER); got an array`,
        items,
      );
      const late = new Proxy([1, 2, 3], {
        get: (t, k) => {
          if (k === '2') throw new Error('getter 2 throws');
          return Reflect.get(t, k);
        },
      });
      expectError(
        () => f(late),
        'NOT_A_NUMBER',
        `${fn}: rates[2] cannot be read (NOT_A_NUMBER); got an array`,
      );
    });
});

describe('a list or an item that is not a number is refused, never converted', () => {
  for (const [name, f, fn] of LISTS)
    it(name, () => {
      conversions = 0;
      for (const bad of [1n, Symbol('x'), Object.create(null), unconvertible(), revoked({})]) {
        expectError(
          () => f(bad),
          'NOT_A_NUMBER',
          unreadable.has(bad as object)
            ? `${fn}: rates cannot be read (NOT_A_NUMBER); got a value that cannot be read`
            : `${fn}: rates must be an array of finite numbers (NOT_A_NUMBER); got ${SHOWN(bad)}`,
          bad,
        );
        expectError(
          () => f([1, bad]),
          'NOT_A_NUMBER',
          `${fn}: rates[1] must be a finite number (NOT_A_NUMBER); got ${SHOWN(bad)}`,
          bad,
        );
      }
      expectError(
        () => f([]),
        'EMPTY_INPUT',
        `${fn}: rates must not be empty (EMPTY_INPUT); got []`,
      );
      expect(conversions).toBe(0);
    });
});

describe('a list is read once', () => {
  it('each item once, and the values read are the values used', () => {
    for (const [name, f] of LISTS) {
      let reads = 0;
      const values = [10, 10];
      const list = [0, 0];
      for (const i of [0, 1])
        Object.defineProperty(list, i, {
          get() {
            reads++;
            // a second read would see something else
            return reads > 2 ? 'changed' : values[i];
          },
        });
      const result = f(list) as number | { estimate: number };
      expect(reads, name).toBe(2);
      expect(typeof result === 'number' ? result : result.estimate, name).toBe(
        name.startsWith('compound') ? 21 : 10,
      );
    }
  });
});

describe('options that cannot be read are INVALID_OPTION naming options', () => {
  for (const [name, f] of OPTIONS)
    it(name, () => {
      const key = name === 'averageGrowth' ? 'method' : 'decimals';
      const hostile = [
        revoked({}),
        trapping({ [key]: 1 }, 'ownKeys'),
        trapping({ [key]: 1 }, 'get'),
        trapping({ [key]: 1 }, 'getOwnPropertyDescriptor'),
        Object.defineProperty({}, key, {
          enumerable: true,
          get() {
            // what a getter throws may be hostile too: it is never looked at
            throw revoked({});
          },
        }),
      ];
      for (const o of hostile)
        expectError(
          () => f(o),
          'INVALID_OPTION',
          `${name}: options must be plain data that can be read (INVALID_OPTION); got ${unreadable.has(o) ? 'a value that cannot be read' : 'an object'}`,
          o,
        );
    });

  it('contribution: a throwing shareDecimals', () => {
    const o = {
      decimals: 1,
      get shareDecimals(): number {
        throw new Error('getter shareDecimals throws');
      },
    };
    expectError(
      () => contribution(0.5, 10, o),
      'INVALID_OPTION',
      'contribution: options must be plain data that can be read (INVALID_OPTION); got an object',
      o,
    );
  });
});

describe('option values that are not what is expected are refused, never converted', () => {
  it('decimals: BigInt, Symbol, null-prototype and unconvertible objects', () => {
    conversions = 0;
    for (const [name, f, n] of OPTIONS)
      for (const bad of [1n, Symbol('x'), Object.create(null), unconvertible()])
        expectError(
          () => f({ decimals: bad }),
          'INVALID_DECIMALS',
          `${name}: decimals must be a whole number from 0 to 15, or a list of ${n} of them (INVALID_DECIMALS); got ${SHOWN(bad)}`,
          bad,
        );
    for (const bad of [1n, Symbol('x'), Object.create(null), unconvertible()])
      expectError(
        () => contribution(0.5, 10, { decimals: 1, shareDecimals: bad as number }),
        'INVALID_DECIMALS',
        `contribution: shareDecimals must be a whole number from 0 to 15 (INVALID_DECIMALS); got ${SHOWN(bad)}`,
        bad,
      );
    expect(conversions).toBe(0);
  });

  it('method: BigInt, Symbol, null-prototype and unconvertible objects', () => {
    conversions = 0;
    for (const bad of [1n, Symbol('x'), Object.create(null), unconvertible()])
      expectError(
        () => averageGrowth([1, 2], { method: bad as never }),
        'INVALID_OPTION',
        `averageGrowth: method must be "geometric" or "arithmetic" (INVALID_OPTION); got ${SHOWN(bad)}`,
        bad,
      );
    expect(conversions).toBe(0);
  });

  it('options whose conversions throw, or that are an empty null-prototype object', () => {
    conversions = 0;
    for (const [name, f] of OPTIONS) {
      // its own keys (toString, valueOf, toJSON) are unknown options; nothing is converted
      expect(thrown(() => f(unconvertible())).code, name).toBe('INVALID_OPTION');
      // an empty object: averageGrowth's defaults, a missing decimals elsewhere
      if (name === 'averageGrowth') expect(f(Object.create(null))).toBe(averageGrowth([1, 2]));
      else expect(thrown(() => f(Object.create(null))).code, name).toBe('INVALID_DECIMALS');
    }
    expect(conversions).toBe(0);
  });

  it('options that are a BigInt or a Symbol', () => {
    for (const [name, f] of OPTIONS)
      for (const bad of [1n, Symbol('x')])
        expect(thrown(() => f(bad)).code, name).toBe(
          name === 'averageGrowth' ? 'INVALID_OPTION' : 'INVALID_DECIMALS',
        );
  });

  it('null-prototype options are read like any object', () => {
    const o = Object.assign(Object.create(null), { decimals: 1 });
    expect(percentagePointDifference(18.2, 9.6, o)).toEqual({ estimate: 8.6, low: 8.5, high: 8.7 });
    expect(
      averageGrowth([300, 0], Object.assign(Object.create(null), { method: 'arithmetic' })),
    ).toBe(150);
    const bad = Object.assign(Object.create(null), { decimals: 1, decimal: 1 });
    expectError(
      () => twoYearAverage(1, 2, bad),
      'INVALID_OPTION',
      'twoYearAverage: options may only have decimals (INVALID_OPTION); got "decimal"',
      bad,
    );
  });
});

describe('a decimals list is read once; one that cannot be read or does not fit is INVALID_DECIMALS', () => {
  for (const [name, f, n] of OPTIONS)
    it(name, () => {
      conversions = 0;
      const head = `${name}: decimals`;
      const list = revoked([1, 1, 1]);
      expectError(
        () => f({ decimals: list }),
        'INVALID_DECIMALS',
        `${head} cannot be read (INVALID_DECIMALS); got a value that cannot be read`,
        list,
      );
      const trapped = trapping([1, 1, 1].slice(0, n), 'get');
      expectError(
        () => f({ decimals: trapped }),
        'INVALID_DECIMALS',
        `${head} cannot be read (INVALID_DECIMALS); got an array`,
        trapped,
      );
      const items = [1, 1, 1].slice(0, n);
      Object.defineProperty(items, 1, {
        get() {
          throw revoked({});
        },
      });
      expectError(
        () => f({ decimals: items }),
        'INVALID_DECIMALS',
        `${head} cannot be read (INVALID_DECIMALS); got an array`,
        items,
      );
      for (const bad of [1n, Symbol('x'), Object.create(null), unconvertible(), revoked({})]) {
        const ds = [1, bad, 1].slice(0, n);
        expectError(
          () => f({ decimals: ds }),
          'INVALID_DECIMALS',
          `${head}[1] must be a whole number from 0 to 15 (INVALID_DECIMALS); got ${SHOWN(bad)}`,
          bad,
        );
      }
      // a list of another length is refused before any item is read, however long it is
      const huge: number[] = [];
      huge.length = 2 ** 32 - 1;
      const trap = new Proxy(huge, {
        get: (t, k) => {
          if (k !== 'length') throw new Error('an item was read');
          return Reflect.get(t, k);
        },
      });
      for (const [ds, got] of [
        [[1, 1, 1, 1].slice(0, n + 1), `a list of ${n + 1}`],
        [[], 'a list of 0'],
        [trap, 'a list of 4294967295'],
      ] as const)
        expectError(
          () => f({ decimals: ds }),
          'INVALID_DECIMALS',
          `${head} must be a whole number from 0 to 15, or a list of ${n} of them (INVALID_DECIMALS); got ${got}`,
          ds,
        );
      expect(conversions).toBe(0);
    });

  it('a length that is not a number is never converted', () => {
    conversions = 0;
    const odd = (target: number[]) =>
      new Proxy(target, {
        get: (t, k) => (k === 'length' ? unconvertible() : Reflect.get(t, k)),
      });
    const ds = odd([1, 1]);
    expectError(
      () => percentagePointDifference(1, 2, { decimals: ds as unknown as [number, number] }),
      'INVALID_DECIMALS',
      'percentagePointDifference: decimals cannot be read (INVALID_DECIMALS); got an array',
      ds,
    );
    const rates = odd([1, 2]);
    expectError(
      () => compoundGrowth(rates),
      'NOT_A_NUMBER',
      'compoundGrowth: rates cannot be read (NOT_A_NUMBER); got an array',
      rates,
    );
    expect(conversions).toBe(0);
  });

  it('each item once, and the values read are the values used', () => {
    let reads = 0;
    const values = [0, 1];
    const ds = [0, 0];
    for (const i of [0, 1])
      Object.defineProperty(ds, i, {
        get() {
          reads++;
          // a second read would see something else
          return reads > 2 ? 'changed' : values[i];
        },
      });
    expect(percentagePointDifference(14, 15.9, { decimals: ds as [number, number] })).toEqual({
      estimate: -1.9,
      low: -2.45,
      high: -1.35,
    });
    expect(reads).toBe(2);
  });

  it('a frozen list is taken as it is, and a list is never written to', () => {
    const ds = Object.freeze([0, 1] as const);
    expect(percentagePointDifference(14, 15.9, { decimals: ds })).toEqual({
      estimate: -1.9,
      low: -2.45,
      high: -1.35,
    });
    const open = [1, 0, 1];
    impliedShare(15.9, 14, 18.3, { decimals: open as [number, number, number] });
    expect(open).toEqual([1, 0, 1]);
  });

  it('contribution: shareDecimals beside a list is INVALID_OPTION', () => {
    const o = { decimals: [1, 0], shareDecimals: 1 };
    expectError(
      () => call(contribution, 0.5, 10, o),
      'INVALID_OPTION',
      'contribution: shareDecimals must be left out when decimals is a list (INVALID_OPTION); got 1',
      1,
    );
  });
});

describe('number arguments that are not numbers are refused, never converted', () => {
  const helpers: readonly [unknown, readonly unknown[]][] = [
    [growthRate, [110, 100]],
    [applyGrowth, [100, 10]],
    [baseFromGrowth, [110, 10]],
    [percentagePointDifference, [18.2, 9.6]],
    [twoYearAverage, [-8.4, 24.5]],
    [annualize, [1, 12]],
    [toIndex, [23.9]],
    [fromIndex, [123.9]],
    [contribution, [0.5, 23.9]],
    [contributionRate, [3, 6]],
    [impliedShare, [23.9, 24.1, 23.8]],
    [bounds, [23.9, 1]],
  ];
  it('an object whose conversions throw, a revoked Proxy', () => {
    conversions = 0;
    for (const [fn, args] of helpers)
      for (let i = 0; i < args.length; i++)
        for (const bad of [unconvertible(), revoked({})]) {
          const e = thrown(() => call(fn, ...args.map((a, j) => (j === i ? bad : a))));
          expect(['NOT_A_NUMBER', 'INVALID_DECIMALS']).toContain(e.code);
          expect(e.value).toBe(bad);
        }
    expect(conversions).toBe(0);
  });
});

describe('every object a maths helper returns is frozen (issue 15, class 4)', () => {
  const results: readonly [string, () => object][] = [
    ['bounds', () => bounds(23.9, 1)],
    ['percentagePointDifference', () => percentagePointDifference(18.2, 9.6, { decimals: 1 })],
    ['compoundGrowth', () => compoundGrowth([-8.4, 24.5], { decimals: 1 })],
    ['compoundGrowth (BigInt path)', () => compoundGrowth([1 / 3, 2 / 3], { decimals: 1 })],
    ['twoYearAverage', () => twoYearAverage(-8.4, 24.5, { decimals: 1 })],
    ['twoYearAverage (BigInt path)', () => twoYearAverage(1 / 3, 2 / 3, { decimals: 1 })],
    ['contribution', () => contribution(0.5, 23.9, { decimals: 1, shareDecimals: 1 })],
    ['contribution (BigInt path)', () => contribution(1 / 3, 23.9, { decimals: 1 })],
    ['impliedShare', () => impliedShare(23.9, 24.1, 23.8, { decimals: 1 })],
    ['impliedShare (BigInt path)', () => impliedShare(2 / 3, 1, 1 / 3, { decimals: 1 })],
    ['averageGrowth', () => averageGrowth([6.2, 7.1, -3.4], { decimals: 1 })],
    [
      'averageGrowth (arithmetic)',
      () => averageGrowth([6, 10], { method: 'arithmetic', decimals: [0, 1] }),
    ],
    ['averageGrowth (BigInt path)', () => averageGrowth([1 / 3, 2 / 3], { decimals: [1, 2] })],
    [
      'percentagePointDifference (a list)',
      () => percentagePointDifference(14, 15.9, { decimals: [0, 1] }),
    ],
    ['compoundGrowth (a list)', () => compoundGrowth([1 / 3, 24.5], { decimals: [2, 1] })],
    ['twoYearAverage (a list)', () => twoYearAverage(-8, 24.5, { decimals: [0, 1] })],
    ['contribution (a list)', () => contribution(0.5, 10, { decimals: [1, 0] })],
    ['impliedShare (a list)', () => impliedShare(15.9, 14, 18.3, { decimals: [1, 0, 1] })],
  ];
  for (const [name, make] of results)
    it(name, () => {
      const r = make() as Record<string, unknown>;
      expect(Object.isFrozen(r)).toBe(true);
      const before = { ...r };
      expect(Reflect.set(r, 'low', 0)).toBe(false);
      expect(Reflect.set(r, 'extra', 0)).toBe(false);
      expect(r).toEqual(before);
      for (const v of Object.values(r)) expect(typeof v).toBe('number');
    });
});
