/**
 * What the hostile-input suite tried, promise by promise: each test adds its cases to the
 * tally of the promise it checks, and hostile.test.ts writes the tallies to
 * docs/reliability.md. Module state: every class module is imported by hostile.test.ts, so
 * they share one registry in one worker.
 */

/** One promise of issue 15, the classes of input tried against it, and how many cases ran. */
export interface Tally {
  readonly promise: string;
  /** The class number of issue 15 (1–8). */
  readonly issueClass: string;
  readonly inputs: readonly string[];
  cases: number;
}

/** Every tally, by promise, in the order the tests declared them. */
export const tallies = new Map<string, Tally>();

/** The tally of a promise (created on first use). */
export function tally(promise: string, issueClass: string, inputs: readonly string[]): Tally {
  let t = tallies.get(promise);
  if (!t) {
    t = { promise, issueClass, inputs, cases: 0 };
    tallies.set(promise, t);
  }
  return t;
}

/** A small deterministic random number generator (mulberry32), for positions inside a case. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
