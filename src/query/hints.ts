/**
 * Hints for a value that a field of a user's row refuses but that names one of its ids in
 * other words: the bare catalogue id of a breakdown (`coal`, as `--breakdown coal` takes it on
 * the command line) or its name (`煤炭工业`, `Raw coal`); the Chinese names of regions,
 * indicators, scopes, measures and qualifiers and of units (`万吨`, `规模以上`, `山西省`), and
 * the English names of units (`million tonnes`); the id in other capitals (`Shanxi`). The hint
 * names the id; the value is never taken in its place.
 *
 * `safeParseObservations`, `fromCSV` and `createDataset` give hints; `parseObservations`, whose
 * bundle has a size budget with no room for them, does not (it points to
 * `safeParseObservations`). The breakdown names come from the catalogues, which the schemas entry
 * holds already; the other words are a short table here, which a test checks against the
 * catalogues' Chinese names.
 *
 * @module
 * @internal
 */
import { OWNERSHIPS, PRODUCTS, SECTORS } from '../model/catalogues.js';

/**
 * Words for the ids of a field: `word/word:id`, groups separated by `|`, in lower case. A value
 * is compared trimmed and lower-cased; an indicator without the 规模以上工业(企业) before it.
 */
const WORDS: Readonly<Record<string, string>> = {
  region: '山西省/山西/全省/shanxi province:shanxi|全国/中国:china',
  indicator: '增加值/工业增加值:value-added|产量:output|营业收入:revenue|利润总额/利润:profit',
  unit: '%/％:percent|位:rank|万吨/10,000 tonnes:tonnes-10k|million tonnes:tonnes-million|亿吨/100 million tonnes:tonnes-100m|billion tonnes:tonnes-billion|亿千瓦时/100 million kwh:kwh-100m|billion kwh:kwh-billion|亿元/100 million yuan:yuan-100m|billion yuan:yuan-billion|万亿元/trillion yuan:yuan-trillion|亿立方米/100 million m³:m3-100m|billion m³:m3-billion|万辆/10,000 vehicles:vehicles-10k',
  scope: '规模以上/规上/规模以上工业/above designated size:above-size|全口径/all producers:all',
  measure:
    '同比/同比增长:yoy|绝对量:level|两年平均增长:two-year-average|占比:share-of-total|占全国比重:share-of-china|贡献率:contribution-rate|全国位次:national-rank',
  qualifier: '约:about|超过:over|近:nearly',
};

/** What gives a hint for a refused value (see {@link hintFor}). @internal */
export type Hinter = (
  field: string,
  value: unknown,
  ids: ReadonlySet<unknown> | undefined,
) => string | undefined;

const KINDS = [
  ['sector', SECTORS],
  ['ownership', OWNERSHIPS],
  ['product', PRODUCTS],
] as const;

/** The breakdown a bare catalogue id or a catalogue name (English in any case, or Chinese) names. */
function breakdownOf(w: string): string | undefined {
  for (const [kind, list] of KINDS)
    for (const e of list)
      if (e.id === w || e.zh === w || e.en.toLowerCase() === w) return `${kind}:${e.id}`;
  return undefined;
}

/**
 * A hint for a value that `field` refused, or `undefined`: `did you mean sector:coal?`; for the
 * words of "no value" (`unstated` for a scope, `none` for a qualifier), that an empty field
 * says it. `ids` are the values the field takes.
 *
 * @internal
 */
export const hintFor: Hinter = (field, value, ids) => {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  let w = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (
    (field === 'scope' && (w === 'unstated' || w === '未注明口径')) ||
    (field === 'qualifier' && w === 'none')
  )
    return `${w === 'none' ? 'none is no qualifier' : 'unstated is no scope'}: leave the field empty, or out`;
  if (ids?.has(w)) return `did you mean ${w}?`;
  if (field === 'indicator') w = w.replace(/^(规模以上工业(企业)?|规上工业)(?=.)/, '');
  const id =
    WORDS[field]
      ?.split('|')
      .find((g) => g.split(':')[0]!.split('/').includes(w))
      ?.split(':')[1] ??
    (field === 'breakdown' ? breakdownOf(w.slice(w.indexOf(':') + 1).trim()) : undefined);
  return id === undefined ? undefined : `did you mean ${id}?`;
};
