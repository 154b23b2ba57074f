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
    const periods = [...new Set(observations.map((o) => o.period))];
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

/** A revoked Proxy: every operation on it throws a TypeError. */
function revoked(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose every field (named ones included) throws when read. */
const throwing = (): object =>
  new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
    },
  );

const nullProto = (fields: Record<string, unknown> = {}): object =>
  Object.assign(Object.create(null), fields);

const cyclic = (): object => {
  const o: Record<string, unknown> = { value: 1 };
  o.self = o;
  return o;
};

/**
 * Hostile values of every class issue 15 names, as functions that make them (fast-check probes
 * the values it generates, and a revoked Proxy throws on any probe).
 */
const hostile$: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.bigInt().map((v) => () => v),
  fc.string().map((s) => () => Symbol(s)),
  fc.constant(() => nullProto()),
  fc.constant(() => nullProto({ en: 'x', zh: 'y', value: 1 })),
  fc.constant(revoked),
  fc.constant(throwing),
  fc.constant(cyclic),
  fc
    .constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, 1e308, -1e308, 5e-324)
    .map((v) => () => v),
  fc.constantFrom(undefined, null, true, 42, '', [], 'zh', 'dashed').map((v) => () => v),
  fc.constant(() => () => 1),
  fc.string({ unit: 'binary', minLength: 2_000, maxLength: 12_000 }).map((v) => () => v),
);

/** Runs a chart; it must give a coded error or a well-formed SVG, and throw nothing else. */
function codedOrSvg(f: () => string): 'error' | 'svg' {
  let svg: string;
  try {
    svg = f();
  } catch (e) {
    expect(isShanxiIndustryError(e), `not a coded error: ${String((e as Error)?.message)}`).toBe(
      true,
    );
    expect(typeof (e as Error).message).toBe('string');
    return 'error';
  }
  expectWellFormed(svg);
  return 'svg';
}

const ROW_FIELDS = ['label', 'breakdown', 'value', 'decimals', 'qualifier', 'title', 'unit'];
const POINT_FIELDS = ['period', 'value', 'decimals', 'qualifier'];
const OPTIONS = ['title', 'subtitle', 'source', 'width', 'height', 'lang', 'unit', 'font'];

