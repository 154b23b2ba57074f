/**
 * Class 2 of issue 15: chart text. Generated long labels, titles, names and sources (up to
 * 20,000 characters, up to 40 lines; Latin, CJK, emoji, lone surrogates, control characters,
 * markup), many bars and many points, at widths from 1 to 100,000 px. The work is measured
 * by what is deterministic — the characters the chart reads while fitting text, counted by
 * the string iterator, and the size of the SVG — never by the clock.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barChart, lineChart } from '../../src/chart/index.js';
import { isShanxiIndustryError } from '../../src/index.js';
import { expectWellFormed } from '../chart/svg.js';
import { tally } from './tally.js';

const SEED = 20_261_202;

/** The most bars and points a chart draws (the documented limits; more is OUT_OF_RANGE). */
export const MAX_BARS = 10_000;
export const MAX_POINTS = 100_000;

const UNITS = ['x', 'W', '中', '😀', '<&>"\'', '\u0000', '\ud800', 'ab ', '\u202e', '.'];

/** A text: short, or one unit repeated up to 20,000 characters. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 20_000 }))
      .map(([u, n]) => u.repeat(Math.ceil(n / u.length))),
  },
);
/** A text of several lines (titles, subtitles, sources). */
const lines = fc.oneof(
  text,
  fc.array(text, { maxLength: 40 }).map((l) => l.join('\n')),
  fc.integer({ min: 0, max: 2_000 }).map((n) => '\n'.repeat(n)),
);
const width = fc.oneof(
  fc.constant(640),
  fc.double({ min: 1, max: 100_000, noNaN: true }),
  fc.constant(100_000),
);

/** Counts the characters the string iterator hands out while `f` runs. */
function measuring<T>(f: () => T): { result: T; measured: number } {
  const proto = String.prototype as unknown as Record<symbol, () => Iterator<string>>;
  const original = proto[Symbol.iterator]!;
  let measured = 0;
  proto[Symbol.iterator] = function (this: string) {
    const it = original.call(this);
    return {
      next() {
        const r = it.next();
        if (!r.done) measured++;
        return r;
      },
      [Symbol.iterator]() {
        return this;
      },
    } as Iterator<string>;
  };
  try {
    return { result: f(), measured };
  } finally {
    proto[Symbol.iterator] = original;
  }
}

/**
 * The characters a text may cost: its length, but never more than fits the widest line of the
 * chart at its smallest font (11 px; a character at least 0.55 em), two more for the ellipsis.
 */
const fits = (s: string, px: number) => Math.min(s.length, Math.ceil(px / (0.55 * 11)) + 2);

/** How many lines a text makes. */
const lineCount = (s: string | undefined) => (s ? s.split('\n').length : 0);

/** Runs a chart; a coded error is a result too (its code is returned). */
function draw(f: () => string): { svg?: string; code?: string } {
  try {
    return { svg: f() };
  } catch (e) {
    if (!isShanxiIndustryError(e)) throw e;
    return { code: e.code };
  }
}

