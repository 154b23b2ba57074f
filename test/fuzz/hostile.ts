/**
 * Hostile inputs for the fuzz suite (issue 15): the values an attacker feeds a library to make
 * it leak NaN, throw a bare TypeError, hang, or change shared state. Each generator names the
 * class of input it stands for, so that docs/reliability.md can say what was tried.
 */
import fc from 'fast-check';
import * as chartEntry from '../../src/chart/index.js';
import * as exportEntry from '../../src/export/index.js';
import * as extractEntry from '../../src/extract/index.js';
import * as rootEntry from '../../src/index.js';
import * as schemasEntry from '../../src/schemas/index.js';

/** Every entry of the package, by its import path. */
export const ENTRIES = {
  'shanxi-industry': rootEntry,
  'shanxi-industry/schemas': schemasEntry,
  'shanxi-industry/export': exportEntry,
  'shanxi-industry/chart': chartEntry,
  'shanxi-industry/extract': extractEntry,
} as const;

/** Every public function of every entry (classes and zod schemas left out). */
export const FUNCTIONS: readonly (readonly [string, string, (...a: unknown[]) => unknown])[] =
  Object.entries(ENTRIES).flatMap(([entry, mod]) =>
    Object.entries(mod)
      .filter(([name, f]) => typeof f === 'function' && !/^[A-Z]/.test(name))
      .map(([name, f]) => [entry, name, f as (...a: unknown[]) => unknown] as const),
  );

/** Tokens standing for a revoked Proxy (of an object, of an array) until {@link materialize}. */
export const REVOKED: object = Object.freeze({ '#': 'revoked proxy' });
export const REVOKED_ARRAY: object = Object.freeze({ '#': 'revoked proxy of an array' });

/**
 * A copy of a generated value with every revoke token replaced by a fresh revoked Proxy
 * (own properties copied by descriptor, so getters are not called; cycles kept).
 */
export function materialize(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === REVOKED) return revokedProxy({});
  if (value === REVOKED_ARRAY) return revokedProxy([]);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return seen.get(value);
  const proto = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const copy: Record<PropertyKey, unknown> = Array.isArray(value) ? [] : Object.create(proto);
  seen.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in d) d.value = materialize(d.value, seen);
    Object.defineProperty(copy, key, d);
  }
  return copy;
}

/** A Proxy that has been revoked: every operation on it throws a TypeError. */
export function revokedProxy(target: object = {}): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

/** An object whose every read of `key` throws. */
export function throwingGetter(key: string): object {
  return Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(`getter ${key} throws`);
    },
  });
}

/** An object that cannot be turned into a string or a number. */
export function unprintable(): object {
  const boom = () => {
    throw new Error('no conversion');
  };
  return { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
}

/** A cyclic object, shaped like an option object. */
export function cyclic(): object {
  const o: Record<string, unknown> = { period: '2021-Q1', kind: 'sector' };
  o.self = o;
  o.list = [o];
  return o;
}

/** A null-prototype object with the given fields. */
export function nullProto(fields: Record<string, unknown>): object {
  return Object.assign(Object.create(null), fields);
}

const HUGE_STRING = 'x'.repeat(100_000);
const HUGE_DIGITS = `1e-${'9'.repeat(400)}`;
const HUGE_DECIMAL = `0.${'1'.repeat(400)}`;

/** The classes of hostile input, each a generator; the names appear in docs/reliability.md. */
export const HOSTILE: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  'hostile numbers (NaN, ±Infinity, -0, ±1e308, 5e-324, 2^53+2)': fc.constantFrom(
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    5e-324,
    -5e-324,
    2 ** 53 + 2,
    1e21,
    1e-7,
  ),
  BigInt: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  Symbol: fc.string({ maxLength: 5 }).map((s) => Symbol(s)),
  'cyclic objects': fc.constant(null).map(cyclic),
  'null-prototype objects': fc
    .dictionary(
      fc.constantFrom('period', 'id', 'value', 'kind', 'n', 'decimals', 'year', 'start', 'end'),
      fc.oneof(fc.constantFrom('2021-Q1', '2021', 'sector', 1, 3, 2021), fc.integer()),
      { maxKeys: 4 },
    )
    .map(nullProto),
  // fast-check inspects the values it generates, which a revoked Proxy does not survive: it
  // generates a token, which materialize() turns into a fresh revoked Proxy before each call
  'revoked Proxies': fc.constantFrom(REVOKED, REVOKED_ARRAY),
  'getters that throw': fc
    .constantFrom('period', 'value', 'kind', 'decimals', 'region', 'find', 'id', 'pp', 'unit')
    .map(throwingGetter),
  'toString/valueOf that throw': fc.constant(null).map(unprintable),
  'huge strings (100,000 characters; 400-digit numbers)': fc.constantFrom(
    HUGE_STRING,
    HUGE_DIGITS,
    HUGE_DECIMAL,
    `${'9'.repeat(400)}`,
  ),
  'huge arrays (2,000 items)': fc.constantFrom(
    new Array(2_000).fill(23.9),
    new Array(2_000).fill(rootEntry.observations[0]),
    new Array(2_000),
  ),
};

