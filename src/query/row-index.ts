/**
 * The index behind a dataset's `find`, `alternatives`, `query` and `series`, built once, on the
 * first call that needs it.
 *
 * Why it is built this way. Issue 14 asks for the first `find` on 1,000,000 user rows within
 * 0.5 s and `query` within 2× of a hand-written loop. The index it replaces (a `Map` from a
 * `region|indicator|breakdown|period|measure` string per row to a `Map` of scopes to arrays)
 * took 4–6 s and 513 bytes a row at that size, more than half of it in the garbage collector,
 * and `query` still tested every row object field by field and parsed its period for a `year`
 * filter. So:
 *
 * - **Columns of codes.** Each key field of each row (region, indicator, breakdown, period,
 *   measure, scope) is stored as a small integer in a typed array: the code of its value in a
 *   dictionary of that field. The fields draw on vocabularies of a few dozen values and the
 *   periods on at most 11,856 (every run of months of 1949–2100), so the dictionaries stay
 *   small and the columns cost 14 bytes a row. The row objects themselves are never copied.
 * - **A hash table of row numbers** for `find`: open addressing with linear probing in an
 *   `Int32Array` of at least twice as many slots as rows, hashed from the five codes of the key
 *   (scope is not part of it). No string, `Map` entry or array is made per row; the build is
 *   one pass over the rows, and a lookup reads a few numbers (constant time).
 * - **Chains in preference order.** The rows of one key, of every scope, are linked through
 *   `next`: scope groups in the order a key without a scope takes them, then the preference
 *   rules within each group, given by the dataset as one number per row (computed once, in row
 *   order, so a sort compares numbers). Most keys have one row; only chains of two rows or
 *   more are sorted. A row is *preferred* when it heads its scope group;
 *   `preferred` marks those rows, so `query` without alternatives skips the others with one
 *   byte read.
 * - **Filters become tables.** `query` turns each field of a filter into a table of 0/1 by code
 *   and a period filter (ids, years, kinds, `from`, `to`) into one answer per distinct period,
 *   so the scan reads bytes in row order and touches a row object only to return it (or to test
 *   unit, qualifier or source, which are not indexed).
 *
 * Measured with `npm run bench` (bench/scale.ts) on the 2-core machine of the project: the
 * build takes about 0.4 s for 1,000,000 rows (0.47 s before each field's last code was kept:
 * neighbouring rows mostly share their values, and a string comparison costs less than a
 * dictionary look-up), most of it in the table's scattered reads and writes; the index keeps
 * about 28 bytes a row. Tried and left: a copy of each key's hash beside its row in the slot, to spare
 * reading another key's codes on a collision (no measurable gain, twice the table); reading
 * the slots of 32 rows ahead of inserting them, so that their cache misses overlap (5–10 %
 * less CPU at best, within the noise of a shared machine).
 *
 * @internal
 * @module
 */
import { ShanxiIndustryError } from '../errors.js';
import { type Period, parsePeriod } from '../model/period.js';
import type { Observation } from '../model/types.js';

/** The fields held as columns of codes (the key, and its scope). @internal */
export type IndexedField = 'region' | 'indicator' | 'breakdown' | 'measure' | 'scope';

/** The key of `find`, period in canonical form. @internal */
export interface IndexKey {
  readonly region: string;
  readonly indicator: string;
  readonly breakdown: string;
  readonly period: string;
  readonly measure: string;
}

/**
 * A filter in the form the scan takes: for each indexed field a table of 0/1 by code
 * (`undefined`: any value), the same for periods, and a test of the row object for the fields
 * that are not indexed (`undefined`: none).
 *
 * @internal
 */
export interface ScanFilter {
  readonly region?: Uint8Array | undefined;
  readonly indicator?: Uint8Array | undefined;
  readonly breakdown?: Uint8Array | undefined;
  readonly measure?: Uint8Array | undefined;
  readonly scope?: Uint8Array | undefined;
  readonly period?: Uint8Array | undefined;
  readonly rest?: ((o: Observation) => boolean) | undefined;
}

/** The code of a value in a field's dictionary, added when new. */
function codeOf(dictionary: Map<string, number>, value: string): number {
  let c = dictionary.get(value);
  if (c === undefined) {
    c = dictionary.size;
    dictionary.set(value, c);
  }
  return c;
}

