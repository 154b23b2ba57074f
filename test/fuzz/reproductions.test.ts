/**
 * Every reproduction of issue 15 classes 3, 4, 5 and 8, as it was reported: each now gives a
 * coded error (exact code and message) or a correct finite result.
 */
import { describe, expect, it } from 'vitest';
import { show } from '../../src/errors.js';
import { toJSONStat, toMarkdown } from '../../src/export/index.js';
import * as root from '../../src/index.js';
import { cyclic, nullProto, revokedProxy, throwingGetter, unprintable } from './hostile.js';

const code = (c: string, message?: RegExp) =>
  expect.objectContaining(
    message ? { code: c, message: expect.stringMatching(message) } : { code: c },
  );
const level = root.observations.find((o) => o.unit === 'tonnes-10k')!;

describe('class 3: Infinity and NaN', () => {
  it('convertLevel and inUnit refuse an overflow with OUT_OF_RANGE', () => {
    expect(() => root.convertLevel(1e308, 'tonnes-billion', 'tonnes-10k')).toThrow(
      code('OUT_OF_RANGE', /^1e\+308 "tonnes-billion" is too large to express in "tonnes-10k"\.$/),
    );
    expect(() =>
      root.inUnit({ ...level, value: 1e308, unit: 'tonnes-billion' }, 'tonnes-10k'),
    ).toThrow(code('OUT_OF_RANGE'));
    expect(root.convertLevel(-5e-324, 'tonnes-10k', 'tonnes-billion')).toBe(0);
    expect(Object.is(root.convertLevel(-5e-324, 'tonnes-10k', 'tonnes-billion'), -0)).toBe(false);
  });
  it('decimalsOf refuses a count it cannot make, and reads an unsigned exponent', () => {
    expect(() => root.decimalsOf(`1e-${'9'.repeat(400)}`)).toThrow(code('OUT_OF_RANGE'));
    expect(root.decimalsOf('1.25e0')).toBe(2);
    expect(root.decimalsOf('1.25e1')).toBe(1);
    expect(root.decimalsOf('1e-400')).toBe(400);
  });
  it('inUnit and checkClaims refuse a missing decimals', () => {
    const { decimals: _d, ...row } = level;
    expect(() => root.inUnit(row as never, 'tonnes-100m')).toThrow(
      code('INVALID_DECIMALS', /got undefined\.$/),
    );
    const { decimals: _c, ...claim } = root.claims[0]!;
    expect(() => root.checkClaims([claim as never])).toThrow(
      code(
        'INVALID_DECIMALS',
        /^claims\[0\]\.decimals must be a whole number from 0 to 15; got undefined\.$/,
      ),
    );
  });
  it('a look-alike dataset cannot carry NaN into compareSectors', () => {
    const rows = root.query({ period: '2021-Q1' }).map((r) => ({ ...r, value: Number.NaN }));
    const fake = { find: () => rows[0], query: () => rows, series: () => rows };
    expect(() => root.compareSectors({ period: '2021-Q1', dataset: fake as never })).toThrow(
      code(
        'INVALID_OBSERVATIONS',
        /^dataset\.query\[0\]\.value is not a finite number; got NaN\.$/,
      ),
    );
  });
  it('a real caller dataset still works, and the result is the same as with the shipped rows', () => {
    const rows = root.query({ period: '2021-Q1' });
    const fake = {
      find: (k: never) => root.find(k),
      query: (f: never) => root.query(f),
      series: (f: never) => root.series(f),
    };
    expect(root.compareSectors({ period: '2021-Q1', dataset: fake as never })).toEqual(
      root.compareSectors({ period: '2021-Q1' }),
    );
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('class 4: frozen exports', () => {
  it('catalogues, vocabularies, ERROR_CODES and claims refuse writes', () => {
    expect(() => (root.REGIONS as unknown as string[]).push('mars')).toThrow(TypeError);
    expect(() => ((root.SECTORS[0] as { en: string }).en = 'x')).toThrow(TypeError);
    expect(() => ((root.ERROR_CODES as Record<string, string>).X = 'x')).toThrow(TypeError);
    expect(Object.isFrozen(root.QUALIFIER_CATALOGUE[0])).toBe(true);
    expect(Object.isFrozen(root.claims[0])).toBe(true);
  });
});

describe('class 5: coded errors only', () => {
  it('kind: 1n or a cyclic kind', () => {
    expect(() => root.compareSectors({ period: '2021-Q1', kind: 1n as never })).toThrow(
      code('INVALID_OPTION', /^kind takes "sector", "ownership" or "product"; got 1n\.$/),
    );
    expect(() => root.rankChanges('2021-Q1', '2021-H1', { kind: cyclic() as never })).toThrow(
      code('INVALID_OPTION', /"self":"\(cycle\)"/),
    );
    expect(() => root.gapSeries({ kind: 1n as never })).toThrow(
      code('INVALID_OPTION', /got 1n\.$/),
    );
  });
  it('null-prototype n, decimals and period', () => {
    expect(() => root.leaders({ period: '2021-Q1', n: nullProto({ x: 1 }) as never })).toThrow(
      code('INVALID_OPTION', /^n takes a whole number of at least 1; got \{"x":1\}\.$/),
    );
    expect(() =>
      root.compareSectors({ period: '2021-Q1', decimals: nullProto({}) as never }),
    ).toThrow(code('INVALID_OPTION'));
    expect(() => root.parsePeriod(nullProto({ id: 7 }) as never)).toThrow(code('INVALID_PERIOD'));
  });
  it('checkClaims(claims, [])', () => {
    expect(() => root.checkClaims(root.claims, [] as never)).toThrow(
      code('INVALID_OPTION', /^dataset takes a Dataset \(from createDataset\); got \[\]\.$/),
    );
  });
  it('revoked Proxies and throwing getters', () => {
    expect(root.isShanxiIndustryError(revokedProxy())).toBe(false);
    expect(() => root.compareSectors(revokedProxy() as never)).toThrow(
      code('INVALID_OPTION', /^The options of compareSectors cannot be read/),
    );
    expect(() => root.query(revokedProxy() as never)).toThrow(code('INVALID_FILTER'));
    expect(() => root.formatPeriod(revokedProxy() as never)).toThrow(code('INVALID_PERIOD'));
    expect(() => root.inUnit(throwingGetter('unit') as never, 'tonnes-10k')).toThrow(
      code('INVALID_OBSERVATIONS'),
    );
    expect(() => root.formatValue(throwingGetter('value') as never)).toThrow(
      code('INVALID_OPTION'),
    );
    expect(() => toMarkdown([revokedProxy()] as never)).toThrow(code('INVALID_OBSERVATIONS'));
    expect(() => root.coverage([revokedProxy()] as never)).toThrow(code('INVALID_OBSERVATIONS'));
    expect(() => root.checkClaims([throwingGetter('pp')] as never)).toThrow(code('INVALID_OPTION'));
  });
  it('show never throws and stays short', () => {
    expect(show(1n)).toBe('1n');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
    expect(show(Number.NaN)).toBe('NaN');
    expect(show(-0)).toBe('-0');
    expect(show(undefined)).toBe('undefined');
    expect(show({ a: 1n, b: Number.NaN })).toBe('{"a":"1n","b":"NaN"}');
    expect(show(cyclic())).toBe(
      '{"period":"2021-Q1","kind":"sector","self":"(cycle)","list":["(cycle)"]}',
    );
    expect(show(nullProto({ x: 1 }))).toBe('{"x":1}');
    expect(show(revokedProxy())).toBe('a value that cannot be read');
    expect(show(throwingGetter('x'))).toBe('a value that cannot be read');
    expect(show(unprintable())).toBe('a value that cannot be read');
    expect(show('x'.repeat(1e6))).toBe(`"${'x'.repeat(200)}"…`);
    expect(show(new Array(1e5).fill('abc')).length).toBe(401);
  });
});

describe('class 8: the smaller refusals', () => {
  it('toJSONStat takes no label from Object.prototype', () => {
    const row = {
      ...root.query({ period: '2021-Q1', breakdown: 'total' })[0]!,
      measure: 'constructor',
    };
    // an observation's measure must be a measure: the id is refused, naming it
    expect(() => toJSONStat([row as never])).toThrow(
      expect.objectContaining({
        code: 'INVALID_OBSERVATIONS',
        message: 'Row 0 field "measure": is not a measure, got "constructor".',
      }),
    );
    // rows without a measure take it from an option: its label is never Object.prototype's
    const ranked = root
      .compareSectors({ period: '2021-Q1' })
      .map(({ indicator, measure, ...rest }) => rest);
    const out = toJSONStat(ranked as never, { measure: 'constructor' });
    expect(out.dimension.measure!.category.label.constructor).toBe('constructor');
  });
  it('toMarkdown escapes raw HTML', () => {
    const row = {
      ...root.query({ period: '2021-Q1', breakdown: 'sector:coal' })[0]!,
      note: '<img src=x onerror=alert(1)> & co',
    };
    const md = toMarkdown([row], { note: true });
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
    expect(md).not.toContain('<img');
  });
  it('an unknown kind is refused by query, series and gapSeries', () => {
    const message =
      /^Filter field kind takes month, year-to-date, year or range \(or a list of them\); got "weekly"\.$/;
    expect(() => root.query({ kind: 'weekly' as never })).toThrow(code('INVALID_FILTER', message));
    expect(() => root.series({ kind: 'weekly' as never })).toThrow(code('INVALID_FILTER', message));
    expect(() => root.gapSeries({ kind: 'weekly' as never })).toThrow(code('INVALID_OPTION'));
  });
  it('formatPeriod and canonicalPeriod refuse inconsistent period objects', () => {
    const p = { id: '2021', year: 2021, start: 1, end: 12, kind: 'month' } as const;
    expect(() => root.formatPeriod(p as never)).toThrow(
      code('INVALID_PERIOD', /a period object whose parts disagree with its id/),
    );
    expect(() => root.canonicalPeriod({ ...root.parsePeriod('2021-Q1'), kind: 'year' })).toThrow(
      code('INVALID_PERIOD'),
    );
    expect(root.canonicalPeriod({ ...root.parsePeriod('2021-Q1') })).toBe('2021-01/2021-03');
    const q = root.parsePeriod('2021-Q1');
    expect(root.parsePeriod(q)).toBe(q);
  });
  it('checkClaims refuses pp: NaN', () => {
    expect(() => root.checkClaims([{ ...root.claims[0]!, pp: Number.NaN }])).toThrow(
      code('NOT_A_NUMBER', /^claims\[0\]\.pp is not a finite number; got NaN\.$/),
    );
  });
});

describe('found by the planted calls of the fuzz suite (test/fuzz/calls.ts)', () => {
  const coal = root.find({ period: '2021-Q1', breakdown: 'sector:coal' })!;
  it('formatPercent and formatPoints read their options once: a revoked Proxy or a throwing getter is INVALID_OPTION', () => {
    for (const fn of [root.formatPercent, root.formatPoints]) {
      expect(() => fn(23.9, revokedProxy() as never)).toThrow(
        code('INVALID_OPTION', /options cannot be read/),
      );
      expect(() => fn(23.9, throwingGetter('decimals') as never)).toThrow(
        code('INVALID_OPTION', /options cannot be read \("Error: getter decimals throws"\)/),
      );
      expect(fn(23.9, null as never)).toBe(fn(23.9));
    }
  });
  it('inUnit and coverage check every field of a caller observation, and carry no other field', () => {
    expect(() => root.inUnit({ ...level, measure: Number.NaN } as never, 'tonnes-100m')).toThrow(
      code(
        'INVALID_OBSERVATIONS',
        /^inUnit: the observation\.measure is not a measure; got NaN\.$/,
      ),
    );
    expect(() => root.inUnit(revokedProxy() as never, 'tonnes-100m')).toThrow(
      code('INVALID_OBSERVATIONS'),
    );
    const converted = root.inUnit({ ...level, extra: Number.NaN } as never, 'tonnes-100m');
    expect(Object.hasOwn(converted, 'extra')).toBe(false);
    expect(converted).toEqual(root.inUnit(level, 'tonnes-100m'));
    expect(root.inUnit(level, level.unit)).toBe(level);
    expect(() => root.coverage([{ ...coal, scope: Number.NaN }] as never)).toThrow(
      code('INVALID_OBSERVATIONS', /^coverage: rows\[0\]\.scope is not a scope; got NaN\.$/),
    );
    expect(() => root.coverage([coal, revokedProxy()] as never)).toThrow(
      code('INVALID_OBSERVATIONS', /^coverage: rows\[1\] cannot be read/),
    );
    expect(() => root.coverage([unprintable()] as never)).toThrow(code('INVALID_OBSERVATIONS'));
    expect(root.coverage([coal])).toEqual([
      expect.objectContaining({ breakdown: 'sector:coal', figures: 1, first: coal.period }),
    ]);
  });
  it('checkClaims checks the claim id, and returns the claim fields only', () => {
    expect(() => root.checkClaims([{ ...root.claims[0]!, id: Number.NaN } as never])).toThrow(
      code('INVALID_OPTION', /^claims\[0\]\.id takes a string; got NaN\.$/),
    );
    const [check] = root.checkClaims([{ ...root.claims[0]!, extra: Number.NaN } as never]);
    expect(check!.claim).toEqual(root.claims[0]);
  });
  it('the exports never write -0: a value, decimals or gap of -0 is 0', () => {
    const row = { ...coal, value: -0, decimals: -0 };
    const ds = toJSONStat([row]);
    expect(Object.is(ds.value[0], 0)).toBe(true);
    expect(JSON.stringify(ds)).not.toMatch(/-0\b/);
    const cmp = root.compareSectors({ period: '2021-Q1' }).map((r) => ({ ...r, gapToTotal: -0 }));
    expect(Object.values(toJSONStat(cmp).value).some((v) => Object.is(v, -0))).toBe(false);
  });
});

describe('found by the random calls of the fuzz suite', () => {
  it('the exports refuse a sparse list of sources (every() skipped its holes)', () => {
    const rows = root.query({ period: '2021-Q1' });
    for (const fn of [toMarkdown, toJSONStat] as const)
      expect(() => fn(rows, { sources: new Array(3) })).toThrow(
        code('INVALID_OPTION', /option sources must be a list of source records/),
      );
  });
});
