/**
 * The promises of issue 15 under hostile input: a generator for each of its eight classes,
 * over every public function of every entry (class 1 in validation.ts, 2 in chart-text.ts,
 * 6 in csv-formula.ts, 7 in command.ts; 3, 4, 5 and 8 here, with the valid calls of
 * calls.ts). Seeds are fixed, so the case counts are stable: the suite writes them to
 * docs/reliability.md (RELIABILITY_WRITE=1) and fails when the file drifts.
 *
 *   RELIABILITY_WRITE=1 npx vitest run test/fuzz/hostile.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { show } from '../../src/errors.js';
import * as exportEntry from '../../src/export/index.js';
import * as root from '../../src/index.js';
import { root as repo } from '../helpers/tsv.js';
import { CALLS, plantedCall } from './calls.js';
import { chartText } from './chart-text.js';
import { commandLine } from './command.js';
import { csvFormulas } from './csv-formula.js';
import {
  argumentsWith,
  deepFreeze,
  ENTRIES,
  EXOTIC_CLASSES,
  exoticValue,
  FUNCTIONS,
  HOSTILE,
  hostileNumber,
  materialize,
  NUMBER_CLASSES,
  nonFiniteAt,
  revokedProxy,
  unfrozenAt,
} from './hostile.js';
import { type Tally, tallies, tally } from './tally.js';
import { validationCaps } from './validation.js';

// ══════════════════════════════════════════════════════════════════════════════════════════
// TOLERATED UNTIL OTHER BRANCHES MERGE — the one place the suite lets a known failure pass.
// After merging the branch that fixes an entry, delete the entry (and regenerate
// docs/reliability.md: RELIABILITY_WRITE=1 npx vitest run test/fuzz/hostile.test.ts). The
// suite counts and reports each use of a tolerance (in its output and in the report); it
// fails on every failure not listed here. An entry no longer used shows 0 cases: delete it.
// ══════════════════════════════════════════════════════════════════════════════════════════
const PENDING = {
  /** Functions whose results are not (yet) deeply frozen. */
  resultNotFrozen: {},
  /** Functions whose own argument checks still let a bare TypeError (or a getter's error) out. */
  bareError: {},
  /** Commands whose class 7 failures are counted, not failed. */
  command: {},
} as const satisfies Record<string, Record<string, string>>;

/** How often each tolerance was used in this run, by kind and name. */
const pendingUsed = new Map<string, number>();
const usePending = (kind: keyof typeof PENDING, name: string) =>
  pendingUsed.set(`${kind} ${name}`, (pendingUsed.get(`${kind} ${name}`) ?? 0) + 1);
const pending = (kind: keyof typeof PENDING, name: string): boolean =>
  Object.hasOwn(PENDING[kind], name);

const SEED = 20_261_202;
const RUNS = 80;

/** Exports that are not frozen, and cannot be: zod defines a schema's methods on first use. */
const EXPORT_NOT_FROZEN = /Schema$/;

const shippedBefore = JSON.stringify([root.observations, root.sources, root.claims]);

/** Calls `fn` and checks the outcome: a coded error, or a finite (and frozen) result. */
function check(name: string, fn: (...a: unknown[]) => unknown, args: unknown[]): void {
  const frozen = deepFreeze(materialize(args) as unknown[]);
  let result: unknown;
  try {
    result = fn(...frozen);
  } catch (e) {
    if (!root.isShanxiIndustryError(e)) {
      if (
        pending('bareError', name) &&
        (e instanceof TypeError ||
          (e instanceof Error && /^(getter \w+ throws|no conversion)$/.test(e.message)))
      ) {
        usePending('bareError', name);
        return;
      }
      const what = e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : show(e);
      throw new Error(`${name} threw a bare ${what} for ${show(frozen)}`);
    }
    if (!Object.hasOwn(root.ERROR_CODES, e.code))
      throw new Error(`${name} threw an unlisted code ${e.code}`);
    if (Number.isNaN(e.value) && /got nothing/.test(e.message))
      throw new Error(`${name} says "got nothing" for NaN: ${e.message}`);
    return;
  }
  const bad = nonFiniteAt(result);
  if (bad) throw new Error(`${name} returned a non-finite number or -0 at ${bad}`);
  const open = unfrozenAt(result);
  if (open && pending('resultNotFrozen', name)) usePending('resultNotFrozen', name);
  else if (open) throw new Error(`${name} returned a result not frozen at ${open}`);
}

