/**
 * Exact conversion between level units of one family. No zod, no data.
 *
 * @module
 */
import { readList, readObject, readOrFail, ShanxiIndustryError, show } from '../errors.js';
import { decimalsOf } from './decimals.js';
import { checkedObservation } from './observation.js';
import type { Observation } from './types.js';
import type { LevelUnit, Unit } from './vocab.js';

/** Each level unit as [family, power of ten of the base unit]. */
const SCALE: Record<LevelUnit, readonly [string, number]> = {
  'tonnes-10k': ['tonnes', 4],
  'tonnes-million': ['tonnes', 6],
  'tonnes-100m': ['tonnes', 8],
  'tonnes-billion': ['tonnes', 9],
  'kwh-100m': ['kwh', 8],
  'kwh-billion': ['kwh', 9],
  'yuan-100m': ['yuan', 8],
  'yuan-billion': ['yuan', 9],
  'yuan-trillion': ['yuan', 12],
  'm3-100m': ['m3', 8],
  'm3-billion': ['m3', 9],
  'vehicles-10k': ['vehicles', 4],
};

/**
 * The family of a level unit (`tonnes`, `kwh`, `yuan`, `m3`, `vehicles`), or `undefined` for `percent`,
 * `rank` and unknown ids.
 *
 * @category Data
 * @param unit - a unit id
 * @returns the family
 * @example
 * ```ts
 * unitFamily('tonnes-10k');
 * //=> 'tonnes'
 * unitFamily('percent');
 * //=> undefined
 * ```
 */
export function unitFamily(
  unit: string,
): 'tonnes' | 'kwh' | 'yuan' | 'm3' | 'vehicles' | undefined {
  return typeof unit === 'string' && Object.hasOwn(SCALE, unit)
    ? (SCALE[unit as LevelUnit][0] as 'tonnes' | 'kwh' | 'yuan' | 'm3' | 'vehicles')
    : undefined;
}

/**
 * The power of ten of a unit's base unit that one unit stands for (`tonnes-10k` → 4,
 * `tonnes-billion` → 9); 0 for `percent`, `rank` and unknown ids. Used to compare the precision
 * of figures written in different units.
 *
 * @internal
 */
export function unitPower(unit: string): number {
  return typeof unit === 'string' && Object.hasOwn(SCALE, unit) ? SCALE[unit as LevelUnit][1] : 0;
}

function scaleOf(unit: unknown, role: string): readonly [string, number] {
  if (typeof unit === 'string' && Object.hasOwn(SCALE, unit)) return SCALE[unit as LevelUnit];
  throw new ShanxiIndustryError(
    typeof unit === 'string' && (unit === 'percent' || unit === 'rank')
      ? 'INCOMPATIBLE_UNITS'
      : 'UNKNOWN_ID',
    `${role} unit ${show(unit)} is not a level unit; accepted: ${Object.keys(SCALE).join(', ')}.`,
    unit,
  );
}

/** Shifts the decimal point of a finite number's shortest decimal form by `shift` places. */
function shiftDecimal(value: number, shift: number): { value: number; decimals: number } {
  const [mantissa, exp = '0'] = String(value).split('e');
  const negative = mantissa!.startsWith('-');
  const [int, frac = ''] = (negative ? mantissa!.slice(1) : mantissa!).split('.');
  const digits = int! + frac;
  const point = int!.length + Number(exp) + shift;
  const text =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + '0'.repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  const dot = text.indexOf('.');
  return {
    value: Number((negative ? '-' : '') + text),
    decimals: dot < 0 ? 0 : text.length - dot - 1,
  };
}

