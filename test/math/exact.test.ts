/**
 * Exact arithmetic (issue 13): every helper returns what a person computing with the decimal
 * inputs would get. Checked against an exact oracle (rationals on BigInt, test/math/_oracle.ts)
 * with fast-check over decimal inputs of up to 15 significant digits: exact equality when the
 * exact result has at most 15 significant digits, else within 1e-15 relative; roots (the
 * geometric averages, annualize over a fractional number of periods) only within 1e-15.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as math from '../../src/math/index.js';
import {
  add,
  cmp,
  dec,
  expectNear,
  expectRule,
  factor,
  int,
  mul,
  pow,
  type Q,
  div as qdiv,
  root,
  sub,
  tally,
} from './_oracle.js';

const runs = { numRuns: 800 };
let cases = 0;
const counted = <T>(p: T): T => {
  cases++;
  return p;
};

/** A decimal of 1 to 15 significant digits, 10^minExp to about 10^(maxExp + 15). */
const decimal = (minExp: number, maxExp: number, positive = false) =>
  fc
    .integer({ min: 1, max: 15 })
    .chain((d) =>
      fc.tuple(
        fc.bigInt({ min: positive ? 1n : 1n - 10n ** BigInt(d), max: 10n ** BigInt(d) - 1n }),
        fc.integer({ min: minExp, max: maxExp }),
      ),
    )
    .map(([m, e]) => Number(`${m}e${e}`));
/** A published-looking figure with one or two decimals. */
const published = fc.oneof(
  fc.integer({ min: -9999, max: 99999 }).map((n) => n / 10),
  fc.integer({ min: -9999, max: 99999 }).map((n) => n / 100),
);
const value = fc.oneof(published, decimal(-16, -1), decimal(-6, 3));
const level = fc.oneof(
  published.filter((x) => x > 0),
  decimal(-16, -1, true),
  decimal(-6, 3, true),
);
const rate = fc.oneof(published, decimal(-17, -13), decimal(-28, -15)).filter((r) => r > -100);
const d = fc.integer({ min: 0, max: 15 });
/** The half-unit 0.5 · 10^−d as a rational. */
const half = (k: number): Q => [5n, 10n ** BigInt(k + 1)];
/** ∏ (1 + rᵢ / 100). */
const prod = (rs: readonly Q[]): Q => rs.reduce((p, r) => mul(p, factor(r)), int(1));
const pct = (q: Q): Q => mul(sub(q, int(1)), int(100));

/** Runs `f`; when it throws a ShanxiIndustryError with one of `codes`, returns undefined. */
const attempt = <T>(f: () => T, codes: readonly string[]): T | undefined => {
  try {
    return f();
  } catch (e) {
    expect(codes).toContain((e as { code?: string }).code);
    return undefined;
  }
};

afterAll(() => {
  console.log(
    `exact arithmetic: ${cases} generated cases, ${tally.exact} exact checks, ${tally.bounded} 1e-15 checks`,
  );
  expect(cases).toBeGreaterThanOrEqual(10_000);
});

describe('the five examples of issue 13', () => {
  it('gives the decimal answers', () => {
    expect(math.growthRate(107.3, 100)).toBe(7.3);
    expect(math.growthRate(0.3, 0.1)).toBe(200);
    expect(math.compoundGrowth([10, 10])).toBe(21);
    expect(math.compoundGrowth([-8.4, 24.5])).toBe(14.042);
    expect(math.applyGrowth(100, 7.3)).toBe(107.3);
  });

  it('does not lose digits to cancellation', () => {
    expect(math.percentagePointDifference(1.0000000000001, 1)).toBe(1e-13);
    expect(math.growthRate(1.0000000000001, 1)).toBe(1e-11);
    expect(math.fromIndex(100.00000000000001)).toBe(1e-14);
    expect(math.twoYearAverage(0, 21)).toBe(10);
  });

  it('never returns -0 (issue 15)', () => {
    expect(Object.is(math.applyGrowth(-0, 5), 0)).toBe(true);
    expect(Object.is(math.percentagePointDifference(-0, 0), 0)).toBe(true);
    expect(Object.is(math.averageGrowth([-0, -0], { method: 'arithmetic' }), 0)).toBe(true);
    expect(Object.is(math.contributionRate(0, -5), 0)).toBe(true);
    expect(Object.is(math.contribution(0, -5), 0)).toBe(true);
    expect(Object.is(math.baseFromGrowth(-0, 5), 0)).toBe(true);
    expect(Object.is(math.bounds(-0.5, 0).high, 0)).toBe(true);
    expect(Object.is(math.annualize(-0, 0.5), 0)).toBe(true);
  });
});

