import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPoints } from '../../src/format/index.js';
import { decimalsOf } from '../../src/model/decimals.js';

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const decimals = fc.integer({ min: 0, max: 15 });
/** Short decimals, like published figures: k / 10^d. */
const published = fc
  .record({ k: fc.integer({ min: -100_000, max: 100_000 }), d: fc.integer({ min: 0, max: 3 }) })
  .map(({ k, d }) => ({ value: k / 10 ** d, d }));

/** Reads an English formatted percent back as a number. */
const parse = (s: string) => Number(s.replace(/[,%]/g, ''));

/**
 * A reference for the rounding: Intl itself, handed the number as written (a string, which
 * Intl reads as an exact decimal) with its default half-expand rounding. It may keep a minus
 * on zero; ours must not.
 */
const reference = (x: number, d: number) =>
  `${new Intl.NumberFormat('en', { minimumFractionDigits: d, maximumFractionDigits: d }).format(
    String(x) as never,
  )}%`.replace(/^-(?=0(?:\.0*)?%$)/, '');

describe('formatPercent properties', () => {
  it('parses back to a number within half a unit of the value', () => {
    fc.assert(
      fc.property(finite, decimals, (x, d) => {
        const s = formatPercent(x, { decimals: d });
        const y = parse(s);
        const half = 0.5 * 10 ** -d;
        const slack = Math.abs(x) * 2 ** -50 + Number.MIN_VALUE;
        expect(Math.abs(y - x)).toBeLessThanOrEqual(half + slack);
        expect(s.split('.')[1]?.length ?? 0).toBe(d + (d > 0 ? 1 : 0)); // digits + "%"
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds exactly as half-away-from-zero on the written decimal (Intl as the reference)', () => {
    fc.assert(
      fc.property(finite, decimals, (x, d) => {
        expect(formatPercent(x, { decimals: d })).toBe(reference(x, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('at their own precision, published figures print as written', () => {
    fc.assert(
      fc.property(published, ({ value, d }) => {
        const expected = `${value < 0 ? '-' : ''}${Math.abs(value)
          .toFixed(d)
          .replace(/^\d+/, (w) => Number(w).toLocaleString('en'))}%`;
        expect(formatPercent(value, { decimals: d })).toBe(expected);
        // Without decimals, the number's own written decimals are used.
        expect(formatPercent(value)).toBe(formatPercent(value, { decimals: decimalsOf(value) }));
      }),
      { numRuns: 1000 },
    );
  });

  it('never prints a negative zero, in any locale', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -0.5, max: 0, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('en', 'zh', 'de-DE', 'fr'),
        fc.boolean(),
        (x, d, locale, sign) => {
          for (const s of [
            formatPercent(x, { decimals: d, locale, sign }),
            formatPoints(x, { decimals: d, locale, sign }),
          ])
            if (/^[-\u2212]?[0.,\s\u00a0\u202f]+(?:%|\s|个|p)/u.test(s))
              expect(s).not.toMatch(/^[-\u2212]/u);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('Chinese and English share the number; only the words differ', () => {
    fc.assert(
      fc.property(published, fc.constantFrom('about', 'over', 'nearly'), ({ value, d }, q) => {
        const en = formatPoints(value, { decimals: d, qualifier: q });
        const zh = formatPoints(value, { decimals: d, qualifier: q, locale: 'zh' });
        const number = formatPercent(value, { decimals: d }).slice(0, -1);
        expect(en).toMatch(
          new RegExp(`^(about|over|nearly) ${number.replace(/[.]/g, '\\.')} points?$`),
        );
        expect(zh).toMatch(new RegExp(`^(约|超过|近)${number.replace(/[.]/g, '\\.')}个百分点$`));
      }),
      { numRuns: 500 },
    );
  });
});
