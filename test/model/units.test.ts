import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageMarkdown } from '../../scripts/coverage-doc.js';
import { observations } from '../../src/data/observations.js';
import { convertLevel, inUnit, unitFamily } from '../../src/model/units.js';
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
