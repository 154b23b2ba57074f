/**
 * Catalogues: every id that appears in the data, with its English and Chinese names and, where
 * one applies, its GB/T 4754-2017 code. Deeply frozen. No zod, no figures.
 *
 * @module
 */

import type { Measure, Qualifier, ScopeFilter, Unit } from './vocab.js';

/** Freezes a catalogue list and each of its entries (entries hold strings only). */
function frozen<T extends readonly object[]>(list: T): T {
  for (const entry of list) Object.freeze(entry);
  return Object.freeze(list);
}

/**
 * One catalogue entry.
 *
 * @category Data
 */
export interface CatalogueEntry<Id extends string = string> {
  /** The id used in observations (without the `sector:`/`product:`/`ownership:` prefix). */
  readonly id: Id;
  /** The English name. */
  readonly en: string;
  /** The Chinese name, as in the releases. */
  readonly zh: string;
  /** The GB/T 4754-2017 section or division code, where the grouping is one. */
  readonly gbt4754?: string;
  /** How the grouping is defined, where a standard or catalogue defines it. */
  readonly classification?: string;
  /** The GB/T 2260 administrative division code (regions). */
  readonly gbt2260?: string;
}

const SECTORS_LIST = [
  {
    id: 'mining',
    zh: '采矿业',
    en: 'Mining',
    gbt4754: 'B',
    classification: 'section B (divisions 06–12)',
  },
  {
    id: 'manufacturing',
    zh: '制造业',
    en: 'Manufacturing',
    gbt4754: 'C',
    classification: 'section C (divisions 13–43)',
  },
  {
    id: 'utilities',
    zh: '电力、热力、燃气及水生产和供应业',
    en: 'Electricity, heat, gas and water production and supply',
    gbt4754: 'D',
    classification: 'section D (divisions 44–46)',
  },
  {
    id: 'coal-mining-washing',
    zh: '煤炭开采和洗选业',
    en: 'Mining and washing of coal',
    gbt4754: '06',
    classification: 'division 06',
  },
  {
    id: 'coal',
    zh: '煤炭工业',
    en: 'Coal industry',
    classification: 'grouping of the Shanxi statistics releases',
  },
  { id: 'non-coal', zh: '非煤工业', en: 'Non-coal industries' },
  { id: 'coking', zh: '焦化工业', en: 'Coking' },
  { id: 'iron-steel', zh: '钢铁工业', en: 'Iron and steel' },
  { id: 'non-ferrous', zh: '有色工业', en: 'Non-ferrous metals' },
  { id: 'chemical', zh: '化学工业', en: 'Chemical industry' },
  { id: 'building-materials', zh: '建材工业', en: 'Building materials' },
  { id: 'food', zh: '食品工业', en: 'Food industry' },
  { id: 'pharmaceutical', zh: '医药工业', en: 'Pharmaceuticals' },
  { id: 'power', zh: '电力工业', en: 'Power industry' },
  { id: 'coalbed-methane', zh: '煤层气开采业', en: 'Coalbed methane extraction' },
  { id: 'heat-gas', zh: '热力燃气业', en: 'Heat and gas supply' },
  { id: 'automobile', zh: '汽车工业', en: 'Automobile industry' },
  {
    id: 'equipment-manufacturing',
    zh: '装备制造业',
    en: 'Equipment manufacturing',
    classification: 'NBS grouping of divisions 33–40 (some lists add 43)',
  },
  {
    id: 'high-tech-manufacturing',
    zh: '高技术制造业',
    en: 'High-tech manufacturing',
    classification: 'NBS high-tech classification (2017)',
  },
  {
    id: 'high-tech-industry',
    zh: '高技术产业',
    en: 'High-tech industry (wording of some releases)',
  },
  {
    id: 'strategic-emerging',
    zh: '工业战略性新兴产业',
    en: 'Industrial strategic emerging industries',
    classification: 'NBS strategic emerging industries classification (2018)',
  },
  { id: 'new-energy-equipment', zh: '新能源装备制造业', en: 'New-energy equipment manufacturing' },
  {
    id: 'communications-equipment',
    zh: '通信设备制造业',
    en: 'Communications equipment manufacturing',
  },
  {
    id: 'electronic-communication-equipment',
    zh: '电子及通信设备制造业',
    en: 'Electronic and communication equipment manufacturing',
  },
  {
    id: 'new-generation-it',
    zh: '新一代信息技术产业',
    en: 'New-generation information technology',
  },
  {
    id: 'energy-saving-environmental',
    zh: '节能环保产业',
    en: 'Energy saving and environmental protection',
  },
  { id: 'new-energy-vehicle-industry', zh: '新能源汽车产业', en: 'New-energy vehicle industry' },
  { id: 'energy-industry', zh: '能源工业', en: 'Energy industry' },
  { id: 'materials-chemical', zh: '材料与化学工业', en: 'Materials and chemical industry' },
  { id: 'consumer-goods', zh: '消费品工业', en: 'Consumer goods industry' },
  { id: 'other-industry', zh: '其他工业', en: 'Other industry' },
  {
    id: 'waste-resource-utilization',
    zh: '废弃资源综合利用业',
    en: 'Comprehensive use of waste resources',
    gbt4754: '42',
    classification: 'division 42',
  },
] as const satisfies readonly CatalogueEntry[];

