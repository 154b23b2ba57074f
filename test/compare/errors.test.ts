import { describe, expect, it } from 'vitest';
import {
  compareSectors,
  compareWithBenchmark,
  gapSeries,
  laggards,
  leaders,
  rankChanges,
} from '../../src/compare/index.js';
import { isShanxiIndustryError } from '../../src/errors.js';

const code = (c: string) => expect.objectContaining({ code: c });

function thrown(fn: () => unknown): { code: string; message: string; value: unknown } {
  try {
    fn();
  } catch (e) {
    if (isShanxiIndustryError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

describe('compareSectors: bad input', () => {
  it('UNKNOWN_ID names the unknown breakdown', () => {
    const e = thrown(() =>
      compareSectors({ period: '2021-Q1', sectors: ['sector:coal', 'sector:nope' as never] }),
    );
    expect(e.code).toBe('UNKNOWN_ID');
    expect(e.message).toContain('"sector:nope"');
    expect(e.value).toBe('sector:nope');
    expect(() => compareSectors({ period: '2021-Q1', sectors: ['coal' as never] })).toThrow(
      code('UNKNOWN_ID'),
    );
    expect(() =>
      compareSectors({ period: '2021-Q1', sectors: ['region:shanxi' as never] }),
    ).toThrow(code('UNKNOWN_ID'));
  });

  it('UNKNOWN_ID for an unknown region, indicator or measure', () => {
    expect(() => compareSectors({ period: '2021-Q1', region: 'hebei' as never })).toThrow(
      code('UNKNOWN_ID'),
    );
    expect(() => compareSectors({ period: '2021-Q1', indicator: 'gdp' as never })).toThrow(
      code('UNKNOWN_ID'),
    );
    expect(() => compareSectors({ period: '2021-Q1', measure: 'mom' as never })).toThrow(
      code('UNKNOWN_ID'),
    );
  });

  it('MIXED_BREAKDOWN_KINDS for a sector with a product, or sectors against kind', () => {
    expect(() =>
      compareSectors({ period: '2021-Q1', sectors: ['sector:coal', 'product:raw-coal'] }),
    ).toThrow(code('MIXED_BREAKDOWN_KINDS'));
    expect(() =>
      compareSectors({ period: '2021-Q1', kind: 'ownership', sectors: ['sector:coal'] }),
    ).toThrow(code('MIXED_BREAKDOWN_KINDS'));
  });

  it('INVALID_PERIOD for a period that does not parse or is missing', () => {
    for (const period of ['2021-Q5', '21-Q1', '2021-13', '2021-06/2021-03', '', undefined, 2021]) {
      const e = thrown(() => compareSectors({ period } as never));
      expect(e.code).toBe('INVALID_PERIOD');
    }
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(thrown(() => compareSectors({ period: '2021-Q5' })).message).toContain('"2021-Q5"');
  });

  it('an empty list for a period with no data', () => {
    expect(compareSectors({ period: '1990' })).toEqual([]);
  });

  it('INVALID_OPTION for unknown options or wrong types', () => {
    const bad: unknown[] = [
      null,
      'x',
      [],
      { period: '2021-Q1', colour: 'red' },
      { period: '2021-Q1', kind: 'region' },
      { period: '2021-Q1', sectors: 'sector:coal' },
      { period: '2021-Q1', sectors: ['total'] },
      { period: '2021-Q1', decimals: 'yes' },
      { period: '2021-Q1', dataset: {} },
    ];
    for (const o of bad)
      expect(() => compareSectors(o as never), JSON.stringify(o)).toThrow(code('INVALID_OPTION'));
  });

  it('INVALID_DECIMALS for a precision that is not 0–15', () => {
    for (const decimals of [-1, 16, 1.5, Number.NaN])
      expect(() => compareSectors({ period: '2021-Q1', decimals })).toThrow(
        code('INVALID_DECIMALS'),
      );
  });

  it('INCOMPATIBLE_UNITS when the figures to rank are in different units', () => {
    expect(() =>
      compareSectors({ period: '2023', indicator: 'output', measure: 'level', kind: 'product' }),
    ).toThrow(code('INCOMPATIBLE_UNITS'));
  });
});

describe('other comparisons: bad input', () => {
  it('leaders and laggards check n', () => {
    for (const n of [0, -1, 1.5, Number.NaN, '3'])
      for (const f of [leaders, laggards])
        expect(() => f({ period: '2021-Q1', n } as never)).toThrow(code('INVALID_OPTION'));
    expect(() => leaders(null as never)).toThrow(code('INVALID_OPTION'));
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => laggards({ period: '2021-Q9' })).toThrow(code('INVALID_PERIOD'));
  });

  it('compareWithBenchmark', () => {
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => compareWithBenchmark({ period: '2021-Q5' })).toThrow(code('INVALID_PERIOD'));
    expect(() =>
      compareWithBenchmark({ period: '2021-Q1', breakdown: 'sector:x' as never }),
    ).toThrow(code('UNKNOWN_ID'));
    expect(() => compareWithBenchmark({ period: '2021-Q1', region: 'china' } as never)).toThrow(
      code('INVALID_OPTION'),
    );
  });

  it('gapSeries', () => {
    expect(() => gapSeries({ against: 'sector:x' as never })).toThrow(code('UNKNOWN_ID'));
    expect(() => gapSeries({ breakdown: 'sector:coal', against: 'sector:coal' })).toThrow(
      code('INVALID_OPTION'),
    );
    expect(() => gapSeries({ region: 'china' })).toThrow(code('INVALID_OPTION'));
    expect(() => gapSeries({ kind: 'quarter' as never })).toThrow(code('INVALID_OPTION'));
    expect(() => gapSeries({ year: '2021' as never })).toThrow(code('INVALID_OPTION'));
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => gapSeries({ from: '2021-Q5' })).toThrow(code('INVALID_PERIOD'));
    expect(() => gapSeries({ colour: 1 } as never)).toThrow(code('INVALID_OPTION'));
  });

  it('rankChanges', () => {
    // @ts-expect-error an impossible period is a compile error; the run-time check is tested here
    expect(() => rankChanges('2021-Q1', '2021-Q5')).toThrow(code('INVALID_PERIOD'));
    expect(() => rankChanges('2021-Q1', '2021-H1', { period: '2021' } as never)).toThrow(
      code('INVALID_OPTION'),
    );
    expect(() =>
      rankChanges('2021-Q1', '2021-H1', { sectors: ['sector:coal', 'ownership:private'] }),
    ).toThrow(code('MIXED_BREAKDOWN_KINDS'));
  });
});