/**
 * Converts a level between two units of one family exactly: every level unit is a power of
 * ten of its base unit, so the conversion moves the decimal point and nothing else
 * (976 `tonnes-million` = 97,600 `tonnes-10k`; 8.15 `m3-billion` = 81.5 `m3-100m`). The result
 * is the double nearest to the exact decimal, never the product of two rounded doubles.
 *
 * @category Data
 * @param value - the level, in `fromUnit`
 * @param fromUnit - its unit
 * @param toUnit - the unit wanted, of the same family
 * @returns the level in `toUnit`
 * @throws ShanxiIndustryError code `NOT_A_NUMBER` when `value` is not finite; `UNKNOWN_ID`
 * for a unit that is not a level unit; `INCOMPATIBLE_UNITS` across families (tonnes to kWh)
 * or for `percent` and `rank`; `OUT_OF_RANGE` when the result would overflow to ±Infinity
 * (`convertLevel(1e308, 'tonnes-billion', 'tonnes-10k')`)
 * @example
 * ```ts
 * convertLevel(976, 'tonnes-million', 'tonnes-10k');
 * //=> 97600
 * convertLevel(8.15, 'm3-billion', 'm3-100m');
 * //=> 81.5
 * ```
 */
export function convertLevel(value: number, fromUnit: Unit, toUnit: Unit): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new ShanxiIndustryError(
      'NOT_A_NUMBER',
      `value ${show(value)} is not a finite number.`,
      value,
    );
  const [fromFamily, fromExp] = scaleOf(fromUnit, 'from');
  const [toFamily, toExp] = scaleOf(toUnit, 'to');
  if (fromFamily !== toFamily)
    throw new ShanxiIndustryError(
      'INCOMPATIBLE_UNITS',
      `Cannot convert ${show(fromUnit)} (${fromFamily}) to ${show(toUnit)} (${toFamily}).`,
      [fromUnit, toUnit],
    );
  return shifted(value, fromExp - toExp, fromUnit, toUnit).value;
}

/** {@link shiftDecimal}, refusing a result that overflows to ±Infinity; never -0. */
function shifted(
  value: number,
  shift: number,
  fromUnit: unknown,
  toUnit: unknown,
): { value: number; decimals: number } {
  const out = shiftDecimal(value, shift);
  if (!Number.isFinite(out.value))
    throw new ShanxiIndustryError(
      'OUT_OF_RANGE',
      `${show(value)} ${show(fromUnit)} is too large to express in ${show(toUnit)}.`,
      value,
    );
  return out.value === 0 ? { value: 0, decimals: out.decimals } : out;
}

/**
 * An observation's level read in another unit of its family: a new frozen observation whose
 * value, unit and decimals are converted exactly (the precision moves with the decimal
 * point); the original, and the stored data, keep the published unit. Into a smaller unit
 * the precision can fall below whole numbers, which `decimals` cannot say: 11.9亿吨 in
 * million tonnes is `1190` with `decimals: 0`, though only the tens were published.
 *
 * @category Data
 * @param observation - an observation with a level unit
 * @param unit - the unit wanted
 * @returns a converted frozen copy (the observation itself when `unit` is already its unit
 * and it is frozen)
 * @throws ShanxiIndustryError codes as for {@link convertLevel}; `INVALID_OBSERVATIONS`
 * when `observation` is not an object or cannot be read (a revoked Proxy, a throwing getter),
 * or a field is not what an observation holds (a region, an indicator, … text for a note);
 * `INVALID_DECIMALS` when its `decimals` is not a whole number from 0 to 15; `OUT_OF_RANGE`
 * when the converted figure would need more than 15 decimals
 * @example
 * ```ts
 * const o = { region: 'shanxi', indicator: 'output', breakdown: 'product:raw-coal', period: '2014',
 *   measure: 'level', value: 976, decimals: 0, unit: 'tonnes-million', source: 's002' } as const;
 * inUnit(o, 'tonnes-100m');
 * //=> { region: 'shanxi', indicator: 'output', breakdown: 'product:raw-coal', period: '2014', measure: 'level', value: 9.76, decimals: 2, unit: 'tonnes-100m', source: 's002' }
 * ```
 */
