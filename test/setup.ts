/**
 * Every fast-check property runs from one seed, so that `npm test` (and CI) gives the same
 * verdict on every run: a property that fails, fails every time, with its counterexample.
 * `FC_SEED=<n>` explores from another seed; `FC_SEED=random` from a new one each run (fast-check
 * prints the seed of a failure, to replay it).
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20_261_206 : Number(seed) });
