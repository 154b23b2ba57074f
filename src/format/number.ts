/**
 * Percents and percentage points for people: published precision, 四舍五入 on the number as
 * written, `Intl.NumberFormat` for the locale.
 *
 * @module
 */

import { readObject, ShanxiIndustryError, show } from '../errors.js';
import { QUALIFIER_CATALOGUE } from '../model/catalogues.js';
import { decimalsOf } from '../model/decimals.js';
import { QUALIFIERS, type Qualifier } from '../model/vocab.js';
import { roundAsWritten } from './decimal.js';

/**
 * Options of {@link formatPercent} and {@link formatPoints}.
 *
 * @category Formatting
 */
export interface FormatNumberOptions {
  /**
   * Digits after the decimal point, a whole number from 0 to 15. Default: the number's own
   * written decimals, read at 12 significant digits so that the binary noise of arithmetic
   * does not print (23.9 → 1; 24.1 − 23.9 = 0.20000000000000284 → 1), at most 15. Pass the
   * published precision to be explicit.
   */
  readonly decimals?: number | undefined;
  /** `en` (the default), `zh`, or any BCP 47 tag `Intl.NumberFormat` accepts (`de-DE`). */
  readonly locale?: string | undefined;
  /** The word the page put before the number: `about` (约), `over` (超过), `nearly` (近). */
  readonly qualifier?: Qualifier | undefined;
  /** `true`: write a plus sign before a positive number (`+0.6%`); zero never takes a sign. */
  readonly sign?: boolean | undefined;
}

const KEYS = ['decimals', 'locale', 'qualifier', 'sign'];

/** Checked options with defaults applied. @internal */
export interface NumberSettings {
  /** The rounded number as a plain decimal string. */
  readonly text: string;
  readonly decimals: number;
  readonly locale: string;
  /** Whether the words (qualifier, points) are Chinese. */
  readonly zh: boolean;
  readonly qualifier: Qualifier | undefined;
  readonly sign: boolean;
}

const fail = (
  code: 'NOT_A_NUMBER' | 'INVALID_OPTION' | 'INVALID_DECIMALS',
  m: string,
  v: unknown,
) => new ShanxiIndustryError(code, m, v);

/**
 * The default precision of a number: its written decimals read at 12 significant digits (so
 * that 0.20000000000000284, the double of 24.1 − 23.9, counts as 0.2), at most 15.
 *
 * @internal
 */
export const defaultDecimals = (value: number): number =>
  Math.min(15, decimalsOf(Number(value.toPrecision(12))));

/** Checks a value and options and rounds the value. @internal */
export function settings(value: unknown, options: unknown, fn: string): NumberSettings {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw fail('NOT_A_NUMBER', `${fn}: value is not a finite number; got ${show(value)}.`, value);
  // read once into a plain copy: a revoked Proxy or a getter that throws is INVALID_OPTION
  const o =
    options === undefined || options === null
      ? {}
      : readObject(options, 'INVALID_OPTION', `${fn}: options`);
  if (o === undefined)
    throw fail(
      'INVALID_OPTION',
      `${fn}: options must be an object; got ${show(options)}.`,
      options,
    );
  for (const k of Object.keys(o))
    if (!KEYS.includes(k))
      throw fail(
        'INVALID_OPTION',
        `${fn}: unknown option ${show(k)}; accepted: ${KEYS.join(', ')}.`,
        k,
      );
  const d = o.decimals === undefined ? defaultDecimals(value) : o.decimals;
  if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 15)
    throw fail(
      'INVALID_DECIMALS',
      `${fn}: decimals must be a whole number from 0 to 15; got ${show(d)}.`,
      d,
    );
  const locale = o.locale === undefined ? 'en' : o.locale;
  if (typeof locale !== 'string' || !validLocale(locale))
    throw fail(
      'INVALID_OPTION',
      `${fn}: locale takes "en", "zh" or a BCP 47 language tag; got ${show(locale)}.`,
      locale,
    );
  const q = o.qualifier;
  if (q !== undefined && !(QUALIFIERS as readonly unknown[]).includes(q))
    throw fail(
      'INVALID_OPTION',
      `${fn}: qualifier takes ${QUALIFIERS.join(', ')}; got ${show(q)}.`,
      q,
    );
  if (o.sign !== undefined && typeof o.sign !== 'boolean')
    throw fail('INVALID_OPTION', `${fn}: sign takes true or false; got ${show(o.sign)}.`, o.sign);
  return {
    text: roundAsWritten(value, d),
    decimals: d,
    locale,
    zh: /^zh(?:-|$)/i.test(locale),
    qualifier: q as Qualifier | undefined,
    sign: o.sign === true,
  };
}

function validLocale(locale: string): boolean {
  try {
    new Intl.NumberFormat(locale);
    return true;
  } catch {
    return false;
  }
}

