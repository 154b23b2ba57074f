/**
 * The names releases give breakdowns: the catalogues' Chinese and English names plus the
 * variant wordings of the releases, mapped to breakdown ids.
 *
 * @module
 */
import { type Breakdown, OWNERSHIPS, PRODUCTS, SECTORS } from '../model/catalogues.js';

/** Variant wordings (Chinese) beside the catalogue names. */
const ZH_VARIANTS: readonly (readonly [string, Breakdown])[] = [
  ['规模以上工业增加值', 'total'],
  ['规上工业增加值', 'total'],
  ['规模以上工业', 'total'],
  ['规上工业', 'total'],
  ['全省工业', 'total'],
  ['电力、热力、燃气及水的生产和供应业', 'sector:utilities'],
  ['电力热力燃气及水生产和供应业', 'sector:utilities'],
  ['煤炭行业', 'sector:coal'],
  ['煤炭开采和洗选行业', 'sector:coal-mining-washing'],
  ['炼焦工业', 'sector:coking'],
  ['有色金属工业', 'sector:non-ferrous'],
  ['煤层气采掘业', 'sector:coalbed-methane'],
  ['热力燃气工业', 'sector:heat-gas'],
  ['电热气水生产供应业', 'sector:utilities'],
  ['战略性新兴产业', 'sector:strategic-emerging'],
  ['非煤行业', 'sector:non-coal'],
  ['外商及港澳台投资企业', 'ownership:foreign-funded'],
  ['国有控股', 'ownership:state-holding'],
  ['移动通信手持机', 'product:mobile-phones'],
  ['太阳能电池', 'product:photovoltaic-cells'],
  ['光伏电池', 'product:photovoltaic-cells'],
  ['原铝', 'product:primary-aluminium'],
  ['电解铝', 'product:primary-aluminium'],
];

/** Variant wordings (English, lower case) beside the catalogue names. */
const EN_VARIANTS: readonly (readonly [string, Breakdown])[] = [
  ['added value of industrial enterprises above designated size', 'total'],
  ['value added of industrial enterprises above designated size', 'total'],
  ['industrial enterprises above designated size', 'total'],
  ['added value of industrial enterprises above a designated size', 'total'],
  ['added value of industries above designated size', 'total'],
  ['value-added industrial output', 'total'],
  ['industrial added value', 'total'],
  ['industrial value added', 'total'],
  ['mining sector', 'sector:mining'],
  ['mining industry', 'sector:mining'],
  ['manufacturing sector', 'sector:manufacturing'],
  ['manufacturing industry', 'sector:manufacturing'],
  ['utilities sector', 'sector:utilities'],
  ['production and supply of electricity, heat, gas and water', 'sector:utilities'],
  ['utilities', 'sector:utilities'],
  ['coal sector', 'sector:coal'],
  ['non-coal industry', 'sector:non-coal'],
  ['non-coal sector', 'sector:non-coal'],
  ['equipment manufacturing sector', 'sector:equipment-manufacturing'],
  ['equipment manufacturing industry', 'sector:equipment-manufacturing'],
  ['high-tech manufacturing sector', 'sector:high-tech-manufacturing'],
  ['strategic emerging industries', 'sector:strategic-emerging'],
  ['coking industry', 'sector:coking'],
  ['iron and steel industry', 'sector:iron-steel'],
  ['steel industry', 'sector:iron-steel'],
  ['non-ferrous metal industry', 'sector:non-ferrous'],
  ['non-ferrous metals industry', 'sector:non-ferrous'],
  ['coalbed methane mining industry', 'sector:coalbed-methane'],
  ['coalbed methane extraction industry', 'sector:coalbed-methane'],
  ['thermal gas industry', 'sector:heat-gas'],
  ['pharmaceutical industry', 'sector:pharmaceutical'],
  ['new energy equipment manufacturing', 'sector:new-energy-equipment'],
  ['state-owned holding enterprises', 'ownership:state-holding'],
  ['foreign-funded enterprises', 'ownership:foreign-funded'],
  ['foreign and hong kong, macao and taiwan-invested enterprises', 'ownership:foreign-funded'],
  ['foreign, hong kong, macao and taiwan-invested enterprises', 'ownership:foreign-funded'],
  ['state-controlled enterprises', 'ownership:state-holding'],
  ['output of raw coal', 'product:raw-coal'],
  ['raw coal output', 'product:raw-coal'],
  ['coal output', 'product:raw-coal'],
  ['steel products', 'product:finished-steel'],
  ['electricity generation', 'product:electricity'],
  ['new energy vehicles', 'product:new-energy-vehicles'],
  ['primary aluminum', 'product:primary-aluminium'],
  ['optical cables', 'product:optical-cable'],
];

/** One name-matching dictionary: names by their first character, longest first. */
export interface NameIndex {
  readonly byFirst: ReadonlyMap<string, readonly (readonly [string, Breakdown])[]>;
}

function indexOf(entries: readonly (readonly [string, Breakdown])[]): NameIndex {
  const byFirst = new Map<string, (readonly [string, Breakdown])[]>();
  const seen = new Set<string>();
  for (const e of entries) {
    if (e[0].length === 0 || seen.has(e[0])) continue;
    seen.add(e[0]);
    const first = e[0][0]!;
    let list = byFirst.get(first);
    if (!list) {
      list = [];
      byFirst.set(first, list);
    }
    list.push(e);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length);
  return { byFirst };
}

const catalogue = (lang: 'en' | 'zh'): (readonly [string, Breakdown])[] => [
  ...SECTORS.map((s) => [lang === 'zh' ? s.zh : s.en.toLowerCase(), `sector:${s.id}`] as const),
  ...OWNERSHIPS.map(
    (s) => [lang === 'zh' ? s.zh : s.en.toLowerCase(), `ownership:${s.id}`] as const,
  ),
  ...PRODUCTS.map((s) => [lang === 'zh' ? s.zh : s.en.toLowerCase(), `product:${s.id}`] as const),
];

let zh: NameIndex | undefined;
let en: NameIndex | undefined;

/** The Chinese names, built once. */
export const zhNames = (): NameIndex => {
  zh ??= indexOf([...ZH_VARIANTS, ...catalogue('zh')]);
  return zh;
};
/** The English names (lower case), built once. */
export const enNames = (): NameIndex => {
  en ??= indexOf([...EN_VARIANTS, ...catalogue('en')]);
  return en;
};

/**
 * The longest name starting at `at` in `text` (lower-cased for English), or undefined. For
 * English a name must stand between word boundaries.
 *
 * @internal
 */
export function nameAt(
  index: NameIndex,
  text: string,
  at: number,
  words: boolean,
): readonly [string, Breakdown] | undefined {
  const list = index.byFirst.get(text[at]!);
  if (!list) return undefined;
  if (words && at > 0 && /[a-z0-9-]/.test(text[at - 1]!)) return undefined;
  for (const e of list) {
    if (!text.startsWith(e[0], at)) continue;
    if (words && /[a-z0-9-]/.test(text[at + e[0].length] ?? ' ')) continue;
    return e;
  }
  return undefined;
}
