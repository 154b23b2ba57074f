import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod/mini';
import { type Breakdown, find, type Observation, query, series } from '../../src/index.js';
import { type ObservationSchema, parseObservations } from '../../src/schemas/index.js';

describe('types of the data model', () => {
  it('observations are readonly with literal unions', () => {
    expectTypeOf<Observation['region']>().toEqualTypeOf<'shanxi' | 'china'>();
    expectTypeOf<Observation['measure']>().toEqualTypeOf<
      | 'yoy'
      | 'level'
      | 'two-year-average'
      | 'share-of-total'
      | 'share-of-china'
      | 'contribution-rate'
      | 'national-rank'
    >();
    expectTypeOf<'sector:coal'>().toExtend<Breakdown>();
    expectTypeOf<'sector:nope'>().not.toExtend<Breakdown>();
    expectTypeOf<'product:raw-coal'>().toExtend<Breakdown>();
    const o = {} as Observation;
    // @ts-expect-error readonly
    o.value = 1;
  });

  it('the schema output is the Observation type', () => {
    expectTypeOf<z.output<typeof ObservationSchema>>().toEqualTypeOf<Observation>();
  });

  it('a wrong region, measure or unit literal is a compile error', () => {
    expectTypeOf(find).parameter(0).toHaveProperty('period');
    // @ts-expect-error not a region
    find({ period: '2021', region: 'hebei' });
    // @ts-expect-error not a measure
    find({ period: '2021', measure: 'mom' });
    // @ts-expect-error not a unit
    query({ unit: 'tonnes' });
    // @ts-expect-error series takes one breakdown
    series({ breakdown: ['total'] });
    expectTypeOf(find({ period: '2021' })).toEqualTypeOf<Observation | undefined>();
    expectTypeOf(parseObservations([])).toEqualTypeOf<readonly Observation[]>();
  });
});