/** Mixes the five codes of a key into 32 bits (multiply-xorshift; any good mix would do). */
function hash(
  region: number,
  indicator: number,
  breakdown: number,
  period: number,
  measure: number,
) {
  let h = Math.imul(period ^ 0x5bd1e995, 0x9e3779b1);
  h = Math.imul(h ^ breakdown, 0x85ebca6b);
  h = Math.imul(h ^ ((region << 20) ^ (indicator << 10) ^ measure), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** The largest code a `Uint16Array` column holds. */
const MAX_CODE = 0xffff;

/** @internal */
export class RowIndex {
  /** Codes by row. */
  private readonly region: Uint16Array;
  private readonly indicator: Uint16Array;
  private readonly breakdown: Uint16Array;
  private readonly measure: Uint16Array;
  private readonly scope: Uint16Array;
  private readonly period: Int32Array;
  /** Dictionaries: value → code. */
  private readonly codes: Readonly<Record<IndexedField | 'period', Map<string, number>>>;
  /** The parsed period of each period code. */
  readonly periods: readonly Period[];
  /** Each period code's place in time order (year, then last month, then first month). */
  readonly periodRank: Int32Array;
  /** Open addressing: the first row of a key, plus one (0: an empty slot). */
  private readonly table: Int32Array;
  /** The next row of the same key, in preference order, or -1. */
  private readonly next: Int32Array;
  /** 1 where a row is the preferred row of its key and scope. */
  private readonly preferred: Uint8Array;

  /**
   * @param rows - the rows, validated
   * @param preference - the preference of a row within its key and scope as a number, lower
   * first; ties keep the order given
   * @param scopeOrder - the scope groups (the row's scope, or `unstated`) in the order a key
   * without a scope takes them
   */
  constructor(
    private readonly rows: readonly Observation[],
    preference: (o: Observation) => number,
    scopeOrder: readonly string[],
  ) {
    const n = rows.length;
    const codes = {
      region: new Map<string, number>(),
      indicator: new Map<string, number>(),
      breakdown: new Map<string, number>(),
      measure: new Map<string, number>(),
      // scope codes are the scope's place in scopeOrder: a chain sorted by code is in that order
      scope: new Map(scopeOrder.map((s, i) => [s, i])),
      period: new Map<string, number>(),
    };
    const region = new Uint16Array(n);
    const indicator = new Uint16Array(n);
    const breakdown = new Uint16Array(n);
    const measure = new Uint16Array(n);
    const scope = new Uint16Array(n);
    const period = new Int32Array(n);
    let slots = 16;
    while (slots < 2 * n) slots *= 2;
    const mask = slots - 1;
    const table = new Int32Array(slots);
    const next = new Int32Array(n);
    /** Slots whose key has two rows or more (their chains are sorted below). */
    const shared: number[] = [];
    // Each field's last value and code: neighbouring rows mostly share a region, indicator,
    // measure and scope (and often a breakdown), and comparing a string with the last one
    // costs less than a dictionary look-up (the look-ups were a fifth of the build).
    let lr: string | undefined;
    let li: string | undefined;
    let lb: string | undefined;
    let lp: string | undefined;
    let lm: string | undefined;
    let ls: string | undefined;
    let r = 0;
    let i = 0;
    let b = 0;
    let p = 0;
    let m = 0;
    let c = 0;
    // backwards, each row put at the head of its key's chain: the chain is in the order given
    for (let j = n - 1; j >= 0; j--) {
      const o = rows[j]!;
      if (o.region !== lr) {
        lr = o.region;
        r = codeOf(codes.region, lr);
      }
      if (o.indicator !== li) {
        li = o.indicator;
        i = codeOf(codes.indicator, li);
      }
      if (o.breakdown !== lb) {
        lb = o.breakdown;
        b = codeOf(codes.breakdown, lb);
      }
      if (o.period !== lp) {
        lp = o.period;
        p = codeOf(codes.period, lp);
      }
      if (o.measure !== lm) {
        lm = o.measure;
        m = codeOf(codes.measure, lm);
      }
      const sc = o.scope ?? 'unstated';
      if (sc !== ls) {
        ls = sc;
        c = codeOf(codes.scope, sc);
      }
      region[j] = r;
      indicator[j] = i;
      breakdown[j] = b;
      period[j] = p;
      measure[j] = m;
      scope[j] = c;
      let s = hash(r, i, b, p, m) & mask;
      let head = table[s]! - 1;
      while (
        head >= 0 &&
        !(
          period[head] === p &&
          breakdown[head] === b &&
          region[head] === r &&
          indicator[head] === i &&
          measure[head] === m
        )
      ) {
        s = (s + 1) & mask;
        head = table[s]! - 1;
      }
      if (head >= 0 && next[head] === -1) shared.push(s);
      next[j] = head;
      table[s] = j + 1;
    }
    for (const [field, d] of Object.entries(codes))
      if (field !== 'period' && d.size > MAX_CODE + 1)
        // unreachable with validated rows: each of these fields is checked against a vocabulary
        throw new ShanxiIndustryError(
          'INVALID_OBSERVATIONS',
          `More than ${MAX_CODE + 1} distinct values of ${field}: not a validated dataset.`,
          d.size,
        );

    const preferred = new Uint8Array(n).fill(1);
    // each row's preference, computed once, for the rows that share their key: marked first,
    // then computed in row order (reading the rows in chain order, scattered, took longer)
    const rank = new Float64Array(shared.length ? n : 0);
    for (const s of shared) for (let j = table[s]! - 1; j >= 0; j = next[j]!) rank[j] = 1;
    if (shared.length) for (let j = 0; j < n; j++) if (rank[j]) rank[j] = preference(rows[j]!);
    for (const s of shared) {
      const chain: number[] = [];
      for (let j = table[s]! - 1; j >= 0; j = next[j]!) chain.push(j);
      // Array.prototype.sort is stable: rows that tie on every rule keep the order given
      chain.sort((a, b) => scope[a]! - scope[b]! || rank[a]! - rank[b]!);
      table[s] = chain[0]! + 1;
      for (let k = 0; k < chain.length; k++) {
        const j = chain[k]!;
        next[j] = k + 1 < chain.length ? chain[k + 1]! : -1;
        if (k > 0 && scope[chain[k - 1]!] === scope[j]) preferred[j] = 0;
      }
    }

    const periods: Period[] = new Array(codes.period.size);
    for (const [id, c] of codes.period) periods[c] = parsePeriod(id);
    // the order of comparePeriods: year, then last month, then first month
    const order = periods
      .map((_, c) => c)
      .sort((a, b) => {
        const p = periods[a]!;
        const q = periods[b]!;
        return p.year - q.year || p.end - q.end || p.start - q.start;
      });
    const periodRank = new Int32Array(periods.length);
    order.forEach((c, k) => {
      periodRank[c] = k;
    });

    this.region = region;
    this.indicator = indicator;
    this.breakdown = breakdown;
    this.measure = measure;
    this.scope = scope;
    this.period = period;
    this.codes = codes;
    this.periods = periods;
    this.periodRank = periodRank;
    this.table = table;
    this.next = next;
    this.preferred = preferred;
  }

  /**
   * The rows of one key, as row numbers: of one scope group when `scope` is given, else of
   * the first scope group that has rows; the preferred row first. `[]` when there is none.
   */
  rowsOf(key: IndexKey, scope: string | undefined): number[] {
    const r = this.codes.region.get(key.region);
    const i = this.codes.indicator.get(key.indicator);
    const b = this.codes.breakdown.get(key.breakdown);
    const p = this.codes.period.get(key.period);
    const m = this.codes.measure.get(key.measure);
    const out: number[] = [];
    if (r === undefined || i === undefined || b === undefined || p === undefined || m === undefined)
      return out;
    const { table } = this;
    const mask = table.length - 1;
    let s = hash(r, i, b, p, m) & mask;
    let head = table[s]! - 1;
    while (
      head >= 0 &&
      !(
        this.period[head] === p &&
        this.breakdown[head] === b &&
        this.region[head] === r &&
        this.indicator[head] === i &&
        this.measure[head] === m
      )
    ) {
      s = (s + 1) & mask;
      head = table[s]! - 1;
    }
    if (head < 0) return out;
    const want = scope === undefined ? this.scope[head] : this.codes.scope.get(scope);
    for (let j = head; j >= 0; j = this.next[j]!) if (this.scope[j] === want) out.push(j);
    return out;
  }

  /** A table of 0/1 by code: 1 for the codes of the values given (unknown values match nothing). */
  tableOf(field: IndexedField, values: Iterable<unknown> | undefined): Uint8Array | undefined {
    if (values === undefined) return undefined;
    const d = this.codes[field];
    const t = new Uint8Array(d.size);
    for (const v of values) {
      const c = d.get(v as string);
      if (c !== undefined) t[c] = 1;
    }
    return t;
  }

  /** A table of 0/1 by period code: each distinct period tested once. */
  periodTable(test: ((p: Period) => boolean) | undefined): Uint8Array | undefined {
    if (test === undefined) return undefined;
    return Uint8Array.from(this.periods, (p) => (test(p) ? 1 : 0));
  }

  /** The parsed period and its place in time order, of a period id the rows hold. */
  periodOf(id: string): { readonly period: Period; readonly rank: number } {
    const c = this.codes.period.get(id)!;
    return { period: this.periods[c]!, rank: this.periodRank[c]! };
  }

  /**
   * The rows that pass a filter, in the order given; only preferred rows unless `all`. One
   * pass over the columns; a row object is read only to be returned (or tested by `rest`).
   */
  scan(f: ScanFilter, all: boolean): Observation[] {
    const out: Observation[] = [];
    const { region, indicator, breakdown, measure, scope, period, preferred, rows } = this;
    const tr = f.region;
    const ti = f.indicator;
    const tb = f.breakdown;
    const tm = f.measure;
    const ts = f.scope;
    const tp = f.period;
    const rest = f.rest;
    for (let j = 0, n = rows.length; j < n; j++) {
      if (
        (all || preferred[j] === 1) &&
        (tr === undefined || tr[region[j]!] === 1) &&
        (ti === undefined || ti[indicator[j]!] === 1) &&
        (tb === undefined || tb[breakdown[j]!] === 1) &&
        (tm === undefined || tm[measure[j]!] === 1) &&
        (ts === undefined || ts[scope[j]!] === 1) &&
        (tp === undefined || tp[period[j]!] === 1) &&
        (rest === undefined || rest(rows[j]!))
      )
        out.push(rows[j]!);
    }
    return out;
  }
}
