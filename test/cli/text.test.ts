/**
 * The command's text helpers: how a user's text is shown, what reaches a terminal, library
 * messages in flag words, the periods a series misses, and the sparkline that marks them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/cli/bars.js';
import { inFlags, safeText, shown } from '../../src/cli/errors.js';
import { whyNot } from '../../src/cli/io.js';
import { missingBefore } from '../../src/cli/timeline.js';

const RAW =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what must never be written
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('shown and safeText', () => {
  it('quotes and escapes controls, C1, separators and bidi characters', () => {
    expect(shown('\u001b[2J')).toBe('"\\u001b[2J"');
    expect(shown('a\u009bb')).toBe('"a\\u009bb"');
    expect(shown('\u202eevil\u2066')).toBe('"\\u202eevil\\u2066"');
    expect(shown('line\u2028sep')).toBe('"line\\u2028sep"');
    expect(shown('say "hi"')).toBe('"say \\"hi\\""');
    expect(shown('y'.repeat(61))).toBe(`"${'y'.repeat(60)}…"`);
  });

  it('never lets a raw control character through, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(RAW.test(shown(s))).toBe(false);
        expect(RAW.test(safeText(s))).toBe(false);
      }),
    );
  });

  it('keeps line breaks and tabs, and the colour codes only when asked', () => {
    expect(safeText('a\r\nb\tc\n')).toBe('a\r\nb\tc\n');
    expect(safeText('\u001b[1mbold\u001b[22m', true)).toBe('\u001b[1mbold\u001b[22m');
    expect(safeText('\u001b[1mbold', false)).toBe('\\u001b[1mbold');
    expect(safeText('\u001b]0;x\u0007', true)).toBe('\\u001b]0;x\\u0007');
  });
});

describe('inFlags', () => {
  it("names the command's flags where the library names its options", () => {
    expect(inFlags('Cannot rank …; choose breakdowns of one unit with sectors.')).toBe(
      'Cannot rank …; choose breakdowns of one unit with --breakdown.',
    );
    expect(inFlags('sectors takes a list of breakdown ids.')).toBe(
      '--breakdown takes a list of breakdown ids.',
    );
    expect(inFlags('kind takes month, year-to-date, year or range.')).toBe(
      '--kind takes month, year-to-date, year or range.',
    );
    expect(inFlags('Invalid period "2021-13": month 13.')).toBe(
      'Invalid period "2021-13": month 13.',
    );
  });
});

describe('whyNot', () => {
  it('says why a file cannot be written in plain words, never the errno code', () => {
    expect(whyNot({ code: 'ENOENT' })).toBe('its folder does not exist');
    expect(whyNot({ code: 'EACCES' })).toBe('permission denied');
    expect(whyNot({ code: 'EISDIR' })).toBe('it is a folder');
    expect(whyNot({ code: 'ENOSPC' })).toBe('the disk is full');
    expect(whyNot({ code: 'EWHATEVER' })).toBe('the system refused');
    expect(whyNot(null)).toBe('the system refused');
    expect(whyNot({ code: 'ENOENT' }, 'read')).toBe('there is no such file');
    expect(whyNot({ code: 'EISDIR' }, 'read')).toBe('it is a folder');
    expect(whyNot({ code: 'toString' }, 'read')).toBe('the system refused');
  });
});

describe('missingBefore', () => {
  it('counts the months, years and year-to-date runs between points', () => {
    expect(missingBefore(['2021-01', '2021-02', '2021-05'])).toEqual([0, 0, 2]);
    expect(missingBefore(['2016', '2017', '2020'])).toEqual([0, 0, 2]);
    expect(missingBefore(['2020-12', '2021-01'])).toEqual([0, 0]);
    // year-to-date: Jan–Feb … Jan–Nov are the runs of a year
    expect(
      missingBefore(['2021-01/2021-02', '2021-01/2021-03', '2021-01/2021-11', '2022-01/2022-02']),
    ).toEqual([0, 0, 7, 0]);
    // quarters after the first (Q1 is a year-to-date run): Q4 2021 and Q1 2022 missing
    expect(missingBefore(['2021-04/2021-06', '2021-07/2021-09', '2022-04/2022-06'])).toEqual([
      0, 0, 2,
    ]);
  });

  it('gives up (undefined) on a mix of kinds or of lengths', () => {
    expect(missingBefore(['2021-05', '2021'])).toBeUndefined();
    expect(missingBefore(['2021-04/2021-06', '2021-07/2021-12'])).toBeUndefined();
    expect(missingBefore([])).toEqual([]);
  });
});

describe('sparkline', () => {
  it('marks missing periods: a · each up to three, ·N· for a longer break', () => {
    expect(sparkline([1, 2, 3], [0, 0, 0])).toBe('▁▅█');
    expect(sparkline([1, 2, 3], [0, 2, 0])).toBe('▁··▅█');
    expect(sparkline([1, 3], [0, 3])).toBe('▁···█');
    expect(sparkline([1, 3], [0, 12])).toBe('▁·12·█');
    expect(sparkline([1, 3])).toBe('▁█');
  });
});
