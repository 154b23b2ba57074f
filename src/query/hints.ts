/**
 * Hints for a value that a field of a user's row refuses but that names one of its ids in
 * other words: the bare catalogue id of a breakdown (`coal`, as `--breakdown coal` takes it on
 * the command line), a catalogue name in Chinese or English (`万吨`, `规模以上`, `山西省`,
 * `Raw coal`), the id in other capitals (`Shanxi`), or a few words the releases use for them
 * (`规上`, `工业增加值`, `同比`). The hint names the id; the value is never taken in its place.
 *
 * @module
 * @internal
 */
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
import { YEAR_BASES } from '../model/vocab.js';

/** For one field: a written form (trimmed, lower case) and the ids it may name. */
type Words = Map<string, string[]>;

/** Words of the releases that are not catalogue names, by field. */
const VARIANTS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  region: [
    ['山西', 'shanxi'],
    ['shanxi province', 'shanxi'],
    ['全省', 'shanxi'],
    ['中国', 'china'],
    ['national', 'china'],
  ],
  indicator: [
    ['工业增加值', 'value-added'],
    ['增加值', 'value-added'],
    ['规上工业增加值', 'value-added'],
    ['value added', 'value-added'],
    ['营业收入', 'revenue'],
    ['利润总额', 'profit'],
    ['利润', 'profit'],
  ],
  measure: [
    ['同比', 'yoy'],
    ['year-on-year', 'yoy'],
  ],
  unit: [
    ['％', 'percent'],
    ['百分比', 'percent'],
  ],
  scope: [
    ['规上', 'above-size'],
    ['规模以上工业', 'above-size'],
    ['above designated size', 'above-size'],
  ],
};

let table: Readonly<Record<string, Words>> | undefined;

/** The words of every field, built on the first refused value. */
function words(): Readonly<Record<string, Words>> {
  if (table) return table;
  const t: Record<string, Words> = {};
  const add = (field: string, word: string, id: string) => {
    const w = word.trim().toLowerCase();
    if (w === '') return;
    const map = t[field] ?? new Map<string, string[]>();
    t[field] = map;
    const ids = map.get(w);
    if (!ids) map.set(w, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  const catalogue = (
    field: string,
    list: readonly { id: string; en: string; zh: string }[],
    prefix = '',
  ) => {
    for (const e of list) {
      add(field, `${prefix}${e.id}`, `${prefix}${e.id}`);
      if (prefix) add(field, e.id, `${prefix}${e.id}`);
      add(field, e.en, `${prefix}${e.id}`);
      add(field, e.zh, `${prefix}${e.id}`);
    }
  };
  catalogue('region', REGION_CATALOGUE);
  catalogue('indicator', INDICATOR_CATALOGUE);
  catalogue('breakdown', SECTORS, 'sector:');
  catalogue('breakdown', OWNERSHIPS, 'ownership:');
  catalogue('breakdown', PRODUCTS, 'product:');
  add('breakdown', 'total', 'total');
  catalogue('measure', MEASURE_CATALOGUE);
  catalogue('unit', UNIT_CATALOGUE);
  catalogue('qualifier', QUALIFIER_CATALOGUE);
  catalogue('scope', SCOPE_CATALOGUE);
  for (const b of YEAR_BASES) add('yearBasis', b, b);
  for (const [field, pairs] of Object.entries(VARIANTS))
    for (const [word, id] of pairs) add(field, word, id);
  table = t;
  return t;
}

/**
 * A hint for a refused value of a field, or `undefined`: `did you mean sector:coal?` (or
 * `sector:x or product:x?` when the words name more than one id); for the words of "no value"
 * (`unstated` for a scope, `none` for a qualifier), that an empty field says it.
 *
 * @internal
 */
export function hintFor(field: string, value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 100) return undefined;
  const w = value.trim().toLowerCase().replace(/\s+/g, ' ');
  if (w === '') return undefined;
  const map = words()[field];
  if (!map) return undefined;
  let ids = map.get(w);
  // `sector:raw-coal`, `product:煤炭工业`: the part after the colon, whatever the kind before it
  if (!ids && field === 'breakdown' && w.includes(':'))
    ids = map.get(w.slice(w.indexOf(':') + 1).trim());
  if (ids) {
    if (field === 'scope' && ids[0] === 'unstated')
      return 'unstated is no scope: leave the field empty, or out';
    const named = ids.filter((id) => id !== value);
    return named.length === 0 ? undefined : `did you mean ${named.join(' or ')}?`;
  }
  if (field === 'qualifier' && (w === 'none' || w === '无'))
    return `${value.trim()} is no qualifier: leave the field empty, or out`;
  return undefined;
}