validationCaps();
chartText();

describe('the valid calls of calls.ts', () => {
  it('cover every public function, and each succeeds as it stands', () => {
    for (const [entry, name, fn] of FUNCTIONS) {
      expect(CALLS[name], `${entry} ${name} has no valid call in test/fuzz/calls.ts`).toBeDefined();
      for (const args of CALLS[name]!) {
        const result = fn(...args);
        expect(nonFiniteAt(result)).toBeUndefined();
      }
    }
  });
});

describe('class 3: no NaN, ±Infinity or -0 comes out', () => {
  const numbers = argumentsWith(hostileNumber);
  const t = tally(
    'Every public function returns finite numbers only (no NaN, ±Infinity or -0) or throws a coded error',
    '3',
    [
      ...NUMBER_CLASSES,
      'random argument lists of valid values with a hostile number in one field or item',
      'a valid call of the function (test/fuzz/calls.ts) with a hostile number as one argument, option, row or field',
    ],
  );
  for (const [entry, name, fn] of FUNCTIONS)
    it(`${entry} ${name}`, () => {
      fc.assert(
        fc.property(fc.oneof(numbers, plantedCall(name, hostileNumber)), (args) => {
          t.cases++;
          check(name, fn, args);
        }),
        { numRuns: 2 * RUNS, seed: SEED },
      );
    });

  const levels = tally(
    'convertLevel and inUnit are exact or refuse with OUT_OF_RANGE; decimalsOf counts or refuses',
    '3',
    ['finite doubles of every magnitude', 'decimal strings with exponents up to 400 digits'],
  );
  const units = fc.constantFrom(...root.LEVEL_UNITS);
  it('convertLevel: the decimal point moves, or OUT_OF_RANGE when it would overflow', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), units, units, (v, a, b) => {
        levels.cases++;
        if (root.unitFamily(a) !== root.unitFamily(b)) return;
        const k = Math.round(Math.log10(root.convertLevel(1, a, b)));
        const [mantissa, exp = '0'] = String(v).split('e');
        const exact = Number(`${mantissa}e${Number(exp) + k}`);
        if (!Number.isFinite(exact))
          expect(() => root.convertLevel(v, a, b)).toThrow(
            expect.objectContaining({ code: 'OUT_OF_RANGE' }),
          );
        else expect(root.convertLevel(v, a, b)).toBe(exact === 0 ? 0 : exact);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });
  it('decimalsOf: digits after the point minus the exponent, or OUT_OF_RANGE', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{0,5}$/),
        fc.stringMatching(/^\d{0,6}$/),
        fc.oneof(fc.integer({ min: -400, max: 400 }), fc.constantFrom(10n ** 20n, -(10n ** 400n))),
        (int, frac, exp) => {
          levels.cases++;
          const text = `${int}${frac ? `.${frac}` : ''}e${exp}`;
          const expected = BigInt(frac.length) - BigInt(exp);
          const want = expected < 0n ? 0n : expected;
          if (want > BigInt(Number.MAX_SAFE_INTEGER))
            expect(() => root.decimalsOf(text)).toThrow(/more digits after the point/);
          else expect(root.decimalsOf(text)).toBe(Number(want));
        },
      ),
      { numRuns: RUNS * 10, seed: SEED },
    );
  });

  const rows = tally(
    "A caller's dataset or claims cannot carry NaN into a comparison or a claim check",
    '3',
    [
      'datasets whose find/query/series return rows with hostile numbers or fields',
      'claims with hostile fields',
    ],
  );
  const base = root.query({ period: '2021-Q1' });
  it('comparisons refuse rows of a caller dataset that are not observations', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('value', 'decimals', 'unit', 'breakdown', 'period', 'region'),
        fc.oneof(hostileNumber, exoticValue),
        fc.constantFrom('compareSectors', 'leaders', 'compareWithBenchmark', 'gapSeries'),
        (field, bad, name) => {
          rows.cases++;
          const poisoned = materialize(base.map((r) => ({ ...r, [field]: bad }))) as unknown[];
          const dataset = {
            find: () => poisoned[0],
            query: () => poisoned,
            series: () => poisoned,
          };
          const options: Record<string, unknown> =
            name === 'gapSeries'
              ? { dataset, kind: 'year-to-date' }
              : { period: '2021-Q1', dataset };
          // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the suite calls each export by its name
          check(name, root[name as 'compareSectors'] as (...a: unknown[]) => unknown, [options]);
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });
  it('checkClaims refuses claims with hostile fields', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('pp', 'decimals', 'period', 'note', 'comparedWith', 'region'),
        fc.oneof(hostileNumber, exoticValue, fc.constant(undefined)),
        (field, bad) => {
          rows.cases++;
          const claim = { ...root.claims[0], [field]: bad };
          check('checkClaims', root.checkClaims as (...a: unknown[]) => unknown, [[claim]]);
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });
});