export function inUnit(observation: Observation, unit: Unit): Observation {
  if (typeof observation !== 'object' || observation === null)
    throw new ShanxiIndustryError(
      'INVALID_OBSERVATIONS',
      `inUnit takes an observation; got ${show(observation)}.`,
      observation,
    );
  scaleOf(unit, 'to');
  const copy = readOrFail(
    () => ({ ...observation }),
    'INVALID_OBSERVATIONS',
    'The observation',
    observation,
  );
  const { value, decimals, unit: from } = copy;
  const moved = levelIn(value, decimals, from, unit);
  // every other field checked too: nothing unchecked is carried into the result
  const row = checkedObservation(observation, 'inUnit: the observation');
  if (from === unit) return row;
  return Object.freeze({ ...row, ...moved, unit });
}

/**
 * A level at its published precision, read in another unit of its family (what {@link inUnit}
 * does to an observation's value and decimals): the value moved exactly, the decimals moved
 * with the point. Codes as for {@link inUnit}.
 *
 * @internal
 */
export function levelIn(
  value: number,
  decimals: number,
  from: Unit,
  unit: Unit,
): { readonly value: number; readonly decimals: number } {
  convertLevel(value, from, unit);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15)
    throw new ShanxiIndustryError(
      'INVALID_DECIMALS',
      `inUnit: the observation's decimals must be a whole number from 0 to 15; got ${show(decimals)}.`,
      decimals,
    );
  if (from === unit) return { value: value + 0, decimals: decimals + 0 };
  const [, fromExp] = scaleOf(from, 'from');
  const [, toExp] = scaleOf(unit, 'to');
  const moved = shifted(value, fromExp - toExp, from, unit);
  // decimals: the published precision moves with the point; whole-number results keep none
  const places = Math.max(0, decimals + (toExp - fromExp), moved.decimals);
  if (places > 15)
    throw new ShanxiIndustryError(
      'OUT_OF_RANGE',
      `inUnit: ${show(value)} ${show(from)} in ${show(unit)} needs ${places} decimals, more than 15.`,
      value,
    );
  return { value: moved.value, decimals: places };
}

/**
 * A level converted exactly into the unit it is shown in, as {@link inOneUnit} and
 * {@link inChineseUnit} give it.
 *
 * @category Data
 */
export interface ConvertedLevel {
  /** The value in `unit`: the published digits, the decimal point moved. */
  readonly value: number;
  /** Its precision in `unit`: the published precision moved with the point. */
  readonly decimals: number;
  /** The unit it is shown in (`tonnes-10k`, `tonnes-100m`, `tonnes-million`, …), or the unit as it was. */
  readonly unit: Unit;
}

/**
 * A level written in the unit Chinese statistics use, as {@link inChineseUnit} gives it:
 * `tonnes-10k` (万吨), `tonnes-100m` (亿吨), `kwh-100m`, `yuan-100m`, `m3-100m`, or the unit
 * as it was.
 *
 * @category Data
 */
export type ChineseLevel = ConvertedLevel;

/**
 * What {@link inChineseUnit} reads of a level: an observation, a `compareSectors` row or any
 * `{ value, decimals?, unit }`.
 *
 * @category Data
 */
export interface LevelFigure {
  /** The value, in `unit`. */
  readonly value: number;
  /** Its published precision; default the number's own written decimals. */
  readonly decimals?: number | undefined;
  /** Its unit. */
  readonly unit?: Unit | undefined;
}

/** English-style units and the 亿 unit Chinese statistics write them in (tonnes: see below). */
const ZH_UNIT: Readonly<Partial<Record<Unit, Unit>>> = /* @__PURE__ */ Object.freeze({
  'kwh-billion': 'kwh-100m',
  'yuan-billion': 'yuan-100m',
  'm3-billion': 'm3-100m',
});

