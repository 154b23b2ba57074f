/**
 * Both charts: escaping of hostile text, well-formed and deterministic output, bad input
 * (coded errors), empty input ("no data"), no mutation, and property tests over arbitrary
 * values and labels.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../src/chart/index.js';
import { decimals, months } from '../../src/chart/svg.js';
import {
  compareSectors,
  decimalsOf,
  find,
  isShanxiIndustryError,
  label,
  observations,
  parsePeriod,
  series,
} from '../../src/index.js';
import { deepFreeze, desc, expectWellFormed, texts, title } from './svg.js';

const rows = compareSectors({ period: '2021-Q1' });
const china = series({ region: 'china', kind: 'year-to-date', year: 2021 });
const HOSTILE = `<script>alert("x")</script> & 'quotes' ]]> <!-- -->`;

/** Runs `f` and returns the coded error it throws. */
function caught(f: () => unknown): { code: string; message: string; value: unknown } {
  try {
    f();
  } catch (e) {
    expect(isShanxiIndustryError(e), String(e)).toBe(true);
    return e as { code: string; message: string; value: unknown };
  }
  throw new Error('expected an error');
}

describe('escaping', () => {
  it('escapes hostile labels, names, titles, units and sources', () => {
    const bar = barChart(
      rows.map((r) => ({ ...r, label: HOSTILE })),
      { title: HOSTILE, subtitle: HOSTILE, source: HOSTILE, unit: '<%>', total: 1 },
    );
    const line = lineChart([{ name: HOSTILE, points: china }], {
      title: HOSTILE,
      subtitle: HOSTILE,
      source: HOSTILE,
      unit: '"&',
    });
    for (const svg of [bar, line]) {
      expectWellFormed(svg);
      expect(svg).not.toContain('<script');
      expect(svg).not.toContain('<!--');
      expect(svg).toContain(
        '&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;quotes&#39;',
      );
      expect(title(svg)).toBe(HOSTILE);
    }
    expect(texts(bar)).toContain(HOSTILE);
    expect(texts(bar, 'value')[0]).toBe(`${rows[0]!.value}<%>`);
  });

  it('replaces characters XML does not allow (control characters, lone surrogates)', () => {
    const svg = barChart([
      { label: 'a\u0001b\u0000c\ud800d\uffffe\u{1f600}', value: rows[0]!.value },
    ]);
    expectWellFormed(svg);
    expect(texts(svg)).toContain('a\ufffdb\ufffdc\ufffdd\ufffde\u{1f600}');
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input', () => {
    const a = barChart(rows, { labelOf: (id) => label(id), total: find({ period: '2021-Q1' }) });
    const b = barChart(rows, { labelOf: (id) => label(id), total: find({ period: '2021-Q1' }) });
    expect(a).toBe(b);
    expect(lineChart([{ name: 'China', points: china }])).toBe(
      lineChart([{ name: 'China', points: [...china] }]),
    );
  });

  it('gives different charts different ids', () => {
    const ids = (svg: string) => /aria-labelledby="([^"]+)"/.exec(svg)![1];
    expect(ids(barChart(rows))).not.toBe(ids(barChart(rows.slice(1))));
    expect(ids(barChart(rows))).not.toBe(ids(lineChart([{ name: 'China', points: china }])));
  });

  it('rounds coordinates to 2 decimals', () => {
    const svg = lineChart([{ name: 'China', points: china }], { width: 333.333 });
    for (const m of svg.matchAll(/ (?:x|y|x1|x2|y1|y2|cx|cy|width|height)="([^"%]+)"/g))
      expect(m[1]).toMatch(/^-?\d+(\.\d{1,2})?$/);
  });
});

describe('bad input', () => {
  it('NOT_A_NUMBER names the row, the series and the period', () => {
    const bad = rows.map((r, i) => (i === 2 ? { ...r, value: Number.NaN } : r));
    const e = caught(() => barChart(bad, { labelOf: (id) => label(id) }));
    expect(e.code).toBe('NOT_A_NUMBER');
    expect(e.message).toContain('rows[2].value');
    expect(caught(() => barChart(rows, { total: Number.POSITIVE_INFINITY })).code).toBe(
      'NOT_A_NUMBER',
    );
    expect(caught(() => barChart([{ value: '24.1' as unknown as number }])).code).toBe(
      'NOT_A_NUMBER',
    );
    const line = caught(() =>
      lineChart([
        { name: 'China', points: china.map((o, i) => (i === 1 ? { ...o, value: -Infinity } : o)) },
      ]),
    );
    expect(line.code).toBe('NOT_A_NUMBER');
    expect(line.message).toContain('series[0].points[1].value');
  });

  it('INVALID_OPTION names an unknown option or a bad value', () => {
    const cases: [unknown, string][] = [
      [{ colour: 'red' }, 'colour'],
      [{ width: 0 }, 'width'],
      [{ width: -5 }, 'width'],
      [{ width: '640' }, 'width'],
      [{ height: Number.NaN }, 'height'],
      [{ lang: 'fr' }, 'lang'],
      [{ title: 5 }, 'title'],
      [{ labelOf: 'label' }, 'labelOf'],
      [{ total: '23.9' }, 'total'],
    ];
    for (const [options, name] of cases) {
      const e = caught(() => barChart(rows, options as never));
      expect(e.code, name).toBe('INVALID_OPTION');
      expect(e.message).toContain(`option ${name}`);
    }
    // options of the bar chart are not options of the line chart
    expect(caught(() => lineChart([], { total: 1 } as never)).code).toBe('INVALID_OPTION');
    expect(caught(() => barChart('rows' as never)).code).toBe('INVALID_OPTION');
    expect(caught(() => lineChart([{ name: 'x', points: 5 }] as never)).code).toBe(
      'INVALID_OPTION',
    );
  });

  it('INVALID_DECIMALS and INVALID_PERIOD', () => {
    for (const d of [16, -1, 1.5, '1'])
      expect(caught(() => barChart([{ ...rows[0]!, decimals: d as number }])).code).toBe(
        'INVALID_DECIMALS',
      );
    for (const period of ['2021-13', '2021-06/2021-03', '2021-01/2022-03', '21-Q1', '', 'x'])
      expect(
        caught(() => lineChart([{ name: 'x', points: [{ period, value: china[0]!.value }] }])).code,
      ).toBe('INVALID_PERIOD');
  });
});

