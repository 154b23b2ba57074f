/**
 * Class 1 of issue 15: validation problems are capped. Generated mixes of valid and bad rows
 * (bad-row density from 1 in 1,000 to all bad, up to 4,000 rows), each kind of bad row with
 * a known number of problems, through every entry that validates rows: parseObservations,
 * safeParseObservations, createDataset and fromCSV. The kept problems stay within the cap,
 * with the true total and the true number of bad rows; when the total fits the cap (sparse
 * problems in valid data), every bad row is reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas/index.js';
import { materialize, REVOKED, throwingGetter } from './hostile.js';
import { random, tally } from './tally.js';

const SEED = 20_261_202;

/** A valid row of a user's own (unique source: rows never repeat a key and source). */
function valid(i: number): Record<string, unknown> {
  const year = 2000 + (i % 25);
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    region: i % 3 ? 'shanxi' : 'china',
    indicator: 'value-added',
    breakdown: i % 2 ? 'total' : 'sector:coal',
    period: `${year}-${month}`,
    measure: 'yoy',
    value: ((i % 400) / 10 - 5).toFixed(1),
    unit: 'percent',
    source: `src-${i}`,
  };
}

/** A kind of bad row: its name, the row, and how many problems it has. */
interface BadKind {
  readonly name: string;
  readonly problems: number;
  /** Whether it can be written as a CSV record (and then, as its cells). */
  readonly csv?: (cells: Record<string, string>) => Record<string, string> | 'ragged';
  readonly row: (i: number) => unknown;
}

const without = (row: Record<string, unknown>, key: string) => {
  const { [key]: _, ...rest } = row;
  return rest;
};

/** The kinds of bad rows, each with its exact number of problems. */
export const BAD_KINDS: readonly BadKind[] = [
  { name: 'an empty object', problems: 8, row: () => ({}), csv: (c) => blank(c) },
  {
    name: 'a required field missing',
    problems: 1,
    row: (i) => without(valid(i), 'source'),
    csv: (c) => ({ ...c, source: '' }),
  },
  {
    name: 'an id outside its vocabulary',
    problems: 1,
    row: (i) => ({ ...valid(i), region: 'mars' }),
    csv: (c) => ({ ...c, region: 'mars' }),
  },
  {
    name: 'two bad fields',
    problems: 2,
    row: (i) => ({ ...valid(i), period: '2021-13', indicator: 'gdp' }),
    csv: (c) => ({ ...c, period: '2021-13', indicator: 'gdp' }),
  },
  { name: 'an unknown field', problems: 1, row: (i) => ({ ...valid(i), colour: 'red' }) },
  { name: 'null', problems: 1, row: () => null },
  { name: 'a number', problems: 1, row: () => 42 },
  { name: 'a list', problems: 1, row: () => [] },
  {
    name: 'a decimal comma',
    problems: 1,
    row: (i) => ({ ...valid(i), value: '12,3' }),
    csv: (c) => ({ ...c, value: '12,3' }),
  },
  {
    name: 'decimals as text',
    problems: 1,
    row: (i) => ({ ...valid(i), decimals: '1' }),
    csv: (c) => ({ ...c, decimals: 'one' }),
  },
  {
    name: 'a unit that does not fit the measure',
    problems: 1,
    row: (i) => ({ ...valid(i), unit: 'tonnes-10k' }),
    csv: (c) => ({ ...c, unit: 'tonnes-10k' }),
  },
  {
    name: 'a 400-digit number',
    problems: 1,
    row: (i) => ({ ...valid(i), value: '9'.repeat(400) }),
    csv: (c) => ({ ...c, value: '9'.repeat(400) }),
  },
  { name: 'NaN', problems: 1, row: (i) => ({ ...valid(i), value: Number.NaN }) },
  { name: 'a BigInt', problems: 1, row: (i) => ({ ...valid(i), value: 1n }) },
  { name: 'a revoked Proxy', problems: 1, row: () => REVOKED },
  { name: 'a getter that throws', problems: 1, row: () => throwingGetter('region') },
  { name: 'a ragged CSV record', problems: 1, row: () => null, csv: () => 'ragged' },
];

function blank(c: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.keys(c).map((k) => [k, '']));
}