/** Reads `{ value, decimals, unit }` of a level, checked; `where` names it in messages. */
function levelOf(
  level: unknown,
  where: string,
): { value: number; decimals: number | undefined; unit: Unit } {
  const o = readOrFail(
    () =>
      typeof level === 'object' && level !== null && !Array.isArray(level)
        ? {
            value: (level as LevelFigure).value,
            decimals: (level as LevelFigure).decimals,
            unit: (level as LevelFigure).unit,
          }
        : undefined,
    'INVALID_OBSERVATIONS',
    where,
    level,
  );
  if (!o)
    throw new ShanxiIndustryError(
      'INVALID_OBSERVATIONS',
      `${where} must be a level { value, decimals, unit }; got ${show(level)}.`,
      level,
    );
  if (typeof o.value !== 'number' || !Number.isFinite(o.value))
    throw new ShanxiIndustryError(
      'NOT_A_NUMBER',
      `${where}.value is not a finite number; got ${show(o.value)}.`,
      o.value,
    );
  const unit = o.unit ?? 'percent';
  if (
    typeof unit !== 'string' ||
    !(unit === 'percent' || unit === 'rank' || Object.hasOwn(SCALE, unit))
  )
    throw new ShanxiIndustryError(
      'UNKNOWN_ID',
      `${where}.unit ${show(unit)} is not a unit; accepted: percent, rank, ${Object.keys(SCALE).join(', ')}.`,
      unit,
    );
  const d = o.decimals;
  if (d !== undefined && (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 15))
    throw new ShanxiIndustryError(
      'INVALID_DECIMALS',
      `${where}.decimals must be a whole number from 0 to 15; got ${show(d)}.`,
      d,
    );
  return { value: o.value, decimals: d, unit: unit as Unit };
}

/**
 * Whether a level is at least 1亿 (10⁸) of its base unit, decided on its decimal digits.
 *
 * @internal
 */
export const atLeast100m = (value: number, unit: string): boolean =>
  shiftDecimal(Math.abs(value), unitPower(unit) - 8).value >= 1;

/**
 * The unit Chinese statistics write a level of `unit` in: for million and billion tonnes, 亿吨
 * when `big` (every tonnes level shown with it is at least 1亿吨, see {@link atLeast100m}),
 * else 万吨; the 亿 unit for billion kWh, yuan and m³; `unit` itself otherwise.
 *
 * @internal
 */
export const chineseUnitOf = (unit: Unit, big: boolean): Unit =>
  unit === 'tonnes-million' || unit === 'tonnes-billion'
    ? big
      ? 'tonnes-100m'
      : 'tonnes-10k'
    : (ZH_UNIT[unit] ?? unit);

/**
 * A level moved exactly into another unit of its family, its precision moved with the point
 * (no checks: a finite value, whole decimals 0–15, units of one family).
 *
 * @internal
 */
export function moveLevel(
  value: number,
  decimals: number,
  from: string,
  to: string,
): { value: number; decimals: number } {
  const shift = unitPower(from) - unitPower(to);
  const out = shiftDecimal(value, shift);
  return {
    value: out.value === 0 ? 0 : out.value,
    decimals: Math.max(0, decimals - shift, out.decimals),
  };
}

