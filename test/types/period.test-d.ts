/**
 * Period types: the ids and aliases an editor completes are accepted by every function that
 * takes a period, an impossible period is a compile error there, and a plain `string` needs
 * the guard (`isPeriodId`) or the parser (`parsePeriod`) first.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  alternatives,
  type BenchmarkComparison,
  type CompareRow,
  type canonicalPeriod,
  comparePeriods,
  compareSectors,
  compareWithBenchmark,
  find,
  formatPeriod,
  type GapPoint,
  gapSeries,
  isPeriodId,
  laggards,
  leaders,
  type Observation,
  type ObservationKey,
  type Period,
  type PeriodAlias,
  type PeriodId,
  type PeriodInput,
  parsePeriod,
  previousYear,
  type QueryFilter,
  query,
  rankChanges,
  type SeriesFilter,
  series,
} from '../../src/index.js';
import type { ObservationInput } from '../../src/schemas/index.js';

/**
 * `true` when A and B are the same type. vitest's toEqualTypeOf compares types deeply, which
 * over a union of hundreds of template literals costs the compiler minutes; two assignability
 * checks cost it nothing.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

describe('period ids and aliases as types', () => {
  it('canonical ids, aliases and written-out runs are period inputs', () => {
    expectTypeOf<'2021'>().toExtend<PeriodId>();
    expectTypeOf<'2021-05'>().toExtend<PeriodId>();
    expectTypeOf<'2021-01/2021-05'>().toExtend<PeriodId>();
    expectTypeOf<'2021-04/2021-06'>().toExtend<PeriodId>();
    expectTypeOf<'2021-Q1'>().toExtend<PeriodAlias>();
    for (const alias of ['2021-Q4', '2021-H1', '2021-H2', '2021-Q1Q3'] as const)
      expectTypeOf(alias).toExtend<PeriodAlias>();
    // a run written with its ends: the whole year, and a run of one month
    expectTypeOf<'2021-01/2021-12'>().toExtend<PeriodInput>();
    expectTypeOf<'2021-05/2021-05'>().toExtend<PeriodInput>();
    // years outside the completed window are accepted too: parsePeriod takes 1949–2100
    expectTypeOf<'1949'>().toExtend<PeriodId>();
    expectTypeOf<'1995-Q2'>().toExtend<PeriodAlias>();
    expectTypeOf<'2100-12'>().toExtend<PeriodId>();
    expectTypeOf<PeriodId>().toExtend<PeriodInput>();
    expectTypeOf<PeriodAlias>().toExtend<PeriodInput>();
  });

  it('impossible periods are not period inputs', () => {
    expectTypeOf<'2021-Q5'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-13'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-00'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-5'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-q1'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-H3'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-05/2021-03'>().not.toExtend<PeriodInput>();
    expectTypeOf<'21-Q1'>().not.toExtend<PeriodInput>();
    expectTypeOf<'2021-'>().not.toExtend<PeriodInput>();
    expectTypeOf<''>().not.toExtend<PeriodInput>();
    expectTypeOf<string>().not.toExtend<PeriodInput>();
  });

  it('a canonical id is never an alias or a non-canonical run', () => {
    expectTypeOf<'2021-Q1'>().not.toExtend<PeriodId>();
    expectTypeOf<'2021-H1'>().not.toExtend<PeriodId>();
    expectTypeOf<'2021-01/2021-12'>().not.toExtend<PeriodId>();
    expectTypeOf<'2021-05/2021-05'>().not.toExtend<PeriodId>();
  });

  it('observations, claims and results carry canonical ids', () => {
    expectTypeOf<Same<Observation['period'], PeriodId>>().toEqualTypeOf<true>();
    expectTypeOf<Same<Period['id'], PeriodId>>().toEqualTypeOf<true>();
    expectTypeOf<Same<CompareRow['period'], PeriodId>>().toEqualTypeOf<true>();
    expectTypeOf<Same<GapPoint['period'], PeriodId>>().toEqualTypeOf<true>();
    expectTypeOf<Same<BenchmarkComparison['period'], PeriodId>>().toEqualTypeOf<true>();
    expectTypeOf<Same<ReturnType<typeof canonicalPeriod>, PeriodId>>().toEqualTypeOf<true>();
    // a user's row before validation takes any text: the schema checks it
    expectTypeOf<Same<ObservationInput['period'], string>>().toEqualTypeOf<true>();
  });

  it('the keys and filters take period inputs', () => {
    expectTypeOf<Same<ObservationKey['period'], PeriodInput>>().toEqualTypeOf<true>();
    expectTypeOf<Same<NonNullable<SeriesFilter['from']>, PeriodInput>>().toEqualTypeOf<true>();
    expectTypeOf<Same<NonNullable<QueryFilter['to']>, PeriodInput>>().toEqualTypeOf<true>();
  });
});

describe('functions that take a period', () => {
  it('accept ids and aliases', () => {
    find({ period: '2021-Q1' });
    find({ period: '2021-01/2021-05', breakdown: 'sector:coal' });
    alternatives({ period: '2021-H1' });
    query({ period: ['2021-Q1', '2021-H1'], from: '2020', to: '2022-Q1Q3' });
    series({ kind: 'year-to-date', from: '2021-01/2021-02', to: '2021-12' });
    compareSectors({ period: '2022-H1', kind: 'ownership' });
    leaders({ period: '2021-Q1' });
    laggards({ period: '2021-Q1' });
    compareWithBenchmark({ period: '2021-Q1' });
    gapSeries({ from: '2021', to: '2023' });
    rankChanges('2021-Q1', '2021-H1');
    formatPeriod('2021-Q1Q3', 'zh');
    previousYear('2021-Q1');
    // the output of one call is the input of the next
    const o = find({ period: '2021-Q1' });
    if (o) find({ period: previousYear(o.period).id });
    if (o) formatPeriod(o.period);
    expectTypeOf<
      Same<Parameters<typeof formatPeriod>[0], PeriodInput | Period>
    >().toEqualTypeOf<true>();
  });

  it('reject an impossible period at compile time', () => {
    // @ts-expect-error no fifth quarter
    find({ period: '2021-Q5' });
    // @ts-expect-error no thirteenth month
    alternatives({ period: '2021-13' });
    // @ts-expect-error a run must not end before it starts
    query({ period: '2021-06/2021-03' });
    // @ts-expect-error one bad period in a list
    query({ period: ['2021-Q1', '2021-Q5'] });
    // @ts-expect-error aliases are upper case
    query({ from: '2021-q1' });
    // @ts-expect-error months have two digits
    series({ to: '2021-5' });
    // @ts-expect-error no fifth quarter
    compareSectors({ period: '2021-Q5' });
    // @ts-expect-error no thirteenth month
    compareWithBenchmark({ period: '2021-13' });
    // @ts-expect-error no third half
    gapSeries({ from: '2021-H3' });
    // @ts-expect-error no fifth quarter
    rankChanges('2021-Q1', '2021-Q5');
    // @ts-expect-error no fifth quarter
    leaders({ period: '2021-Q5' });
    // @ts-expect-error no thirteenth month
    formatPeriod('2021-13');
    // @ts-expect-error no fifth quarter
    previousYear('2021-Q5');
  });

  it('a plain string needs the guard or the parser', () => {
    const fromCsv = '2021-Q1' as string;
    // @ts-expect-error a string from outside is not known to be a period
    find({ period: fromCsv });
    // @ts-expect-error a string from outside is not known to be a period
    query({ period: [fromCsv] });
    // @ts-expect-error a string from outside is not known to be a period
    compareSectors({ period: fromCsv });
    // @ts-expect-error a string from outside is not known to be a period
    formatPeriod(fromCsv);
    if (isPeriodId(fromCsv)) {
      expectTypeOf<Same<typeof fromCsv, PeriodInput>>().toEqualTypeOf<true>();
      find({ period: fromCsv });
      compareSectors({ period: fromCsv });
      formatPeriod(fromCsv);
    }
    // the parser takes any string (and throws INVALID_PERIOD when the code runs)
    const p = parsePeriod(fromCsv);
    expectTypeOf<Same<typeof p.id, PeriodId>>().toEqualTypeOf<true>();
    find({ period: p.id });
    formatPeriod(p);
    expectTypeOf<Same<typeof fromCsv, string>>().toEqualTypeOf<true>();
    // the comparator sorts any strings, so a column of a CSV can be sorted as it is
    [fromCsv, '2020'].sort(comparePeriods);
  });
});