/**
 * Sectors (`sector:<id>`): GB/T 4754-2017 sections and divisions, NBS groupings and the
 * province's own groupings.
 *
 * @category Data
 * @example
 * ```ts
 * SECTORS.find((s) => s.id === 'coal-mining-washing')?.gbt4754;
 * //=> '06'
 * ```
 */
export const SECTORS: readonly CatalogueEntry<SectorId>[] = /* @__PURE__ */ frozen(SECTORS_LIST);
const OWNERSHIPS_LIST = [
  { id: 'state-holding', zh: '国有控股企业', en: 'State-holding enterprises' },
  { id: 'joint-stock', zh: '股份制企业', en: 'Joint-stock enterprises' },
  {
    id: 'foreign-funded',
    zh: '外商及港澳台商投资企业',
    en: 'Enterprises funded from abroad, Hong Kong, Macao and Taiwan',
  },
  { id: 'private', zh: '私营企业', en: 'Private enterprises' },
  { id: 'collective', zh: '集体企业', en: 'Collective enterprises' },
] as const satisfies readonly CatalogueEntry[];

/**
 * Ownership types of enterprises (`ownership:<id>`).
 *
 * @category Data
 * @example
 * ```ts
 * OWNERSHIPS.find((o) => o.id === 'state-holding')?.zh;
 * //=> '国有控股企业'
 * ```
 */
export const OWNERSHIPS: readonly CatalogueEntry<OwnershipId>[] =
  /* @__PURE__ */ frozen(OWNERSHIPS_LIST);
const PRODUCTS_LIST = [
  { id: 'raw-coal', zh: '原煤', en: 'Raw coal' },
  { id: 'coke', zh: '焦炭', en: 'Coke' },
  { id: 'crude-steel', zh: '粗钢', en: 'Crude steel' },
  { id: 'pig-iron', zh: '生铁', en: 'Pig iron' },
  { id: 'finished-steel', zh: '钢材', en: 'Finished steel' },
  { id: 'electricity', zh: '发电量', en: 'Power generation' },
  { id: 'electricity-sent-out', zh: '外送电量', en: 'Electricity sent out of the province' },
  { id: 'new-energy-electricity', zh: '新能源发电量', en: 'New-energy power generation' },
  {
    id: 'new-energy-electricity-sent-out',
    zh: '外送新能源电量',
    en: 'New-energy electricity sent out of the province',
  },
  { id: 'new-energy-vehicles', zh: '新能源汽车', en: 'New-energy vehicles' },
  { id: 'automobiles', zh: '汽车', en: 'Motor vehicles' },
  { id: 'photovoltaic-cells', zh: '太阳能电池（光伏电池）', en: 'Photovoltaic cells' },
  { id: 'mobile-phones', zh: '手机', en: 'Mobile phones' },
  { id: 'primary-aluminium', zh: '原铝（电解铝）', en: 'Primary aluminium' },
  { id: 'alumina', zh: '氧化铝', en: 'Alumina' },
  { id: 'cement', zh: '水泥', en: 'Cement' },
  { id: 'chemical-apis', zh: '化学药品原药', en: 'Chemical active pharmaceutical ingredients' },
  { id: 'refined-methanol', zh: '精甲醇', en: 'Refined methanol' },
  { id: 'graphite-carbon-products', zh: '石墨及碳素制品', en: 'Graphite and carbon products' },
  { id: 'coalbed-methane-gas', zh: '煤层气', en: 'Coalbed methane' },
  {
    id: 'coal-measure-gas',
    zh: '煤成气',
    en: 'Coal-measure gas',
    classification: 'as the province reports it',
  },
  { id: 'unconventional-gas', zh: '非常规天然气', en: 'Unconventional natural gas' },
  { id: 'electronic-components', zh: '电子元件', en: 'Electronic components' },
  { id: 'optical-cable', zh: '光缆', en: 'Optical cable' },
] as const satisfies readonly CatalogueEntry[];

