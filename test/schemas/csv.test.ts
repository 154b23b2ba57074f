/**
 * fromCSV: the round trip from toCSV (property and every shipped row), files as spreadsheets
 * save them (fixtures written byte by byte for these tests; their figures are invented), bad
 * CSV, and the formula neutralisation it undoes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { observations, sources } from '../../src/data/observations.js';
import { isShanxiIndustryError, type ShanxiIndustryError } from '../../src/errors.js';
import { isRisky, neutralise, restore } from '../../src/export/formula.js';
import { toCSV } from '../../src/export/index.js';
import { periodOf } from '../../src/model/period.js';
import { BREAKDOWNS } from '../../src/model/schemas.js';
import type { Observation } from '../../src/model/types.js';
import {
  INDICATORS,
  LEVEL_UNITS,
  MEASURES,
  QUALIFIERS,
  REGIONS,
  SCOPES,
  YEAR_BASES,
} from '../../src/model/vocab.js';
import { query } from '../../src/query/shipped.js';
import { parseObservations } from '../../src/query/validate.js';
import { fromCSV } from '../../src/schemas/index.js';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name));

function errorOf(fn: () => unknown): ShanxiIndustryError {
  try {
    fn();
  } catch (e) {
    if (isShanxiIndustryError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
}

/** Free text as users write it, formula starts, quotes, delimiters and line breaks included. */
const freeText = fc.oneof(
  fc.string({ minLength: 1 }),
  fc
    .array(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '＝',
        '＋',
        '－',
        '＠',
        "'",
        '"',
        ',',
        ';',
        '\t',
        '\r',
        '\n',
        '\r\n',
        ' ',
        '\u3000',
        'a',
        '1',
        '中',
      ),
      { minLength: 1, maxLength: 8 },
    )
    .map((parts) => parts.join('')),
);

/** Any valid observation, as parseObservations returns it. */
const observation: fc.Arbitrary<Observation> = fc
  .record({
    id: fc.option(freeText, { nil: undefined }),
    region: fc.constantFrom(...REGIONS),
    indicator: fc.constantFrom(...INDICATORS),
    breakdown: fc.constantFrom(...BREAKDOWNS),
    period: fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 11 }),
      )
      .map(([y, s, len]): string => periodOf(y, s, Math.min(12, s + len)).id),
    measure: fc.constantFrom(...MEASURES),
    digits: fc.integer({ min: -1e12, max: 1e12 }),
    decimals: fc.integer({ min: 0, max: 6 }),
    level: fc.constantFrom(...LEVEL_UNITS),
    qualifier: fc.option(fc.constantFrom(...QUALIFIERS), { nil: undefined }),
    scope: fc.option(fc.constantFrom(...SCOPES), { nil: undefined }),
    source: freeText,
    yearBasis: fc.option(fc.constantFrom(...YEAR_BASES), { nil: undefined }),
    note: fc.option(freeText, { nil: undefined }),
  })
  .map((r) => {
    const rank = r.measure === 'national-rank';
    const value = rank ? Math.abs(r.digits % 40) + 1 : r.digits / 10 ** r.decimals;
    const row: Record<string, unknown> = {
      id: r.id,
      region: r.region,
      indicator: r.indicator,
      breakdown: r.breakdown,
      period: r.period,
      measure: r.measure,
      value: (rank ? value : value).toFixed(rank ? 0 : r.decimals),
      unit: rank ? 'rank' : r.measure === 'level' ? r.level : 'percent',
      qualifier: r.qualifier,
      scope: r.scope,
      source: r.source,
      yearBasis: r.yearBasis,
      note: r.note,
    };
    for (const k of Object.keys(row)) if (row[k] === undefined) delete row[k];
    return parseObservations([row])[0]!;
  });

