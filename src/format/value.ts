/**
 * An observation's value as people read it: published precision, unit and qualifier.
 *
 * @module
 */

import { readObject, readOrFail, ShanxiIndustryError, show } from '../errors.js';
import { UNIT_CATALOGUE } from '../model/catalogues.js';
import { decimalsOf } from '../model/decimals.js';
import type { Observation } from '../model/types.js';
import { inChineseUnit } from '../model/units.js';
import { LEVEL_UNITS } from '../model/vocab.js';
import { intl, qualify, settings } from './number.js';

/**
 * Options of {@link formatValue}.
 *
 * @category Formatting
 */
export interface FormatValueOptions {
  /** `en` (the default) or `zh`. */
  readonly lang?: 'en' | 'zh' | undefined;
  /**
   * `false`: leave out a level's unit, for a table column or a chart whose heading names it
   * ("4,376.1", "about 29", "a loss of over 4"); rates and ranks are written as always.
   * Default `true`.
   */
  readonly unit?: boolean | undefined;
}

/** The words that carry the sign of a negative figure with a qualifier (see formatValue). */
const SIGN_WORDS = {
  loss: { en: 'a loss of ', zh: '亏损' },
  down: { en: 'down ', zh: '下降' },
} as const;

/**
 * Whether a negative figure with a qualifier is written with a word for its sign: `loss` for
 * a profit level, `down` for a growth rate (`yoy`, `two-year-average`); `undefined` otherwise.
 *
 * @internal
 */
export const signWord = (indicator: unknown, measure: unknown): 'loss' | 'down' | undefined =>
  measure === 'level'
    ? indicator === 'profit'
      ? 'loss'
      : undefined
    : measure === 'yoy' || measure === 'two-year-average'
      ? 'down'
      : undefined;

/**
 * Formats an observation's value as the CLI and exports show it: at its published decimals,
 * with its unit and the qualifier the page used.
 *
 * Rates and shares print as percents ("23.9%", "约29%"); national ranks as "No. 23" / "第23位";
 * levels with the unit's name from the catalogue, after the number in Chinese and in English
 * either after it ("976 million tonnes") or, for the units that are a count of 10,000 or 100
 * million, as a multiple ("4,376.1 × 100 million kWh"). In Chinese, levels published in
 * millions or billions are written in the units Chinese statistics use, 万 and 亿, as
 * {@link inChineseUnit} converts them: "9.76亿吨" for 976 million tonnes, "超过13.7亿吨" for over
 * 1.37 billion, "8,882.7万吨" for 88.827 million (under 1亿吨), "1,464亿千瓦时" for 146.4
 * billion kWh; an exact move of the decimal point that keeps the published precision (1.37
 * billion is 13.7亿, not 13.70亿). Otherwise the number is never converted. Rounding and
 * layout as for {@link formatPercent}.
 *
 * A qualifier bounds the size of a figure, so a negative figure with one is written with a
 * word for its sign and the qualifier on its size: a profit level as a loss ("a loss of over 4
 * billion yuan", "亏损超过40亿元" for −4 billion yuan published as a loss of more than 4 billion),
 * a growth rate (`yoy`, `two-year-average`) as a fall ("down nearly 3%", "下降近3%"); never
 * "over -4 billion yuan", which would read as a figure above −4. The data is not changed (the
 * value stays −4 with the qualifier `over`). Without a qualifier the minus sign stays
 * ("-9.425 billion yuan", "-34.7%"): the number says it exactly, and lines up in a column.
 *
 * @category Formatting
 * @param observation - an observation (its `value`, `decimals`, `unit` and `qualifier` are used)
 * @param options - `lang`: `en` (the default) or `zh`; `unit`: `false` to leave out a level's
 * unit (the heading of a column names it)
 * @returns the formatted value
 * @throws ShanxiIndustryError code NOT_A_NUMBER when the value is not a finite number
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15
 * @throws ShanxiIndustryError code UNKNOWN_ID when the unit is not in the catalogue
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown, `lang` is neither
 * `en` nor `zh`, `unit` is not a boolean, or the observation is not an object
 * @example
 * ```ts
 * formatValue(find({ period: '2021-Q1', breakdown: 'sector:coal' })!);
 * //=> '24.1%'
 * formatValue(find({ period: '2023', indicator: 'output', breakdown: 'product:raw-coal', measure: 'share-of-china' })!, { lang: 'zh' });
 * //=> '约29.1%'
 * formatValue(find({ period: '2014', indicator: 'output', breakdown: 'product:raw-coal', measure: 'level' })!);
 * //=> '976 million tonnes'
 * formatValue(find({ period: '2023', indicator: 'output', breakdown: 'product:electricity', measure: 'level' })!, { lang: 'zh' });
 * //=> '4,376.1亿千瓦时'
 * formatValue(find({ period: '2014', indicator: 'output', breakdown: 'product:raw-coal', measure: 'level' })!, { lang: 'zh' });
 * //=> '9.76亿吨'
 * formatValue(find({ period: '2020-01/2020-10', indicator: 'output', breakdown: 'product:coke', measure: 'level' })!, { lang: 'zh' });
 * //=> '8,882.7万吨'
 * const loss = find({ period: '2015-H1', indicator: 'profit', breakdown: 'sector:coal', measure: 'level' })!;
 * [loss.value, loss.qualifier];
 * //=> [-4, 'over']
 * formatValue(loss);
 * //=> 'a loss of over 4 billion yuan'
 * formatValue(loss, { lang: 'zh' });
 * //=> '亏损超过40亿元'
 * formatValue(loss, { unit: false });
 * //=> 'a loss of over 4'
 * formatValue(find({ period: '2015', indicator: 'profit', breakdown: 'sector:coal', measure: 'level' })!);
 * //=> '-9.425 billion yuan'
 * ```
 */