/**
 * A level in the unit Chinese statistics write it in, converted exactly: 亿吨 or 万吨 for
 * tonnes, 亿千瓦时, 亿元 (万亿元 stays) and 亿立方米, never 百万吨 or 十亿吨. Units Chinese
 * pages publish (万吨, 亿吨, 亿千瓦时, 亿元, 万亿元, 亿立方米), `percent` and `rank` are
 * returned as they are.
 *
 * Levels published in million or billion tonnes go to 亿吨 when they are at least 1亿吨
 * (10⁸ t), else to 万吨: 1.37 billion t is 13.7亿吨, 88.827 million t is 8,882.7万吨. Give
 * `column`, the other levels shown with this one (a table column, the bars of one chart), and
 * the choice is made once for all of them: 亿吨 only when every tonnes level of the column
 * (this one included) is at least 1亿吨, so that one column never mixes 亿吨 and 万吨 for figures
 * it converts (entries of other units, rates and kWh, are not read). The conversion moves the decimal point and keeps the published digits and
 * precision (1.37 → 13.7, one decimal, not 13.70), as {@link inUnit} does. `formatValue(o, {
 * lang: 'zh' })`, the Markdown export and the command's lists show levels this way. Levels
 * published in Chinese units stay as they are, so a column may still hold 亿吨 beside 万吨;
 * for one unit over a column (a series, a ranking, a chart) see {@link inOneUnit}.
 *
 * @category Data
 * @param level - `{ value, decimals?, unit }`: an observation, a `compareSectors` row, …
 * (`unit` defaults to `percent`, `decimals` to the value's own written decimals)
 * @param column - the levels shown with it, so that one column takes one unit (default: none)
 * @returns a frozen `{ value, decimals, unit }`
 * @throws ShanxiIndustryError code `INVALID_OBSERVATIONS` when `level` (or a tonnes entry of
 * `column`) is not an object or cannot be read; `NOT_A_NUMBER` when a value is not finite;
 * `UNKNOWN_ID` for an unknown unit; `INVALID_DECIMALS` when `decimals` is not a whole number
 * from 0 to 15; `INVALID_OPTION` when `column` is not a list; `OUT_OF_RANGE` when the
 * converted figure would need more than 15 decimals
 * @example
 * ```ts
 * inChineseUnit({ value: 1.37, decimals: 2, unit: 'tonnes-billion' });
 * //=> { value: 13.7, decimals: 1, unit: 'tonnes-100m' }
 * inChineseUnit({ value: 88.827, decimals: 3, unit: 'tonnes-million' });
 * //=> { value: 8882.7, decimals: 1, unit: 'tonnes-10k' }
 * inChineseUnit({ value: 976, decimals: 0, unit: 'tonnes-million' }, [{ value: 95.435, unit: 'tonnes-million' }]);
 * //=> { value: 97600, decimals: 0, unit: 'tonnes-10k' }
 * inChineseUnit({ value: 146.4, decimals: 1, unit: 'kwh-billion' });
 * //=> { value: 1464, decimals: 0, unit: 'kwh-100m' }
 * inChineseUnit({ value: 135658.2, decimals: 1, unit: 'tonnes-10k' });
 * //=> { value: 135658.2, decimals: 1, unit: 'tonnes-10k' }
 * ```
 */
export function inChineseUnit(level: LevelFigure, column?: readonly LevelFigure[]): ChineseLevel {
  const { value, decimals, unit } = levelOf(level, 'inChineseUnit: the level');
  let big = atLeast100m(value, unit);
  if (unit === 'tonnes-million' || unit === 'tonnes-billion') {
    if (column !== undefined) {
      const list = readList(
        column,
        'INVALID_OPTION',
        'inChineseUnit: the column',
        'inChineseUnit: column takes a list of levels',
      );
      list.forEach((entry, i) => {
        const where = `inChineseUnit: column[${i}]`;
        const u = readOrFail(
          () => (entry as LevelFigure | null)?.unit,
          'INVALID_OBSERVATIONS',
          where,
          entry,
        );
        // only the tonnes levels of the column count; other rows (rates, kWh) are not read
        if (unitFamily(u as string) === 'tonnes') {
          const other = levelOf(entry, where);
          big &&= atLeast100m(other.value, other.unit);
        }
      });
    }
  }
  const target = chineseUnitOf(unit, big);
  const places = decimals ?? Math.min(15, decimalsOf(value));
  const out = moveLevel(value, places, unit, target);
  if (!Number.isFinite(out.value) || out.decimals > 15)
    throw new ShanxiIndustryError(
      'OUT_OF_RANGE',
      `inChineseUnit: ${show(value)} ${show(unit)} cannot be written in ${target} within 15 decimals.`,
      value,
    );
  return Object.freeze({ ...out, unit: target });
}

