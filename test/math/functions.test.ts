/** Behaviour of each maths helper on ordinary input. */
import { describe, expect, it } from 'vitest';
import {
  annualize,
  applyGrowth,
  averageGrowth,
  baseFromGrowth,
  bounds,
  compoundGrowth,
  contribution,
  contributionRate,
  fromIndex,
  growthRate,
  impliedShare,
  percentagePointDifference,
  toIndex,
  twoYearAverage,
} from '../../src/math/index.js';

describe('growthRate, applyGrowth, baseFromGrowth', () => {
  it('computes percent changes', () => {
    expect(growthRate(110, 100)).toBe(10);
    expect(growthRate(100, 100)).toBe(0);
    expect(Object.is(growthRate(100, 100), 0)).toBe(true);
    expect(growthRate(50, 100)).toBe(-50);
  });

  it('accepts a negative current level (a profit turning into a loss)', () => {
    expect(growthRate(-50, 100)).toBe(-150);
    expect(applyGrowth(100, -150)).toBe(-50);
  });

  it('applies and inverts a rate', () => {
    expect(applyGrowth(100, 10)).toBe(110);
    expect(applyGrowth(0, 10)).toBe(0);
    expect(baseFromGrowth(110, 10)).toBe(100);
    expect(baseFromGrowth(0, 10)).toBe(0);
  });
});

describe('percentagePointDifference', () => {
  it('subtracts published figures exactly in decimal', () => {
    expect(percentagePointDifference(24.1, 23.8)).toBe(0.3);
    expect(percentagePointDifference(0.3, 0.1)).toBe(0.2);
    expect(percentagePointDifference(-2.8, 1.5)).toBe(-4.3);
    expect(percentagePointDifference(7, 7)).toBe(0);
  });

  it('falls back to floating point for numbers that are not short decimals', () => {
    expect(percentagePointDifference(Math.PI, 1)).toBe(Math.PI - 1);
    expect(percentagePointDifference(1e300, -1e300)).toBe(2e300);
  });
});

describe('compoundGrowth, averageGrowth, twoYearAverage, annualize', () => {
  it('compounds', () => {
    expect(compoundGrowth([100, 50])).toBe(200);
    expect(compoundGrowth([10])).toBeCloseTo(10, 12);
    expect(compoundGrowth([-50, 100])).toBe(0);
  });

  it('averages geometrically by default, arithmetically on request', () => {
    expect(averageGrowth([300, 0])).toBe(100);
    expect(averageGrowth([300, 0], { method: 'geometric' })).toBe(100);
    expect(averageGrowth([300, 0], { method: 'arithmetic' })).toBe(150);
    expect(averageGrowth([300, 0], {})).toBe(100);
    expect(averageGrowth([-8.4, 24.5])).toBe(twoYearAverage(-8.4, 24.5));
  });

  it('averages long runs whose product leaves the range of doubles', () => {
    const big = Array.from({ length: 2000 }, () => 100);
    expect(averageGrowth(big)).toBeCloseTo(100, 9);
    const small = Array.from({ length: 2000 }, () => -99.9);
    expect(averageGrowth(small)).toBeCloseTo(-99.9, 9);
    expect(averageGrowth([1e308, 1e308], { method: 'arithmetic' })).toBe(1e308);
  });

  it('annualizes', () => {
    expect(annualize(25, 4)).toBe(144.140625);
    expect(annualize(10, 1)).toBeCloseTo(10, 12);
    expect(annualize(44, 0.5)).toBeCloseTo(20, 12);
  });
});

describe('toIndex, fromIndex', () => {
  it('converts exactly in decimal', () => {
    expect(toIndex(23.9)).toBe(123.9);
    expect(fromIndex(123.9)).toBe(23.9);
    expect(toIndex(-99.9)).toBe(0.1);
    expect(fromIndex(0.1)).toBe(-99.9);
    expect(toIndex(0)).toBe(100);
  });
});

