/**
 * Options as a consumer with `exactOptionalPropertyTypes: true` writes them (the setting of
 * tsconfig.json, which tsconfig.test.json extends: the probe below fails to compile without
 * it). A field read from a variable that may be undefined (`{ scope: maybeScope }`) must be
 * accepted wherever the function treats undefined as absent; test/query/undefined-options.test.ts
 * checks that they do. And `compareSectors` rows carry the fields it always sets.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { barChart, lineChart } from '../../src/chart/index.js';
import {
  type CompareRow,
  compareSectors,
  compareWithBenchmark,
  gapSeries,
  leaders,
  rankChanges,
} from '../../src/compare/index.js';
import { type CompareRowInput, toCSV, toJSONStat, toMarkdown } from '../../src/export/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { formatPercent, formatPoints, formatValue } from '../../src/format/index.js';
import { alternatives, find, inChineseUnit, inOneUnit, query, series } from '../../src/index.js';
import type { Indicator, Measure, ScopeFilter, Unit } from '../../src/model/vocab.js';
import { createDataset, fromCSV, safeParseObservations } from '../../src/schemas/index.js';

declare const maybeScope: ScopeFilter | undefined;
declare const maybeNumber: number | undefined;
declare const maybeLang: 'en' | 'zh' | undefined;

describe('optional fields take an explicit undefined (exactOptionalPropertyTypes)', () => {
  it('the setting is on here', () => {
    type Probe = { readonly a?: number };
    // @ts-expect-error exactOptionalPropertyTypes: undefined is not a value of a plain `a?: number`
    const probe: Probe = { a: undefined };
    expectTypeOf(probe).toEqualTypeOf<Probe>();
  });

  it('keys and filters of the data', () => {
    find({ period: '2021-Q1', scope: undefined });
    find({ period: '2021-Q1', scope: maybeScope, region: undefined, breakdown: undefined });
    alternatives({ period: '2021-Q1', measure: undefined, indicator: undefined });
    query({ year: 2021, scope: maybeScope, kind: undefined, from: undefined, to: undefined });
    query({ year: 2021 }, { alternatives: undefined });
    series({ region: 'china', year: 2021, kind: 'year-to-date', breakdown: undefined });
    series({ scope: maybeScope, from: undefined, to: undefined, measure: undefined });
    inOneUnit([{ value: 1, decimals: maybeNumber, unit: undefined }], { lang: maybeLang });
    inChineseUnit({ value: 1, decimals: undefined, unit: 'tonnes-million' });
  });

  it('formatting', () => {
    formatPercent(1.5, { decimals: maybeNumber, sign: undefined, locale: undefined });
    formatPoints(1.5, { qualifier: undefined, decimals: undefined });
    const o = find({ period: '2021-Q1' });
    if (o) formatValue(o, { lang: maybeLang, unit: undefined });
  });

  it('comparisons', () => {
    compareSectors({
      period: '2021-Q1',
      scope: maybeScope,
      decimals: undefined,
      dataset: undefined,
    });
    leaders({ period: '2021-Q1', n: maybeNumber });
    rankChanges('2021-Q1', '2021-H1', { scope: undefined, sectors: undefined });
    compareWithBenchmark({ period: '2021-Q1', breakdown: undefined, scope: maybeScope });
    gapSeries({ year: 2021, kind: 'year-to-date', against: undefined, from: undefined });
  });

  it('charts, exports, schemas and the extractor', () => {
    const rows = compareSectors({ period: '2021-Q1' });
    barChart(rows, { title: undefined, width: maybeNumber, lang: maybeLang, labelOf: undefined });
    lineChart([], { gaps: undefined, height: undefined, font: undefined });
    toCSV(rows, { lang: maybeLang, sources: undefined, kind: undefined });
    toJSONStat(rows, { updated: undefined, unitDimension: undefined });
    toMarkdown(rows, { note: undefined, lang: undefined });
    fromCSV('', { mode: undefined, maxProblems: maybeNumber });
    safeParseObservations([], { maxProblems: undefined });
    createDataset([], { base: undefined });
    extractRelease('', { source: 's1', url: undefined, lang: maybeLang });
  });

  it('still refuses a wrong value', () => {
    // @ts-expect-error not a scope
    find({ period: '2021-Q1', scope: 'everything' });
    // @ts-expect-error null is not undefined
    formatPercent(1.5, { decimals: null });
    // @ts-expect-error not a language
    barChart([], { lang: 'fr' });
  });
});

describe('compareSectors rows', () => {
  it('label, title, unit, indicator and measure are always there', () => {
    expectTypeOf<CompareRow['label']>().toEqualTypeOf<{
      readonly en: string;
      readonly zh: string;
    }>();
    expectTypeOf<CompareRow['title']>().toEqualTypeOf<{
      readonly en: string;
      readonly zh: string;
    }>();
    expectTypeOf<CompareRow['unit']>().toEqualTypeOf<Unit>();
    expectTypeOf<CompareRow['indicator']>().toEqualTypeOf<Indicator>();
    expectTypeOf<CompareRow['measure']>().toEqualTypeOf<Measure>();
    const [first] = compareSectors({ period: '2021-Q1' });
    if (first) expectTypeOf(first.label.en).toEqualTypeOf<string>();
    // @ts-expect-error a CompareRow without its label, title, unit, indicator and measure
    const partial: CompareRow = {
      breakdown: 'sector:coal',
      value: 1,
      decimals: 0,
      rank: 1,
      period: '2021',
      region: 'shanxi',
      source: 's1',
    };
    expectTypeOf(partial).toEqualTypeOf<CompareRow>();
  });

  it('the exporters still take a ranking row written by hand', () => {
    const byHand: CompareRowInput = {
      breakdown: 'sector:coal',
      value: 24.1,
      decimals: 1,
      rank: 1,
      period: '2021-01/2021-03',
      region: 'shanxi',
      source: 's032',
      label: undefined,
    };
    toCSV([byHand]);
    expectTypeOf<CompareRow>().toExtend<CompareRowInput>();
  });
});