describe('class 4: everything exported is deeply frozen', () => {
  const t = tally(
    'Every exported object and array of every entry is deeply frozen (zod schemas excepted)',
    '4',
    [`every export of ${Object.keys(ENTRIES).join(', ')}, walked to every nested object`],
  );
  it('walks every export of every entry', () => {
    let walked = 0;
    for (const [entry, mod] of Object.entries(ENTRIES))
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value !== 'object' || value === null) continue;
        if (EXPORT_NOT_FROZEN.test(name)) continue;
        walked++;
        expect(unfrozenAt(value, `${entry}.${name}`)).toBeUndefined();
      }
    expect(walked).toBeGreaterThanOrEqual(20);
    t.cases += walked;
  });

  const leaks = tally('Writing to an export throws and changes nothing the library shows', '4', [
    'push, index and field writes on catalogues, vocabularies and ERROR_CODES',
  ]);
  it('writes to exports throw, and labels, checks and formatting stay as they were', () => {
    const before = [
      root.label('sector:coal'),
      root.formatPercent(1.5, { qualifier: 'about' }),
      exportEntry.toMarkdown(root.query({ period: '2021-Q1', breakdown: 'sector:coal' })),
    ];
    const writes: (() => void)[] = [
      () => (root.REGIONS as unknown as string[]).push('mars'),
      () => (root.QUALIFIERS as unknown as string[]).push('=HYPERLINK'),
      () => ((root.SECTORS[0] as { en: string }).en = '<img src=x onerror=alert(1)>'),
      () => ((root.PRODUCTS as unknown as unknown[])[0] = {}),
      () => ((root.QUALIFIER_CATALOGUE[0] as { en: string }).en = '=cmd'),
      () => ((root.ERROR_CODES as Record<string, string>).INVALID_PERIOD = 'x'),
      () => ((root.UNITS as unknown as string[]).length = 0),
      () => ((root.claims[0] as { pp: number }).pp = 99),
    ];
    for (const w of writes) {
      leaks.cases++;
      expect(w).toThrow(TypeError);
    }
    expect([
      root.label('sector:coal'),
      root.formatPercent(1.5, { qualifier: 'about' }),
      exportEntry.toMarkdown(root.query({ period: '2021-Q1', breakdown: 'sector:coal' })),
    ]).toEqual(before);
    expect(() => root.compareSectors({ period: '2021-Q1', region: 'mars' as never })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_ID' }),
    );
  });
});