describe('exact where the result is rational', () => {
  it('growthRate', () => {
    fc.assert(
      fc.property(value, level, (c, p) => {
        counted(0);
        const y = attempt(() => math.growthRate(c, p), ['OUT_OF_RANGE']);
        if (y !== undefined) expectRule(y, mul(qdiv(sub(dec(c), dec(p)), dec(p)), int(100)));
      }),
      runs,
    );
  });

  it('applyGrowth and baseFromGrowth', () => {
    fc.assert(
      fc.property(level, rate, (p, r) => {
        counted(0);
        expectRule(math.applyGrowth(p, r), mul(dec(p), factor(dec(r))), 'applyGrowth');
        expectRule(math.baseFromGrowth(p, r), qdiv(dec(p), factor(dec(r))), 'baseFromGrowth');
      }),
      runs,
    );
  });

  it('percentagePointDifference, plain and with { decimals }', () => {
    fc.assert(
      fc.property(value, value, d, (a, b, k) => {
        counted(0);
        const g = sub(dec(a), dec(b));
        expectRule(math.percentagePointDifference(a, b), g);
        const r = math.percentagePointDifference(a, b, { decimals: k });
        expectRule(r.estimate, g);
        expectRule(r.low, sub(g, mul(half(k), int(2))), 'low');
        expectRule(r.high, add(g, mul(half(k), int(2))), 'high');
      }),
      runs,
    );
  });

  it('compoundGrowth, plain and with { decimals }', () => {
    fc.assert(
      fc.property(fc.array(rate, { minLength: 1, maxLength: 5 }), d, (rates, k) => {
        counted(0);
        const qs = rates.map(dec);
        expectRule(math.compoundGrowth(rates), pct(prod(qs)));
        const r = attempt(
          () => math.compoundGrowth(rates, { decimals: k }),
          ['FACTOR_NOT_POSITIVE'],
        );
        if (r === undefined) return;
        expectRule(r.low, pct(prod(qs.map((q) => sub(q, half(k))))), 'low');
        expectRule(r.high, pct(prod(qs.map((q) => add(q, half(k))))), 'high');
      }),
      runs,
    );
  });

  it('averageGrowth, arithmetic', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (rates) => {
        counted(0);
        const sum = rates.map(dec).reduce(add, int(0));
        expectRule(
          math.averageGrowth(rates, { method: 'arithmetic' }),
          qdiv(sum, int(rates.length)),
        );
      }),
      runs,
    );
  });

  it('annualize over a whole number of periods', () => {
    fc.assert(
      fc.property(rate, fc.integer({ min: 1, max: 12 }), (r, n) => {
        counted(0);
        const y = attempt(() => math.annualize(r, n), ['OUT_OF_RANGE']);
        if (y !== undefined) expectRule(y, pct(pow(factor(dec(r)), n)));
      }),
      runs,
    );
  });

  it('toIndex and fromIndex', () => {
    fc.assert(
      fc.property(rate, level, (r, i) => {
        counted(0);
        expectRule(math.toIndex(r), add(dec(r), int(100)), 'toIndex');
        expectRule(math.fromIndex(i), sub(dec(i), int(100)), 'fromIndex');
      }),
      runs,
    );
  });

  it('contribution, plain and with { decimals, shareDecimals }', () => {
    const share = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      decimal(-15, -1, true).filter((s) => s <= 1),
    );
    fc.assert(
      fc.property(share, value, d, d, (s, r, k, sk) => {
        counted(0);
        const e = mul(dec(s), dec(r));
        expectRule(math.contribution(s, r), e);
        const b = math.contribution(s, r, { decimals: k, shareDecimals: sk });
        expectRule(b.estimate, e);
        const clamp = (q: Q): Q => (cmp(q, int(0)) < 0 ? int(0) : cmp(q, int(1)) > 0 ? int(1) : q);
        const ss = [clamp(sub(dec(s), half(sk))), clamp(add(dec(s), half(sk)))];
        const rs = [sub(dec(r), half(k)), add(dec(r), half(k))];
        const corners = ss.flatMap((x) => rs.map((y) => mul(x, y)));
        const lo = corners.reduce((m, c) => (cmp(c, m) < 0 ? c : m));
        const hi = corners.reduce((m, c) => (cmp(c, m) > 0 ? c : m));
        expectRule(b.low, lo, 'low');
        expectRule(b.high, hi, 'high');
      }),
      runs,
    );
  });

  it('contributionRate', () => {
    fc.assert(
      fc.property(value, value, (p, t) => {
        counted(0);
        const y = attempt(() => math.contributionRate(p, t), ['ZERO_BASE', 'OUT_OF_RANGE']);
        if (y !== undefined) expectRule(y, mul(qdiv(dec(p), dec(t)), int(100)));
      }),
      runs,
    );
  });

  it('impliedShare, plain and with { decimals }', () => {
    fc.assert(
      fc.property(published, published, published, fc.integer({ min: 0, max: 3 }), (t, a, b, k) => {
        counted(0);
        const codes = ['ZERO_BASE', 'OUT_OF_RANGE', 'UNBOUNDED'];
        const share = (x: Q, y: Q, z: Q): Q => qdiv(sub(x, z), sub(y, z));
        const y = attempt(() => math.impliedShare(t, a, b), codes);
        if (y !== undefined) expectRule(y, share(dec(t), dec(a), dec(b)));
        const r = attempt(() => math.impliedShare(t, a, b, { decimals: k }), codes);
        if (r === undefined) return;
        expectRule(r.estimate, share(dec(t), dec(a), dec(b)));
        const ends = (x: number): Q[] => [sub(dec(x), half(k)), add(dec(x), half(k))];
        const corners = ends(t).flatMap((x) =>
          ends(a).flatMap((y) => ends(b).map((z) => share(x, y, z))),
        );
        expectRule(
          r.low,
          corners.reduce((m, c) => (cmp(c, m) < 0 ? c : m)),
          'low',
        );
        expectRule(
          r.high,
          corners.reduce((m, c) => (cmp(c, m) > 0 ? c : m)),
          'high',
        );
      }),
      runs,
    );
  });

  it('bounds', () => {
    fc.assert(
      fc.property(value, d, (x, k) => {
        counted(0);
        const b = math.bounds(x, k);
        expectRule(b.low, sub(dec(x), half(k)), 'low');
        expectRule(b.high, add(dec(x), half(k)), 'high');
      }),
      runs,
    );
  });
});