/** Registers the class 2 tests. */
export function chartText(): void {
  describe('class 2: chart text is fitted in linear work, within a bounded size', () => {
    const t = tally(
      `Fitting chart text reads at most what fits the chart's width (linear, never quadratic), and an SVG's size is bounded by its input: at most 4 × (the characters that fit, per text) characters read while fitting, at most 6,000 + 700 per bar, point or line of text + 12 per character of text; more than ${MAX_BARS.toLocaleString('en')} bars or ${MAX_POINTS.toLocaleString('en')} points is OUT_OF_RANGE`,
      '2',
      [
        'labels, titles, subtitles, sources and series names of up to 20,000 characters and 40 lines (Latin, CJK, emoji, lone surrogates, control characters, bidirectional overrides, markup)',
        'titles of up to 2,000 empty lines',
        'up to 2,000 bars, up to 5 lines of up to 600 points',
        'widths from 1 to 100,000 px',
        `${MAX_BARS.toLocaleString('en')} + 1 bars and ${MAX_POINTS.toLocaleString('en')} + 1 points`,
      ],
    );

    /** Checks the work and the size of a chart against its texts. */
    const bounded = (
      svg: string,
      measured: number,
      texts: readonly (string | undefined)[],
      items: number,
      px: number,
      labelled = items,
    ) => {
      const all = texts.filter((s): s is string => s !== undefined);
      // every text split in lines, each line fitted on its own
      const fitting = all.reduce(
        (n, s) => n + s.split('\n').reduce((m, l) => m + fits(l, px), 0),
        0,
      );
      // the chart's own texts (a bar's value, a line's legend, the ticks) count 40 characters
      expect(measured).toBeLessThanOrEqual(4 * (fitting + 40 * (labelled + 20)));
      const chars = all.reduce((n, s) => n + s.length, 0);
      const textLines = all.reduce((n, s) => n + lineCount(s), 0);
      expect(svg.length).toBeLessThanOrEqual(6_000 + 700 * (items + textLines) + 12 * chars);
      if (svg.length < 100_000) expectWellFormed(svg);
    };

    it('barChart', () => {
      fc.assert(
        fc.property(
          fc.array(text, { minLength: 1, maxLength: 4 }),
          fc.oneof(
            { weight: 4, arbitrary: fc.integer({ min: 0, max: 60 }) },
            { weight: 1, arbitrary: fc.integer({ min: 500, max: 2_000 }) },
          ),
          fc.record(
            {
              title: lines,
              subtitle: lines,
              source: lines,
              width,
              lang: fc.constantFrom('en', 'zh'),
            },
            { requiredKeys: [] },
          ),
          (labels, n, options) => {
            t.cases++;
            // a few label strings shared by the bars: memory stays small, the work does not
            const rows = Array.from({ length: n }, (_, i) => ({
              label: labels[i % labels.length]!,
              value: (i % 7) - 2.5,
            }));
            const { result, measured } = measuring(() =>
              draw(() => barChart(rows, { ...options, total: 1.5 })),
            );
            expect(result.code, 'only a coded error, and none for a chart it can draw').toBe(
              undefined,
            );
            bounded(
              result.svg!,
              measured,
              [...rows.map((r) => r.label), options.title, options.subtitle, options.source],
              n,
              options.width ?? 640,
            );
          },
        ),
        { numRuns: 40, seed: SEED },
      );
    });

    it('lineChart', () => {
      fc.assert(
        fc.property(
          fc.array(fc.tuple(text, fc.integer({ min: 0, max: 600 })), {
            minLength: 1,
            maxLength: 5,
          }),
          fc.record(
            {
              title: lines,
              subtitle: lines,
              source: lines,
              width,
              lang: fc.constantFrom('en', 'zh'),
            },
            { requiredKeys: [] },
          ),
          (spec, options) => {
            t.cases++;
            const series = spec.map(([name, k], s) => ({
              name,
              points: Array.from({ length: k }, (_, i) => ({
                period: `${2000 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}`,
                value: ((i * (s + 3)) % 41) - 20.5,
              })),
            }));
            const points = spec.reduce((n, [, k]) => n + k, 0);
            const { result, measured } = measuring(() => draw(() => lineChart(series, options)));
            expect(result.code).toBe(undefined);
            bounded(
              result.svg!,
              measured,
              [...spec.map(([name]) => name), options.title, options.subtitle, options.source],
              points + spec.length,
              options.width ?? 640,
              spec.length,
            );
          },
        ),
        { numRuns: 30, seed: SEED },
      );
    });

    it(`more than ${MAX_BARS} bars or ${MAX_POINTS} points: OUT_OF_RANGE, at once`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 5_000 }),
          fc.constantFrom('bars', 'points'),
          text,
          (over, what, label) => {
            t.cases++;
            const { result, measured } = measuring(() =>
              what === 'bars'
                ? draw(() =>
                    barChart(new Array(MAX_BARS + over).fill({ label, value: 1 }), {
                      title: label,
                    }),
                  )
                : draw(() =>
                    lineChart([
                      {
                        name: label,
                        points: new Array(MAX_POINTS + over).fill({ period: '2021-05', value: 1 }),
                      },
                    ]),
                  ),
            );
            expect(result.code).toBe('OUT_OF_RANGE');
            // refused before any text is fitted
            expect(measured).toBeLessThanOrEqual(1_000);
          },
        ),
        { numRuns: 20, seed: SEED },
      );
      // at the limits themselves, a chart
      expect(draw(() => barChart(new Array(MAX_BARS).fill({ label: 'x', value: 1 }))).svg).toMatch(
        /^<svg /,
      );
    });
  });
}