describe('class 5: only coded errors, never a bare TypeError or RangeError', () => {
  const exotic = argumentsWith(exoticValue);
  const t = tally(
    'Every public function throws only ShanxiIndustryError (with a listed code), never a bare TypeError or RangeError',
    '5',
    [
      ...EXOTIC_CLASSES,
      'random argument lists of valid values with one of these in one field or item',
      'a valid call of the function (test/fuzz/calls.ts) with one of these as one argument, option, row or field',
    ],
  );
  for (const [entry, name, fn] of FUNCTIONS)
    it(`${entry} ${name}`, () => {
      fc.assert(
        fc.property(fc.oneof(exotic, plantedCall(name, exoticValue)), (list) => {
          t.cases++;
          check(name, fn, list);
        }),
        { numRuns: 2 * RUNS, seed: SEED },
      );
    });

  const guard = tally(
    'The error guard and the message writer never throw; messages stay short',
    '5',
    [...Object.keys(HOSTILE), 'anything fast-check generates'],
  );
  it('isShanxiIndustryError and show accept anything', () => {
    const anything = fc.oneof(
      fc.anything({
        withNullPrototype: true,
        withBigInt: true,
        withBoxedValues: true,
        withMap: true,
      }),
      ...Object.values(HOSTILE),
    );
    fc.assert(
      fc.property(anything, (v) => {
        guard.cases++;
        v = materialize(v);
        expect(typeof root.isShanxiIndustryError(v)).toBe('boolean');
        const text = show(v);
        expect(typeof text).toBe('string');
        expect(text.length).toBeLessThanOrEqual(450);
      }),
      { numRuns: RUNS * 10, seed: SEED },
    );
    expect(show(revokedProxy())).toBe('a value that cannot be read');
    expect(show(1n)).toBe('1n');
    expect(show(Number.NaN)).toBe('NaN');
    expect(show({ a: [1, 'x'] })).toBe('{"a":[1,"x"]}');
  });
});

csvFormulas();
commandLine(PENDING.command, (command) => usePending('command', command));

