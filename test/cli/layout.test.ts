/**
 * The CLI's text layout: display width, truncation, tables, bars and sparklines, and the
 * command-line reader.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/args.js';
import { bar, barScale, sparkline } from '../../src/cli/bars.js';
import { UsageError } from '../../src/cli/errors.js';
import { displayWidth, renderTable, truncate } from '../../src/cli/table.js';

describe('displayWidth and truncate', () => {
  it('counts East Asian wide characters as two columns and ANSI codes as none', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('装备制造业')).toBe(10);
    expect(displayWidth('2021年一季度')).toBe(12);
    expect(displayWidth('全角：')).toBe(6);
    expect(displayWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(displayWidth('▏▎█')).toBe(3);
  });

  it('cuts to the width with "…", never splitting a wide character over the edge', () => {
    expect(truncate('Industrial strategic emerging industries', 12)).toBe('Industrial …');
    expect(truncate('short', 12)).toBe('short');
    const zh = truncate('工业战略性新兴产业', 9);
    expect(zh).toBe('工业战略…');
    expect(displayWidth(zh)).toBeLessThanOrEqual(9);
  });
});

describe('renderTable', () => {
  const columns = [{ header: 'Name' }, { header: 'Value', align: 'right' as const }];
  const rows = [
    ['A rather long name that will not fit', '1.0'],
    ['Short', '10.5'],
  ];

  it('aligns columns and underlines the headers', () => {
    const lines = renderTable(columns, rows, { maxWidth: 80 });
    expect(lines[0]).toBe(`Name${' '.repeat(34)}Value`);
    expect(lines[1]).toMatch(/^-{36} {2}-{5}$/);
    expect(lines[3]).toMatch(/^Short\s+10\.5$/);
  });

  it('shrinks the columns it may shrink to fit the width', () => {
    const lines = renderTable(columns, rows, { maxWidth: 20, shrink: [[0, 5]] });
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(lines[2]).toContain('…');
  });

  it('draws function cells at the final width', () => {
    const lines = renderTable([{ header: 'Bar', width: 6 }], [[(w: number) => '#'.repeat(w)]], {
      maxWidth: 80,
    });
    expect(lines[2]).toBe('######');
  });
});

describe('bars', () => {
  it('scales to the largest value, in eighths of a cell', () => {
    const scale = barScale([41.8, 20.9], 20);
    expect(bar(41.8, scale)).toBe('█'.repeat(20));
    expect(bar(20.9, scale)).toBe('█'.repeat(10));
    expect(bar(1.045, scale)).toBe('▌'); // half a cell
    expect(bar(0.01, scale)).toBe('▏'); // not zero, so it shows
    expect(bar(0, scale)).toBe('');
  });

  it('puts negative values left of a zero axis and positive values right of it', () => {
    const scale = barScale([-5, 10], 16);
    const neg = bar(-5, scale, '|');
    const pos = bar(10, scale, '|');
    expect(neg).toMatch(/^ *[▐█]+\|$/);
    expect(pos).toMatch(/^ +\|█+$/);
    expect(neg.indexOf('|')).toBe(pos.indexOf('|'));
    expect(displayWidth(pos)).toBeLessThanOrEqual(16);
  });

  it('sparkline: lowest ▁, highest █, flat at mid height', () => {
    expect(sparkline([3, 2, 1])).toBe('█▅▁');
    expect(sparkline([1, 1])).toBe('▄▄');
    expect(sparkline([])).toBe('');
  });
});

describe('parseCommandLine', () => {
  it('reads lists repeated or comma-separated, bare breakdown ids, and period aliases', () => {
    const a = parseCommandLine([
      'show',
      '--period',
      '2021-Q1,2021-H1',
      '--period=2021-Q1Q3',
      '--breakdown',
      'coal',
      '--breakdown',
      'product:raw-coal',
    ]);
    expect(a.periods).toEqual(['2021-01/2021-03', '2021-01/2021-06', '2021-01/2021-09']);
    expect(a.breakdowns).toEqual(['sector:coal', 'product:raw-coal']);
    expect(a.format).toBe('table');
  });

  it('defaults export to csv and knows help and version anywhere', () => {
    expect(parseCommandLine(['export']).format).toBe('csv');
    expect(parseCommandLine(['compare', '--help'])).toMatchObject({
      help: true,
      command: 'compare',
    });
    expect(parseCommandLine(['help', 'series'])).toMatchObject({ help: true, command: 'series' });
    expect(parseCommandLine(['-v']).version).toBe(true);
  });

  it('suggests the closest command', () => {
    expect(() => parseCommandLine(['seires'])).toThrow(UsageError);
    expect(() => parseCommandLine(['seires'])).toThrow(/Did you mean "series"\?/);
  });
});
