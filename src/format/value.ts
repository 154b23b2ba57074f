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
  readonly lang?: 'en' | 'zh';
}

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
 * @category Formatting
 * @param observation - an observation (its `value`, `decimals`, `unit` and `qualifier` are used)
 * @param options - `lang`: `en` (the default) or `zh`
 * @returns the formatted value
 * @throws ShanxiIndustryError code NOT_A_NUMBER when the value is not a finite number
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is not a whole number from 0 to 15
 * @throws ShanxiIndustryError code UNKNOWN_ID when the unit is not in the catalogue
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown, `lang` is neither
 * `en` nor `zh`, or the observation is not an object
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
    if (k !== 'lang')
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `formatValue: unknown option ${show(k)}; accepted: lang.`,
        k,
      );
  const lang = o.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `formatValue: lang takes "en" or "zh"; got ${show(lang)}.`,
      lang,
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
  const s = settings(
    value,
    { decimals, locale: lang, ...(qualifier === undefined ? {} : { qualifier }) },
    'formatValue',
  );
  if (unit === 'percent') return qualify(intl(s.text, s, true), s);
  const n = intl(s.text, s, false);
  if (unit === 'rank') return qualify(zh ? `第${n}位` : `No. ${n}`, s);
  const entry = UNIT_CATALOGUE.find((e) => e.id === unit);
  if (!entry)
    throw new ShanxiIndustryError(
      'UNKNOWN_ID',
      `formatValue: unknown unit ${show(unit)}; accepted: ${UNIT_CATALOGUE.map((e) => e.id).join(', ')}.`,
      unit,
    );
  if (zh) return qualify(`${n}${entry.zh}`, s);
  return qualify(/^\d/.test(entry.en) ? `${n} × ${entry.en}` : `${n} ${entry.en}`, s);
}
