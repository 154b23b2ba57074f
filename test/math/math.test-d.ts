/** Type tests of the maths helpers: overloads and argument types. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type AverageGrowthOptions,
  type AverageMethod,
  annualize,
  applyGrowth,
  averageGrowth,
  type Bounded,
  type BoundsOptions,
  baseFromGrowth,
  bounds,
  type ContributionOptions,
  compoundGrowth,
  contribution,
  contributionRate,
  fromIndex,
  growthRate,
  type Interval,
  impliedShare,
  percentagePointDifference,
  toIndex,
  twoYearAverage,
} from '../../src/math/index.js';

describe('return types', () => {
  it('plain helpers return numbers', () => {
    expectTypeOf(growthRate(110, 100)).toEqualTypeOf<number>();
    expectTypeOf(applyGrowth(100, 10)).toEqualTypeOf<number>();
    expectTypeOf(baseFromGrowth(110, 10)).toEqualTypeOf<number>();
    expectTypeOf(averageGrowth([1, 2])).toEqualTypeOf<number>();
    expectTypeOf(averageGrowth([1, 2], { method: 'arithmetic' })).toEqualTypeOf<number>();
    expectTypeOf(annualize(1, 12)).toEqualTypeOf<number>();
    expectTypeOf(toIndex(1)).toEqualTypeOf<number>();
    expectTypeOf(fromIndex(101)).toEqualTypeOf<number>();
    expectTypeOf(contributionRate(3, 6)).toEqualTypeOf<number>();
    expectTypeOf(bounds(23.9, 1)).toEqualTypeOf<Interval>();
  });

  it('derived helpers return a number without options and Bounded with { decimals }', () => {
    expectTypeOf(percentagePointDifference(18.2, 9.6)).toEqualTypeOf<number>();
    expectTypeOf(percentagePointDifference(18.2, 9.6, { decimals: 1 })).toEqualTypeOf<Bounded>();
    expectTypeOf(compoundGrowth([1, 2])).toEqualTypeOf<number>();
    expectTypeOf(compoundGrowth([1, 2], { decimals: 1 })).toEqualTypeOf<Bounded>();
    expectTypeOf(twoYearAverage(-8.4, 24.5)).toEqualTypeOf<number>();
    expectTypeOf(twoYearAverage(-8.4, 24.5, { decimals: 1 })).toEqualTypeOf<Bounded>();
    expectTypeOf(contribution(0.5, 23.9)).toEqualTypeOf<number>();
    expectTypeOf(contribution(0.5, 23.9, { decimals: 1 })).toEqualTypeOf<Bounded>();
    expectTypeOf(
      contribution(0.5, 23.9, { decimals: 1, shareDecimals: 2 }),
    ).toEqualTypeOf<Bounded>();
    expectTypeOf(impliedShare(23.9, 24.1, 23.8)).toEqualTypeOf<number>();
    expectTypeOf(impliedShare(23.9, 24.1, 23.8, { decimals: 1 })).toEqualTypeOf<Bounded>();
  });

  it('Bounded is readonly { estimate, low, high }', () => {
    expectTypeOf<Bounded>().toEqualTypeOf<{
      readonly estimate: number;
      readonly low: number;
      readonly high: number;
    }>();
    expectTypeOf<Interval>().toEqualTypeOf<{ readonly low: number; readonly high: number }>();
    expectTypeOf<BoundsOptions>().toEqualTypeOf<{
      readonly decimals: number | readonly number[];
    }>();
    expectTypeOf<BoundsOptions<readonly [number, number]>>().toEqualTypeOf<{
      readonly decimals: number | readonly [number, number];
    }>();
    expectTypeOf<ContributionOptions>().toExtend<BoundsOptions>();
    expectTypeOf<AverageMethod>().toEqualTypeOf<'geometric' | 'arithmetic'>();
    expectTypeOf<AverageGrowthOptions>().toEqualTypeOf<{ readonly method?: AverageMethod }>();
    const b = twoYearAverage(1, 2, { decimals: 1 });
    // @ts-expect-error the answer is readonly
    b.low = 0;
  });

  it('readonly and frozen lists are accepted', () => {
    const frozen: readonly number[] = Object.freeze([1, 2, 3]);
    expectTypeOf(compoundGrowth(frozen)).toEqualTypeOf<number>();
    expectTypeOf(averageGrowth(frozen)).toEqualTypeOf<number>();
    const options = { decimals: 1 } as const;
    expectTypeOf(compoundGrowth(frozen, options)).toEqualTypeOf<Bounded>();
    expectTypeOf(compoundGrowth(frozen, { decimals: frozen })).toEqualTypeOf<Bounded>();
    expectTypeOf(averageGrowth(frozen, { decimals: frozen })).toEqualTypeOf<Bounded>();
  });

  it('decimals as a list: one precision per figure, a tuple where the figures are fixed', () => {
    expectTypeOf(
      percentagePointDifference(14, 15.9, { decimals: [0, 1] }),
    ).toEqualTypeOf<Bounded>();
    const ds = [0, 1] as const;
    expectTypeOf(percentagePointDifference(14, 15.9, { decimals: ds })).toEqualTypeOf<Bounded>();
    expectTypeOf(twoYearAverage(-8, 24.5, { decimals: [0, 1] })).toEqualTypeOf<Bounded>();
    expectTypeOf(impliedShare(15.9, 14, 18.3, { decimals: [1, 0, 1] })).toEqualTypeOf<Bounded>();
    expectTypeOf(contribution(0.5, 10, { decimals: [1, 0] })).toEqualTypeOf<Bounded>();
    expectTypeOf(compoundGrowth([1, 2, 3], { decimals: [1, 0, 1] })).toEqualTypeOf<Bounded>();
    expectTypeOf(averageGrowth([1, 2], { decimals: 1 })).toEqualTypeOf<Bounded>();
    expectTypeOf(
      averageGrowth([1, 2], { method: 'arithmetic', decimals: [0, 1] }),
    ).toEqualTypeOf<Bounded>();
    // @ts-expect-error two figures, three precisions
    percentagePointDifference(14, 15.9, { decimals: [0, 1, 1] });
    // @ts-expect-error three figures, two precisions
    impliedShare(15.9, 14, 18.3, { decimals: [1, 0] });
    // @ts-expect-error a list of strings
    compoundGrowth([1, 2], { decimals: ['1', '1'] });
  });
});

describe('wrong arguments do not compile', () => {
  it('rejects non-numbers', () => {
    // @ts-expect-error a string is not a number
    growthRate('110', 100);
    // @ts-expect-error null is not a number
    applyGrowth(null, 10);
    // @ts-expect-error a missing argument
    baseFromGrowth(110);
    // @ts-expect-error rates must be a list
    compoundGrowth(1, 2);
    // @ts-expect-error a list of strings
    averageGrowth(['1', '2']);
    // @ts-expect-error bigint is not a number
    toIndex(1n);
  });

  it('rejects wrong options', () => {
    // @ts-expect-error decimals must be a number
    percentagePointDifference(1, 2, { decimals: '1' });
    // @ts-expect-error unknown option key
    twoYearAverage(1, 2, { decimals: 1, precision: 2 });
    // @ts-expect-error decimals is required in rounding-aware mode
    compoundGrowth([1, 2], {});
    // @ts-expect-error shareDecimals is only for contribution
    impliedShare(1, 2, 3, { decimals: 1, shareDecimals: 1 });
    // @ts-expect-error shareDecimals alone does not switch the mode
    contribution(0.5, 1, { shareDecimals: 1 });
    // @ts-expect-error exactOptionalPropertyTypes: undefined is not a value of shareDecimals
    contribution(0.5, 1, { decimals: 1, shareDecimals: undefined });
    // @ts-expect-error unknown method
    averageGrowth([1, 2], { method: 'median' });
    // @ts-expect-error averageGrowth's decimals is not a string
    averageGrowth([1, 2], { decimals: '1' });
    // @ts-expect-error growthRate takes no options
    growthRate(110, 100, { decimals: 1 });
    // @ts-expect-error bounds takes decimals as a number, not options
    bounds(23.9, { decimals: 1 });
  });
});
