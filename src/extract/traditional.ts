/**
 * Traditional Chinese characters of the release vocabulary and their simplified forms, so that
 * a release reprinted in traditional characters (規模以上工業增加值同比增長) reads as the same
 * template. One character for one: offsets do not move.
 *
 * @module
 * @internal
 */

const TRADITIONAL =
  '規業長統計發實際類較環礦製電熱氣產應經濟國資體營數據減當億萬噸時與個點門從兩區鋼鐵鋁輸車裝備術機級總額現價貨運會給結構並為於稱簡將這們後來對貢獻佔層採醫藥標準質壓煉屬學紡織農飲陽纜動戰興節廢棄綜設訊臺開選場勢續調處務輕頁鏈'.split(
    '',
  );
const SIMPLIFIED =
  '规业长统计发实际类较环矿制电热气产应经济国资体营数据减当亿万吨时与个点门从两区钢铁铝输车装备术机级总额现价货运会给结构并为于称简将这们后来对贡献占层采医药标准质压炼属学纺织农饮阳缆动战兴节废弃综设讯台开选场势续调处务轻页链'.split(
    '',
  );

let MAP: Map<string, string> | undefined;

/** The simplified form of a traditional character of the vocabulary, else the character. @internal */
export function simplified(c: string): string {
  if (!MAP) {
    MAP = new Map(TRADITIONAL.map((t, i) => [t, SIMPLIFIED[i]!] as const));
  }
  return MAP.get(c) ?? c;
}

/** How many pairs the table holds (for the tests). @internal */
export const TRADITIONAL_PAIRS = TRADITIONAL.length;
