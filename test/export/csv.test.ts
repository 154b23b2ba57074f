import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sources } from '../../src/data/observations.js';
import { neutralise } from '../../src/export/formula.js';
import { toCSV } from '../../src/export/index.js';
import { label } from '../../src/format/label.js';
import { formatPeriod, parsePeriod } from '../../src/model/period.js';
import type { Observation } from '../../src/model/types.js';
import { query, sourceOf } from '../../src/query/shipped.js';
import { coal, codeOf, compareRows, deepFreeze, Q1_2021_IDS } from './fixtures.js';

/** Reads CSV back with papaparse, as records keyed by the header. */
function read(csv: string, newline: '\r\n' | '\n' = '\r\n'): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, newline });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The CSV fields of an observation, as the reader should give them back. */
function expected(o: Observation, url?: string): Record<string, string> {
  return {
    id: o.id ?? '',
    region: o.region,
    indicator: o.indicator,
    indicator_label: label(o.indicator),
    breakdown: o.breakdown,
    breakdown_label: label(o.breakdown),
    period: o.period,
    period_label: formatPeriod(o.period),
    kind: parsePeriod(o.period).kind,
    year: String(parsePeriod(o.period).year),
    measure: o.measure,
    value: o.value.toFixed(o.decimals),
    unit: o.unit,
    qualifier: o.qualifier ?? '',
    scope: o.scope ?? '',
    decimals: String(o.decimals),
    source: o.source,
    ...(url === undefined ? {} : { source_url: url }),
    note: o.note ?? '',
    year_basis: o.yearBasis ?? '',
  };
}

const HOSTILE = ['=SUM(A1)', '+1', '-x', '@a', '\tx', '\rx', '=HYPERLINK("http://x","y")'];

