import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown } from '../../scripts/coverage-doc.js';
import { observations } from '../../src/data/observations.js';
import {
  convertLevel,
  inChineseUnit,
  inOneUnit,
  inUnit,
  unitFamily,
  unitPower,
} from '../../src/model/units.js';
import { LEVEL_UNITS, UNITS } from '../../src/model/vocab.js';
import { coverage } from '../../src/query/coverage.js';
import { query } from '../../src/query/shipped.js';
import { root } from '../helpers/tsv.js';

const code = (c: string) => expect.objectContaining({ code: c });

describe('the unit vocabulary', () => {
  it('UNITS is percent, rank and the level units (written out so that bundlers can drop it)', () => {
    expect(UNITS).toEqual(['percent', 'rank', ...LEVEL_UNITS]);
  });
});

describe('convertLevel', () => {
  it('is exact within a family', () => {
    expect(convertLevel(976, 'tonnes-million', 'tonnes-10k')).toBe(97600);
    expect(convertLevel(8.15, 'm3-billion', 'm3-100m')).toBe(81.5);
    expect(convertLevel(0.1, 'yuan-trillion', 'yuan-100m')).toBe(1000);
    expect(convertLevel(677.8, 'yuan-billion', 'yuan-100m')).toBe(6778);
    expect(convertLevel(1.23, 'kwh-100m', 'kwh-billion')).toBe(0.123);
    expect(convertLevel(-0.5, 'yuan-100m', 'yuan-billion')).toBe(-0.05);
    // the naive product is not exact: 8.15 * 10 happens to be, 0.1 * 3 is not
    expect(convertLevel(1.1, 'tonnes-10k', 'tonnes-10k')).toBe(1.1);
  });
  it('round-trips through every unit of the family (property)', () => {
    const tonnes = LEVEL_UNITS.filter((u) => unitFamily(u) === 'tonnes');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e9 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...tonnes),
        fc.constantFrom(...tonnes),
        (n, d, a, b) => {
          const v = n / 10 ** d;
          expect(convertLevel(convertLevel(v, a, b), b, a)).toBe(v);
        },
      ),
    );
  });
  it('refuses other families, percent, rank, unknown units and non-numbers', () => {
    expect(() => convertLevel(1, 'tonnes-10k', 'kwh-100m')).toThrow(code('INCOMPATIBLE_UNITS'));
    expect(() => convertLevel(1, 'percent', 'rank')).toThrow(code('INCOMPATIBLE_UNITS'));
    expect(() => convertLevel(1, 'tonnes' as never, 'tonnes-10k')).toThrow(code('UNKNOWN_ID'));
    expect(() => convertLevel(Number.NaN, 'tonnes-10k', 'tonnes-100m')).toThrow(
      code('NOT_A_NUMBER'),
    );
    expect(() => convertLevel('1' as never, 'tonnes-10k', 'tonnes-100m')).toThrow(
      code('NOT_A_NUMBER'),
    );
  });
});

describe('inUnit', () => {
  it('reads a shipped level in another unit and leaves the stored one as published', () => {
    const o = observations.find((x) => x.id === 'f0002')!;
    expect([o.value, o.unit]).toEqual([976, 'tonnes-million']);
    const c = inUnit(o, 'tonnes-100m');
    expect([c.value, c.unit, c.decimals, c.id]).toEqual([9.76, 'tonnes-100m', 2, 'f0002']);
    expect(Object.isFrozen(c)).toBe(true);
    expect([o.value, o.unit]).toEqual([976, 'tonnes-million']);
    expect(inUnit(o, 'tonnes-million')).toBe(o);
  });
  it('converts every shipped level to every unit of its family and back exactly', () => {
    for (const o of query({ measure: 'level' }, { alternatives: true }))
      for (const u of LEVEL_UNITS.filter((x) => unitFamily(x) === unitFamily(o.unit))) {
        const back = inUnit(inUnit(o, u), o.unit);
        expect(back.value, `${o.id} ${u}`).toBe(o.value);
      }
  });
});

