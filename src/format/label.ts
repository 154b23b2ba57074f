/**
 * Names of ids in English and Chinese.
 *
 * @module
 */

import { ShanxiIndustryError, show } from '../errors.js';
import {
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  OWNERSHIPS,
  PRODUCTS,
  QUALIFIER_CATALOGUE,
  REGION_CATALOGUE,
  SCOPE_CATALOGUE,
  SECTORS,
  UNIT_CATALOGUE,
} from '../model/catalogues.js';

let names: Map<string, { en: string; zh: string }> | undefined;

function table(): Map<string, { en: string; zh: string }> {
  if (names) return names;
  const map = new Map<string, { en: string; zh: string }>();
  const add = (prefix: string, list: readonly { id: string; en: string; zh: string }[]) => {
    for (const e of list) map.set(prefix + e.id, { en: e.en, zh: e.zh });
  };
  add('', REGION_CATALOGUE);
  add('', INDICATOR_CATALOGUE);
  add('', MEASURE_CATALOGUE);
  add('', UNIT_CATALOGUE);
  add('', QUALIFIER_CATALOGUE);
  add('', SCOPE_CATALOGUE);
  add('sector:', SECTORS);
  add('ownership:', OWNERSHIPS);
  add('product:', PRODUCTS);
  map.set('total', { en: 'All industry', zh: '全部工业' });
  names = map;
  return map;
}

/**
 * The English or Chinese name of any id as it appears in an observation: a region
 * (`shanxi`), a breakdown (`sector:coal`, `product:raw-coal`, `total`), an indicator, a
 * measure, a unit, a qualifier or a scope (`above-size`, `all`, `unstated`).
 *
 * A unit's name is exact for the raw number of an observation in that unit, in both
 * languages: `${o.value}${label(o.unit, 'zh')}` reads as the published figure. The units of
 * English pages (million and billion tonnes, billion kWh, yuan and m³) are named in Chinese as
 * a multiple of 万 and 亿 with a leading `×` (`×10亿吨`, `×100万吨`), so that a number written
 * right before the name is never read ten times too small (`1.37×10亿吨`, not `1.3710亿吨`).
 * To show such a level as Chinese statistics write it (`13.7亿吨`), use
 * `formatValue(o, { lang: 'zh' })`, or `inChineseUnit(o)` for the value, precision and unit.
 *
 * @category Formatting
 * @param id - the id
 * @param lang - `en` (the default) or `zh`
 * @returns the name
 * @throws ShanxiIndustryError code `UNKNOWN_ID` when the id is in no catalogue;
 * `INVALID_OPTION` when `lang` is neither `en` nor `zh`
 * @example
 * ```ts
 * label('sector:coal');
 * //=> 'Coal industry'
 * label('sector:coal', 'zh');
 * //=> '煤炭工业'
 * label('tonnes-10k', 'zh');
 * //=> '万吨'
 * label('tonnes-billion', 'zh');
 * //=> '×10亿吨'
 * label('above-size', 'zh');
 * //=> '规模以上'
 * ```
 */
export function label(id: string, lang: 'en' | 'zh' = 'en'): string {
  if (lang !== 'en' && lang !== 'zh')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `Invalid language ${show(lang)}: accepted are "en" and "zh".`,
      lang,
    );
  const entry = typeof id === 'string' ? table().get(id) : undefined;
  if (!entry)
    throw new ShanxiIndustryError(
      'UNKNOWN_ID',
      `Unknown id ${show(id)}: expected a region, indicator, measure, unit, qualifier, scope, "total", or a breakdown such as "sector:coal".`,
      id,
    );
  return entry[lang];
}