export function formatValue(observation: Observation, options?: FormatValueOptions): string {
  if (typeof observation !== 'object' || observation === null)
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `formatValue takes an observation; got ${show(observation)}.`,
      observation,
    );
  const o =
    options === undefined ? {} : readObject(options, 'INVALID_OPTION', 'formatValue: options');
  if (o === undefined)
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      'formatValue: options must be an object.',
      options,
    );
  for (const k of Object.keys(o))
    if (k !== 'lang' && k !== 'unit')
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `formatValue: unknown option ${show(k)}; accepted: lang, unit.`,
        k,
      );
  const lang = o.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `formatValue: lang takes "en" or "zh"; got ${show(lang)}.`,
      lang,
    );
  const withUnit = o.unit ?? true;
  if (typeof withUnit !== 'boolean')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `formatValue: unit takes true or false; got ${show(withUnit)}.`,
      withUnit,
    );
  const row = readOrFail(
    () => ({ ...observation }),
    'INVALID_OPTION',
    'formatValue: the observation',
    observation,
  );
  const zh = lang === 'zh';
  let { value, unit } = row;
  const { qualifier } = row;
  let decimals = row.decimals ?? (Number.isFinite(value) ? decimalsOf(value) : undefined);
  const level = (LEVEL_UNITS as readonly unknown[]).includes(unit);
  const d = decimals as number;
  if (zh && level && Number.isFinite(value) && Number.isInteger(d) && d >= 0 && d <= 15)
    ({ value, unit, decimals } = inChineseUnit({ value, decimals: d, unit }));
  let s = settings(
    value,
    { decimals, locale: lang, ...(qualifier === undefined ? {} : { qualifier }) },
    'formatValue',
  );
  // a qualifier bounds the size of a loss or a fall: "a loss of over 4", never "over -4"
  const word =
    s.qualifier !== undefined && s.text.startsWith('-')
      ? signWord(row.indicator, row.measure)
      : undefined;
  if (word) s = { ...s, text: s.text.slice(1) };
  const signed = (text: string): string => (word ? SIGN_WORDS[word][lang] + text : text);
  if (unit === 'percent') return signed(qualify(intl(s.text, s, true), s));
  const n = intl(s.text, s, false);
  if (unit === 'rank') return qualify(zh ? `第${n}位` : `No. ${n}`, s);
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  if (!entry)
    throw new ShanxiIndustryError(
      'UNKNOWN_ID',
      `formatValue: unknown unit ${show(unit)}; accepted: ${UNIT_CATALOGUE.map((e) => e.id).join(', ')}.`,
      unit,
    );
  if (!withUnit) return signed(qualify(n, s));
  if (zh) return signed(qualify(`${n}${entry.zh}`, s));
  return signed(qualify(/^\d/.test(entry.en) ? `${n} × ${entry.en}` : `${n} ${entry.en}`, s));
}