describe('fromCSV(toCSV(rows)) gives the rows back', () => {
  it('for any set of valid observations (property), in every output form of toCSV', () => {
    fc.assert(
      fc.property(
        fc.array(observation, { maxLength: 8 }),
        fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
        fc.constantFrom<'en' | 'zh'>('en', 'zh'),
        fc.boolean(),
        fc.boolean(),
        (rows, newline, lang, bom, escapeFormulae) => {
          // rows of one key and source must agree: keep the first of each
          const csv = toCSV(rows, { newline, lang, bom, sources, escapeFormulae });
          expect(fromCSV(csv, { mode: 'safe', escapeFormulae }).problems).toEqual([]);
          expect(fromCSV(csv, { escapeFormulae })).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('for every shipped observation, alternatives included, field by field and in order', () => {
    const all = query(undefined, { alternatives: true });
    expect(all).toHaveLength(observations.length);
    const back = fromCSV(toCSV(observations, { sources }));
    expect(back).toEqual(observations);
    expect(JSON.stringify(back)).toBe(JSON.stringify(observations));
    expect(
      fromCSV(new TextEncoder().encode(toCSV(observations, { bom: true, lang: 'zh' }))),
    ).toEqual(observations);
  });

  it('through the JSON export too', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 8 }), (rows) => {
        expect(parseObservations(JSON.parse(JSON.stringify(rows)))).toEqual(rows);
      }),
      { numRuns: 200 },
    );
    expect(parseObservations(JSON.parse(JSON.stringify(observations)))).toEqual(observations);
  });

  it("with escapeFormulae: false on both sides, a note that really begins with '= keeps its quote", () => {
    const row = { ...observations[0]!, note: "'=not a formula", source: "''@me" };
    const raw = toCSV([row], { escapeFormulae: false });
    expect(fromCSV(raw, { escapeFormulae: false })).toEqual([row]);
    // read as if neutralised, the quote that toCSV would have added is taken away
    expect(fromCSV(raw)[0]?.note).toBe('=not a formula');
    expect(fromCSV(toCSV([row]))).toEqual([row]);
    expect(() => fromCSV(raw, { escapeFormulae: 'no' as never })).toThrow(
      'fromCSV: option escapeFormulae must be true or false, got "no".',
    );
  });

  it('an empty note reads back as no note; an empty file with a header as no rows', () => {
    const [o] = fromCSV(toCSV([{ ...observations[0]!, note: '' }]));
    expect(o && 'note' in o).toBe(false);
    expect(fromCSV(toCSV([]))).toEqual([]);
  });
});

describe('CSV as spreadsheets save it', () => {
  const expected = [
    {
      region: 'shanxi',
      indicator: 'value-added',
      breakdown: 'total',
      period: '2022-01/2022-03',
      measure: 'yoy',
      value: 8.5,
      decimals: 2,
      unit: 'percent',
      source: 'my-sheet',
    },
    {
      region: 'shanxi',
      indicator: 'output',
      breakdown: 'product:raw-coal',
      period: '2022-01/2022-03',
      measure: 'level',
      value: 32269,
      decimals: 1,
      unit: 'tonnes-10k',
      qualifier: 'about',
      source: 'my-sheet',
    },
    {
      region: 'china',
      indicator: 'value-added',
      breakdown: 'total',
      period: '2022',
      measure: 'yoy',
      value: 3.6,
      decimals: 1,
      unit: 'percent',
      source: 'my-sheet',
    },
  ];

  it('Excel "CSV UTF-8": BOM, CRLF, quoted note with a comma, a quote and a line break', () => {
    const rows = fromCSV(fixture('excel-utf8-bom-crlf.csv'));
    expect(rows).toEqual([
      { ...expected[0], note: 'first quarter, from the\r\nprovincial release' },
      expected[1],
      { ...expected[2], note: 'said "preliminary"' },
    ]);
    expect(fromCSV(fixture('excel-utf8-bom-crlf.csv').toString('utf8'))).toEqual(rows);
  });

  it('LibreOffice with ";" (detected, or given), LF, a ";" inside a quoted note', () => {
    const rows = fromCSV(fixture('libreoffice-semicolon-lf.csv'));
    expect(rows).toEqual([
      { ...expected[0], note: 'first quarter; from the release' },
      expected[1],
      expected[2],
    ]);
    expect(fromCSV(fixture('libreoffice-semicolon-lf.csv'), { delimiter: ';' })).toEqual(rows);
  });

  it('tab-separated, and old CR-only line breaks with blank lines', () => {
    expect(fromCSV(fixture('tab-separated.csv'))).toEqual([expected[0]]);
    expect(fromCSV(fixture('hand-made-cr.csv'))).toEqual([expected[0]]);
  });

  it('WPS with decimal commas: refused with a hint naming the line, never read as 850', () => {
    const e = errorOf(() => fromCSV(fixture('wps-decimal-comma.csv')));
    expect(e.code).toBe('INVALID_OBSERVATIONS');
    expect(e.message).toBe(
      'fromCSV: 2 invalid records (2 problems): line 2: value: expected a decimal number with a point, such as 12.3, got "8,50" (a decimal comma: write 8.50; it is never read as 850); line 3: value: expected a decimal number with a point, such as 12.3, got "32.269,0" (a decimal comma: write 32269.0; it is never read as 322690)',
    );
    const safe = fromCSV(fixture('wps-decimal-comma.csv'), { mode: 'safe' });
    expect(safe.observations).toEqual([expected[2]]);
    expect(safe.problems.map((p) => [p.row, p.line, p.field, p.received])).toEqual([
      [0, 2, 'value', '8,50'],
      [1, 3, 'value', '32.269,0'],
    ]);
  });

  it('a comma before exactly three digits may be a thousands separator: the hint names both readings', () => {
    const csv =
      'region,indicator,breakdown,period,measure,value,unit,source\nshanxi,output,product:raw-coal,2021,level,"1,356",tonnes-100m,me\n';
    const safe = fromCSV(csv, { mode: 'safe' });
    expect(safe.observations).toEqual([]);
    expect(safe.problems.map((p) => [p.line, p.field, p.received, p.message])).toEqual([
      [
        2,
        'value',
        '1,356',
        'value: expected a decimal number with a point, such as 12.3, got "1,356" (a decimal comma or a thousands separator: write 1.356 or 1356; it is never read as either)',
      ],
    ]);
  });

  it('trims id-like and number cells, keeps free text as written', () => {
    const csv =
      'region, indicator ,breakdown,period,measure,value,unit,source,note\n shanxi ,value-added,total,2022-Q1,yoy, 8.5 ,percent, me ,  spaced  \n';
    expect(fromCSV(csv)).toEqual([
      { ...expected[0], value: 8.5, decimals: 1, source: ' me ', note: '  spaced  ' },
    ]);
  });
});

