/**
 * Bars and sparklines drawn with Unicode block characters.
 *
 * @module
 */

/** Left-anchored eighths of a cell: index n draws n/8. */
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'] as const;
const FULL = '█';
/** A right-anchored half cell: the tip of a bar that grows to the left. */
const RIGHT_HALF = '▐';
const SPARKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** A bar of `cells` cells (fractional), left-anchored, with eighths at its tip. */
function rightward(cells: number, nonzero: boolean): string {
  let eighths = Math.round(cells * 8);
  if (eighths === 0 && nonzero) eighths = 1; // a value that is not zero shows
  return FULL.repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

/** A bar of `cells` cells growing to the left (right-anchored), in halves at its tip. */
function leftward(cells: number, width: number, nonzero: boolean): string {
  let halves = Math.round(cells * 2);
  if (halves === 0 && nonzero) halves = 1;
  const body = (halves % 2 ? RIGHT_HALF : '') + FULL.repeat(Math.floor(halves / 2));
  return ' '.repeat(Math.max(0, width - body.length)) + body;
}

/** How a column of bars is drawn: the scale, and where the zero axis is. */
export interface BarScale {
  /** Columns left of the axis (for negative values); 0 when no value is negative. */
  readonly left: number;
  /** Columns right of the axis (for positive values). */
  readonly right: number;
  /** Cells per unit of value. */
  readonly perUnit: number;
  /** Whether an axis character separates the two sides. */
  readonly axis: boolean;
}

/**
 * The scale of a column of bars `width` columns wide: scaled to the largest |value|. When a
 * value is negative, the column is split at a zero axis (`|`): negative bars grow to the left
 * of it and positive bars to the right, so a negative value can never be mistaken for a
 * positive one.
 */
export function barScale(values: readonly number[], width: number): BarScale {
  const pos = Math.max(0, ...values);
  const neg = Math.max(0, ...values.map((v) => -v));
  if (neg === 0) return { left: 0, right: width, perUnit: pos > 0 ? width / pos : 0, axis: false };
  const cells = Math.max(2, width - 1);
  const perUnit = cells / (pos + neg);
  const left = pos === 0 ? cells : Math.max(1, Math.round(neg * perUnit));
  return { left, right: cells - left, perUnit, axis: true };
}

/** One bar on a scale; `axis` is the character of the zero axis (`│` or `|`). */
export function bar(value: number, scale: BarScale, axis = '|'): string {
  if (!Number.isFinite(value)) return '';
  const cells = Math.abs(value) * scale.perUnit;
  if (!scale.axis) return rightward(Math.min(cells, scale.right), value !== 0);
  if (value < 0) return leftward(Math.min(cells, scale.left), scale.left, true) + axis;
  return ' '.repeat(scale.left) + axis + rightward(Math.min(cells, scale.right), value !== 0);
}

/** What a sparkline draws for a period without a figure. */
export const MISSING = '·';

/**
 * A sparkline: one character per value, from ▁ (the lowest) to █ (the highest); a flat
 * series is drawn at mid height. With `missing` (from `missingBefore`), the periods without a
 * figure between two values are marked: one `·` each up to three, and a longer break as
 * `·N·` (N periods), so that the points are never spaced as if they were consecutive.
 */
export function sparkline(values: readonly number[], missing?: readonly number[]): string {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return '';
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  return values
    .map((v, i) => {
      const m = missing?.[i] ?? 0;
      const gap = m === 0 ? '' : m <= 3 ? MISSING.repeat(m) : `${MISSING}${m}${MISSING}`;
      if (!Number.isFinite(v)) return `${gap} `;
      if (max === min) return gap + SPARKS[3];
      const k = Math.round(((v - min) / (max - min)) * (SPARKS.length - 1));
      return gap + SPARKS[Math.min(SPARKS.length - 1, Math.max(0, k))];
    })
    .join('');
}