/**
 * Options of {@link inOneUnit}.
 *
 * @category Data
 */
export interface OneUnitOptions {
  /** The language the levels are shown in: `en` (the default) or `zh`. */
  readonly lang?: 'en' | 'zh' | undefined;
}

/** The units Chinese statistics write levels in (a column all in one of them stays in it). */
const CHINESE_UNITS: readonly string[] = [
  'tonnes-10k',
  'tonnes-100m',
  'kwh-100m',
  'yuan-100m',
  'yuan-trillion',
  'm3-100m',
  'vehicles-10k',
];

/**
 * The units a column that mixes units of one family is shown in, by language and family:
 * `[unit, larger unit]`; the larger one when every level of the column is at least 1 of it.
 */
const COLUMN_UNITS: Readonly<Record<'en' | 'zh', Readonly<Record<string, readonly Unit[]>>>> = {
  en: {
    tonnes: ['tonnes-million', 'tonnes-billion'],
    kwh: ['kwh-billion'],
    yuan: ['yuan-billion'],
    m3: ['m3-billion'],
    vehicles: ['vehicles-10k'],
  },
  zh: {
    tonnes: ['tonnes-10k', 'tonnes-100m'],
    kwh: ['kwh-100m'],
    yuan: ['yuan-100m'],
    m3: ['m3-100m'],
    vehicles: ['vehicles-10k'],
  },
};

/**
 * The levels of one column (a table column, a series, the bars of one chart) in one unit for
 * each family, converted exactly: the decimal point moved, the published digits and precision
 * kept (1.37 billion t is 13.7亿吨, not 13.70亿吨), so that figures published in different
 * units (135,658.2万吨 and 9.71亿吨) are shown, compared and drawn on one scale.
 *
 * The unit of each family (tonnes, kWh, yuan, m³, vehicles) is chosen once for the column:
 * - When every level of the family was published in one unit, that unit, as published (in
 *   Chinese, if it is one Chinese statistics use; million or billion tonnes, kWh, yuan or m³
 *   go to the Chinese unit below).
 * - Otherwise, in Chinese, the unit Chinese statistics use: 亿吨 when every tonnes level is at
 *   least 1亿吨, else 万吨 (as {@link inChineseUnit} picks); 亿千瓦时, 亿元, 亿立方米, 万辆.
 * - Otherwise, in English, the units English reports use: billion tonnes when every tonnes
 *   level is at least one billion, else million tonnes; billion kWh, billion yuan, billion m³,
 *   10,000 vehicles.
 *
 * Entries that are not levels (`percent`, `rank`) are returned as they are. A figure's data is
 * never changed: this is for showing it (an export keeps the published unit).
 *
 * @category Data
 * @param levels - the column: `{ value, decimals?, unit }` each (observations, `compareSectors`
 * rows, …; `unit` defaults to `percent`, `decimals` to the value's own written decimals)
 * @param options - `lang`: `en` (the default) or `zh`
 * @returns a frozen list of frozen `{ value, decimals, unit }`, one per level, in order
 * @throws ShanxiIndustryError code `INVALID_OPTION` when `levels` is not a list, an option is
 * unknown or `lang` is neither `en` nor `zh`; `INVALID_OBSERVATIONS` when an entry is not an
 * object or cannot be read; `NOT_A_NUMBER` when a value is not finite; `UNKNOWN_ID` for an
 * unknown unit; `INVALID_DECIMALS` when `decimals` is not a whole number from 0 to 15;
 * `OUT_OF_RANGE` when a converted figure would need more than 15 decimals
 * @example
 * ```ts
 * const column = [
 *   { value: 9.71, decimals: 2, unit: 'tonnes-100m' },
 *   { value: 135658.2, decimals: 1, unit: 'tonnes-10k' },
 * ] as const;
 * inOneUnit(column, { lang: 'zh' });
 * //=> [{ value: 9.71, decimals: 2, unit: 'tonnes-100m' }, { value: 13.56582, decimals: 5, unit: 'tonnes-100m' }]
 * inOneUnit(column);
 * //=> [{ value: 971, decimals: 0, unit: 'tonnes-million' }, { value: 1356.582, decimals: 3, unit: 'tonnes-million' }]
 * inOneUnit([{ value: 4376.1, decimals: 1, unit: 'kwh-100m' }, { value: 146.4, decimals: 1, unit: 'kwh-billion' }]);
 * //=> [{ value: 437.61, decimals: 2, unit: 'kwh-billion' }, { value: 146.4, decimals: 1, unit: 'kwh-billion' }]
 * inOneUnit([{ value: 135658.2, decimals: 1, unit: 'tonnes-10k' }, { value: 23.9, unit: 'percent' }]);
 * //=> [{ value: 135658.2, decimals: 1, unit: 'tonnes-10k' }, { value: 23.9, decimals: 1, unit: 'percent' }]
 * ```
 */
