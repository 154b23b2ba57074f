/**
 * Exact conversion between level units of one family. No zod, no data.
 *
 * @module
 */
import { readOrFail, ShanxiIndustryError, show } from '../errors.js';
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
 * point); the original, and the stored data, keep the published unit.
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