describe('bad CSV: a coded error naming the line, or problems; never a crash', () => {
  const head = 'region,indicator,breakdown,period,measure,value,unit,source';
  const good = 'shanxi,value-added,total,2022-Q1,yoy,8.5,percent,me';

  it('an unterminated quote', () => {
    const csv = `${head}\n${good}\n"shanxi,value-added\n${good}\n`;
    const e = errorOf(() => fromCSV(csv));
    expect([e.code, e.message]).toEqual([
      'INVALID_CSV',
      'fromCSV: 1 invalid record (1 problem): line 3: a quoted field opened on line 3 is never closed (the rest of the text is inside it)',
    ]);
    const safe = fromCSV(csv, { mode: 'safe' });
    expect(safe.observations).toHaveLength(1);
    expect(safe.problems.map((p) => p.line)).toEqual([3]);
  });

  it('ragged records, and text after a closing quote', () => {
    const csv = `${head}\n${good},extra\nshanxi,value-added\n"shanxi"x,value-added,total,2022-Q2,yoy,8.5,percent,me\n${good.replace('2022-Q1', '2022-Q3')}`;
    const e = errorOf(() => fromCSV(csv));
    expect(e.code).toBe('INVALID_CSV');
    expect(e.details.map((d) => [(d as { line?: number }).line, d.message])).toEqual([
      [2, 'expected 8 fields, as in the header, got 9 (a ragged record)'],
      [3, 'expected 8 fields, as in the header, got 2 (a ragged record)'],
      [4, 'field 1: expected a delimiter or a line break after a closing quote, got "shanxix"'],
    ]);
    expect(fromCSV(csv, { mode: 'safe' }).observations).toHaveLength(1);
  });

  it('line numbers count the line breaks inside quoted fields', () => {
    const csv = `${head},note\n${good},"two\nlines"\n${good.replace('8.5', 'x')},\n`;
    expect(fromCSV(csv, { mode: 'safe' }).problems.map((p) => [p.row, p.line])).toEqual([[1, 4]]);
  });

  it('a header without a needed column, with an unknown or repeated one', () => {
    expect(errorOf(() => fromCSV('region,indicator\nshanxi,output')).message).toBe(
      'fromCSV: the header (line 1) lacks the columns breakdown, period, measure, value, unit, source; needed are region, indicator, breakdown, period, measure, value, unit, source.',
    );
    expect(errorOf(() => fromCSV(`${head},vlaue\n`)).message).toMatch(
      /^fromCSV: the header \(line 1\) has unknown column "vlaue"; read are id, region/,
    );
    expect(fromCSV(`${head},comment\n${good},hi`, { unknownColumns: 'ignore' })).toHaveLength(1);
    expect(errorOf(() => fromCSV(`${head},value\n`)).message).toBe(
      'fromCSV: the header (line 1) names "value" twice.',
    );
    const ranking = toCSV([
      {
        breakdown: 'sector:coal',
        value: 24.1,
        decimals: 1,
        rank: 1,
        gapToTotal: 0.2,
        period: '2021-01/2021-03',
        region: 'shanxi',
        source: 's032',
        unit: 'percent',
      },
    ]);
    expect(errorOf(() => fromCSV(ranking)).message).toMatch(
      /This looks like a compareSectors export; fromCSV reads observations\.$/,
    );
    for (const bad of ['', '\uFEFF']) expect(errorOf(() => fromCSV(bad)).code).toBe('INVALID_CSV');
  });

  it('what is not text, or not UTF-8', () => {
    expect(errorOf(() => fromCSV(42 as never)).message).toBe(
      'fromCSV takes CSV text (a string, or UTF-8 bytes); got 42.',
    );
    const gbk = new Uint8Array([0xc9, 0xbd, 0xce, 0xf7]); // 山西 in GBK
    expect(errorOf(() => fromCSV(gbk)).message).toMatch(/save as "CSV UTF-8"/);
  });

  it('wrong options', () => {
    expect(errorOf(() => fromCSV(head, { delimiter: '|' as never })).message).toBe(
      'fromCSV: option delimiter must be "," or ";" or "\\t", got "|".',
    );
    expect(errorOf(() => fromCSV(head, { mode: 'lenient' as never })).code).toBe('INVALID_OPTION');
    expect(errorOf(() => fromCSV(head, { strict: true } as never)).code).toBe('INVALID_OPTION');
    expect(errorOf(() => fromCSV(head, null as never)).code).toBe('INVALID_OPTION');
  });

  it('never throws anything but a coded error, whatever the text (property)', () => {
    const chars = fc.constantFrom(
      ',',
      ';',
      '\t',
      '"',
      '\r',
      '\n',
      'a',
      'shanxi',
      '2021',
      head,
      good,
    );
    fc.assert(
      fc.property(
        fc.array(chars, { maxLength: 40 }),
        fc.constantFrom('strict', 'safe'),
        (parts, mode) => {
          try {
            fromCSV(parts.join(''), { mode: mode as 'strict' });
          } catch (e) {
            expect(isShanxiIndustryError(e)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('formula neutralisation, every locale (issue 15, class 6)', () => {
  /** What a spreadsheet runs: per line, after white space, a formula start; or a tab, CR or LF first. */
  const runs = (cell: string) =>
    /^[\t\r\n]/.test(cell) ||
    cell.split(/\r\n|\r|\n/).some((line) => /^[\s\u00a0\u3000\ufeff]*[=+\-@＝＋－＠]/.test(line));

  it.each([
    ["x;=cmd|' /C calc'!A0", '"x;=cmd|\' /C calc\'!A0"'],
    ['safe\n=cmd', '"safe\n\'=cmd"'],
    ['＝1+1', "'＝1+1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['  =1+1', "'  =1+1"],
    ['\u3000+1', "'\u3000+1"],
    ['\u00a0-1', "'\u00a0-1"],
    ['\r=1', '"\'\r\'=1"'],
    ['\tx', '"\'\tx"'],
    ["'=1", "''=1"],
    ["'plain", "'plain"],
    ['a\tb', '"a\tb"'],
  ])('%j is written %j and read back', (note, cell) => {
    const row = { ...observations[0]!, note };
    const csv = toCSV([row]);
    expect(
      csv.split('\r\n').slice(1).join('\r\n').endsWith(`,${cell},${observations[0]!.yearBasis}`),
    ).toBe(true);
    expect(fromCSV(csv)[0]?.note).toBe(note);
  });

  it('restore undoes neutralise for every string, and no neutralised cell runs (property)', () => {
    fc.assert(
      fc.property(freeText, (text) => {
        expect(restore(neutralise(text))).toBe(text);
        expect(runs(neutralise(text))).toBe(false);
        expect(isRisky(text)).toBe(neutralise(text) !== text);
      }),
      { numRuns: 3000 },
    );
  });
});