/**
 * Formats an already-rounded decimal string with `Intl.NumberFormat`. The string is passed as
 * it is, so Intl (which reads numeric strings as exact decimals) has nothing left to round.
 *
 * @internal
 */
export function intl(text: string, s: NumberSettings, percent: boolean): string {
  const nf = new Intl.NumberFormat(s.locale, {
    style: percent ? 'percent' : 'decimal',
    minimumFractionDigits: s.decimals,
    maximumFractionDigits: s.decimals,
    signDisplay: s.sign ? 'exceptZero' : 'auto',
  });
  // Node 20's Intl.NumberFormat formats numeric strings exactly; the ES2022 lib types lack it.
  return (nf.format as unknown as (v: string) => string)(percent ? `${text}e-2` : text);
}

/** Puts the qualifier word before a formatted number: `about 29%`, `约29%`. @internal */
export function qualify(formatted: string, s: NumberSettings): string {
  if (s.qualifier === undefined) return formatted;
  const entry = QUALIFIER_CATALOGUE.find((e) => e.id === s.qualifier)!;
  return s.zh ? `${entry.zh}${formatted}` : `${entry.en} ${formatted}`;
}

/**
 * Formats a rate or share in percent, at its published precision, rounding half away from
 * zero (四舍五入) on the number as written: 17.45 → "17.5%", 1.15 → "1.2%".
 *
 * The number is rounded by decimal string arithmetic on `String(value)`, not on its binary
 * value (whose nearest double may lie just below the half), then laid out by
 * `Intl.NumberFormat` for the locale. A value that rounds to zero prints without a minus
 * ("0.0%", never "-0.0%"). A qualifier is written as the page did: "about 29%", "约29%".
 *
 * @category Formatting
 * @param value - the rate or share, in percent (23.9 means 23.9 %)
 * @param options - `decimals` (0–15; default the number's own), `locale` (`en`, `zh` or a BCP
 * 47 tag; default `en`), `qualifier`, `sign`
 * @returns the formatted percent
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `value` is not a finite number
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown, the locale is not a
 * valid tag, the qualifier is not `about`, `over` or `nearly`, `sign` is not a boolean, or the
 * options cannot be read (a revoked Proxy, a getter that throws)
 * @example
 * ```ts
 * formatPercent(17.45, { decimals: 1 });
 * //=> '17.5%'
 * formatPercent(1.15, { decimals: 1 });
 * //=> '1.2%'
 * formatPercent(1.005, { decimals: 2 });
 * //=> '1.01%'
 * formatPercent(23.9);
 * //=> '23.9%'
 * formatPercent(-0.04, { decimals: 1 });
 * //=> '0.0%'
 * formatPercent(29, { qualifier: 'about', locale: 'zh' });
 * //=> '约29%'
 * formatPercent(0.6, { sign: true });
 * //=> '+0.6%'
 * ```
 */
export function formatPercent(value: number, options?: FormatNumberOptions): string {
  const s = settings(value, options, 'formatPercent');
  return qualify(intl(s.text, s, true), s);
}

/**
 * Formats a gap between two rates in percentage points (百分点): "0.6 points", "0.6个百分点".
 * Rounding and layout as for {@link formatPercent}. The unit word is Chinese for `zh` locales
 * and English otherwise ("1 point", "1.0 points", "2 points").
 *
 * @category Formatting
 * @param value - the gap, in percentage points
 * @param options - `decimals` (0–15; default the number's own), `locale` (`en`, `zh` or a BCP
 * 47 tag; default `en`), `qualifier`, `sign`
 * @returns the formatted gap
 * @throws ShanxiIndustryError code NOT_A_NUMBER when `value` is not a finite number
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown, the locale is not a
 * valid tag, the qualifier is not `about`, `over` or `nearly`, `sign` is not a boolean, or the
 * options cannot be read (a revoked Proxy, a getter that throws)
 * @example
 * ```ts
 * formatPoints(0.6);
 * //=> '0.6 points'
 * formatPoints(0.6, { locale: 'zh' });
 * //=> '0.6个百分点'
 * formatPoints(-0.6, { sign: true });
 * //=> '-0.6 points'
 * formatPoints(1);
 * //=> '1 point'
 * ```
 */
export function formatPoints(value: number, options?: FormatNumberOptions): string {
  const s = settings(value, options, 'formatPoints');
  const n = intl(s.text, s, false);
  if (s.zh) return qualify(`${n}个百分点`, s);
  const plural = new Intl.PluralRules('en', {
    minimumFractionDigits: s.decimals,
    maximumFractionDigits: s.decimals,
  });
  return qualify(`${n} ${plural.select(Number(s.text)) === 'one' ? 'point' : 'points'}`, s);
}