describe('class 8: the smaller refusals', () => {
  const kinds = tally('An unknown period kind is refused by query, series and gapSeries', '8', [
    'strings that are not month, year-to-date, year or range',
    'lists with one such string',
  ]);
  it('refuses unknown kinds', () => {
    fc.assert(
      fc.property(
        fc
          .string({ maxLength: 12 })
          .filter((s) => !['month', 'year-to-date', 'year', 'range'].includes(s)),
        fc.boolean(),
        fc.constantFrom('query', 'series', 'gapSeries'),
        (kind, asList, name) => {
          kinds.cases++;
          const value = asList ? ['year-to-date', kind] : kind;
          // biome-ignore lint/performance/noDynamicNamespaceImportAccess: the suite calls each export by its name
          const fn = root[name as 'query'] as (f: unknown) => unknown;
          expect(() => fn({ kind: value })).toThrow(
            expect.objectContaining({
              code: name === 'gapSeries' ? 'INVALID_OPTION' : 'INVALID_FILTER',
            }),
          );
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });

  const periods = tally(
    'formatPeriod and canonicalPeriod refuse period objects whose parts disagree with their id',
    '8',
    ['period objects with one part (year, start, end, kind) changed'],
  );
  it('refuses inconsistent period objects', () => {
    const ids = ['2021', '2021-05', '2021-Q1', '2020-01/2020-05', '2019-H2'];
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.constantFrom('year', 'start', 'end', 'kind'),
        fc.oneof(fc.integer({ min: 0, max: 2200 }), fc.constantFrom('month', 'year', 'range')),
        (id, part, value) => {
          periods.cases++;
          const p = { ...root.parsePeriod(id), [part]: value };
          const good = root.parsePeriod(id);
          const consistent =
            (p as Record<string, unknown>)[part] ===
            (good as unknown as Record<string, unknown>)[part];
          for (const fn of [root.formatPeriod, root.canonicalPeriod] as ((x: unknown) => string)[])
            if (consistent) expect(fn(p)).toBe(fn(good));
            else expect(() => fn(p)).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
        },
      ),
      { numRuns: RUNS * 5, seed: SEED },
    );
  });

  const claims = tally('checkClaims refuses a claim whose pp is not a finite number', '8', [
    'pp of NaN, ±Infinity, strings, BigInt, null',
  ]);
  it('refuses non-finite pp', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(Number.NaN, Infinity, -Infinity, '1.5', 1n, null, undefined),
        fc.nat(root.claims.length - 1),
        (pp, i) => {
          claims.cases++;
          expect(() => root.checkClaims([{ ...root.claims[i]!, pp } as never])).toThrow(
            expect.objectContaining({ code: 'NOT_A_NUMBER' }),
          );
        },
      ),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  const labels = tally(
    'toJSONStat names measures and units from the catalogues only, never from Object.prototype',
    '8',
    [
      'measure and unit ids that are names of Object.prototype (constructor, toString, __proto__, …)',
    ],
  );
  it('takes no label from Object.prototype', () => {
    const protoNames = Object.getOwnPropertyNames(Object.prototype);
    fc.assert(
      fc.property(
        fc.constantFrom(...protoNames),
        fc.constantFrom('measure', 'unit', 'option measure', 'option indicator'),
        (id, field) => {
          labels.cases++;
          let out: ReturnType<typeof exportEntry.toJSONStat>;
          if (field.startsWith('option')) {
            // compareSectors rows name their indicator and measure by option: any text, whose
            // label must still come from the catalogues' own entries only
            const option = field.slice(7);
            const ranked = root
              .compareSectors({ period: '2021-Q1' })
              .map(({ indicator, measure, ...rest }) => rest);
            out = exportEntry.toJSONStat(ranked as never, { [option]: id });
            expect(out.dimension[option]!.category.label![id]).toBe(id);
          } else {
            // an observation's measure or unit must be one: the id is refused
            const row = {
              ...root.query({ period: '2021-Q1', breakdown: 'total' })[0]!,
              [field]: id,
            };
            expect(() => exportEntry.toJSONStat([row as never])).toThrow(
              expect.objectContaining({ code: 'INVALID_OBSERVATIONS' }),
            );
            return;
          }
          const text = JSON.stringify(out);
          expect(text).not.toMatch(/function|\[native code\]/);
          for (const dim of Object.values(out.dimension))
            for (const name of Object.values(dim.category.label ?? {}))
              expect(typeof name).toBe('string');
        },
      ),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });

  const html = tally(
    'toMarkdown writes no raw HTML: <, > and & in any cell come out as entities',
    '8',
    ['notes and sources with HTML tags, entities and event handlers'],
  );
  it('escapes HTML in every cell', () => {
    const tag = fc.constantFrom(
      '<img src=x onerror=alert(1)>',
      '<script>x</script>',
      '&lt;b&gt;',
      '<a href="javascript:x">',
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), tag, fc.string({ maxLength: 10 }), (a, t, b) => {
        html.cases++;
        const row = {
          ...root.query({ period: '2021-Q1', breakdown: 'sector:coal' })[0]!,
          note: a + t + b,
          source: t,
        };
        const md = exportEntry.toMarkdown([row], { note: true });
        expect(md.replace(/<br>/g, '')).not.toMatch(/<|>/);
        expect(md).not.toMatch(/&(?!amp;|lt;|gt;)/);
      }),
      { numRuns: RUNS * 2, seed: SEED },
    );
  });
});