describe('contribution, contributionRate, impliedShare', () => {
  it('computes pulls and contribution rates', () => {
    expect(contribution(0.5, 23.9)).toBe(11.95);
    expect(contribution(1, 7)).toBe(7);
    expect(Object.is(contribution(0, -5), 0)).toBe(true);
    expect(contributionRate(3, 6)).toBe(50);
    expect(contributionRate(9, 6)).toBe(150);
  });

  it('implies a share between 0 and 1, the ends included', () => {
    expect(impliedShare(24.1, 24.1, 23.8)).toBe(1);
    expect(impliedShare(23.8, 24.1, 23.8)).toBe(0);
    expect(impliedShare(-1, -2, 0)).toBe(0.5);
  });
});

describe('bounds', () => {
  it('gives the exact decimal ends of short decimals', () => {
    expect(bounds(23.9, 1)).toEqual({ low: 23.85, high: 23.95 });
    expect(bounds(2.8, 1)).toEqual({ low: 2.75, high: 2.85 });
    expect(bounds(-0.1, 1)).toEqual({ low: -0.15, high: -0.05 });
    expect(bounds(13, 0)).toEqual({ low: 12.5, high: 13.5 });
    expect(bounds(6.79, 2)).toEqual({ low: 6.785, high: 6.795 });
    expect(bounds(0, 15)).toEqual({ low: -5e-16, high: 5e-16 });
  });

  it('treats a value with more decimals than stated as value ± half a unit', () => {
    const b = bounds(23.94, 1);
    expect(b.low).toBeCloseTo(23.89, 12);
    expect(b.high).toBeCloseTo(23.99, 12);
  });
});