describe('toCSV: observations', () => {
  it('writes the header and the columns in order', () => {
    expect(toCSV([]).split('\r\n')).toEqual([
      'id,region,indicator,indicator_label,breakdown,breakdown_label,period,period_label,kind,year,measure,value,unit,qualifier,scope,decimals,source,note,year_basis',
    ]);
    expect(toCSV([], { sources }).split(',')).toContain('source_url');
    expect(toCSV([coal]).split('\r\n')[1]).toBe(
      'f0160,shanxi,value-added,Value added of industry above designated size,sector:coal,Coal industry,2021-01/2021-03,Q1 2021,year-to-date,2021,yoy,24.1,percent,,,1,s032,,',
    );
  });

  it('writes every preferred shipped observation so that papaparse reads back its fields', () => {
    const rows = query();
    expect(rows.length).toBeGreaterThan(900);
    const back = read(toCSV(rows, { sources: sourceOf }));
    expect(back).toHaveLength(rows.length);
    rows.forEach((o, i) => {
      const want = expected(o, sourceOf(o.source)?.url ?? '');
      want.note = neutralise(want.note!);
      expect(back[i]).toEqual(want);
      expect(Number(back[i]!.value)).toBe(o.value);
    });
  });

  it('writes every shipped row, alternatives included, with a list of sources', () => {
    const rows = query(undefined, { alternatives: true });
    const back = read(toCSV(rows, { sources }));
    expect(back.map((r) => r.id)).toEqual(rows.map((o) => o.id));
    expect(back.every((r) => r.source_url!.startsWith('http'))).toBe(true);
  });

  it('writes values exactly as published, trailing zeros kept', () => {
    const rows: Observation[] = [
      { ...coal, value: 62.1202, decimals: 6 },
      { ...coal, value: 14, decimals: 0 },
      { ...coal, value: -2.8, decimals: 1 },
      { ...coal, value: 23.9, decimals: 2 },
      { ...coal, value: -0, decimals: 1 },
    ];
    expect(read(toCSV(rows)).map((r) => r.value)).toEqual([
      '62.120200',
      '14',
      '-2.8',
      '23.90',
      '0.0',
    ]);
  });

  it('infers decimals for a row that leaves them out', () => {
    const { decimals: _, ...row } = coal;
    expect(read(toCSV([row as Observation]))[0]).toMatchObject({ value: '24.1', decimals: '1' });
  });

  it('keeps qualifiers in their own column', () => {
    const rows = query({ qualifier: ['about', 'over', 'nearly'] });
    expect(rows.length).toBeGreaterThan(0);
    expect(read(toCSV(rows)).map((r) => r.qualifier)).toEqual(rows.map((o) => o.qualifier));
  });

  it('quotes fields with commas, quotes, CR and LF, and papaparse reads them back', () => {
    const notes = ['a, b', 'say "hi"', 'line\nbreak', 'cr\rlf\r\n', '"', ',', '', '  spaced  '];
    const rows = notes.map((note) => ({ ...coal, note }));
    const csv = toCSV(rows);
    expect(csv.split('\r\n')[2]).toBe(
      'f0160,shanxi,value-added,Value added of industry above designated size,sector:coal,Coal industry,2021-01/2021-03,Q1 2021,year-to-date,2021,yoy,24.1,percent,,,1,s032,"say ""hi""",',
    );
    expect(read(csv).map((r) => r.note)).toEqual(notes);
    expect(read(toCSV(rows, { newline: '\n' }), '\n').map((r) => r.note)).toEqual(notes);
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const rows = HOSTILE.map((note) => ({ ...coal, note }));
    expect(read(toCSV(rows)).map((r) => r.note)).toEqual(HOSTILE.map((t) => `'${t}`));
    expect(read(toCSV(rows, { escapeFormulae: false })).map((r) => r.note)).toEqual(HOSTILE);
  });

  it('neutralises every text column, not only the note', () => {
    const row = { ...coal, id: '=1+1', source: '@SUM(A1)' };
    const back = read(
      toCSV([row], { sources: [{ ...sourceOf('s032')!, id: '@SUM(A1)', url: '=x' }] }),
    );
    expect(back[0]).toMatchObject({ id: "'=1+1", source: "'@SUM(A1)", source_url: "'=x" });
  });

  it('leaves numbers alone: a negative value is a number, not a formula', () => {
    const row = { ...coal, value: -2.8 };
    expect(toCSV([row]).split('\r\n')[1]).toContain(',yoy,-2.8,percent,');
    const shipped = query({ period: '2015-04', breakdown: 'total' });
    expect(shipped[0]!.value).toBe(-2.8);
    expect(read(toCSV(shipped))[0]!.value).toBe('-2.8');
  });

  it('writes Chinese period labels with lang zh, and a byte-order mark when asked', () => {
    expect(read(toCSV([coal], { lang: 'zh' }))[0]!.period_label).toBe('2021年一季度');
    const withBom = toCSV([coal], { bom: true });
    expect(withBom.startsWith('\uFEFFid,')).toBe(true);
  });

  it('leaves source_url empty for a source it cannot find', () => {
    expect(
      read(toCSV([{ ...coal, source: 'mine' }], { sources: () => undefined }))[0]!.source_url,
    ).toBe('');
  });

  it('exports the six Q1 2021 Shanxi figures (f0159–f0164) exactly', () => {
    const rows = query({ period: '2021-Q1', region: 'shanxi', source: 's032' }).filter((o) =>
      (Q1_2021_IDS as readonly string[]).includes(o.id!),
    );
    expect(rows.map((o) => o.id)).toEqual([...Q1_2021_IDS]);
    const back = read(toCSV(rows, { sources: sourceOf }));
    expect(back.map((r) => [r.breakdown, r.value])).toEqual([
      ['total', '23.9'],
      ['sector:coal', '24.1'],
      ['sector:equipment-manufacturing', '41.8'],
      ['sector:high-tech-manufacturing', '25.3'],
      ['sector:non-coal', '23.8'],
      ['sector:strategic-emerging', '29.4'],
    ]);
    rows.forEach((o, i) => {
      expect(back[i]).toEqual(
        expected(o, 'https://shanxi.chinadaily.com.cn/2021-05/10/c_620065.htm'),
      );
    });
  });
});

describe('toCSV: compareSectors rows', () => {
  it('writes rank, labels, values and gaps', () => {
    const csv = toCSV(compareRows, { sources });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'rank,region,period,period_label,breakdown,label,value,unit,qualifier,scope,decimals,gap_to_total,source,source_url',
    );
    const back = read(csv);
    expect(back.map((r) => [r.rank, r.breakdown, r.value, r.gap_to_total])).toEqual([
      ['1', 'sector:equipment-manufacturing', '41.8', '17.9'],
      ['2', 'sector:strategic-emerging', '29.4', '5.5'],
      ['3', 'sector:high-tech-manufacturing', '25.3', '1.4'],
      ['4', 'sector:coal', '24.1', '0.2'],
      ['5', 'sector:non-coal', '23.8', '-0.1'],
    ]);
    expect(back[3]).toMatchObject({
      label: 'Coal industry',
      period_label: 'Q1 2021',
      unit: 'percent',
      scope: 'above-size',
    });
  });

  it('writes a computed gap without floating-point noise, and the rounding interval when given', () => {
    const row = {
      ...compareRows[3]!,
      gapToTotal: 24.1 - 23.9,
      gapLow: 24.05 - 23.95,
      gapHigh: 24.15 - 23.85,
    };
    const back = read(toCSV([row]));
    expect(back[0]).toMatchObject({ gap_to_total: '0.2', gap_low: '0.1', gap_high: '0.3' });
    const { gapToTotal: _, ...noGap } = row;
    expect(read(toCSV([noGap]))[0]!.gap_to_total).toBe('');
  });

  it('writes labels in Chinese with lang zh', () => {
    expect(read(toCSV(compareRows, { lang: 'zh' }))[3]).toMatchObject({ label: '煤炭工业' });
  });

  it('detects the kind by shape, or takes it from the option', () => {
    expect(codeOf(() => toCSV([coal], { kind: 'compare' }))).toBe('INVALID_OBSERVATIONS');
    expect(codeOf(() => toCSV(compareRows, { kind: 'observations' }))).toBe('INVALID_OBSERVATIONS');
  });
});

