/** Property tests (fast-check) of the maths helpers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShanxiIndustryError } from '../../src/errors.js';
import * as math from '../../src/math/index.js';
import {
  applyGrowth,
  averageGrowth,
  type Bounded,
  baseFromGrowth,
  bounds,
  compoundGrowth,
  contribution,
  growthRate,
  impliedShare,
  percentagePointDifference,
  twoYearAverage,
} from '../../src/math/index.js';
import { close } from './_helpers.js';

const runs = { numRuns: 400 };

/** A growth rate above −100, in percent. */
const rate = fc.double({ min: -99, max: 1000, noNaN: true });
/** A positive level. */
const level = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
/** A published rate with one decimal, from −50.0 to 300.0 (short decimals such as 23.9). */
const published = fc.integer({ min: -500, max: 3000 }).map((n) => n / 10);
/** A point in [0, 1], to pick a consistent input inside an interval. */
const t01 = fc.double({ min: 0, max: 1, noNaN: true });
/** A value inside the interval `bounds(x, d)`. */
const inside = (x: number, d: number, t: number): number => {
  const { low, high } = bounds(x, d);
  return Math.min(high, Math.max(low, low + t * (high - low)));
};
/** Asserts low ≤ estimate ≤ high. */
const ordered = (b: Bounded): void => {
  expect(b.low).toBeLessThanOrEqual(b.estimate);
  expect(b.estimate).toBeLessThanOrEqual(b.high);
};
/** Asserts that v lies in [low, high] up to `tol` relative. */
const within = (v: number, b: Bounded, tol = 1e-12): void => {
  const slack = tol * Math.max(1, Math.abs(b.low), Math.abs(b.high));
  expect(v).toBeGreaterThanOrEqual(b.low - slack);
  expect(v).toBeLessThanOrEqual(b.high + slack);
};

describe('identities', () => {
  it('applyGrowth(p, growthRate(c, p)) gives back c', () => {
    fc.assert(
      fc.property(level, fc.double({ min: -1e9, max: 1e9, noNaN: true }), (p, c) => {
        const back = applyGrowth(p, growthRate(c, p));
        expect(Math.abs(back - c)).toBeLessThanOrEqual(1e-9 * Math.max(Math.abs(c), p));
      }),
      runs,
    );
  });

  it('baseFromGrowth(applyGrowth(p, r), r) gives back p', () => {
    fc.assert(
      fc.property(level, rate, (p, r) => {
        expect(close(baseFromGrowth(applyGrowth(p, r), r), p)).toBe(true);
      }),
      runs,
    );
  });

  it('growthRate(applyGrowth(p, r), p) gives back r', () => {
    fc.assert(
      fc.property(level, rate, (p, r) => {
        expect(close(growthRate(applyGrowth(p, r), p), r)).toBe(true);
      }),
      runs,
    );
  });
});

describe('compounding and averaging', () => {
  const rates = fc.array(fc.double({ min: -50, max: 200, noNaN: true }), {
    minLength: 1,
    maxLength: 8,
  });
  const factorClose = (x: number, y: number): boolean => close(1 + x / 100, 1 + y / 100);

  it('is associative: compound([compound(a), compound(b)]) = compound(a ++ b)', () => {
    fc.assert(
      fc.property(rates, rates, (a, b) => {
        const nested = compoundGrowth([compoundGrowth(a), compoundGrowth(b)]);
        expect(factorClose(nested, compoundGrowth([...a, ...b]))).toBe(true);
      }),
      runs,
    );
  });

  it('the average of a constant list is that constant, by either method', () => {
    fc.assert(
      fc.property(rate, fc.integer({ min: 1, max: 60 }), (c, n) => {
        const list = Array.from({ length: n }, () => c);
        expect(close(averageGrowth(list), c)).toBe(true);
        expect(close(averageGrowth(list, { method: 'arithmetic' }), c)).toBe(true);
      }),
      runs,
    );
  });

  it('the geometric average is never above the arithmetic one', () => {
    fc.assert(
      fc.property(rates, (a) => {
        const g = averageGrowth(a);
        const m = averageGrowth(a, { method: 'arithmetic' });
        expect(g).toBeLessThanOrEqual(m + 1e-9 * Math.max(1, Math.abs(m)));
      }),
      runs,
    );
  });

  it('compounding the geometric average n times gives the compound growth', () => {
    fc.assert(
      fc.property(rates, (a) => {
        const g = averageGrowth(a);
        const again = compoundGrowth(a.map(() => g));
        expect(factorClose(again, compoundGrowth(a))).toBe(true);
      }),
      runs,
    );
  });

  it('twoYearAverage is the geometric average of the two rates', () => {
    fc.assert(
      fc.property(rate, rate, (p, r) => {
        expect(twoYearAverage(p, r)).toBe(averageGrowth([p, r]));
      }),
      runs,
    );
  });
});