/** A generated mix: the rows, which are bad, and the problems each bad row has. */
export interface Mix {
  readonly rows: unknown[];
  readonly bad: ReadonlyMap<number, BadKind>;
  readonly density: number;
  /** How fast-check shows the case (not its thousands of rows). */
  readonly [fc.toStringMethod]: () => string;
}

const DENSITIES = [0, 0.001, 0.01, 0.1, 0.5, 1];

/** Mixes of valid and bad rows of the given kinds: few rows often, up to 4,000 rarely. */
export function mixes(kinds: readonly BadKind[]): fc.Arbitrary<Mix> {
  const size = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 1, max: 400 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 4_000 }) },
  );
  return fc
    .tuple(size, fc.constantFrom(...DENSITIES), fc.integer(), fc.boolean())
    .map(([n, density, seed, holes]) => makeMix(kinds, n, density, seed, holes));
}

/** One mix: `n` rows, each bad with probability `density`, positions and kinds from `seed`. */
export function makeMix(
  kinds: readonly BadKind[],
  n: number,
  density: number,
  seed: number,
  holes: boolean,
): Mix {
  const next = random(seed);
  const rows: unknown[] = [];
  const bad = new Map<number, BadKind>();
  for (let i = 0; i < n; i++) {
    if (next() < density) {
      const kind = kinds[Math.floor(next() * kinds.length)]!;
      bad.set(i, kind);
      rows.push(kind.row(i));
    } else rows.push(valid(i));
  }
  // a hole in a sparse list is a bad row too
  if (holes && n > 2 && density > 0) {
    const at = Math.floor(next() * n);
    delete rows[at];
    bad.set(at, HOLE);
  }
  // fast-check shows a failing case by this, not by its thousands of rows
  const shown = `makeMix(…, ${n}, ${density}, ${seed}, ${holes}) (${bad.size} bad)`;
  return { rows, bad, density, [fc.toStringMethod]: () => shown };
}

const HOLE: BadKind = { name: 'a hole in a sparse list', problems: 1, row: () => undefined };

const totals = (bad: ReadonlyMap<number, BadKind>) => {
  let problems = 0;
  for (const k of bad.values()) problems += k.problems;
  return { problems, badRows: bad.size };
};

const CAPS = [undefined, 1, 7, 100, Number.POSITIVE_INFINITY];

/** Checks a safe result against the mix: counts, cap, order, and every row when it fits. */
function checkSafe(
  r: schemas.SafeParseResult,
  bad: ReadonlyMap<number, BadKind>,
  n: number,
  cap: number,
  lineOf?: (row: number) => number,
): void {
  const { problems, badRows } = totals(bad);
  expect(r.problemCount).toBe(problems);
  expect(r.badRows).toBe(badRows);
  expect(r.problems.length).toBe(Math.min(cap, problems));
  expect(r.observations.length).toBe(n - badRows);
  expect(Object.isFrozen(r) && Object.isFrozen(r.problems)).toBe(true);
  let last = -1;
  for (const p of r.problems) {
    expect(p.row).toBeGreaterThanOrEqual(last);
    last = p.row;
    expect(bad.has(p.row), `problem of row ${p.row}, which is valid: ${p.message}`).toBe(true);
    if (lineOf) expect(p.line).toBe(lineOf(p.row));
    expect(typeof p.message).toBe('string');
    expect(Object.isFrozen(p)).toBe(true);
  }
  // sparse problems in valid data: when the total fits the cap, every bad row is reported
  if (problems <= cap) expect(new Set(r.problems.map((p) => p.row))).toEqual(new Set(bad.keys()));
}