describe('toCSV: errors and purity', () => {
  it('throws INVALID_OBSERVATIONS for a non-array or a row of neither shape, naming the index', () => {
    expect(codeOf(() => toCSV('rows' as never))).toBe('INVALID_OBSERVATIONS');
    expect(codeOf(() => toCSV(null as never))).toBe('INVALID_OBSERVATIONS');
    expect(() => toCSV([coal, { foo: 1 } as never])).toThrow(/Row 1/);
    expect(() => toCSV([coal, null as never])).toThrow(/Row 1/);
    expect(() => toCSV([coal, { ...coal, period: '2021-13' as never }])).toThrow(
      /Row 1 field "period"/,
    );
    expect(() => toCSV([coal, compareRows[0]!])).toThrow(/Row 1/);
    expect(() => toCSV([compareRows[0]!, coal])).toThrow(/Row 1 field "rank"/);
    expect(codeOf(() => toCSV([{ ...coal, decimals: 1.5 }]))).toBe('INVALID_OBSERVATIONS');
    expect(codeOf(() => toCSV([{ ...coal, note: 3 as never }]))).toBe('INVALID_OBSERVATIONS');
  });

  it('throws NOT_A_NUMBER for a value that is not a finite number', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '24.1', null])
      expect(codeOf(() => toCSV([{ ...coal, value: value as number }]))).toBe('NOT_A_NUMBER');
    expect(codeOf(() => toCSV([{ ...compareRows[0]!, rank: Number.NaN }]))).toBe('NOT_A_NUMBER');
  });

  it('throws INVALID_OPTION for an unknown option or a wrong value', () => {
    expect(codeOf(() => toCSV([coal], { newline: '\r' as never }))).toBe('INVALID_OPTION');
    expect(codeOf(() => toCSV([coal], { lang: 'fr' as never }))).toBe('INVALID_OPTION');
    expect(codeOf(() => toCSV([coal], { delimiter: ';' } as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => toCSV([coal], 'x' as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => toCSV([coal], { sources: 's032' as never }))).toBe('INVALID_OPTION');
    expect(codeOf(() => toCSV([coal], { lang: undefined } as never))).toBeUndefined();
  });

  it('does not mutate its input, and works on frozen rows', () => {
    const rows = deepFreeze(query({ period: '2021-Q1' }).map((o) => ({ ...o })));
    const before = JSON.stringify(rows);
    toCSV(rows, { sources });
    toCSV(deepFreeze([...compareRows]));
    expect(JSON.stringify(rows)).toBe(before);
  });
});

describe('toCSV: properties', () => {
  const base = fc.record({
    note: fc.string({ unit: 'binary', maxLength: 40 }),
    source: fc.string({ minLength: 1, maxLength: 10 }),
  });

  it('round-trips any note through papaparse (text exactly, or with the neutralising quote)', () => {
    fc.assert(
      fc.property(
        fc.array(base, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
        fc.boolean(),
        (parts, newline, escapeFormulae) => {
          const rows = parts.map((p) => ({ ...coal, ...p }));
          const back = read(toCSV(rows, { newline, escapeFormulae }), newline);
          const shown = (t: string) => (escapeFormulae ? neutralise(t) : t);
          expect(back.map((r) => [r.note, r.source])).toEqual(
            rows.map((r) => [shown(r.note), shown(r.source)]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it('round-trips any finite value at its decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }), (n, d) => {
        const value = n / 10 ** d;
        const back = read(toCSV([{ ...coal, value, decimals: d }]));
        expect(back[0]!.value).toBe(value.toFixed(d).replace(/^-(0\.?0*)$/, '$1'));
        expect(Number(back[0]!.value)).toBe(Number(value.toFixed(d)));
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(fc.array(base, { maxLength: 5 }), (parts) => {
        const rows = parts.map((p) => ({ ...coal, ...p }));
        const before = JSON.stringify(rows);
        toCSV(rows);
        expect(JSON.stringify(rows)).toBe(before);
      }),
    );
  });
});