describe('rounding-aware mode', () => {
  it('percentagePointDifference adds both half-widths, exactly', () => {
    expect(percentagePointDifference(24.1, 23.8, { decimals: 1 })).toEqual({
      estimate: 0.3,
      low: 0.2,
      high: 0.4,
    });
    expect(percentagePointDifference(13, 6.4, { decimals: 1 })).toEqual({
      estimate: 6.6,
      low: 6.5,
      high: 6.7,
    });
    expect(percentagePointDifference(18.2, 9.6, { decimals: 0 })).toEqual({
      estimate: 8.6,
      low: 7.6,
      high: 9.6,
    });
  });

  it('compoundGrowth and twoYearAverage rise with every rate', () => {
    const c = compoundGrowth([-8.4, 24.5], { decimals: 1 });
    expect(c.estimate).toBe(compoundGrowth([-8.4, 24.5]));
    expect(c.low).toBe(compoundGrowth([-8.45, 24.45]));
    expect(c.high).toBe(compoundGrowth([-8.35, 24.55]));
    const t = twoYearAverage(-8.4, 24.5, { decimals: 1 });
    expect(t.estimate).toBe(twoYearAverage(-8.4, 24.5));
    expect(t.low).toBeCloseTo(twoYearAverage(-8.45, 24.45), 13);
    expect(t.high).toBeCloseTo(twoYearAverage(-8.35, 24.55), 13);
  });

  it('contribution takes the share as exact unless shareDecimals is given', () => {
    expect(contribution(0.5, 23.9, { decimals: 1 })).toEqual({
      estimate: 11.95,
      low: 11.925,
      high: 11.975,
    });
    const r = contribution(0.5, -10, { decimals: 0, shareDecimals: 1 });
    expect(r.estimate).toBe(-5);
    expect(r.low).toBeCloseTo(0.55 * -10.5, 12);
    expect(r.high).toBeCloseTo(0.45 * -9.5, 12);
  });

  it("contribution cuts the share's interval to 0–1", () => {
    expect(contribution(1, 10, { decimals: 0, shareDecimals: 1 })).toEqual({
      estimate: 10,
      low: 0.95 * 9.5,
      high: 10.5,
    });
    expect(contribution(0, 10, { decimals: 0, shareDecimals: 1 })).toEqual({
      estimate: 0,
      low: 0,
      high: 0.05 * 10.5,
    });
  });

  it('impliedShare reports the raw interval, not cut to 0–1', () => {
    expect(impliedShare(24.1, 24.1, 23.8, { decimals: 1 })).toEqual({
      estimate: 1,
      low: 2 / 3,
      high: 3 / 2,
    });
    // The estimate may lie outside 0–1 while the interval still meets it.
    const s = impliedShare(24.2, 24.1, 23.8, { decimals: 1 });
    expect(s.estimate).toBe(4 / 3);
    expect(s.low).toBe(1);
    expect(s.high).toBeGreaterThan(1);
  });

  it('a zero half-width (decimals 15) gives back the plain answer', () => {
    const r = percentagePointDifference(1, 0.5, { decimals: 15 });
    expect(r.estimate).toBe(0.5);
    expect(r.low).toBeCloseTo(0.5, 14);
    expect(r.high).toBeCloseTo(0.5, 14);
  });

  it('decimals as a list gives each figure its own half-width: the ends as plain answers', () => {
    // the ends are short decimals, so each extreme is the plain answer at the ends, exactly
    expect(percentagePointDifference(14, 15.9, { decimals: [0, 1] })).toEqual({
      estimate: percentagePointDifference(14, 15.9),
      low: percentagePointDifference(13.5, 15.95),
      high: percentagePointDifference(14.5, 15.85),
    });
    expect(compoundGrowth([100, 50], { decimals: [0, 1] })).toEqual({
      estimate: 200,
      low: compoundGrowth([99.5, 49.95]),
      high: compoundGrowth([100.5, 50.05]),
    });
    expect(twoYearAverage(-8, 24.5, { decimals: [0, 1] })).toEqual({
      estimate: twoYearAverage(-8, 24.5),
      low: twoYearAverage(-8.5, 24.45),
      high: twoYearAverage(-7.5, 24.55),
    });
    expect(impliedShare(15.9, 14, 18.3, { decimals: [1, 0, 1] })).toEqual({
      estimate: impliedShare(15.9, 14, 18.3),
      low: impliedShare(15.95, 13.5, 18.25),
      high: impliedShare(15.85, 14.5, 18.35),
    });
    // contribution: [the share's, the rate's] is the number form with shareDecimals
    expect(contribution(0.56, 14, { decimals: [2, 0] })).toEqual(
      contribution(0.56, 14, { decimals: 0, shareDecimals: 2 }),
    );
    expect(contribution(0.56, 14, { decimals: [2, 0] })).toEqual({
      estimate: 7.84,
      low: contribution(0.555, 13.5),
      high: contribution(0.565, 14.5),
    });
  });

  it('averageGrowth: rounding-aware by either method, a number without decimals', () => {
    expect(averageGrowth([300, 0], { method: 'arithmetic', decimals: 0 })).toEqual({
      estimate: 150,
      low: 149.5,
      high: 150.5,
    });
    expect(averageGrowth([6, 10], { method: 'arithmetic', decimals: [0, 1] })).toEqual({
      estimate: 8,
      low: averageGrowth([5.5, 9.95], { method: 'arithmetic' }),
      high: averageGrowth([6.5, 10.05], { method: 'arithmetic' }),
    });
    const g = averageGrowth([300, 0], { decimals: 0 });
    expect(g).toEqual({
      estimate: 100,
      low: averageGrowth([299.5, -0.5]),
      high: averageGrowth([300.5, 0.5]),
    });
    expect(g).toEqual(twoYearAverage(300, 0, { decimals: 0 }));
    const three = averageGrowth([6.2, 7.1, -3.4], { decimals: [1, 1, 0] });
    expect(three.low).toBeCloseTo(averageGrowth([6.15, 7.05, -3.9]), 13);
    expect(three.high).toBeCloseTo(averageGrowth([6.25, 7.15, -2.9]), 13);
    expect(averageGrowth([300, 0], { method: 'arithmetic', decimals: undefined } as never)).toBe(
      150,
    );
    // a product beyond 1e±300: through logarithms, at the ends
    const big = Array.from({ length: 2000 }, () => 100);
    const b = averageGrowth(big, { decimals: 0 });
    expect(b.low).toBeCloseTo(99.5, 9);
    expect(b.high).toBeCloseTo(100.5, 9);
    expect(Object.isFrozen(b)).toBe(true);
  });
});