describe('within 1e-15 relative where the result is a root', () => {
  /** 100 (P^(1/n) − 1) to 60 places, and its error bound. */
  const mean = (p: Q, n: number): [Q, Q] => {
    const [q, err] = root(p, n);
    return [pct(q), mul(err, int(100))];
  };

  it('twoYearAverage, plain and with { decimals }', () => {
    fc.assert(
      fc.property(rate, rate, fc.integer({ min: 0, max: 3 }), (p, r, k) => {
        counted(0);
        const qp = dec(p);
        const qr = dec(r);
        expectNear(math.twoYearAverage(p, r), ...withWhat(mean(prod([qp, qr]), 2)));
        const b = attempt(
          () => math.twoYearAverage(p, r, { decimals: k }),
          ['FACTOR_NOT_POSITIVE'],
        );
        if (b === undefined) return;
        const h = half(k);
        expectNear(b.low, ...withWhat(mean(prod([sub(qp, h), sub(qr, h)]), 2), 'low'));
        expectNear(b.high, ...withWhat(mean(prod([add(qp, h), add(qr, h)]), 2), 'high'));
      }),
      runs,
    );
  });

  it('averageGrowth, geometric', () => {
    fc.assert(
      fc.property(fc.array(rate, { minLength: 1, maxLength: 5 }), (rates) => {
        counted(0);
        const [q, err] = mean(prod(rates.map(dec)), rates.length);
        expectNear(math.averageGrowth(rates), q, 'averageGrowth', err);
      }),
      runs,
    );
  });

  it('annualize over a fractional number of periods', () => {
    fc.assert(
      fc.property(
        fc.oneof(published, decimal(-16, -13)).filter((r) => r > -60 && r < 200),
        fc.integer({ min: 1, max: 60 }).filter((a) => a % 10 !== 0),
        (r, a) => {
          counted(0);
          const [q, err] = root(pow(factor(dec(r)), a), 10);
          expectNear(math.annualize(r, a / 10), pct(q), 'annualize', mul(err, int(100)));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('mixed precisions: decimals as a list, one per figure, against the oracle', () => {
  /** Every combination of the ends xᵢ ∓ 0.5 · 10^−dᵢ (the corners of the box of inputs). */
  const corners = (xs: readonly number[], ds: readonly number[]): Q[][] =>
    xs.reduce<Q[][]>(
      (acc, x, i) =>
        acc.flatMap((c) => [
          [...c, sub(dec(x), half(ds[i] as number))],
          [...c, add(dec(x), half(ds[i] as number))],
        ]),
      [[]],
    );
  const least = (qs: readonly Q[]): Q => qs.reduce((m, c) => (cmp(c, m) < 0 ? c : m));
  const most = (qs: readonly Q[]): Q => qs.reduce((m, c) => (cmp(c, m) > 0 ? c : m));
  /** A list of `n` precisions, 0 to `max`. */
  const precs = (n: number, max = 15) =>
    fc.array(fc.integer({ min: 0, max }), { minLength: n, maxLength: n });

  it('percentagePointDifference: the least and greatest a − b over every combination', () => {
    fc.assert(
      fc.property(value, value, precs(2), (a, b, ds) => {
        counted(0);
        const r = math.percentagePointDifference(a, b, { decimals: ds as [number, number] });
        const gaps = corners([a, b], ds).map(([x, y]) => sub(x as Q, y as Q));
        expectRule(r.estimate, sub(dec(a), dec(b)));
        expectRule(r.low, least(gaps), 'low');
        expectRule(r.high, most(gaps), 'high');
        expect(Object.isFrozen(r)).toBe(true);
      }),
      runs,
    );
  });

  it('compoundGrowth: the least and greatest compound growth over every combination', () => {
    fc.assert(
      fc.property(
        fc
          .array(rate, { minLength: 1, maxLength: 5 })
          .chain((rs) => fc.tuple(fc.constant(rs), precs(rs.length))),
        ([rates, ds]) => {
          counted(0);
          const r = attempt(
            () => math.compoundGrowth(rates, { decimals: ds }),
            ['FACTOR_NOT_POSITIVE'],
          );
          const growths = corners(rates, ds).map((c) => pct(prod(c)));
          if (r === undefined) {
            // refused only when some combination has a factor of zero or less
            expect(corners(rates, ds).some((c) => c.some((q) => cmp(factor(q), int(0)) <= 0))).toBe(
              true,
            );
            return;
          }
          expectRule(r.estimate, pct(prod(rates.map(dec))));
          expectRule(r.low, least(growths), 'low');
          expectRule(r.high, most(growths), 'high');
        },
      ),
      runs,
    );
  });

  it('averageGrowth, arithmetic: exact extremes over every combination', () => {
    fc.assert(
      fc.property(
        fc
          .array(value, { minLength: 1, maxLength: 5 })
          .chain((rs) => fc.tuple(fc.constant(rs), precs(rs.length))),
        ([rates, ds]) => {
          counted(0);
          const r = math.averageGrowth(rates, { method: 'arithmetic', decimals: ds });
          const n = int(rates.length);
          const means = corners(rates, ds).map((c) => qdiv(c.reduce(add, int(0)), n));
          expectRule(r.estimate, qdiv(rates.map(dec).reduce(add, int(0)), n));
          expectRule(r.low, least(means), 'low');
          expectRule(r.high, most(means), 'high');
        },
      ),
      runs,
    );
  });

  /** 100 (P^(1/n) − 1) to 60 places, and its error bound, spread for expectNear. */
  const rootOf = (p: Q, n: number, what: string): [Q, string, Q] => {
    const [q, err] = root(p, n);
    return [pct(q), what, mul(err, int(100))];
  };

  it('averageGrowth, geometric, and twoYearAverage: within 1e-15 of the extremes over every combination', () => {
    fc.assert(
      fc.property(
        fc
          .array(rate, { minLength: 1, maxLength: 4 })
          .chain((rs) => fc.tuple(fc.constant(rs), precs(rs.length, 6))),
        ([rates, ds]) => {
          counted(0);
          const r = attempt(
            () => math.averageGrowth(rates, { decimals: ds }),
            ['FACTOR_NOT_POSITIVE'],
          );
          if (r === undefined) return;
          // the average rises with the product of the factors
          const products = corners(rates, ds).map(prod);
          const n = rates.length;
          expectNear(r.low, ...rootOf(least(products), n, 'low'));
          expectNear(r.high, ...rootOf(most(products), n, 'high'));
          if (n !== 2) return;
          const t = math.twoYearAverage(rates[0] as number, rates[1] as number, {
            decimals: ds as [number, number],
          });
          expectNear(t.low, ...rootOf(least(products), 2, 'twoYearAverage low'));
          expectNear(t.high, ...rootOf(most(products), 2, 'twoYearAverage high'));
          expect(t).toEqual(r);
        },
      ),
      runs,
    );
  });

  it("contribution: [the share's, the rate's], the share cut to 0–1", () => {
    const share = fc.oneof(
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      decimal(-15, -1, true).filter((x) => x <= 1),
    );
    const clamp = (q: Q): Q => (cmp(q, int(0)) < 0 ? int(0) : cmp(q, int(1)) > 0 ? int(1) : q);
    fc.assert(
      fc.property(share, value, precs(2), (x, r, ds) => {
        counted(0);
        const b = math.contribution(x, r, { decimals: ds as [number, number] });
        const pulls = corners([x, r], ds).map(([s, y]) => mul(clamp(s as Q), y as Q));
        expectRule(b.estimate, mul(dec(x), dec(r)));
        expectRule(b.low, least(pulls), 'low');
        expectRule(b.high, most(pulls), 'high');
        // the same as decimals: the rate's, shareDecimals: the share's
        expect(
          math.contribution(x, r, { decimals: ds[1] as number, shareDecimals: ds[0] as number }),
        ).toEqual(b);
      }),
      runs,
    );
  });

  it("impliedShare: [total's, partA's, partB's]; unbounded or out of range exactly when the oracle says so", () => {
    fc.assert(
      fc.property(published, published, published, precs(3, 3), (t, a, b, ds) => {
        counted(0);
        const options = { decimals: ds as [number, number, number] };
        let r: math.Bounded | undefined;
        let code: string | undefined;
        try {
          r = math.impliedShare(t, a, b, options);
        } catch (e) {
          code = (e as { code?: string }).code;
        }
        // a − b can be 0 within rounding exactly when |a − b| ≤ ha + hb
        const apart = sub(dec(a), dec(b));
        const slack = add(half(ds[1] as number), half(ds[2] as number));
        const abs = cmp(apart, int(0)) < 0 ? mul(apart, int(-1)) : apart;
        if (cmp(abs, slack) <= 0) {
          expect(code).toBe('UNBOUNDED');
          return;
        }
        const shares = corners([t, a, b], ds).map(([x, y, z]) =>
          qdiv(sub(x as Q, z as Q), sub(y as Q, z as Q)),
        );
        const lo = least(shares);
        const hi = most(shares);
        if (cmp(hi, int(0)) < 0 || cmp(lo, int(1)) > 0) {
          expect(code).toBe('OUT_OF_RANGE');
          return;
        }
        expect(code).toBeUndefined();
        expectRule((r as math.Bounded).estimate, qdiv(sub(dec(t), dec(b)), apart));
        expectRule((r as math.Bounded).low, lo, 'low');
        expectRule((r as math.Bounded).high, hi, 'high');
      }),
      runs,
    );
  });

  it('one number is the same as a list of it for every figure', () => {
    fc.assert(
      fc.property(published, published, published, d, (x, y, z, k) => {
        counted(0);
        const same = <T>(f: (o: unknown) => T, n: number) => {
          const one = attempt(
            () => f({ decimals: k }),
            ['FACTOR_NOT_POSITIVE', 'UNBOUNDED', 'OUT_OF_RANGE'],
          );
          const list = attempt(
            () => f({ decimals: Array(n).fill(k) }),
            ['FACTOR_NOT_POSITIVE', 'UNBOUNDED', 'OUT_OF_RANGE'],
          );
          expect(list).toEqual(one);
        };
        const c =
          (fn: unknown, ...a: unknown[]) =>
          (o: unknown) =>
            (fn as (...v: unknown[]) => unknown)(...a, o);
        same(c(math.percentagePointDifference, x, y), 2);
        same(c(math.compoundGrowth, [x, y, z]), 3);
        same(c(math.averageGrowth, [x, y, z]), 3);
        same(c(math.twoYearAverage, x, y), 2);
        same(c(math.impliedShare, x, y, z), 3);
      }),
      { numRuns: 300 },
    );
  });
});

/** Spreads a [value, error] pair into expectNear's arguments. */
function withWhat([q, err]: [Q, Q], what = 'estimate'): [Q, string, Q] {
  return [q, what, err];
}