/**
 * Industrial products (`product:<id>`).
 *
 * @category Data
 * @example
 * ```ts
 * PRODUCTS.find((p) => p.id === 'raw-coal')?.zh;
 * //=> '原煤'
 * ```
 */
export const PRODUCTS: readonly CatalogueEntry<ProductId>[] = /* @__PURE__ */ frozen(PRODUCTS_LIST);

/** A sector id. @category Data */
export type SectorId = (typeof SECTORS_LIST)[number]['id'];
/** An ownership id. @category Data */
export type OwnershipId = (typeof OWNERSHIPS_LIST)[number]['id'];
/** A product id. @category Data */
export type ProductId = (typeof PRODUCTS_LIST)[number]['id'];

/**
 * A breakdown: the whole (`total`), or one sector, ownership type or product.
 *
 * @category Data
 */
export type Breakdown =
  | 'total'
  | `sector:${SectorId}`
  | `ownership:${OwnershipId}`
  | `product:${ProductId}`;

/**
 * The kind of a breakdown: the part before the colon, or `total`.
 *
 * @category Data
 */
export type BreakdownKind = 'total' | 'sector' | 'ownership' | 'product';

/**
 * Regions with their names and codes.
 *
 * @category Data
 * @example
 * ```ts
 * REGION_CATALOGUE.find((r) => r.id === 'shanxi')?.gbt2260;
 * //=> '140000'
 * ```
 */
export const REGION_CATALOGUE: readonly CatalogueEntry<'shanxi' | 'china'>[] =
  /* @__PURE__ */ frozen([
    { id: 'shanxi', zh: '山西省', en: 'Shanxi Province', gbt2260: '140000' },
    { id: 'china', zh: '全国', en: 'China' },
  ] as const);

/**
 * Indicators with their names.
 *
 * @category Data
 * @example
 * ```ts
 * INDICATOR_CATALOGUE.map((i) => i.id);
 * //=> ['value-added', 'output', 'revenue', 'profit']
 * ```
 */
export const INDICATOR_CATALOGUE: readonly CatalogueEntry<
  'value-added' | 'output' | 'revenue' | 'profit'
>[] = /* @__PURE__ */ frozen([
  {
    id: 'value-added',
    zh: '规模以上工业增加值',
    en: 'Value added of industry above designated size',
  },
  { id: 'output', zh: '产量', en: 'Output' },
  {
    id: 'revenue',
    zh: '规模以上工业企业营业收入',
    en: 'Operating revenue of industry above designated size',
  },
  {
    id: 'profit',
    zh: '规模以上工业企业利润总额',
    en: 'Total profits of industry above designated size',
  },
] as const);

/**
 * Measures with their names.
 *
 * @category Data
 * @example
 * ```ts
 * MEASURE_CATALOGUE.find((m) => m.id === 'contribution-rate')?.zh;
 * //=> '贡献率'
 * ```
 */
export const MEASURE_CATALOGUE: readonly CatalogueEntry<Measure>[] = /* @__PURE__ */ frozen([
  { id: 'yoy', zh: '同比增长', en: 'Year-on-year change' },
  { id: 'level', zh: '绝对量', en: 'Level' },
  { id: 'two-year-average', zh: '两年平均增长', en: 'Two-year average growth' },
  { id: 'share-of-total', zh: '占比', en: 'Share of total' },
  { id: 'share-of-china', zh: '占全国比重', en: 'Share of China' },
  { id: 'contribution-rate', zh: '贡献率', en: 'Contribution rate' },
  { id: 'national-rank', zh: '全国位次', en: 'National rank' },
] as const);

