/**
 * Class 6 of issue 15: CSV formula cells. Generated text that a spreadsheet in some common
 * locale would run as a formula — OWASP's `= + - @`, tab and CR; full-width `＝＋－＠`; led by
 * white space, no-break and ideographic spaces, the byte-order mark, zero-width and
 * bidirectional characters, or quotes; after a `;`, `,`, tab or line break inside the cell —
 * in every text column of the rows `toCSV` writes. The output is read back as importers read
 * it: papaparse with `,`, `;` and tab as the delimiter, over the whole text and line by line
 * (an importer that splits lines first). No cell any of them makes runs as a formula, and
 * `fromCSV` gives back exactly the text the user wrote.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCSV } from '../../src/export/index.js';
import * as root from '../../src/index.js';
import { fromCSV } from '../../src/schemas/index.js';
import { tally } from './tally.js';

const SEED = 20_261_202;

/** What leads a formula: white space and invisible characters, quotes, another cell's end. */
const LEADS = [
  '',
  ' ',
  '  ',
  '\u00a0',
  '\u3000',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u2060',
  '\u202e',
  '\u00ad',
  '\t',
  '\u000b',
  '"',
  "'",
  "''",
  '\r',
  '\n',
  '\r\n',
  'x;',
  'x,',
  'x\n',
  'x\t',
  'note ',
];
/** What starts a formula in some spreadsheet, in some locale. */
const STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '\t', '\r', '\n', ''];
const PAYLOADS = [
  "cmd|' /C calc'!A0",
  'SUM(1+1)*cmd|',
  'HYPERLINK("http://x.example","y")',
  '1+1',
  'A1',
  '2.8',
  '',
  '中文',
];

/** One piece: a lead, a formula start, a payload. */
const piece = fc
  .tuple(fc.constantFrom(...LEADS), fc.constantFrom(...STARTS), fc.constantFrom(...PAYLOADS))
  .map((p) => p.join(''));

/** A cell's text: pieces one after the other, or anything at all. */
export const formulaText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom('=', ';', ',', '\t', '\r', '\n', '"', "'", ' ', '\u3000', '＠', 'a'),
      maxLength: 12,
    }),
  },
);

/** A plain number, as the numeric columns write it: a number is not a formula. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Whether a cell, as an importer made it, runs as a formula: after white space (tabs and line
 * breaks included) and invisible format characters, it begins with `=`, `+`, `-`, `@` or
 * their full-width forms (a plain number aside). `asWritten`: a cell of the file as written,
 * which OWASP wants neutralised when it begins with a tab or CR (and the library with LF too),
 * whatever follows.
 */
export const runs = (cell: string, asWritten = false): boolean =>
  !NUMBER.test(cell) &&
  ((asWritten && /^[\t\r\n]/.test(cell)) || /^[\s\p{Cf}]*[=+\-@＝＋－＠]/u.test(cell));

/** The cells importers make of a CSV text: whole, and line by line, at `,`, `;` and tab. */
function cellsOf(csv: string): { reader: string; cell: string; asWritten: boolean }[] {
  const out: { reader: string; cell: string; asWritten: boolean }[] = [];
  for (const delimiter of [',', ';', '\t']) {
    for (const cell of Papa.parse<string[]>(csv, { delimiter }).data.flat())
      out.push({
        reader: `papaparse, delimiter ${JSON.stringify(delimiter)}`,
        cell,
        asWritten: delimiter === ',',
      });
    for (const line of csv.split(/\r\n|\r|\n/))
      for (const cell of Papa.parse<string[]>(line, { delimiter }).data.flat())
        out.push({
          reader: `line by line, delimiter ${JSON.stringify(delimiter)}`,
          cell,
          asWritten: false,
        });
  }
  return out;
}

const coal = root.find({ period: '2021-Q1', breakdown: 'sector:coal' })!;
const ranking = root.compareSectors({ period: '2021-Q1' });

/** Registers the class 6 tests. */
export function csvFormulas(): void {
  describe('class 6: no CSV cell runs as a formula, in any importer; fromCSV reads the text back', () => {
    const t = tally(
      'No cell of toCSV runs as a formula in an importer that splits at ",", ";" or tab, whole or line by line; fromCSV gives back exactly the text written',
      '6',
      [
        "text cells led by OWASP's = + - @, tab, CR, their full-width forms ＝＋－＠, after white space, no-break, ideographic and zero-width spaces, the byte-order mark, bidirectional marks and quotes",
        'formula starts after ";", ",", tab and line breaks inside a cell',
        'the same text in the note, id and source of observations, in every text column, and in compareSectors rows',
        'output read back by papaparse at ",", ";" and tab, over the whole text and line by line; and by fromCSV',
      ],
    );

    it('observations: every text column, read by every importer, and round-tripped by fromCSV', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(formulaText, formulaText, formulaText), { minLength: 1, maxLength: 4 }),
          fc.constantFrom<'\r\n' | '\n'>('\r\n', '\n'),
          (texts, newline) => {
            t.cases++;
            const rows = texts.map(([note, id, source], i) => ({
              ...coal,
              // id and source must be non-empty to be read back as given
              id: id || `id${i}`,
              source: source || `s${i}`,
              note,
              period: `2021-0${1 + i}` as root.PeriodId,
            }));
            const csv = toCSV(rows, { newline });
            for (const { reader, cell, asWritten } of cellsOf(csv))
              expect(
                runs(cell, asWritten),
                `${reader} made a formula cell ${JSON.stringify(cell)}`,
              ).toBe(false);
            const back = fromCSV(csv);
            expect(back.map((o) => [o.id, o.source, o.note ?? ''])).toEqual(
              rows.map((r) => [r.id, r.source, r.note]),
            );
          },
        ),
        { numRuns: 250, seed: SEED },
      );
    });

    it('any text column of any row kind (values that no validation would let in)', () => {
      const columns = [
        'region',
        'indicator',
        'breakdown',
        'measure',
        'unit',
        'qualifier',
        'scope',
        'yearBasis',
      ];
      fc.assert(
        fc.property(
          fc.constantFrom(...columns),
          formulaText,
          fc.boolean(),
          fc.boolean(),
          (column, text, compare, escapeFormulae) => {
            t.cases++;
            const rows = compare
              ? ranking.map((r) => ({ ...r, source: text, breakdown: text || 'total' }))
              : [{ ...coal, [column]: text }];
            let csv: string;
            try {
              csv = toCSV(rows as never, {
                sources: [{ ...root.sourceOf('s032')!, id: text, url: text }],
              });
            } catch (e) {
              expect(root.isShanxiIndustryError(e)).toBe(true);
              return;
            }
            for (const { reader, cell, asWritten } of cellsOf(csv))
              expect(
                runs(cell, asWritten),
                `${reader} made a formula cell ${JSON.stringify(cell)}`,
              ).toBe(false);
            // escapeFormulae: false writes the text as it is (the caller asked for it)
            if (!escapeFormulae && text.length > 0) {
              const raw = toCSV(rows as never, { escapeFormulae: false });
              expect(Papa.parse<string[]>(raw, { delimiter: ',' }).data.flat()).toContain(text);
            }
          },
        ),
        { numRuns: 200, seed: SEED },
      );
    });
  });
}