describe('hostile input: a coded error or a valid SVG, never a bare TypeError', () => {
  it('any hostile value in any field of a row, a point, a series or the options', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        hostile$,
        fc.constantFrom(...ROW_FIELDS),
        fc.constantFrom(...POINT_FIELDS),
        fc.constantFrom(...OPTIONS, 'total', 'labelOf', 'gaps'),
        fc.constantFrom('bar-row', 'bar-option', 'line-point', 'line-name', 'line-option'),
        (make, rowField, pointField, option, where) => {
          const v = make();
          const row = { ...rows[0]!, [rowField]: v };
          const point = { ...china[0]!, [pointField]: v };
          const run: Record<string, () => string> = {
            'bar-row': () => barChart([row, rows[1]!]),
            'bar-option': () =>
              barChart(rows, { [option === 'gaps' ? 'total' : option]: v } as never),
            'line-point': () => lineChart([{ name: 'China', points: [point, china[1]!] }]),
            'line-name': () => lineChart([{ name: v as string, points: china }]),
            'line-option': () =>
              lineChart([{ name: 'China', points: china }], {
                [option === 'total' || option === 'labelOf' ? 'gaps' : option]: v,
              } as never),
          };
          seen.add(`${where}:${codedOrSvg(run[where]!)}`);
        },
      ),
      { numRuns: 400 },
    );
    // both outcomes happen: some hostile values are refused, some are drawn
    expect([...seen].some((s) => s.endsWith(':error'))).toBe(true);
    expect([...seen].some((s) => s.endsWith(':svg'))).toBe(true);
  });

  it('hostile containers: rows, series, points and options that cannot be read', () => {
    for (const v of [revoked(), throwing(), nullProto(), 42n, Symbol('s'), 'x', 1]) {
      expect(codedOrSvg(() => barChart(v as never))).toBe('error');
      expect(codedOrSvg(() => lineChart(v as never))).toBe('error');
      expect(codedOrSvg(() => lineChart([{ name: 'x', points: v }] as never))).toBe('error');
      expect(codedOrSvg(() => barChart([v, v] as never))).toBe('error');
      expect(codedOrSvg(() => lineChart([v] as never))).toBe('error');
    }
    const getter = {
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(caught(() => barChart(rows, getter)).message).toMatch(
      /^barChart: options cannot be read \(boom\); got /,
    );
    expect(caught(() => lineChart([], revoked() as never)).message).toMatch(
      /^lineChart: options must be an object \(.+\); got /,
    );
    for (const v of [revoked(), throwing()]) {
      expect(caught(() => barChart([v] as never)).message).toMatch(
        /^barChart: rows\[0\] cannot be read \(.+\); got /,
      );
    }
    // an array proxy whose items cannot be read
    const items = new Proxy([1, 2], {
      get(t, k) {
        if (k === '0') throw new Error('no item');
        return Reflect.get(t, k);
      },
    });
    expect(caught(() => barChart(items as never)).code).toBe('INVALID_OPTION');
  });

  it('refuses options that are not an object: barChart([{ value: 1 }], 42)', () => {
    for (const v of [42, 'title', true, 1n, Symbol('o'), [], [{ title: 'x' }], () => 1]) {
      const e = caught(() => barChart([{ value: 1 }], v as never));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toMatch(/^barChart: options must be an object; got /);
      expect(caught(() => lineChart([], v as never)).code).toBe('INVALID_OPTION');
    }
    // undefined and null are no options; a null-prototype object is an object
    expect(barChart([{ value: 1 }], undefined)).toBe(barChart([{ value: 1 }]));
    expect(barChart([{ value: 1 }], null as never)).toBe(barChart([{ value: 1 }]));
    expect(barChart([{ value: 1 }], nullProto({ width: 500 }) as never)).toBe(
      barChart([{ value: 1 }], { width: 500 }),
    );
  });

  it('labels: a null-prototype object, BigInt or Symbol is a coded error; { en, zh } is names', () => {
    for (const v of [nullProto(), 5n, Symbol('l'), cyclic(), revoked(), () => 'x', { en: 1 }]) {
      const e = caught(() => barChart([{ label: v as never, value: 1 }]));
      expect(e.code).toBe('INVALID_OPTION');
      expect(e.message).toMatch(/^barChart: rows\[0\]\.label /);
      expect(caught(() => lineChart([{ name: v as never, points: china }])).code).toBe(
        'INVALID_OPTION',
      );
    }
    const named = nullProto({ en: 'Coal', zh: '煤' });
    expect(texts(barChart([{ label: named as never, value: 1 }]))).toContain('Coal');
    expect(texts(barChart([{ label: named as never, value: 1 }], { lang: 'zh' }))).toContain('煤');
    expect(texts(barChart([{ label: 2021 as never, value: 1 }]))).toContain('2021');
    // labelOf's answer is checked the same way
    expect(
      caught(() =>
        barChart([{ breakdown: 'sector:coal', value: 1 }], { labelOf: () => 5n as never }),
      ).code,
    ).toBe('INVALID_OPTION');
  });

  it('decimals: BigInt, Symbol and null-prototype objects are INVALID_DECIMALS', () => {
    for (const d of [1n, Symbol('d'), nullProto(), '1', 1.5, -0.5, 16, Number.NaN]) {
      const e = caught(() => barChart([{ value: 1, decimals: d as never }]));
      expect(e.code).toBe('INVALID_DECIMALS');
      expect(e.message).toMatch(/^barChart: rows\[0\]\.decimals must be 0–15; got /);
      expect(
        caught(() => lineChart([{ name: 'x', points: [{ ...china[0]!, decimals: d as never }] }]))
          .code,
      ).toBe('INVALID_DECIMALS');
    }
  });

  it('periods and values: null-prototype objects, BigInt and Symbol are coded errors', () => {
    for (const v of [nullProto(), 2021n, Symbol('p')]) {
      expect(
        caught(() => lineChart([{ name: 'x', points: [{ period: v, value: 1 }] }] as never)).code,
      ).toBe('INVALID_PERIOD');
      expect(caught(() => barChart([{ value: v as never }])).code).toBe('NOT_A_NUMBER');
    }
  });

  it('huge strings: labels and titles are fitted to the width, whole in the desc', () => {
    const long = 'x'.repeat(10_000);
    const many = Array.from({ length: 50 }, (_, i) => ({ label: `${i}${long}`, value: i }));
    const svg = barChart(many, {
      width: 1e5,
      title: Array.from({ length: 20 }, () => 'y'.repeat(12_000)).join('\n'),
    });
    expectWellFormed(svg);
    const shown = texts(svg).filter((t) => t.startsWith('0x'));
    expect(shown).toHaveLength(1);
    // at most 45% of the width, in 12 px characters of 0.55 em
    expect(shown[0]!.length).toBeLessThanOrEqual(Math.ceil((1e5 * 0.45) / (12 * 0.55)) + 1);
    expect(shown[0]!.endsWith('…')).toBe(true);
    expect(desc(svg)).toContain(`0${long} 0%`);
    // the title lines, each cut to the width
    const titleLines = texts(svg).filter((t) => t.startsWith('yyy'));
    expect(titleLines).toHaveLength(20);
    for (const t of titleLines) expect(t.length).toBeLessThan(12_000);
  });

  it('a coded error for more than a chart can show: 10,000 bars, 100,000 points', () => {
    const bars = Array.from({ length: 10_001 }, (_, i) => ({ value: i }));
    const e = caught(() => barChart(bars));
    expect(e.code).toBe('OUT_OF_RANGE');
    expect(e.message).toBe(
      'barChart: 10001 rows are more than a chart can show (at most 10000); got 10001',
    );
    expectWellFormed(barChart(bars.slice(1)));
    const points = Array.from({ length: 50_001 }, (_, i) => ({
      period: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: i % 7,
    }));
    const line = caught(() =>
      lineChart([
        { name: 'a', points },
        { name: 'b', points },
      ]),
    );
    expect(line.code).toBe('OUT_OF_RANGE');
    expect(line.message).toMatch(
      /^lineChart: 100002 points or more are more than a chart can show/,
    );
    // 200,000 points used to end in a bare RangeError (Math.min of spread arguments)
    expect(
      caught(() => lineChart([{ name: 'a', points: [...points, ...points, ...points, ...points] }]))
        .code,
    ).toBe('OUT_OF_RANGE');
  });

  it('leaves hostile inputs as they were', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            label: fc.oneof(fc.string(), fc.record({ en: fc.string(), zh: fc.string() })),
            value: fc.oneof(value$, fc.constant(Number.NaN)),
            decimals: fc.option(fc.integer({ min: -2, max: 20 }), { nil: undefined }),
          }),
          { maxLength: 8 },
        ),
        (data) => {
          const frozen = deepFreeze(structuredClone(data));
          const before = JSON.stringify(frozen);
          codedOrSvg(() => barChart(frozen as never, deepFreeze({ total: { value: 1 } })));
          expect(JSON.stringify(frozen)).toBe(before);
        },
      ),
    );
  });
});
