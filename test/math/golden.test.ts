/**
 * Golden values from the shipped data (`data/<region>/facts.tsv`, read at test time) and from
 * the worked examples of METHODS.md. No figure is typed here that is not in those files.
 */
import { describe, expect, it } from 'vitest';
import { compareSectors } from '../../src/compare/index.js';
import {
  bounds,
  contribution,
  contributionRate,
  growthRate,
  impliedShare,
  percentagePointDifference,
  twoYearAverage,
} from '../../src/math/index.js';
import { type Fact, readTable, roundHalfAway, row, value } from './_helpers.js';

const china = readTable('china', 'facts');
const shanxi = readTable('shanxi', 'facts');

/** Number of decimals of a value as published ("13" has 0, "6.8" has 1). */
const decimalsOf = (f: Fact): number => (f.value?.split('.')[1] ?? '').length;

/**
 * Every key (region, indicator, breakdown, months) with a 2020 yoy, a 2021 yoy and a 2021
 * two-year average, with all the rows of each (several sources may give the same figure).
 */
function twoYearKeys(facts: readonly Fact[]) {
  const byKey = new Map<string, Fact[]>();
  for (const f of facts) {
    if (f.unit !== 'percent') continue;
    const year = f.period?.slice(0, 4) ?? '';
    const months = f.period?.replaceAll(year, 'YYYY');
    const key = [f.measure, year, f.region, f.indicator, f.breakdown, months].join('|');
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  const out: { key: string; y2020: Fact[]; y2021: Fact[]; avg: Fact[] }[] = [];
  for (const [key, avg] of byKey) {
    if (!key.startsWith('two-year-average|2021|')) continue;
    const rest = key.slice('two-year-average|2021|'.length);
    const y2020 = byKey.get(`yoy|2020|${rest}`);
    const y2021 = byKey.get(`yoy|2021|${rest}`);
    if (y2020 && y2021) out.push({ key: rest, y2020, y2021, avg });
  }
  return out;
}

describe('two-year average of 2021 rebuilt from the stored yoy pairs (METHODS.md §3)', () => {
  it('reproduces the official China Q1 2021 figure from rows c0180, c0012 and c0013', () => {
    const p = row(china, 'c0180');
    const r = row(china, 'c0012');
    const published = row(china, 'c0013');
    expect([p.period, r.period, published.period]).toEqual([
      '2020-01/2020-03',
      '2021-01/2021-03',
      '2021-01/2021-03',
    ]);
    expect([p.measure, r.measure, published.measure]).toEqual(['yoy', 'yoy', 'two-year-average']);
    const rebuilt = twoYearAverage(value(p), value(r));
    expect(roundHalfAway(rebuilt, 1)).toBe(value(published));
    const b = twoYearAverage(value(p), value(r), { decimals: 1 });
    expect(b.low).toBeLessThanOrEqual(value(published));
    expect(b.high).toBeGreaterThanOrEqual(value(published));
  });

  for (const [region, facts] of [
    ['china', china],
    ['shanxi', shanxi],
  ] as const) {
    const keys = twoYearKeys(facts);

    it(`${region}: every key with a 2020 yoy, a 2021 yoy and a 2021 average matches`, () => {
      const mismatches: string[] = [];
      let rounds = 0;
      let within = 0;
      for (const { key, y2020, y2021, avg } of keys) {
        let keyRounds = true;
        let keyWithin = true;
        for (const p of y2020)
          for (const r of y2021)
            for (const a of avg) {
              const estimate = twoYearAverage(value(p), value(r));
              const b = twoYearAverage(value(p), value(r), { decimals: 1 });
              const published = bounds(value(a), decimalsOf(a));
              const ok1 = roundHalfAway(estimate, decimalsOf(a)) === value(a);
              // Consistent within rounding: the rebuilt interval meets the published one.
              const ok2 = b.low <= published.high && b.high >= published.low;
              keyRounds &&= ok1;
              keyWithin &&= ok2;
              if (!ok1 && !ok2)
                mismatches.push(`${key}: ${p.id} ${r.id} → ${estimate}, published ${a.id}`);
            }
        if (keyRounds) rounds++;
        if (keyWithin) within++;
      }
      // Shown in the test output: how many keys were checked and how many match.
      console.info(
        `${region}: ${keys.length} keys; ${rounds} round to the published average, ${within} within the { decimals: 1 } bounds`,
      );
      expect(mismatches).toEqual([]);
      expect(keys.length).toBeGreaterThan(0);
    });
  }

  it('checks 27 China keys and 1 Shanxi key (coverage of the golden set)', () => {
    expect(twoYearKeys(china)).toHaveLength(27);
    expect(twoYearKeys(shanxi)).toHaveLength(1);
  });
});

describe('pull and contribution rate, METHODS.md §4 worked example', () => {
  // Whole: 6341 now, 4888 a year earlier; part: 3433 now, 2556 a year earlier (METHODS.md §4).
  const total = growthRate(6341, 4888);
  const part = growthRate(3433, 2556);
  const shareOfBase = 2556 / 4888;

  it('gives the whole a growth of 29.73 % and the part 34.31 %', () => {
    expect(total.toFixed(2)).toBe('29.73');
    expect(part.toFixed(2)).toBe('34.31');
  });

  it('gives a pull of 17.94 points (the source shows 17.9)', () => {
    const pull = contribution(shareOfBase, part);
    expect(pull.toFixed(2)).toBe('17.94');
    expect(pull.toFixed(1)).toBe('17.9');
    // The pull is the part's increase over the whole's base.
    expect(pull).toBeCloseTo(((3433 - 2556) / 4888) * 100, 12);
  });

  it('gives a contribution rate of 60.36 % (the source shows 60.4)', () => {
    const rate = contributionRate(contribution(shareOfBase, part), total);
    expect(rate.toFixed(2)).toBe('60.36');
    expect(rate.toFixed(1)).toBe('60.4');
    expect(rate).toBeCloseTo(((3433 - 2556) / (6341 - 4888)) * 100, 12);
    // Cross-check: contribution rate × whole's growth = pull.
    expect((rate * total) / 100).toBeCloseTo(contribution(shareOfBase, part), 12);
  });
});

describe('percent versus percentage point, METHODS.md §5 (rows c0124, c0114, claim ck017)', () => {
  const highTech = row(china, 'c0124');
  const all = row(china, 'c0114');

  it('uses the stored 2021 rows', () => {
    expect([highTech.breakdown, highTech.period, highTech.measure]).toEqual([
      'sector:high-tech-manufacturing',
      '2021',
      'yoy',
    ]);
    expect([all.breakdown, all.period, all.measure]).toEqual(['total', '2021', 'yoy']);
  });

  it('gives the published gap of 8.6 points, exactly', () => {
    const claim = row(readTable('china', 'claims'), 'ck017');
    const gap = percentagePointDifference(value(highTech), value(all));
    expect(gap).toBe(Number(claim.pp));
    expect(gap).toBe(8.6);
    expect(percentagePointDifference(value(highTech), value(all), { decimals: 1 })).toEqual({
      estimate: 8.6,
      low: 8.5,
      high: 8.7,
    });
  });

  it('is not the relative reading, which would be 89.6 %', () => {
    expect(roundHalfAway(growthRate(value(highTech), value(all)), 1)).toBe(89.6);
  });
});

describe('implied base-period share of coal in Shanxi, Q1 2021 (rows f0159, f0160, f0163)', () => {
  const total = row(shanxi, 'f0159');
  const coal = row(shanxi, 'f0160');
  const nonCoal = row(shanxi, 'f0163');

  it('uses the stored rows', () => {
    expect([total.breakdown, coal.breakdown, nonCoal.breakdown]).toEqual([
      'total',
      'sector:coal',
      'sector:non-coal',
    ]);
    for (const f of [total, coal, nonCoal]) expect(f.period).toBe('2021-01/2021-03');
  });

  it('is one third', () => {
    expect(impliedShare(value(total), value(coal), value(nonCoal))).toBe(1 / 3);
  });

  it('is anywhere from 0 to two thirds given rounding to 0.1 (DESIGN.md)', () => {
    expect(impliedShare(value(total), value(coal), value(nonCoal), { decimals: 1 })).toEqual({
      estimate: 1 / 3,
      low: 0,
      high: 2 / 3,
    });
  });

  it('has its extremes at consistent inputs: 0 at total = non-coal, 2/3 at the corner', () => {
    const t = bounds(value(total), 1);
    const a = bounds(value(coal), 1);
    const b = bounds(value(nonCoal), 1);
    // low: total at its low end equals non-coal at its high end (23.85).
    expect(t.low).toBe(b.high);
    // high: (23.95 − 23.75) / (24.05 − 23.75) = 0.2 / 0.3.
    expect((t.high - b.low) / (a.low - b.low)).toBeCloseTo(2 / 3, 12);
  });
});

describe('figures published with different decimals, Shanxi H1 2021 (rows f0165, f0168, f0171)', () => {
  const total = row(shanxi, 'f0165');
  const coal = row(shanxi, 'f0168');
  const nonCoal = row(shanxi, 'f0171');

  it('uses the stored rows: coal published as 14 (0 decimals), the others with 1', () => {
    for (const f of [total, coal, nonCoal]) expect(f.period).toBe('2021-01/2021-06');
    expect([total.breakdown, coal.breakdown, nonCoal.breakdown]).toEqual([
      'total',
      'sector:coal',
      'sector:non-coal',
    ]);
    expect([total.value, coal.value, nonCoal.value]).toEqual(['15.9', '14', '18.3']);
  });

  it("gives coal's gap to the total as −2.45 to −1.35 points: 14 stands for 13.5–14.5", () => {
    const ds = [decimalsOf(coal), decimalsOf(total)] as [number, number];
    expect(ds).toEqual([0, 1]);
    expect(percentagePointDifference(value(coal), value(total), { decimals: ds })).toEqual({
      estimate: -1.9,
      low: -2.45,
      high: -1.35,
    });
    // one precision for both understates the range: 14 read as 13.95–14.05
    expect(percentagePointDifference(value(coal), value(total), { decimals: 1 })).toEqual({
      estimate: -1.9,
      low: -2,
      high: -1.8,
    });
  });

  it("matches compareSectors' gap interval for every sector of the period (decimals: true)", () => {
    const rows = compareSectors({
      period: '2021-H1',
      sectors: ['sector:coal', 'sector:non-coal'],
      decimals: true,
    });
    expect(rows.length).toBe(2);
    for (const r of rows) {
      const b = percentagePointDifference(r.value, value(total), {
        decimals: [r.decimals, decimalsOf(total)],
      });
      expect([b.estimate, b.low, b.high]).toEqual([r.gapToTotal, r.gapLow, r.gapHigh]);
    }
  });

  it("gives coal's implied base-period share as 0.484 to 0.649 (one precision for all: 0.535 to 0.581)", () => {
    const args = [value(total), value(coal), value(nonCoal)] as const;
    const ds = [decimalsOf(total), decimalsOf(coal), decimalsOf(nonCoal)] as [
      number,
      number,
      number,
    ];
    expect(impliedShare(...args, { decimals: ds })).toEqual({
      estimate: 24 / 43,
      low: 46 / 95,
      high: 50 / 77,
    });
    expect(impliedShare(...args, { decimals: 1 })).toEqual({
      estimate: 24 / 43,
      low: 23 / 43,
      high: 25 / 43,
    });
  });
});