describe('rounding-aware mode: low ≤ estimate ≤ high, and every consistent input lands inside', () => {
  it('percentagePointDifference', () => {
    fc.assert(
      fc.property(published, published, t01, t01, (a, b, s, t) => {
        const r = percentagePointDifference(a, b, { decimals: 1 });
        ordered(r);
        expect(r.estimate).toBe(percentagePointDifference(a, b));
        within(inside(a, 1, s) - inside(b, 1, t), r);
        // The extremes are attained at the corners (exact, not a loose sum).
        expect(close(r.low, bounds(a, 1).low - bounds(b, 1).high, 1e-12)).toBe(true);
        expect(close(r.high, bounds(a, 1).high - bounds(b, 1).low, 1e-12)).toBe(true);
      }),
      runs,
    );
  });

  it('compoundGrowth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(published, t01), { minLength: 1, maxLength: 6 }), (pairs) => {
        const rates = pairs.map(([r]) => r);
        const b = compoundGrowth(rates, { decimals: 1 });
        ordered(b);
        expect(b.estimate).toBe(compoundGrowth(rates));
        within(compoundGrowth(pairs.map(([r, t]) => inside(r, 1, t))), b);
        expect(b.low).toBe(compoundGrowth(rates.map((r) => bounds(r, 1).low)));
        expect(b.high).toBe(compoundGrowth(rates.map((r) => bounds(r, 1).high)));
      }),
      runs,
    );
  });

  it('twoYearAverage', () => {
    fc.assert(
      fc.property(published, published, t01, t01, (p, r, s, t) => {
        const b = twoYearAverage(p, r, { decimals: 1 });
        ordered(b);
        expect(b.estimate).toBe(twoYearAverage(p, r));
        within(twoYearAverage(inside(p, 1, s), inside(r, 1, t)), b);
        within(twoYearAverage(bounds(p, 1).low, bounds(r, 1).low), b);
        within(twoYearAverage(bounds(p, 1).high, bounds(r, 1).high), b);
      }),
      runs,
    );
  });

  it('contribution, share exact', () => {
    fc.assert(
      fc.property(t01, published, t01, (share, r, t) => {
        const b = contribution(share, r, { decimals: 1 });
        ordered(b);
        expect(b.estimate).toBe(contribution(share, r));
        within(contribution(share, inside(r, 1, t)), b, 0);
      }),
      runs,
    );
  });

  it('contribution, share rounded too', () => {
    const share = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
    fc.assert(
      fc.property(share, published, t01, t01, (s, r, u, t) => {
        const b = contribution(s, r, { decimals: 1, shareDecimals: 2 });
        ordered(b);
        const si = Math.min(1, Math.max(0, inside(s, 2, u)));
        within(contribution(si, inside(r, 1, t)), b);
      }),
      runs,
    );
  });

  it('impliedShare (raw interval; skipped when unbounded or outside 0–1)', () => {
    fc.assert(
      fc.property(published, published, published, t01, t01, t01, (total, a, b, x, y, z) => {
        let r: Bounded;
        try {
          r = impliedShare(total, a, b, { decimals: 1 });
        } catch (e) {
          expect(['UNBOUNDED', 'OUT_OF_RANGE', 'ZERO_BASE']).toContain(
            (e as ShanxiIndustryError).code,
          );
          return;
        }
        ordered(r);
        const ti = inside(total, 1, x);
        const ai = inside(a, 1, y);
        const bi = inside(b, 1, z);
        within((ti - bi) / (ai - bi), r, 1e-9);
        // low and high are the least and greatest values over the corners.
        const corners: number[] = [];
        for (const tc of Object.values(bounds(total, 1)))
          for (const ac of Object.values(bounds(a, 1)))
            for (const bc of Object.values(bounds(b, 1))) corners.push((tc - bc) / (ac - bc));
        expect(close(r.low, Math.min(...corners), 1e-9)).toBe(true);
        expect(close(r.high, Math.max(...corners), 1e-9)).toBe(true);
      }),
      runs,
    );
  });
});