export function inOneUnit(
  levels: readonly LevelFigure[],
  options?: OneUnitOptions,
): readonly ConvertedLevel[] {
  const list = readList(
    levels,
    'INVALID_OPTION',
    'inOneUnit: the levels',
    'inOneUnit takes a list of levels',
  );
  const o =
    options === undefined ? {} : readObject(options, 'INVALID_OPTION', 'inOneUnit: options');
  if (o === undefined)
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `inOneUnit: options must be an object; got ${show(options)}.`,
      options,
    );
  for (const k of Object.keys(o))
    if (k !== 'lang')
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `inOneUnit: unknown option ${show(k)}; accepted: lang.`,
        k,
      );
  const lang = o.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `inOneUnit: lang takes "en" or "zh"; got ${show(lang)}.`,
      lang,
    );
  const read = list.map((entry, i) => levelOf(entry, `inOneUnit: levels[${i}]`));
  const targets = columnTargets(read, lang);
  return Object.freeze(
    read.map(({ value, decimals, unit }) => {
      const places = decimals ?? Math.min(15, decimalsOf(value));
      const target = targets.get(unitFamily(unit) ?? '') ?? unit;
      if (target === unit) return Object.freeze({ value: value + 0, decimals: places, unit });
      const out = moveLevel(value, places, unit, target);
      if (!Number.isFinite(out.value) || out.decimals > 15)
        throw new ShanxiIndustryError(
          'OUT_OF_RANGE',
          `inOneUnit: ${show(value)} ${show(unit)} cannot be written in ${target} within 15 decimals.`,
          value,
        );
      return Object.freeze({ ...out, unit: target });
    }),
  );
}

/**
 * The unit of each family a column of checked levels is shown in (see {@link inOneUnit}).
 *
 * @internal
 */
export function columnTargets(
  levels: readonly { readonly value: number; readonly unit: string }[],
  lang: 'en' | 'zh',
): Map<string, Unit> {
  const byFamily = new Map<string, { units: Set<string>; values: [number, string][] }>();
  for (const { value, unit } of levels) {
    const family = unitFamily(unit);
    if (family === undefined) continue;
    const f = byFamily.get(family) ?? { units: new Set(), values: [] };
    f.units.add(unit);
    f.values.push([value, unit]);
    byFamily.set(family, f);
  }
  const out = new Map<string, Unit>();
  for (const [family, { units, values }] of byFamily) {
    const [only] = units;
    if (units.size === 1 && (lang === 'en' || CHINESE_UNITS.includes(only!))) {
      out.set(family, only as Unit);
      continue;
    }
    const [small, large] = COLUMN_UNITS[lang][family]!;
    const big =
      large !== undefined &&
      values.every(
        ([v, u]) => shiftDecimal(Math.abs(v), unitPower(u) - unitPower(large)).value >= 1,
      );
    out.set(family, big ? large! : small!);
  }
  return out;
}