describe('inChineseUnit', () => {
  it('writes levels of English pages in 万吨 / 亿吨, 亿千瓦时, 亿元 and 亿立方米', () => {
    const t = (value: number, decimals: number, unit: never) =>
      inChineseUnit({ value, decimals, unit });
    expect(t(1.37, 2, 'tonnes-billion' as never)).toEqual({
      value: 13.7,
      decimals: 1,
      unit: 'tonnes-100m',
    });
    expect(t(976, 0, 'tonnes-million' as never)).toEqual({
      value: 9.76,
      decimals: 2,
      unit: 'tonnes-100m',
    });
    expect(t(88.827, 3, 'tonnes-million' as never)).toEqual({
      value: 8882.7,
      decimals: 1,
      unit: 'tonnes-10k',
    });
    // 62.120200 as published keeps its six decimals: 6,212.0200万吨
    expect(t(62.1202, 6, 'tonnes-million' as never)).toEqual({
      value: 6212.02,
      decimals: 4,
      unit: 'tonnes-10k',
    });
    // exactly 1亿吨 is 亿吨; just under is 万吨
    expect(t(100, 0, 'tonnes-million' as never).unit).toBe('tonnes-100m');
    expect(t(99.9, 1, 'tonnes-million' as never)).toEqual({
      value: 9990,
      decimals: 0,
      unit: 'tonnes-10k',
    });
    expect(t(0.1, 1, 'tonnes-billion' as never)).toEqual({
      value: 1,
      decimals: 0,
      unit: 'tonnes-100m',
    });
    expect(t(146.4, 1, 'kwh-billion' as never)).toEqual({
      value: 1464,
      decimals: 0,
      unit: 'kwh-100m',
    });
    expect(t(-9.425, 3, 'yuan-billion' as never)).toEqual({
      value: -94.25,
      decimals: 2,
      unit: 'yuan-100m',
    });
    expect(t(8.15, 2, 'm3-billion' as never)).toEqual({
      value: 81.5,
      decimals: 1,
      unit: 'm3-100m',
    });
    // units Chinese pages publish, percent and rank stay as they are
    for (const unit of [
      'tonnes-10k',
      'tonnes-100m',
      'kwh-100m',
      'yuan-100m',
      'yuan-trillion',
      'm3-100m',
      'percent',
      'rank',
    ])
      expect(t(0.5, 1, unit as never)).toEqual({ value: 0.5, decimals: 1, unit });
    expect(inChineseUnit({ value: 23.9 })).toEqual({ value: 23.9, decimals: 1, unit: 'percent' });
    expect(Object.is(inChineseUnit({ value: -0, unit: 'percent' }).value, 0)).toBe(true);
    expect(Object.isFrozen(t(1.37, 2, 'tonnes-billion' as never))).toBe(true);
  });

  it('takes one unit for a column: 亿吨 only when every tonnes level of it is at least 1亿吨', () => {
    const level = { value: 976, decimals: 0, unit: 'tonnes-million' } as const;
    expect(inChineseUnit(level, [level, { value: 1.37, unit: 'tonnes-billion' }])).toEqual({
      value: 9.76,
      decimals: 2,
      unit: 'tonnes-100m',
    });
    // a monthly 7,160.4万吨 in the column: the column is in 万吨
    expect(inChineseUnit(level, [{ value: 7160.4, unit: 'tonnes-10k' }])).toEqual({
      value: 97600,
      decimals: 0,
      unit: 'tonnes-10k',
    });
    // levels of other families do not count
    expect(inChineseUnit(level, [{ value: 1, unit: 'kwh-100m' }]).unit).toBe('tonnes-100m');
  });

  it('over every shipped level, the value is the published one with the point moved (property of the data)', () => {
    for (const o of observations.filter((r) => r.measure === 'level')) {
      const z = inChineseUnit(o);
      expect([
        'tonnes-10k',
        'tonnes-100m',
        'kwh-100m',
        'yuan-100m',
        'yuan-trillion',
        'm3-100m',
      ]).toContain(z.unit);
      expect(z.value, o.id).toBe(convertLevel(o.value, o.unit, z.unit));
      expect(z.decimals, o.id).toBe(
        Math.max(0, o.decimals + unitPower(z.unit) - unitPower(o.unit)),
      );
      if (o.unit === 'tonnes-million' || o.unit === 'tonnes-billion')
        expect(z.unit === 'tonnes-100m', o.id).toBe(
          convertLevel(o.value, o.unit, 'tonnes-100m') >= 1,
        );
    }
  });

  it('is exact for any decimal input (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.constantFrom(...LEVEL_UNITS),
        (n, d, unit) => {
          const value = Number(`${n}e-${d}`);
          const z = inChineseUnit({ value, decimals: d, unit });
          expect(z.value).toBe(convertLevel(value, unit, z.unit));
          expect(convertLevel(z.value, z.unit, unit)).toBe(value === 0 ? 0 : value);
          expect(z.decimals).toBe(Math.max(0, d + unitPower(z.unit) - unitPower(unit)));
        },
      ),
    );
  });

  it('refuses what is not a level, naming it', () => {
    expect(() => inChineseUnit(null as never)).toThrow(code('INVALID_OBSERVATIONS'));
    expect(() => inChineseUnit({ value: Number.NaN, unit: 'tonnes-billion' })).toThrow(
      /inChineseUnit: the level.value is not a finite number; got NaN/,
    );
    expect(() => inChineseUnit({ value: 1, unit: 'tonnes' as never })).toThrow(code('UNKNOWN_ID'));
    expect(() => inChineseUnit({ value: 1, decimals: 1.5, unit: 'tonnes-billion' })).toThrow(
      code('INVALID_DECIMALS'),
    );
    const level = { value: 1, unit: 'tonnes-billion' } as const;
    expect(() => inChineseUnit(level, 'x' as never)).toThrow(code('INVALID_OPTION'));
    expect(() => inChineseUnit(level, [{ value: Infinity, unit: 'tonnes-10k' }])).toThrow(
      /column\[0\]\.value is not a finite number/,
    );
  });
});