describe('robustness', () => {
  const anyFinite = fc.double({ noNaN: true, noDefaultInfinity: true });
  const finiteResult = (v: unknown): void => {
    const xs = typeof v === 'number' ? [v] : Object.values(v as object);
    for (const x of xs) {
      expect(Number.isFinite(x)).toBe(true);
      expect(Object.is(x, -0), 'never -0').toBe(false);
    }
  };
  const tryAll = (f: () => unknown): void => {
    try {
      finiteResult(f());
    } catch (e) {
      expect(e).toBeInstanceOf(ShanxiIndustryError);
    }
  };

  it('returns only finite numbers, never -0 (or throws a ShanxiIndustryError), for any finite input', () => {
    fc.assert(
      fc.property(
        anyFinite,
        anyFinite,
        anyFinite,
        fc.integer({ min: 0, max: 15 }),
        (x, y, z, d) => {
          const o = { decimals: d };
          tryAll(() => math.growthRate(x, y));
          tryAll(() => math.applyGrowth(x, y));
          tryAll(() => math.baseFromGrowth(x, y));
          tryAll(() => math.percentagePointDifference(x, y));
          tryAll(() => math.percentagePointDifference(x, y, o));
          tryAll(() => math.compoundGrowth([x, y, z]));
          tryAll(() => math.compoundGrowth([x, y, z], o));
          tryAll(() => math.averageGrowth([x, y, z]));
          tryAll(() => math.averageGrowth([x, y, z], { method: 'arithmetic' }));
          tryAll(() => math.twoYearAverage(x, y));
          tryAll(() => math.twoYearAverage(x, y, o));
          tryAll(() => math.annualize(x, y));
          tryAll(() => math.toIndex(x));
          tryAll(() => math.fromIndex(x));
          tryAll(() => math.contribution(x, y));
          tryAll(() => math.contribution(x, y, { decimals: d, shareDecimals: d }));
          tryAll(() => math.contributionRate(x, y));
          tryAll(() => math.impliedShare(x, y, z));
          tryAll(() => math.impliedShare(x, y, z, o));
          tryAll(() => math.bounds(x, d));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never modifies its arguments (frozen lists and options work)', () => {
    fc.assert(
      fc.property(fc.array(published, { minLength: 1, maxLength: 6 }), (rates) => {
        const frozen = Object.freeze([...rates]);
        const options = Object.freeze({ decimals: 1 });
        const method = Object.freeze({ method: 'arithmetic' as const });
        compoundGrowth(frozen);
        compoundGrowth(frozen, options);
        averageGrowth(frozen, method);
        try {
          averageGrowth(frozen);
        } catch {
          // a rate of −100 or below has no geometric average
        }
        expect(frozen).toEqual(rates);
        expect(options).toEqual({ decimals: 1 });
        expect(method).toEqual({ method: 'arithmetic' });
      }),
      runs,
    );
    const cOptions = Object.freeze({ decimals: 1, shareDecimals: 2 });
    contribution(0.5, 23.9, cOptions);
    impliedShare(23.9, 24.1, 23.8, Object.freeze({ decimals: 1 }));
    expect(cOptions).toEqual({ decimals: 1, shareDecimals: 2 });
  });
});
