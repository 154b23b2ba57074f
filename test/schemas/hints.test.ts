/**
 * Hints in the messages of a user's rows: a value that names an id in other words (the bare
 * catalogue id of a breakdown, as `--breakdown coal` takes it; a catalogue name in Chinese or
 * English; the id in other capitals) is still refused, and the message, after the value
 * received, names the id. Exact messages, from safeParseObservations and from fromCSV.
 */
import { describe, expect, it } from 'vitest';
import { isShanxiIndustryError } from '../../src/errors.js';
import {
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  OWNERSHIPS,
  PRODUCTS,
  QUALIFIER_CATALOGUE,
  REGION_CATALOGUE,
  SCOPE_CATALOGUE,
  SECTORS,
  UNIT_CATALOGUE,
} from '../../src/model/catalogues.js';
import {
  createDataset,
  parseObservations,
  safeParseObservations,
} from '../../src/query/validate.js';
import { fromCSV } from '../../src/schemas/csv.js';

const row = {
  region: 'shanxi',
  indicator: 'value-added',
  breakdown: 'total',
  period: '2021-Q1',
  measure: 'yoy',
  value: '1.0',
  unit: 'percent',
  source: 'mine',
} as const;

const BREAKDOWN =
  'breakdown: expected "total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal)';
const UNIT =
  'unit: expected one of percent, rank, tonnes-10k, tonnes-million, tonnes-100m, tonnes-billion, kwh-100m, kwh-billion, yuan-100m, yuan-billion, yuan-trillion, m3-100m, m3-billion, vehicles-10k';
const SCOPE = 'scope: expected one of above-size, all, or nothing (unstated)';

const problemsOf = (change: Record<string, unknown>) =>
  safeParseObservations([{ ...row, ...change }]).problems;
const messageOf = (change: Record<string, unknown>) => problemsOf(change).map((p) => p.message);

