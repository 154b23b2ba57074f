import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalPeriod,
  comparePeriods,
  formatPeriod,
  isPeriodId,
  parsePeriod,
  periodOf,
  previousYear,
} from '../../src/model/period.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('parsePeriod', () => {
  it.each([
    ['2021', '2021', 'year', 1, 12],
    ['2021-05', '2021-05', 'month', 5, 5],
    ['2021-01/2021-05', '2021-01/2021-05', 'year-to-date', 1, 5],
    ['2021-Q1', '2021-01/2021-03', 'year-to-date', 1, 3],
    ['2021-Q2', '2021-04/2021-06', 'range', 4, 6],
    ['2021-Q3', '2021-07/2021-09', 'range', 7, 9],
    ['2021-Q4', '2021-10/2021-12', 'range', 10, 12],
    ['2021-H1', '2021-01/2021-06', 'year-to-date', 1, 6],
    ['2021-H2', '2021-07/2021-12', 'range', 7, 12],
    ['2021-Q1Q3', '2021-01/2021-09', 'year-to-date', 1, 9],
    ['2021-01/2021-09', '2021-01/2021-09', 'year-to-date', 1, 9],
    ['2021-01/2021-12', '2021', 'year', 1, 12],
    ['2021-03/2021-03', '2021-03', 'month', 3, 3],
  ])('%s → %s', (input, id, kind, start, end) => {
    const p = parsePeriod(input);
    expect(p).toEqual({ id, year: 2021, start, end, kind });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it.each([
    '2021-13',
    '2021-Q5',
    '2021-06/2021-03',
    '2021-01/2022-03',
    '21-Q1',
    '',
    '2021-00',
    '2021-1',
    ' 2021',
    '2021-Q1 ',
    '1900',
    '2101-01',
  ])('rejects %j with INVALID_PERIOD naming the input and the accepted forms', (input) => {
    expect(() => parsePeriod(input)).toThrow(code('INVALID_PERIOD'));
    try {
      parsePeriod(input);
    } catch (e) {
      const err = e as Error & { value: unknown };
      expect(err.message).toContain(JSON.stringify(input));
      expect(err.message).toContain('YYYY-Q1');
      expect(err.value).toBe(input);
    }
  });

  it('an alias in small letters is refused with the capitals it takes (the command reads 2021-q1)', () => {
    expect(() => parsePeriod('2021-q1')).toThrow(
      'Invalid period "2021-q1": not a period id (aliases are in capitals: 2021-Q1). Accepted forms:',
    );
    expect(() => parsePeriod('2021-h2')).toThrow('(aliases are in capitals: 2021-H2)');
    // no hint where capitals would not help
    expect(() => parsePeriod('2021-q5')).toThrow(
      'Invalid period "2021-q5": not a period id. Accepted',
    );
  });

  it.each([null, undefined, 2021, {}, [], { id: 'x' }])('rejects non-strings (%j)', (input) => {
    expect(() => parsePeriod(input as never)).toThrow(code('INVALID_PERIOD'));
  });

  it('returns a Period it is given', () => {
    const p = parsePeriod('2021-Q1');
    expect(parsePeriod(p)).toBe(p);
  });

  it('round-trips: format(parse(id)) = id for every canonical id, property', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (year, a, b) => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          const p = periodOf(year, start, end);
          expect(parsePeriod(p.id)).toEqual(p);
          expect(canonicalPeriod(p.id)).toBe(p.id);
          expect(previousYear(p.id).start).toBe(start);
        },
      ),
    );
  });
});

describe('labels', () => {
  it.each([
    ['2021-Q1', 'Q1 2021', '2021年一季度'],
    ['2021-01/2021-05', 'Jan–May 2021', '2021年1-5月'],
    ['2021-05', 'May 2021', '2021年5月'],
    ['2021-H1', 'H1 2021', '2021年上半年'],
    ['2021-Q1Q3', 'Q1–Q3 2021', '2021年前三季度'],
    ['2021-Q2', 'Q2 2021', '2021年二季度'],
    ['2021-01/2021-02', 'Jan–Feb 2021', '2021年1-2月'],
    ['2021-04/2021-05', 'Apr–May 2021', '2021年4-5月'],
    ['2021', '2021', '2021年'],
  ] as const)('%s → %s / %s', (id, en, zh) => {
    expect(formatPeriod(id)).toBe(en);
    expect(formatPeriod(id, 'en')).toBe(en);
    expect(formatPeriod(id, 'zh')).toBe(zh);
  });
  it('rejects an unknown language', () => {
    expect(() => formatPeriod('2021', 'fr' as never)).toThrow(code('INVALID_OPTION'));
  });
});

describe('ordering and arithmetic', () => {
  it('previousYear keeps the months', () => {
    expect(previousYear('2021-Q1').id).toBe('2020-01/2020-03');
    expect(previousYear('2021').id).toBe('2020');
    expect(() => previousYear('1949')).toThrow(code('INVALID_PERIOD'));
  });
  it('orders by year, then last month, then the longer run first', () => {
    expect(['2021-05', '2020', '2021-03', '2021-Q1', '2021-H1'].sort(comparePeriods)).toEqual([
      '2020',
      '2021-Q1',
      '2021-03',
      '2021-05',
      '2021-H1',
    ]);
    expect(comparePeriods('2021-Q1', '2021-01/2021-03')).toBe(0);
  });
  it('comparePeriods is antisymmetric and transitive (property)', () => {
    const period = fc
      .tuple(
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([y, a, b]) => periodOf(y, Math.min(a, b), Math.max(a, b)).id);
    fc.assert(
      fc.property(period, period, period, (a, b, c) => {
        expect(Math.sign(comparePeriods(a, b))).toBe(-Math.sign(comparePeriods(b, a)) || 0);
        if (comparePeriods(a, b) <= 0 && comparePeriods(b, c) <= 0)
          expect(comparePeriods(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
  it('isPeriodId and periodOf', () => {
    expect(isPeriodId('2021-Q1Q3')).toBe(true);
    expect(isPeriodId('2021-Q1Q2')).toBe(false);
    expect(isPeriodId(2021)).toBe(false);
    expect(() => periodOf(2021, 0)).toThrow(code('INVALID_PERIOD'));
    expect(() => periodOf(2021, 3, 2)).toThrow(code('INVALID_PERIOD'));
    expect(() => periodOf(2021.5, 3)).toThrow(code('INVALID_PERIOD'));
  });
});