describe('inOneUnit', () => {
  const L = (value: number, decimals: number, unit: string) =>
    ({ value, decimals, unit }) as { value: number; decimals: number; unit: never };
  // the whole-year raw-coal series above designated size, as published (2019 … 2025)
  const years = [
    L(9.71, 2, 'tonnes-100m'),
    L(10.63, 2, 'tonnes-100m'),
    L(11.9, 1, 'tonnes-100m'),
    L(135658.2, 1, 'tonnes-10k'),
    L(126873.8, 1, 'tonnes-10k'),
    L(13, 0, 'tonnes-100m'),
  ];

  it('in Chinese: one column of tonnes in 亿吨 when every level is at least 1亿吨, the digits kept', () => {
    expect(inOneUnit(years, { lang: 'zh' })).toEqual([
      L(9.71, 2, 'tonnes-100m'),
      L(10.63, 2, 'tonnes-100m'),
      L(11.9, 1, 'tonnes-100m'),
      L(13.56582, 5, 'tonnes-100m'),
      L(12.68738, 5, 'tonnes-100m'),
      L(13, 0, 'tonnes-100m'),
    ]);
    // one level under 1亿吨 (coke, 95.7 million t): the column is in 万吨
    expect(inOneUnit([years[0]!, L(95.7, 1, 'tonnes-million')], { lang: 'zh' })).toEqual([
      L(97100, 0, 'tonnes-10k'),
      L(9570, 0, 'tonnes-10k'),
    ]);
    // a column published in one Chinese unit stays as published, whatever the sizes
    expect(inOneUnit([years[3]!, L(7160.4, 1, 'tonnes-10k')], { lang: 'zh' })).toEqual([
      L(135658.2, 1, 'tonnes-10k'),
      L(7160.4, 1, 'tonnes-10k'),
    ]);
    // million tonnes alone are not a Chinese unit: as inChineseUnit picks for the column
    expect(
      inOneUnit([L(976, 0, 'tonnes-million'), L(95.435, 3, 'tonnes-million')], { lang: 'zh' }),
    ).toEqual([L(97600, 0, 'tonnes-10k'), L(9543.5, 1, 'tonnes-10k')]);
    expect(
      inOneUnit([L(4376.1, 1, 'kwh-100m'), L(146.4, 1, 'kwh-billion')], { lang: 'zh' }),
    ).toEqual([L(4376.1, 1, 'kwh-100m'), L(1464, 0, 'kwh-100m')]);
    expect(
      inOneUnit([L(2.88, 2, 'yuan-trillion'), L(1197.1, 1, 'yuan-100m')], { lang: 'zh' }),
    ).toEqual([L(28800, 0, 'yuan-100m'), L(1197.1, 1, 'yuan-100m')]);
    expect(inOneUnit([L(2.88, 2, 'yuan-trillion')], { lang: 'zh' })).toEqual([
      L(2.88, 2, 'yuan-trillion'),
    ]);
  });

  it('in English: the published unit when there is one, else million (or billion) tonnes, billion kWh …', () => {
    expect(inOneUnit(years)).toEqual([
      L(971, 0, 'tonnes-million'),
      L(1063, 0, 'tonnes-million'),
      L(1190, 0, 'tonnes-million'),
      L(1356.582, 3, 'tonnes-million'),
      L(1268.738, 3, 'tonnes-million'),
      L(1300, 0, 'tonnes-million'),
    ]);
    // every level at least one billion tonnes: billion tonnes
    expect(inOneUnit(years.slice(1))).toEqual([
      L(1.063, 3, 'tonnes-billion'),
      L(1.19, 2, 'tonnes-billion'),
      L(1.356582, 6, 'tonnes-billion'),
      L(1.268738, 6, 'tonnes-billion'),
      L(1.3, 1, 'tonnes-billion'),
    ]);
    // one published unit: as published, even one English readers rarely use
    expect(inOneUnit([years[3]!, years[4]!])).toEqual([years[3], years[4]]);
    expect(inOneUnit([L(4376.1, 1, 'kwh-100m'), L(9.6, 1, 'kwh-billion')])).toEqual([
      L(437.61, 2, 'kwh-billion'),
      L(9.6, 1, 'kwh-billion'),
    ]);
    expect(inOneUnit([L(-9.425, 3, 'yuan-billion'), L(1197.1, 1, 'yuan-100m')])).toEqual([
      L(-9.425, 3, 'yuan-billion'),
      L(119.71, 2, 'yuan-billion'),
    ]);
    expect(inOneUnit([L(145.9, 1, 'm3-100m'), L(8.15, 2, 'm3-billion')])).toEqual([
      L(14.59, 2, 'm3-billion'),
      L(8.15, 2, 'm3-billion'),
    ]);
  });

  it('converts each family on its own; rates and ranks as they are; frozen; defaults', () => {
    const out = inOneUnit([
      L(95.7, 1, 'tonnes-million'),
      { value: 23.9, unit: 'percent' } as never,
      L(4376.1, 1, 'kwh-100m'),
      L(13, 0, 'tonnes-100m'),
      L(9.6, 1, 'kwh-billion'),
      L(23, 0, 'rank'),
    ]);
    expect(out).toEqual([
      L(95.7, 1, 'tonnes-million'),
      L(23.9, 1, 'percent'),
      L(437.61, 2, 'kwh-billion'),
      L(1300, 0, 'tonnes-million'),
      L(9.6, 1, 'kwh-billion'),
      L(23, 0, 'rank'),
    ]);
    expect(Object.isFrozen(out) && out.every((o) => Object.isFrozen(o))).toBe(true);
    expect(inOneUnit([])).toEqual([]);
    expect(inOneUnit([{ value: 1.37, unit: 'tonnes-billion' }], { lang: 'zh' })).toEqual([
      L(13.7, 1, 'tonnes-100m'),
    ]);
  });

  it('is exact, and keeps every ratio: a bar drawn from it is proportional (property)', () => {
    const tonnes = LEVEL_UNITS.filter((u) => unitFamily(u) === 'tonnes');
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -1e9, max: 1e9 }),
            fc.integer({ min: 0, max: 5 }),
            fc.constantFrom(...tonnes),
          ),
          { minLength: 1, maxLength: 8 },
        ),
        fc.constantFrom('en' as const, 'zh' as const),
        (list, lang) => {
          const levels = list.map(([n, d, unit]) => ({
            value: Number(`${n}e-${d}`),
            decimals: d,
            unit,
          }));
          const out = inOneUnit(levels, { lang });
          expect(new Set(out.map((o) => o.unit)).size).toBe(1);
          out.forEach((o, i) => {
            const { value, decimals, unit } = levels[i]!;
            expect(o.value).toBe(convertLevel(value, unit, o.unit));
            expect(convertLevel(o.value, o.unit, unit)).toBe(value === 0 ? 0 : value);
            expect(o.decimals).toBe(Math.max(0, decimals + unitPower(o.unit) - unitPower(unit)));
          });
        },
      ),
    );
  });

  it('refuses what it cannot read, naming it', () => {
    expect(() => inOneUnit('x' as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: 'inOneUnit takes a list of levels; got "x".',
      }),
    );
    expect(() => inOneUnit([], { lang: 'fr' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: 'inOneUnit: lang takes "en" or "zh"; got "fr".',
      }),
    );
    expect(() => inOneUnit([], { unit: 'x' } as never)).toThrow(
      expect.objectContaining({
        code: 'INVALID_OPTION',
        message: 'inOneUnit: unknown option "unit"; accepted: lang.',
      }),
    );
    expect(() =>
      inOneUnit([L(1, 0, 'tonnes-10k'), { value: Number.NaN, unit: 'tonnes-10k' } as never]),
    ).toThrow(
      expect.objectContaining({
        code: 'NOT_A_NUMBER',
        message: 'inOneUnit: levels[1].value is not a finite number; got NaN.',
      }),
    );
    expect(() => inOneUnit([null as never])).toThrow(code('INVALID_OBSERVATIONS'));
    expect(() => inOneUnit([L(1, 0, 'tonnes')])).toThrow(code('UNKNOWN_ID'));
    expect(() => inOneUnit([L(1, 1.5, 'tonnes-10k')])).toThrow(code('INVALID_DECIMALS'));
    // 15 decimals in 10,000 tonnes beside million tonnes would need 17 in million tonnes
    expect(() =>
      inOneUnit([L(0.000000000000001, 15, 'tonnes-10k'), L(1, 0, 'tonnes-million')]),
    ).toThrow(expect.objectContaining({ code: 'OUT_OF_RANGE' }));
  });
});

describe('coverage', () => {
  it('covers every observation exactly once', () => {
    const rows = coverage();
    expect(rows.reduce((n, r) => n + r.figures, 0)).toBe(observations.length);
    for (const r of rows) {
      expect(r.first).toBe(r.periods[0]);
      expect(r.last).toBe(r.periods.at(-1));
      expect(
        query({
          region: r.region,
          indicator: r.indicator,
          breakdown: r.breakdown,
          measure: r.measure,
          scope: r.scope,
        }).length,
      ).toBe(r.periods.length);
    }
  });
  it('docs/coverage.md is up to date', () => {
    expect(readFileSync(join(root, 'docs', 'coverage.md'), 'utf8')).toBe(coverageMarkdown());
  });
});
