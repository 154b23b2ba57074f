/**
 * Levels as the command shows them. A list of figures (`show`): as published in English; in
 * Chinese, in the units Chinese statistics use (万吨 or 亿吨, 亿千瓦时, 亿元, 亿立方米),
 * converted exactly by `inChineseUnit`. One quantity over periods or breakdowns (`series`,
 * `compare`, their charts): every level of a family in one unit, chosen once for the column by
 * `inOneUnit`, so that the figures read, rank and draw on one scale.
 *
 * @module
 */
import {
  convertLevel,
  decimalsOf,
  inChineseUnit,
  inOneUnit,
  LEVEL_UNITS,
  UNIT_CATALOGUE,
  type Unit,
  unitFamily,
} from 'shanxi-industry';
import type { Lang } from './i18n.js';
import type { ValueLike } from './render.js';

const isLevel = (unit: string | undefined): unit is Unit =>
  (LEVEL_UNITS as readonly (string | undefined)[]).includes(unit);

/** Whether a unit is a level's (not `percent`, `rank` or none). */
export const isLevelUnit = isLevel;

/** The unit in words for a title or a heading: " (million tonnes)", " (亿吨)"; "" for none and percent. */
export function unitWords(unit: string | undefined, lang: Lang): string {
  if (unit === undefined || unit === 'percent') return '';
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  return entry ? ` (${entry[lang]})` : '';
}

/** How the figures of one column are shown: each figure and a gap in the column's units. */
export interface ColumnUnits {
  /** A figure of the column in the unit it is shown in (itself when nothing changes). */
  shown<T extends ValueLike>(row: T): T;
  /** The unit a figure of `unit` is shown in. */
  unitOf(unit: Unit | undefined): Unit | undefined;
  /** A difference of two figures of `unit` (a gap), moved into the unit they are shown in. */
  gap(value: number, unit: Unit | undefined): number;
  /**
   * The one unit every figure of the column is shown in, when there is one (for the heading or
   * the title, the cells then show numbers only); `undefined` when the column holds figures of
   * several units (levels of two families, a level beside a rate) or none.
   */
  readonly unit: Unit | undefined;
}

/**
 * A figure moved exactly into `target`, a unit of its family: the decimal point moved, its
 * precision moved with it (whole numbers keep none), every other field kept.
 */
function moved<T extends ValueLike>(row: T, target: Unit): T {
  const from = row.unit as Unit;
  const value = convertLevel(row.value, from, target);
  // the power of ten between the units: 10^4 from 亿吨 to 万吨
  const shift = Math.round(Math.log10(convertLevel(1, from, target)));
  const decimals = Math.min(15, Math.max(0, row.decimals - shift, decimalsOf(value)));
  return { ...row, value, decimals, unit: target };
}

/**
 * The {@link ColumnUnits} of a map from each family to the unit its levels are shown in (a
 * figure of a family the column does not hold is shown as published).
 */
function fromTargets(
  targets: ReadonlyMap<string, Unit>,
  unit: Unit | undefined,
  exact?: ReadonlyMap<object, ValueLike>,
): ColumnUnits {
  const unitOf = (u: Unit | undefined): Unit | undefined =>
    u === undefined ? u : (targets.get(unitFamily(u) ?? u) ?? u);
  return {
    unit,
    unitOf,
    shown<T extends ValueLike>(row: T): T {
      const target = unitOf(row.unit);
      if (target === undefined || target === row.unit) return row;
      const known = exact?.get(row);
      return known ? { ...row, ...known } : moved(row, target);
    },
    gap(value: number, u: Unit | undefined): number {
      const target = unitOf(u);
      return target === undefined || target === u || u === undefined
        ? value
        : convertLevel(value, u, target);
    },
  };
}

/** The one unit of a list of units, or `undefined` when they differ (or there are none). */
const single = (units: Iterable<Unit | undefined>): Unit | undefined => {
  const set = new Set(units);
  return set.size === 1 ? [...set][0] : undefined;
};

/**
 * The units a list of figures (`show`) is shown in: in Chinese, every level of an English-style
 * unit in its Chinese unit, chosen once for the column (`inChineseUnit(row, column)`); in
 * English, as published.
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
    unit: single(column.map((r) => unitOf(r.unit ?? 'percent'))),
    unitOf,
    shown<T extends ValueLike>(row: T): T {
      const target = unitOf(row.unit);
      if (target === undefined || target === row.unit) return row;
      // the same column gives the same Chinese unit: the one `unitOf` chose
      const m = inChineseUnit(
        { value: row.value, decimals: row.decimals, unit: row.unit as Unit },
        column,
      );
      return { ...row, value: m.value, decimals: m.decimals, unit: m.unit };
    },
    gap(value: number, unit: Unit | undefined): number {
      const target = unitOf(unit);
      return target === undefined || target === unit || unit === undefined
        ? value
        : convertLevel(value, unit, target);
    },
  };
}

/**
 * The units one quantity (a series, a ranking, a chart) is shown in: every level of a family in
 * one unit, chosen once for the column by `inOneUnit` (in Chinese 亿吨 when every tonnes level
 * is at least 1亿吨, else 万吨; in English the published unit when there is one, else million
 * or billion tonnes, billion kWh, …), converted exactly. A figure shown with the column but not
 * in it (a total, China's figure) is moved into the column's unit of its family. When a
 * converted figure would need more than 15 decimals, the figures are shown as published.
 */
export function oneUnitColumn(lang: Lang, column: readonly ValueLike[]): ColumnUnits {
  let converted: readonly { value: number; decimals: number; unit: Unit }[];
  try {
    converted = inOneUnit(
      column.map((r) => ({ value: r.value, decimals: r.decimals, unit: r.unit ?? 'percent' })),
      { lang },
    );
  } catch {
    return fromTargets(new Map(), single(column.map((r) => r.unit ?? 'percent')));
  }
  // one unit per family: a total or China's figure in another unit of it is moved there too
  const targets = new Map<string, Unit>();
  const exact = new Map<object, ValueLike>();
  column.forEach((row, i) => {
    const c = converted[i]!;
    const family = row.unit === undefined ? undefined : unitFamily(row.unit);
    if (family !== undefined) targets.set(family, c.unit);
    exact.set(row, c);
  });
  return fromTargets(targets, single(converted.map((c) => c.unit)), exact);
}