/** Valid domain values: periods, ids, rows, option objects, rates. */
const sample = rootEntry.observations.filter((_, i) => i % 17 === 0).slice(0, 30);
export const domainValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '2021-Q1',
    '2021',
    '2021-05',
    '2021-01/2021-05',
    'sector:coal',
    'product:raw-coal',
    'total',
    'shanxi',
    'china',
    'yoy',
    'level',
    'percent',
    'tonnes-10k',
    'tonnes-billion',
    'kwh-100m',
    'en',
    'zh',
  ),
  // text the schemas entry reads (CSV) and the extract entry reads (a release)
  fc.constantFrom(
    'region,indicator,breakdown,period,measure,value,unit,source\r\nshanxi,value-added,total,2021-Q1,yoy,23.9,percent,s032',
    'region;indicator;breakdown;period;measure;value;unit;source\nshanxi;value-added;total;2021-Q1;yoy;23,9;percent;s032',
    '2024年1-8月份，全省规模以上工业增加值同比增长3.6%。其中，8月份同比增长2.5%。',
    "Shanxi's industrial output rose 5.1 percent year on year in the first quarter of 2023.",
  ),
  fc.constantFrom(...sample),
  fc.constantFrom(...rootEntry.claims.slice(0, 5)),
  fc.constantFrom(
    { period: '2021-Q1' },
    { period: '2021-Q1', kind: 'ownership' },
    { period: '2022-H1', kind: 'ownership', n: 2 },
    { period: '2021-Q1', sectors: ['sector:coal', 'sector:non-coal'], decimals: true },
    { kind: 'year-to-date' },
    { breakdown: 'sector:coal', against: 'sector:non-coal', kind: 'year-to-date' },
    { decimals: 1 },
    { lang: 'zh' },
    { alternatives: true },
    { region: 'shanxi', year: 2021, kind: 'year-to-date' },
    { mode: 'safe', maxProblems: 3 },
    { url: 'https://example.gov.cn/x', published: '2024-09-15', region: 'shanxi' },
  ),
  fc.constant(sample),
  fc.array(fc.double({ min: -90, max: 500, noNaN: true }), { minLength: 1, maxLength: 4 }),
  fc.double({ min: -99, max: 1000, noNaN: true }),
  fc.integer({ min: 0, max: 15 }),
);

const FIELDS = [
  'period',
  'kind',
  'region',
  'indicator',
  'measure',
  'breakdown',
  'sectors',
  'decimals',
  'dataset',
  'n',
  'value',
  'unit',
  'id',
  'pp',
  'lang',
  'year',
  'from',
  'to',
  'against',
  'source',
  'note',
  'qualifier',
];

/**
 * A valid value with one hostile part: a field of an object (or of a row of a list) replaced
 * by a value of `bad`, an item of a list replaced, or the value itself.
 */
export function planted(bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(domainValue, bad, fc.constantFrom(...FIELDS), fc.nat(40), fc.nat(3))
    .map(([base, value, field, at, how]) => {
      if (how === 0) return value;
      if (Array.isArray(base)) {
        const copy = [...base];
        const i = copy.length === 0 ? 0 : at % copy.length;
        const item = copy[i];
        copy[i] =
          how === 1 || typeof item !== 'object' || item === null
            ? value
            : { ...item, [field]: value };
        return copy;
      }
      if (typeof base === 'object' && base !== null) {
        const keys = Object.keys(base);
        const key = how === 2 && keys.length > 0 ? keys[at % keys.length]! : field;
        return { ...base, [key]: value };
      }
      return value;
    });
}

/** Argument lists: valid values mixed with values of `bad` and values with a part of `bad`. */
export function argumentsWith(bad: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
  return fc.array(
    fc.oneof(
      { arbitrary: domainValue, weight: 2 },
      { arbitrary: planted(bad), weight: 3 },
      { arbitrary: bad, weight: 1 },
    ),
    { maxLength: 4 },
  );
}

/** The names of the classes of numbers (class 3) and of other hostile values (class 5). */
export const NUMBER_CLASSES = [Object.keys(HOSTILE)[0]!];
export const EXOTIC_CLASSES = Object.keys(HOSTILE).slice(1);
export const hostileNumber = HOSTILE[NUMBER_CLASSES[0]!]!;
export const exoticValue = fc.oneof(...EXOTIC_CLASSES.map((k) => HOSTILE[k]!));

/** Freezes what can be frozen, reading own data properties only (getters are not called). */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  try {
    for (const key of Reflect.ownKeys(value as object)) {
      const d = Object.getOwnPropertyDescriptor(value as object, key);
      if (d && 'value' in d) deepFreeze(d.value, seen);
    }
    Object.freeze(value);
  } catch {
    // a revoked Proxy: nothing to freeze
  }
  return value;
}

/**
 * The own data properties of a result object, by key; `received` (a problem's value as the
 * caller gave it, documented so) left out; an object that cannot be read (a caller's revoked
 * Proxy handed back) has none.
 */
function fieldsOf(value: object): [string, unknown][] {
  try {
    const out: [string, unknown][] = [];
    for (const key of Reflect.ownKeys(value)) {
      if (key === 'received') continue;
      const d = Object.getOwnPropertyDescriptor(value, key);
      if (d && 'value' in d) out.push([String(key), d.value]);
    }
    return out;
  } catch {
    return [];
  }
}

/** Where a result is not deeply frozen (own data properties; see {@link fieldsOf}). */
export function unfrozenAt(
  value: unknown,
  path = '$',
  seen = new Set<unknown>(),
): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  const fields = fieldsOf(value);
  try {
    if (!Object.isFrozen(value)) return path;
  } catch {
    return undefined; // a caller's revoked Proxy
  }
  for (const [key, v] of fields) {
    const hit = unfrozenAt(v, `${path}.${key}`, seen);
    if (hit) return hit;
  }
  return undefined;
}

/** Finds a NaN, ±Infinity or -0 anywhere in a result (see {@link fieldsOf}). */
export function nonFiniteAt(
  value: unknown,
  path = '$',
  seen = new Set<unknown>(),
): string | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && !Object.is(value, -0)
      ? undefined
      : `${path} = ${Object.is(value, -0) ? '-0' : value}`;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, v] of fieldsOf(value)) {
    const hit = nonFiniteAt(v, `${path}.${key}`, seen);
    if (hit) return hit;
  }
  return undefined;
}