describe('a value that names an id in other words: refused, with the id named', () => {
  it('a bare catalogue id of a breakdown, as --breakdown takes it', () => {
    expect(messageOf({ breakdown: 'coal' })).toEqual([
      `${BREAKDOWN}, got "coal" (did you mean sector:coal?)`,
    ]);
    expect(
      messageOf({
        breakdown: 'raw-coal',
        indicator: 'output',
        measure: 'level',
        unit: 'tonnes-10k',
      }),
    ).toEqual([`${BREAKDOWN}, got "raw-coal" (did you mean product:raw-coal?)`]);
    expect(messageOf({ breakdown: 'state-holding' })).toEqual([
      `${BREAKDOWN}, got "state-holding" (did you mean ownership:state-holding?)`,
    ]);
    // the wrong kind before the id, other capitals, a catalogue name
    expect(messageOf({ breakdown: 'sector:raw-coal' })).toEqual([
      `${BREAKDOWN}, got "sector:raw-coal" (did you mean product:raw-coal?)`,
    ]);
    expect(messageOf({ breakdown: 'Sector:Coal' })).toEqual([
      `${BREAKDOWN}, got "Sector:Coal" (did you mean sector:coal?)`,
    ]);
    expect(messageOf({ breakdown: '煤炭工业' })).toEqual([
      `${BREAKDOWN}, got "煤炭工业" (did you mean sector:coal?)`,
    ]);
    expect(messageOf({ breakdown: 'Raw coal' })).toEqual([
      `${BREAKDOWN}, got "Raw coal" (did you mean product:raw-coal?)`,
    ]);
  });

  it('units as Chinese pages write them', () => {
    const level = { indicator: 'output', breakdown: 'product:raw-coal', measure: 'level' };
    expect(messageOf({ ...level, unit: '万吨' })).toEqual([
      `${UNIT}, got "万吨" (did you mean tonnes-10k?)`,
    ]);
    expect(messageOf({ ...level, breakdown: 'product:electricity', unit: '亿千瓦时' })).toEqual([
      `${UNIT}, got "亿千瓦时" (did you mean kwh-100m?)`,
    ]);
    expect(messageOf({ unit: '%' })).toEqual([`${UNIT}, got "%" (did you mean percent?)`]);
    expect(messageOf({ ...level, unit: 'million tonnes' })).toEqual([
      `${UNIT}, got "million tonnes" (did you mean tonnes-million?)`,
    ]);
  });

  it('scopes, and "unstated", which is an empty field', () => {
    expect(messageOf({ scope: '规模以上' })).toEqual([
      `${SCOPE}, got "规模以上" (did you mean above-size?)`,
    ]);
    expect(messageOf({ scope: '规上' })).toEqual([
      `${SCOPE}, got "规上" (did you mean above-size?)`,
    ]);
    expect(messageOf({ scope: '全口径' })).toEqual([`${SCOPE}, got "全口径" (did you mean all?)`]);
    expect(messageOf({ scope: 'unstated' })).toEqual([
      `${SCOPE}, got "unstated" (unstated is no scope: leave the field empty, or out)`,
    ]);
  });

  it('regions, indicators, measures and qualifiers by name', () => {
    expect(messageOf({ region: '山西省' })).toEqual([
      'region: expected one of shanxi, china, got "山西省" (did you mean shanxi?)',
    ]);
    expect(messageOf({ region: '山西' })).toEqual([
      'region: expected one of shanxi, china, got "山西" (did you mean shanxi?)',
    ]);
    expect(messageOf({ region: 'Shanxi' })).toEqual([
      'region: expected one of shanxi, china, got "Shanxi" (did you mean shanxi?)',
    ]);
    expect(messageOf({ region: '全国' })).toEqual([
      'region: expected one of shanxi, china, got "全国" (did you mean china?)',
    ]);
    expect(messageOf({ indicator: '规模以上工业增加值' })).toEqual([
      'indicator: expected one of value-added, output, revenue, profit, got "规模以上工业增加值" (did you mean value-added?)',
    ]);
    expect(messageOf({ indicator: '工业增加值' })).toEqual([
      'indicator: expected one of value-added, output, revenue, profit, got "工业增加值" (did you mean value-added?)',
    ]);
    expect(messageOf({ measure: '同比' })).toEqual([
      'measure: expected one of yoy, level, two-year-average, share-of-total, share-of-china, contribution-rate, national-rank, got "同比" (did you mean yoy?)',
    ]);
    expect(messageOf({ qualifier: '约' })).toEqual([
      'qualifier: expected one of about, over, nearly, or nothing, got "约" (did you mean about?)',
    ]);
    expect(messageOf({ qualifier: 'none' })).toEqual([
      'qualifier: expected one of about, over, nearly, or nothing, got "none" (none is no qualifier: leave the field empty, or out)',
    ]);
  });

  it('no hint where the words name no id; the problem keeps the value received and what is expected', () => {
    expect(messageOf({ breakdown: 'cole' })).toEqual([`${BREAKDOWN}, got "cole"`]);
    expect(messageOf({ unit: 42 })).toEqual([`${UNIT}, got 42`]);
    expect(messageOf({ region: '' })).toEqual(['region: expected one of shanxi, china, got ""']);
    const [p] = problemsOf({ breakdown: 'coal' });
    expect(p).toMatchObject({
      row: 0,
      field: 'breakdown',
      received: 'coal',
      expected: '"total" or sector:, ownership: or product: and a catalogue id (e.g. sector:coal)',
    });
  });

  it('every catalogue name and bare id is refused, and its hint names its id', () => {
    const cases: [string, string, string][] = [
      ...REGION_CATALOGUE.flatMap((e) => [
        ['region', e.zh, e.id] as [string, string, string],
        ['region', e.en, e.id] as [string, string, string],
      ]),
      ...INDICATOR_CATALOGUE.map((e) => ['indicator', e.zh, e.id] as [string, string, string]),
      ...MEASURE_CATALOGUE.map((e) => ['measure', e.zh, e.id] as [string, string, string]),
      ...QUALIFIER_CATALOGUE.map((e) => ['qualifier', e.zh, e.id] as [string, string, string]),
      // the × names are written for display only (see UNIT_CATALOGUE): no one types them
      ...UNIT_CATALOGUE.flatMap((e) =>
        [e.zh, e.en]
          .filter((w) => !w.startsWith('×'))
          .map((w) => ['unit', w, e.id] as [string, string, string]),
      ),
      ...SCOPE_CATALOGUE.filter((e) => e.id !== 'unstated').flatMap((e) =>
        [e.zh, e.en].map((w) => ['scope', w, e.id] as [string, string, string]),
      ),
      ...(
        [
          ['sector', SECTORS],
          ['ownership', OWNERSHIPS],
          ['product', PRODUCTS],
        ] as const
      ).flatMap(([kind, list]) =>
        list.flatMap((e) =>
          [e.id, e.zh, e.en].map(
            (w) => ['breakdown', w, `${kind}:${e.id}`] as [string, string, string],
          ),
        ),
      ),
    ].filter(([, word, id]) => word !== id);
    expect(cases.length).toBeGreaterThan(150);
    for (const [field, word, id] of cases) {
      const problems = problemsOf({ [field]: word });
      const mine = problems.find((p) => p.field === field);
      expect(mine?.received, `${field} ${word}`).toBe(word);
      expect(mine?.message, `${field} ${word}`).toMatch(
        new RegExp(
          `, got ".*" \\(did you mean ${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?\\)$`,
        ),
      );
    }
  });
});

