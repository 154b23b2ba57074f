/**
 * Levels as the command shows them: as published in English; in Chinese, in the units Chinese
 * statistics use (万吨 or 亿吨, 亿千瓦时, 亿元, 亿立方米), one unit per family for a whole
 * table column or chart, converted exactly by `inChineseUnit`.
 *
 * @module
 */
import { convertLevel, inChineseUnit, LEVEL_UNITS, type Unit } from 'shanxi-industry';
import type { Lang } from './i18n.js';
import type { ValueLike } from './render.js';

const isLevel = (unit: string | undefined): unit is Unit =>
  (LEVEL_UNITS as readonly (string | undefined)[]).includes(unit);

/** How the figures of one column are shown: each figure and a gap in the column's units. */
export interface ColumnUnits {
  /** A figure of the column in the unit it is shown in (itself when nothing changes). */
  shown<T extends ValueLike>(row: T): T;
  /** The unit a figure of `unit` is shown in. */
  unitOf(unit: Unit | undefined): Unit | undefined;
  /** A difference of two figures of `unit` (a gap), moved into the unit they are shown in. */
  gap(value: number, unit: Unit | undefined): number;
}

/**
 * The units a column of figures is shown in: in Chinese, every level of an English-style unit
 * in its Chinese unit, chosen once for the column (`inChineseUnit(row, column)`); in English,
 * as published.
 */
export function columnUnits(lang: Lang, column: readonly ValueLike[]): ColumnUnits {
  const targets = new Map<Unit, Unit>();
  const unitOf = (unit: Unit | undefined): Unit | undefined => {
    if (lang !== 'zh' || !isLevel(unit)) return unit;
    let target = targets.get(unit);
    if (target === undefined) {
      const first = column.find((r) => r.unit === unit) ?? { value: 0, unit };
      target = inChineseUnit(first, column).unit;
      targets.set(unit, target);
    }
    return target;
  };
  return {
    unitOf,
    shown<T extends ValueLike>(row: T): T {
      const target = unitOf(row.unit);
      if (target === undefined || target === row.unit) return row;
      // the same column gives the same Chinese unit: the one `unitOf` chose
      const moved = inChineseUnit(
        { value: row.value, decimals: row.decimals, unit: row.unit as Unit },
        column,
      );
      return { ...row, value: moved.value, decimals: moved.decimals, unit: moved.unit };
    },
    gap(value: number, unit: Unit | undefined): number {
      const target = unitOf(unit);
      return target === undefined || target === unit || unit === undefined
        ? value
        : convertLevel(value, unit, target);
    },
  };
}