describe('empty input', () => {
  it('draws a small chart that says "no data"', () => {
    for (const [svg, words] of [
      [barChart([]), 'no data'],
      [barChart([], { lang: 'zh' }), '无数据'],
      [lineChart([]), 'no data'],
      [lineChart([{ name: 'China', points: [] }], { lang: 'zh', title: '全国' }), '无数据'],
    ] as const) {
      expectWellFormed(svg);
      expect(texts(svg)).toContain(words);
      expect(desc(svg)).toContain(words);
      expect(svg).not.toContain('class="bar"');
      expect(svg).not.toContain('class="line"');
    }
    expect(title(barChart([]))).toBe('Bar chart');
    expect(title(lineChart([], { lang: 'zh' }))).toBe('折线图');
  });
});

describe('no mutation', () => {
  it('reads frozen inputs and leaves them as they were', () => {
    const data = deepFreeze(structuredClone(rows.map((r) => ({ ...r }))));
    const before = JSON.stringify(data);
    const options = deepFreeze({ total: { value: rows[0]!.value }, title: 't', width: 500 });
    expect(barChart(data, options)).toBe(barChart(structuredClone(data), { ...options }));
    expect(JSON.stringify(data)).toBe(before);
    const line = deepFreeze([{ name: 'China', points: [...china].reverse() }]);
    const lineBefore = JSON.stringify(line);
    lineChart(line);
    expect(JSON.stringify(line)).toBe(lineBefore);
  });
});

describe('agrees with the library', () => {
  it('reads every period of the data as parsePeriod does', () => {
    for (const id of new Set(observations.map((o) => o.period))) {
      const p = parsePeriod(id);
      expect(months(id, 'x')).toEqual({ year: p.year, start: p.start, end: p.end });
    }
  });

  it('reads the decimals of every value of the data as decimalsOf does', () => {
    for (const o of observations) expect(decimals(o.value)).toBe(decimalsOf(o.value));
  });
});

const label$ = fc.string({ maxLength: 30 }).filter((s) => !/NaN|Infinity|undefined/.test(s));
const value$ = fc.double({ noNaN: true, noDefaultInfinity: true });

describe('properties', () => {
  it('a bar chart of any finite values and labels is well-formed, with title and desc', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: label$, value: value$ }), { maxLength: 12 }),
        fc.option(value$, { nil: undefined }),
        fc.constantFrom('en', 'zh'),
        (data, total, lang) => {
          const svg = barChart(data, {
            lang: lang as 'en' | 'zh',
            ...(total === undefined ? {} : { total }),
            ...(data[0] ? { title: data[0].label } : {}),
          });
          expectWellFormed(svg);
          expect(svg).toContain('<title');
          expect(svg).toContain('<desc');
          expect(svg.match(/class="bar"/g)?.length ?? 0).toBe(data.length);
        },
      ),
    );
  });

  it('a line chart of any finite values is well-formed, with title and desc', () => {
    const periods: string[] = [...new Set(observations.map((o) => o.period))];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: label$,
            points: fc.array(fc.record({ period: fc.constantFrom(...periods), value: value$ }), {
              maxLength: 15,
            }),
          }),
          { maxLength: 4 },
        ),
        (data) => {
          const svg = lineChart(data);
          expectWellFormed(svg);
          expect(svg).toContain('<title');
          expect(svg).toContain('<desc');
        },
      ),
    );
  });

  it('arbitrary Unicode text (control characters, lone surrogates) stays well-formed', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'binary', maxLength: 20 })
          .filter((s) => !/NaN|Infinity|undefined/.test(s)),
        (text) => {
          expectWellFormed(
            barChart([{ label: text, value: rows[0]!.value }], { title: text, source: text }),
          );
        },
      ),
    );
  });
});