describe('where hints are given', () => {
  it('safeParseObservations, fromCSV and createDataset; not parseObservations, whose bundle has no room for them', () => {
    const bad = [{ ...row, breakdown: 'coal' }];
    const messageOfError = (fn: () => unknown): string => {
      try {
        fn();
      } catch (e) {
        if (isShanxiIndustryError(e)) return e.message;
        throw e;
      }
      throw new Error('did not throw');
    };
    expect(messageOfError(() => createDataset(bad))).toBe(
      `1 invalid observation row (1 problem): [0.breakdown] ${BREAKDOWN}, got "coal" (did you mean sector:coal?)`,
    );
    expect(messageOfError(() => parseObservations(bad))).toBe(
      `1 invalid observation row (1 problem): [0.breakdown] ${BREAKDOWN}, got "coal"`,
    );
  });
});

describe('fromCSV: the same hints, with the line', () => {
  it('a hand-written sheet with bare ids and Chinese words', () => {
    const csv = [
      'region,indicator,breakdown,period,measure,value,unit,scope,source',
      'shanxi,value-added,coal,2021-Q1,yoy,24.1,percent,above-size,my-sheet',
      'shanxi,output,raw-coal,2021-Q1,level,"29,000",万吨,规模以上,my-sheet',
      '山西,output,product:raw-coal,2021-Q1,level,29000,tonnes-10k,全口径,my-sheet',
    ].join('\r\n');
    const r = fromCSV(csv, { mode: 'safe' });
    expect(r.observations).toEqual([]);
    expect(r.problems.map((p) => `line ${p.line}: ${p.message}`)).toEqual([
      `line 2: ${BREAKDOWN}, got "coal" (did you mean sector:coal?)`,
      `line 3: ${BREAKDOWN}, got "raw-coal" (did you mean product:raw-coal?)`,
      'line 3: value: expected a decimal number with a point, such as 12.3, got "29,000" (a decimal comma or a thousands separator: write 29.000 or 29000; it is never read as either)',
      `line 3: ${UNIT}, got "万吨" (did you mean tonnes-10k?)`,
      `line 3: ${SCOPE}, got "规模以上" (did you mean above-size?)`,
      'line 4: region: expected one of shanxi, china, got "山西" (did you mean shanxi?)',
      `line 4: ${SCOPE}, got "全口径" (did you mean all?)`,
    ]);
  });
});