/**
 * Units with their names.
 *
 * Each name is exact for the raw number of an observation in that unit: `${value} ${en}` and
 * `${value}${zh}` read as the published figure. The Chinese names of the units Chinese pages
 * publish are theirs (万吨, 亿吨, 亿千瓦时, 亿元, 万亿元, 亿立方米). The units of English
 * pages (million and billion tonnes, billion kWh, yuan and m³) have no name in Chinese
 * statistics, which count in 万 and 亿; their Chinese names are written as a multiple of those
 * units with a leading `×`: `×100万吨`, `×10亿吨`, `×10亿千瓦时`, `×10亿元`, `×10亿立方米`. The
 * sign is there because Chinese puts no space between a number and its unit: `1.37` followed
 * by `10亿吨` would read as 1.3710亿吨, ten times too little, while `1.37×10亿吨` is exact. To
 * show such a level as Chinese statistics write it (`13.7亿吨`, `8,882.7万吨`), convert it with
 * `inChineseUnit` (or print it with `formatValue(o, { lang: 'zh' })`, which does): the Markdown
 * export, the charts and the command never show a `×` name.
 *
 * @category Data
 * @example
 * ```ts
 * UNIT_CATALOGUE.find((u) => u.id === 'kwh-100m')?.zh;
 * //=> '亿千瓦时'
 * UNIT_CATALOGUE.find((u) => u.id === 'tonnes-billion')?.zh;
 * //=> '×10亿吨'
 * ```
 */
export const UNIT_CATALOGUE: readonly CatalogueEntry<Unit>[] = /* @__PURE__ */ frozen([
  { id: 'percent', zh: '%', en: 'percent' },
  { id: 'rank', zh: '位', en: 'rank' },
  { id: 'tonnes-10k', zh: '万吨', en: '10,000 tonnes' },
  { id: 'tonnes-million', zh: '×100万吨', en: 'million tonnes' },
  { id: 'tonnes-100m', zh: '亿吨', en: '100 million tonnes' },
  { id: 'tonnes-billion', zh: '×10亿吨', en: 'billion tonnes' },
  { id: 'kwh-100m', zh: '亿千瓦时', en: '100 million kWh' },
  { id: 'kwh-billion', zh: '×10亿千瓦时', en: 'billion kWh' },
  { id: 'yuan-100m', zh: '亿元', en: '100 million yuan' },
  { id: 'yuan-billion', zh: '×10亿元', en: 'billion yuan' },
  { id: 'yuan-trillion', zh: '万亿元', en: 'trillion yuan' },
  { id: 'm3-100m', zh: '亿立方米', en: '100 million m³' },
  { id: 'm3-billion', zh: '×10亿立方米', en: 'billion m³' },
  { id: 'vehicles-10k', zh: '万辆', en: '10,000 vehicles' },
] as const);

/**
 * Qualifiers with the words shown before a value.
 *
 * @category Data
 * @example
 * ```ts
 * QUALIFIER_CATALOGUE.find((q) => q.id === 'about')?.zh;
 * //=> '约'
 * ```
 */
export const QUALIFIER_CATALOGUE: readonly CatalogueEntry<Qualifier>[] = /* @__PURE__ */ frozen([
  { id: 'about', zh: '约', en: 'about' },
  { id: 'over', zh: '超过', en: 'over' },
  { id: 'nearly', zh: '近', en: 'nearly' },
] as const);

/**
 * Scopes with their names: what a figure covers, and `unstated` for figures whose page did not
 * say.
 *
 * @category Data
 * @example
 * ```ts
 * SCOPE_CATALOGUE.map((s) => s.zh);
 * //=> ['规模以上', '全口径', '未注明口径']
 * ```
 */
export const SCOPE_CATALOGUE: readonly CatalogueEntry<ScopeFilter>[] = /* @__PURE__ */ frozen([
  { id: 'above-size', zh: '规模以上', en: 'above designated size' },
  { id: 'all', zh: '全口径', en: 'all producers' },
  { id: 'unstated', zh: '未注明口径', en: 'scope not stated' },
] as const);