/** Registers the class 1 tests. */
export function validationCaps(): void {
  describe('class 1: validation problems are capped, counted and complete where sparse', () => {
    const t = tally(
      'Validation keeps at most the cap of problems (100 by default, or maxProblems), with the true total and the number of bad rows; where the total fits the cap every bad row is reported (parseObservations, safeParseObservations, createDataset, fromCSV)',
      '1',
      [
        `mixes of valid and bad rows, 1 to 4,000 rows, bad-row density ${DENSITIES.filter(
          (d) => d > 0,
        )
          .map((d) => (d === 1 ? 'all' : `1 in ${1 / d}`))
          .join(', ')} (and none)`,
        `bad rows of ${BAD_KINDS.length + 1} kinds with a known number of problems (${[...BAD_KINDS.map((k) => k.name), HOLE.name].join(', ')})`,
        'maxProblems of 1, 7, 100, Infinity and the default',
        'CSV text of the same mixes, delimited by "," or ";"',
      ],
    );
    const objectKinds = BAD_KINDS.filter((k) => k.name !== 'a ragged CSV record');

    it('safeParseObservations, parseObservations and createDataset', () => {
      fc.assert(
        fc.property(mixes(objectKinds), fc.constantFrom(...CAPS), ({ rows, bad }, max) => {
          t.cases++;
          const input = materialize(rows) as unknown[];
          const cap = max ?? schemas.MAX_PROBLEMS;
          const safe = schemas.safeParseObservations(
            input,
            max === undefined ? undefined : { maxProblems: max },
          );
          checkSafe(safe, bad, rows.length, cap);
          const { problems, badRows } = totals(bad);
          const byDefault =
            max === undefined || max === schemas.MAX_PROBLEMS
              ? safe
              : schemas.safeParseObservations(input);
          for (const fn of [schemas.parseObservations, schemas.createDataset] as const) {
            let error: unknown;
            let result: unknown;
            try {
              result = fn(input);
            } catch (e) {
              error = e;
            }
            if (problems === 0) {
              expect(error).toBeUndefined();
              const list =
                fn === schemas.parseObservations ? result : (result as root.Dataset).observations;
              expect((list as unknown[]).length).toBe(rows.length);
              continue;
            }
            expect(root.isShanxiIndustryError(error)).toBe(true);
            const e = error as root.ShanxiIndustryError;
            expect(e.code).toBe('INVALID_OBSERVATIONS');
            expect(e.details).toEqual(byDefault.problems);
            expect(e.message).toMatch(
              new RegExp(
                `^${badRows} invalid observation rows? \\(${problems} problems?(; the first ${schemas.MAX_PROBLEMS} are in details)?\\): `,
              ),
            );
          }
        }),
        { numRuns: 50, seed: SEED },
      );
    });

    const csvKinds = BAD_KINDS.filter((k) => k.csv);
    const COLUMNS = [
      'region',
      'indicator',
      'breakdown',
      'period',
      'measure',
      'value',
      'unit',
      'decimals',
      'source',
    ];
    it('fromCSV, strict and safe', () => {
      fc.assert(
        fc.property(
          mixes(csvKinds),
          fc.constantFrom(...CAPS),
          fc.constantFrom(',', ';'),
          ({ rows, bad }, max, delimiter) => {
            t.cases++;
            const lines = [COLUMNS.join(delimiter)];
            let ragged = false;
            // every index, holes included (forEach would skip them)
            for (let i = 0; i < rows.length; i++) {
              const cells: Record<string, string> = {};
              for (const c of COLUMNS) cells[c] = String(valid(i)[c] ?? '');
              const kind = bad.get(i);
              const made = kind ? (kind === HOLE ? blank(cells) : kind.csv!(cells)) : cells;
              if (made === 'ragged') {
                ragged = true;
                lines.push(
                  COLUMNS.slice(1)
                    .map((c) => cells[c])
                    .join(delimiter),
                );
              } else lines.push(COLUMNS.map((c) => made[c]).join(delimiter));
            }
            // a hole stands for a record of empty cells: 8 problems, not 1
            const expected = new Map(
              [...bad].map(([i, k]) => [i, k === HOLE ? BAD_KINDS[0]! : k] as const),
            );
            const text = lines.join('\r\n');
            const cap = max ?? schemas.MAX_PROBLEMS;
            const options = max === undefined ? {} : { maxProblems: max };
            const safe = schemas.fromCSV(text, { ...options, mode: 'safe' });
            checkSafe(safe, expected, rows.length, cap, (row) => row + 2);
            const { problems } = totals(expected);
            try {
              schemas.fromCSV(text, options);
              expect(problems).toBe(0);
            } catch (e) {
              expect(root.isShanxiIndustryError(e)).toBe(true);
              const err = e as root.ShanxiIndustryError;
              expect(err.code).toBe(ragged ? 'INVALID_CSV' : 'INVALID_OBSERVATIONS');
              expect(err.details.length).toBe(Math.min(cap, problems));
              expect(err.message).toMatch(new RegExp(`\\(${problems} problems?`));
            }
          },
        ),
        { numRuns: 25, seed: SEED },
      );
    });
  });
}