afterAll(() => {
  expect(JSON.stringify([root.observations, root.sources, root.claims])).toBe(shippedBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  const list = [...tallies.values()].sort((a, b) => Number(a.issueClass) - Number(b.issueClass));
  const calls = list.reduce((n, t) => n + t.cases, 0);
  const used = Object.entries(PENDING).flatMap(([kind, entries]) =>
    Object.keys(entries).map(
      (name) => `${kind} ${name}: ${pendingUsed.get(`${kind} ${name}`) ?? 0}`,
    ),
  );
  if (used.length > 0)
    console.log(
      `Tolerated until other branches merge (cases that used each):\n  ${used.join('\n  ')}`,
    );
  const text = report(list, calls);
  const path = join(repo, 'docs/reliability.md');
  if (process.env.RELIABILITY_WRITE === '1') writeFileSync(path, text);
  else
    expect(
      readFileSync(path, 'utf8'),
      'docs/reliability.md drifted: run RELIABILITY_WRITE=1 npx vitest run test/fuzz/hostile.test.ts',
    ).toBe(text);
});

const cases = (n: number) => `${n} case${n === 1 ? '' : 's'}`;

function report(list: readonly Tally[], calls: number): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const classes = [...new Set(list.map((t) => t.issueClass))];
  const tolerated = Object.entries(PENDING).flatMap(([kind, entries]) =>
    Object.entries(entries).map(
      ([name, why]) =>
        `- ${kind === 'resultNotFrozen' ? 'Result not yet frozen' : kind === 'bareError' ? 'A bare error from its own argument checks' : 'The command'}: \`${name}\` — ${why}. Used by ${cases(pendingUsed.get(`${kind} ${name}`) ?? 0)} in this run.`,
    ),
  );
  const lines = [
    '---',
    'title: Reliability',
    '---',
    '',
    '<!-- GENERATED by test/fuzz/hostile.test.ts (RELIABILITY_WRITE=1 npx vitest run test/fuzz/hostile.test.ts). Do not edit: the test fails when this file and the suite disagree. -->',
    '',
    '# Reliability under hostile input',
    '',
    'What the library promises when it is fed what an attacker would feed it, and what the fuzz',
    `suite (fast-check, fixed seed ${SEED}) tried against each promise: a generator for each of`,
    `the ${classes.length} classes of issue 15 (the class numbers are its). Every generated call either returned a`,
    'finite, frozen result or threw a `ShanxiIndustryError` with a code listed in `ERROR_CODES`;',
    'arguments were deep-frozen, so a mutation would have failed the run, and the shipped data',
    'was compared before and after. Work and size are checked by what is deterministic (the',
    'characters read, the problems kept, the bytes written), never by the clock.',
    '',
    `Public functions fuzzed: ${FUNCTIONS.length}, over the entries ${Object.keys(ENTRIES)
      .map((e) => `\`${e}\``)
      .join(', ')}; and the command. Cases in all: ${calls}.`,
    '',
    '| class | promise | inputs tried | cases | result |',
    '|---|---|---|--:|---|',
    ...list.map(
      (t) =>
        `| ${t.issueClass} | ${esc(t.promise)} | ${esc(t.inputs.join('; '))} | ${t.cases} | held |`,
    ),
    '',
    '## Also held',
    '',
    `- No input mutated: every argument of every call above was deep-frozen; the shipped observations, sources and claims were unchanged after ${calls} cases, and \`Object.prototype\` was not polluted.`,
    '- Memory in proportion to the input (class 1 at scale): 1,300,000 rows of `{}` under `node --max-old-space-size=512` give `INVALID_OBSERVATIONS` with 100 problems kept of 10,400,000 counted, where they used to end Node with a fatal out-of-memory error. That run takes a child process with its own heap limit, so it is not part of this suite: test/schemas/scale.test.ts runs `scripts/scale-invalid.ts` (and `npm run bench` measures it).',
    "- Reading back what the library wrote: `fromCSV` removes the `'` that `toCSV` put before a formula-like piece of a cell, so the text comes back exactly as written (it does so whoever wrote the file: one `'` before such a piece is taken as the mark). Other readers, spreadsheets included, show the `'`; `toCSV(rows, { escapeFormulae: false })` writes the text as it is.",
    '',
    '## Known exceptions',
    '',
    'Exports that are not frozen: the zod schemas of `shanxi-industry/schemas` (`ObservationSchema`, …). zod defines their methods lazily on first use, so a frozen schema cannot be used.',
    '',
    ...(tolerated.length > 0
      ? [
          '## Tolerated until other branches merge',
          '',
          'Failures fixed on branches not yet merged: the suite lets these pass, counts them, and fails on any other. The list is `PENDING` at the top of test/fuzz/hostile.test.ts.',
          '',
          ...tolerated,
          '',
        ]
      : []),
  ];
  return lines.join('\n');
}
