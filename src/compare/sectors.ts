/**
 * Ranking the sectors (or ownership types, or products) of one period against each other and
 * against the total.
 *
 * @module
 */
import { show } from '../errors.js';
import { bounds } from '../math/index.js';
import {
  type Breakdown,
  type CatalogueEntry,
  INDICATOR_CATALOGUE,
  MEASURE_CATALOGUE,
  OWNERSHIPS,
  PRODUCTS,
  REGION_CATALOGUE,
  SCOPE_CATALOGUE,
  SECTORS,
  UNIT_CATALOGUE,
} from '../model/catalogues.js';
import { formatPeriod, type PeriodId, type PeriodInput } from '../model/period.js';
import type { Observation } from '../model/types.js';
import { inChineseUnit, inOneUnit, moveLevel, unitFamily, unitPower } from '../model/units.js';
import type { Indicator, Measure, Region, ScopeFilter } from '../model/vocab.js';
import type { Dataset } from '../query/dataset.js';
import {
  breakdownKind,
  checkOptions,
  datasetOption,
  fail,
  gap,
  gapInterval,
  indicatorOf,
  isRankedKind,
  measureOf,
  periodId,
  type RankedKind,
  regionOf,
  SCOPE_ORDER,
  scopeField,
  scopeOf,
  scopeOption,
} from './internal.js';
import { rankRows } from './rank.js';
import type { CompareRow } from './types.js';

/**
 * Options of {@link compareSectors}.
 *
 * @category Comparisons
 */
export interface CompareSectorsOptions {
  /** The period, by id or alias (`2021-Q1`); required. */
  readonly period: PeriodInput;
  /** The region; default `shanxi`. */
  readonly region?: Region | undefined;
  /** The indicator; default `value-added`. */
  readonly indicator?: Indicator | undefined;
  /** The measure; default `yoy`. */
  readonly measure?: Measure | undefined;
  /**
   * Only these breakdowns (all of one kind). Default: every breakdown of `kind` with a
   * published value.
   */
  readonly sectors?: readonly Breakdown[] | undefined;
  /**
   * The kind of breakdown ranked: `sector` (the default), `ownership` or `product`. Inferred
   * from `sectors` when those are given.
   */
  readonly kind?: RankedKind | undefined;
  /**
   * Rounding awareness. `true`: every figure stands for the interval of numbers that round to
   * it at its own published decimals; a number (0–15): at that many decimals. Rows then get
   * `gapLow`/`gapHigh`, and overlapping values share a rank. Default: off (`false`).
   */
  readonly decimals?: boolean | number | undefined;
  /**
   * The scope: `above-size`, `all`, or `unstated` (figures whose page did not say). Default,
   * as for `find`: each breakdown's figure of the first of `above-size`, `all`, `unstated` it
   * has. Figures of different scopes are different statistics: a ranking holds one figure per
   * breakdown, each row says its scope, and the title says which scope is shown when it is not
   * above-size or differs between rows.
   */
  readonly scope?: ScopeFilter | undefined;
  /** The data to use; default the shipped dataset. */
  readonly dataset?: Dataset | undefined;
}

/** The options of compareSectors (rankChanges takes them but the period). @internal */
export const KEYS = [
  'period',
  'region',
  'indicator',
  'measure',
  'sectors',
  'kind',
  'decimals',
  'scope',
  'dataset',
] as const;

/** The precision mode: `undefined` (off), `true` (each figure's own) or a number of decimals. @internal */
export function decimalsMode(value: unknown): true | number | undefined {
  if (value === undefined || value === false) return undefined;
  if (value === true) return true;
  if (typeof value !== 'number')
    return fail(
      'INVALID_OPTION',
      `decimals takes true (each figure's published decimals), false, or a whole number from 0 to 15; got ${show(value)}.`,
      value,
    );
  if (!Number.isInteger(value) || value < 0 || value > 15)
    fail(
      'INVALID_DECIMALS',
      `decimals must be a whole number from 0 to 15; got ${show(value)}.`,
      value,
    );
  return value;
}

/**
 * Works out which kind of breakdown to rank and, when `sectors` is given, which ones.
 *
 * @internal
 */
export function rankedSelection(
  kindOption: unknown,
  sectorsOption: unknown,
): { kind: RankedKind; only?: ReadonlySet<string> } {
  if (kindOption !== undefined && !isRankedKind(kindOption))
    fail(
      'INVALID_OPTION',
      `kind takes "sector", "ownership" or "product"; got ${show(kindOption)}.`,
      kindOption,
    );
  if (sectorsOption === undefined) return { kind: (kindOption as RankedKind) ?? 'sector' };
  if (!Array.isArray(sectorsOption))
    fail('INVALID_OPTION', 'sectors takes a list of breakdown ids.', sectorsOption);
  const list = sectorsOption as readonly unknown[];
  let kind = kindOption as RankedKind | undefined;
  for (const id of list) {
    const k = breakdownKind(id);
    if (k === 'total')
      fail(
        'INVALID_OPTION',
        'sectors cannot include "total": the total is what each row is compared with, not ranked.',
        id,
      );
    if (kind !== undefined && k !== kind)
      fail(
        'MIXED_BREAKDOWN_KINDS',
        `Cannot rank ${show(id)} with ${kind} breakdowns: a ranking takes one kind (sector, ownership or product).`,
        list,
      );
    kind = k as RankedKind;
  }
  return { kind: kind ?? 'sector', only: new Set(list as string[]) };
}

type Names = { readonly en: string; readonly zh: string };

const BREAKDOWNS: Record<RankedKind, readonly CatalogueEntry[]> = {
  sector: SECTORS,
  ownership: OWNERSHIPS,
  product: PRODUCTS,
};

/** The names of a catalogue entry, frozen. */
const names = (list: readonly CatalogueEntry[], id: string): Names => {
  const e = list.find((x) => x.id === id);
  return Object.freeze({ en: e?.en ?? id, zh: e?.zh ?? id });
};

/** The scopes of a ranking in words, after its unit: "" when every row is above-size. */
function scopeWords(scopes: readonly ScopeFilter[]): Names {
  const list = SCOPE_ORDER.filter((s) => scopes.includes(s));
  if (list.length === 0 || (list.length === 1 && list[0] === 'above-size'))
    return { en: '', zh: '' };
  const n = list.map((s) => names(SCOPE_CATALOGUE, s));
  if (n.length === 1) return { en: `; ${n[0]!.en}`, zh: `；${n[0]!.zh}` };
  return {
    en: `; scope differs by row (${n.map((x) => x.en).join(', ')})`,
    zh: `；各行口径不同（${n.map((x) => x.zh).join('、')}）`,
  };
}

/**
 * What a ranking shows, for a title: "Shanxi Province, Q1 2021: sectors ranked" and
 * "Value added of industry above designated size, year-on-year change, %" (and in Chinese),
 * then the scope when it is not above-size for every row. The Chinese title names the unit
 * the Chinese values are shown in (`zhUnit`, 万吨 or 亿吨 rather than million tonnes).
 * @internal
 */
export function rankingTitle(
  kind: RankedKind,
  region: Region,
  period: PeriodId,
  indicator: Indicator,
  measure: Measure,
  unit: string,
  zhUnit: string = unit,
  scopes: readonly ScopeFilter[] = ['above-size'],
): Names {
  const [r, i, m, u, uz] = [
    names(REGION_CATALOGUE, region),
    names(INDICATOR_CATALOGUE, indicator),
    names(MEASURE_CATALOGUE, measure),
    names(UNIT_CATALOGUE, unit),
    names(UNIT_CATALOGUE, zhUnit),
  ];
  const what = {
    sector: ['sectors', '分行业'],
    ownership: ['ownership types', '分经济类型'],
    product: ['products', '分产品'],
  }[kind];
  const percent = unit === 'percent';
  const sc = scopeWords(scopes);
  return Object.freeze({
    en: `${r.en}, ${formatPeriod(period)}: ${what[0]} ranked\n${i.en}, ${m.en[0]!.toLowerCase()}${m.en.slice(1)}${percent ? ', %' : ` (${u.en})`}${sc.en}`,
    zh: `${r.zh}${formatPeriod(period, 'zh')}${what[1]}排名\n${i.zh}${m.zh}（${uz.zh}）${sc.zh}`,
  });
}

/** The quantity of each family in words, for messages. */
const QUANTITY_WORDS: Readonly<Record<string, string>> = {
  tonnes: 'tonnes',
  kwh: 'kWh',
  yuan: 'yuan',
  m3: 'cubic metres',
  vehicles: 'vehicles',
  percent: 'percent',
  rank: 'ranks',
};

/**
 * Refuses figures of different quantities (tonnes beside kWh, a level beside a rate) with
 * `INCOMPATIBLE_UNITS`, naming each breakdown with its unit in words, grouped by quantity.
 * Levels in units of one family are one quantity.
 *
 * @internal
 */
export function oneQuantity(found: readonly Observation[], kind: RankedKind): void {
  const groups = new Map<string, string[]>();
  for (const r of found) {
    const q = unitFamily(r.unit) ?? r.unit;
    const name = `${names(BREAKDOWNS[kind], r.breakdown.slice(kind.length + 1)).en} (${names(UNIT_CATALOGUE, r.unit).en})`;
    groups.set(q, [...(groups.get(q) ?? []), name]);
  }
  if (groups.size < 2) return;
  const parts = [...groups].map(
    ([q, list]) =>
      `${list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]} ${list.length > 1 ? 'are' : 'is'} measured in ${QUANTITY_WORDS[q] ?? q}`,
  );
  fail(
    'INCOMPATIBLE_UNITS',
    `Cannot rank figures of different quantities: ${parts.join('; ')}. Choose breakdowns of one quantity with sectors (units of one family, such as 10,000 tonnes and million tonnes, are ranked together, converted exactly).`,
    [...new Set(found.map((r) => r.unit))],
  );
}

/** What a ranking was asked for, checked. @internal */
export interface RankingRequest {
  readonly period: PeriodId;
  readonly region: Region;
  readonly indicator: Indicator;
  readonly measure: Measure;
  readonly kind: RankedKind;
  readonly only: ReadonlySet<string> | undefined;
  readonly mode: true | number | undefined;
  readonly scope: ScopeFilter | undefined;
  readonly dataset: Dataset;
}

/** Reads and checks the options of a ranking. @internal */
export function rankingRequest(options: unknown, fn = 'compareSectors'): RankingRequest {
  const o = checkOptions(options, KEYS, fn);
  const period = periodId(o.period);
  const region = regionOf(o.region);
  const indicator = indicatorOf(o.indicator);
  const measure = measureOf(o.measure);
  const { kind, only } = rankedSelection(o.kind, o.sectors);
  const mode = decimalsMode(o.decimals);
  const scope = scopeOption(o.scope);
  const dataset = datasetOption(o.dataset);
  return { period, region, indicator, measure, kind, only, mode, scope, dataset };
}

/**
 * Every figure a ranking could take: of the period, region, indicator and measure, of the kind
 * (and in `sectors`), of the scope when one is asked for; every scope otherwise.
 *
 * @internal
 */
export function rankingCandidates(req: RankingRequest): readonly Observation[] {
  const { region, indicator, measure, period, scope, only } = req;
  const prefix = `${req.kind}:`;
  return req.dataset
    .query({ region, indicator, measure, period, ...(scope === undefined ? {} : { scope }) })
    .filter(
      (r) =>
        r.breakdown.startsWith(prefix) &&
        (!only || only.has(r.breakdown)) &&
        (scope === undefined || scopeOf(r) === scope),
    );
}

/**
 * One figure per breakdown: the one of the scope `chosen` gives it (breakdowns it leaves out
 * are dropped), or without `chosen` the first of above-size, all, unstated the breakdown has.
 *
 * @internal
 */
export function onePerBreakdown(
  rows: readonly Observation[],
  chosen?: ReadonlyMap<string, ScopeFilter>,
): Observation[] {
  const best = new Map<string, Observation>();
  for (const r of rows) {
    if (chosen && chosen.get(r.breakdown) !== scopeOf(r)) continue;
    const had = best.get(r.breakdown);
    if (!had || SCOPE_ORDER.indexOf(scopeOf(r)) < SCOPE_ORDER.indexOf(scopeOf(had)))
      best.set(r.breakdown, r);
  }
  return rows.filter((r) => best.get(r.breakdown) === r);
}

/**
 * Ranks the sectors (or ownership types, or products) of one period by their published value,
 * and gives each its gap to the total.
 *
 * Every breakdown of one kind with a published value for the period, region, indicator and
 * measure is ranked (the preferred source's figure where sources disagree); the total is left
 * out of the ranking. Formula: `gapToTotal = value − total`, in percentage points for rates
 * (in the row's unit otherwise), computed exactly in decimal (24.1 − 23.9 = 0.2), against the
 * total of the row's own scope.
 *
 * Units. Levels published in different units of one family (raw coal in 10,000 tonnes, coke in
 * million tonnes; 100 million kWh and billion kWh) are one quantity: they are ranked by their
 * values converted exactly into one unit (the decimal point moved, never a rounded product),
 * and the gap to a total published in another unit of the family is taken on the total read
 * exactly in the row's unit. Each row keeps its published `value`, `decimals` and `unit`; the
 * title names the one unit of the ranking (see {@link inOneUnit}), and a row whose unit is not
 * that one carries `inEnglish` (and `inChinese` for the Chinese title): its value in it. Figures
 * of different quantities (tonnes beside kWh, a level beside a rate) are not ranked together.
 *
 * Scope. A ranking holds one figure per breakdown, never two of different scopes: with
 * `scope`, the figures of that scope (`above-size`, `all`, or `unstated`); without it, as for
 * `find`, each breakdown's figure of the first of `above-size`, `all`, `unstated` it has. Each
 * row carries its `scope` (none when the page did not say), and the title says which scope is
 * shown when it is not above-size, or that it differs by row.
 *
 * Tie rule. Rows are sorted by value, highest first (ties in breakdown-id order), and ranked
 * by competition ranking (1, 2, 2, 4: a row's rank is 1 + the number of rows ranked ahead of
 * it). For the measure `national-rank` (1 = the first province in China) the order is
 * ascending instead, so that rank 1 is still the best. Without `decimals`, two rows tie when
 * their published values are equal. With `decimals`, each value v published with d decimals
 * stands for the interval (v − h, v + h), h = ½·10^−d, and two values tie when those
 * intervals overlap: |a − b| < h(a) + h(b). Ties are closed transitively (if a ties with b
 * and b with c, all three share one rank), so no rank ever orders two values the rounding
 * cannot tell apart. At one common precision this is the same as equal published values; it
 * differs when precisions differ (8 published without decimals ties with 7.5 published with
 * one). With `decimals`, rows also get `gapLow`/`gapHigh`, the exact extremes of the gap over
 * every pair of numbers that round to the two figures: `(value − h) − (total + h_total)` and
 * `(value + h) − (total − h_total)`. Qualifiers (`about`, `over`, `nearly`) are carried on the
 * rows, not modelled in the ranking.
 *
 * Each row names itself, so that a chart or a table needs no look-up: `label` is the
 * breakdown's name in English and Chinese (as `label(id)` gives it), `title` says what the
 * ranking shows (region, period, what is ranked; then indicator, measure and unit), and
 * `indicator` and `measure` are the keys ranked. `barChart(rows)` uses them as they are.
 * Levels published in English-style units (million tonnes, billion kWh, …) are named in the
 * Chinese title in the units Chinese statistics use (万吨 or 亿吨, chosen once for the whole
 * ranking; 亿千瓦时, 亿元, 亿立方米), and each row then carries `inChinese`, its value, precision
 * and unit converted exactly as {@link inChineseUnit} does (67.407 million t → 6,740.7万吨), for
 * Chinese tables and charts.
 *
 * @category Comparisons
 * @param options - `period` (required); `region`, `indicator`, `measure` (defaults `shanxi`,
 * `value-added`, `yoy`); `kind` or `sectors`; `decimals` (`true` or 0–15); `scope`; `dataset`
 * @returns the rows, highest value first; `[]` when nothing of that kind was published for the
 * period. `gapToTotal` (in percentage points) is left out when the total is not published
 * (or is in another unit, or of another scope).
 * @throws ShanxiIndustryError code INVALID_PERIOD when the period does not parse
 * @throws ShanxiIndustryError code UNKNOWN_ID when a breakdown in `sectors`, the region, the
 * indicator, the measure or the scope is not in the catalogues
 * @throws ShanxiIndustryError code MIXED_BREAKDOWN_KINDS when `sectors` mixes kinds (a sector
 * with a product), or does not match `kind`
 * @throws ShanxiIndustryError code INVALID_OPTION when an option is unknown or of the wrong
 * type, or `sectors` includes `total`
 * @throws ShanxiIndustryError code INVALID_DECIMALS when `decimals` is a number that is not a
 * whole number from 0 to 15
 * @throws ShanxiIndustryError code INCOMPATIBLE_UNITS when the ranked figures are of different
 * quantities (levels of products published in tonnes and in kWh, a level beside a rate); the
 * message names each breakdown with its unit in words
 * @example
 * ```ts
 * compareSectors({ period: '2021-Q1' }).map((r) => [r.breakdown, r.value, r.rank, r.gapToTotal]);
 * //=> [['sector:equipment-manufacturing', 41.8, 1, 17.9], ['sector:strategic-emerging', 29.4, 2, 5.5], ['sector:high-tech-manufacturing', 25.3, 3, 1.4], ['sector:coal', 24.1, 4, 0.2], ['sector:non-coal', 23.8, 5, -0.1]]
 * compareSectors({ period: '2022-H1', kind: 'ownership' }).map((r) => [r.breakdown, r.rank]);
 * //=> [['ownership:joint-stock', 1], ['ownership:private', 2], ['ownership:state-holding', 2], ['ownership:foreign-funded', 4]]
 * compareSectors({ period: '2021-Q1', sectors: ['sector:coal'], decimals: true })[0];
 * //=> { breakdown: 'sector:coal', label: { en: 'Coal industry', zh: '煤炭工业' }, value: 24.1, decimals: 1, rank: 1, gapToTotal: 0.2, gapLow: 0.1, gapHigh: 0.3, period: '2021-01/2021-03', region: 'shanxi', indicator: 'value-added', measure: 'yoy', title: { en: 'Shanxi Province, Q1 2021: sectors ranked\nValue added of industry above designated size, year-on-year change, %', zh: '山西省2021年一季度分行业排名\n规模以上工业增加值同比增长（%）' }, source: 's032', unit: 'percent', scope: 'above-size' }
 * compareSectors({ period: '2023', kind: 'product', indicator: 'output', measure: 'share-of-china' }).map((r) => [r.breakdown, r.value, r.scope]);
 * //=> [['product:raw-coal', 29.1, 'above-size']]
 * compareSectors({ period: '2023', kind: 'product', indicator: 'output', measure: 'share-of-china', scope: 'unstated' }).map((r) => [r.breakdown, r.value, r.scope]);
 * //=> [['product:raw-coal', 29, undefined]]
 * compareSectors({ period: '2021', indicator: 'output', measure: 'level', sectors: ['product:crude-steel'] })[0]?.inChinese;
 * //=> { value: 6740.7, decimals: 1, unit: 'tonnes-10k' }
 * compareSectors({ period: '2023', indicator: 'output', measure: 'level', sectors: ['product:raw-coal', 'product:coke'] }).map((r) => [r.breakdown, r.value, r.unit, r.rank, r.inEnglish?.value]);
 * //=> [['product:raw-coal', 135658.2, 'tonnes-10k', 1, 1356.582], ['product:coke', 95.7, 'tonnes-million', 2, undefined]]
 * ```
 */
export function compareSectors(options: CompareSectorsOptions): readonly CompareRow[] {
  const req = rankingRequest(options);
  return rankFigures(req, onePerBreakdown(rankingCandidates(req)));
}

/**
 * Ranks figures, one per breakdown, as {@link compareSectors} describes: the rows with their
 * ranks, gaps, title, scope and Chinese value.
 *
 * @internal
 */
export function rankFigures(
  req: RankingRequest,
  found: readonly Observation[],
): readonly CompareRow[] {
  const { region, indicator, measure, period, kind, mode, dataset } = req;
  const first = found[0];
  if (!first) return Object.freeze([]);
  oneQuantity(found, kind);
  // levels of one family (10,000 tonnes and million tonnes) are one quantity: each figure read
  // exactly in the family's smallest unit of the ranking, for ranking and gaps
  const base = found.reduce(
    (u, r) => (unitPower(r.unit) < unitPower(u) ? r.unit : u),
    first.unit as Observation['unit'],
  );
  const inBase = (value: number, unit: string): number =>
    unit === base ? value : moveLevel(value, 0, unit, base).value;
  const totals = new Map<ScopeFilter, Observation | undefined>();
  const totalOf = (scope: ScopeFilter): Observation | undefined => {
    if (!totals.has(scope)) {
      const t = dataset.find({ region, indicator, measure, period, breakdown: 'total', scope });
      // a gap is taken to the total of the same scope and quantity only
      const same =
        t !== undefined &&
        (t.unit === first.unit ||
          (unitFamily(t.unit) !== undefined && unitFamily(t.unit) === unitFamily(first.unit)));
      totals.set(scope, same && scopeOf(t) === scope ? t : undefined);
    }
    return totals.get(scope);
  };

  const precision = (r: Observation): number => (mode === true ? r.decimals : (mode ?? 0));
  // half a unit of each figure's precision, read in the base unit as the values are
  const halves =
    mode === undefined ? undefined : found.map((r) => inBase(5 / 10 ** (precision(r) + 1), r.unit));
  const ranked = rankRows(
    found.map((row) => ({ row, breakdown: row.breakdown, value: inBase(row.value, row.unit) })),
    halves,
    measure === 'national-rank',
  );
  // the one unit of the ranking in English and in Chinese (see inOneUnit)
  const en = inOneUnit(found);
  const zh = inOneUnit(found, { lang: 'zh' });
  const at = new Map(found.map((r, i) => [r, i] as const));
  const scopes = [...new Set(found.map(scopeOf))];
  const title = rankingTitle(
    kind,
    region,
    period,
    indicator,
    measure,
    en[0]!.unit,
    zh[0]!.unit,
    scopes,
  );
  const prefix = `${kind}:`;
  return Object.freeze(
    ranked.map(({ row: { row }, rank }) => {
      const i = at.get(row)!;
      const out: Record<string, unknown> = {
        breakdown: row.breakdown,
        label: names(BREAKDOWNS[kind], row.breakdown.slice(prefix.length)),
        value: row.value,
        decimals: row.decimals,
      };
      if (row.qualifier !== undefined) out.qualifier = row.qualifier;
      out.rank = rank;
      const total = totalOf(scopeOf(row));
      if (total) {
        // in the row's unit: the total read in it exactly, its half unit with it
        const t =
          total.unit === row.unit
            ? total.value
            : moveLevel(total.value, 0, total.unit, row.unit).value;
        out.gapToTotal = gap(row.value, t);
        if (mode !== undefined) {
          let low: number;
          let high: number;
          if (total.unit === row.unit)
            ({ low, high } = gapInterval(row.value, precision(row), t, precision(total)));
          else {
            // the total's half unit, read in the row's unit: (v ∓ h) − (t ± h_t)
            const half = moveLevel(5 / 10 ** (precision(total) + 1), 0, total.unit, row.unit);
            const r = bounds(row.value, precision(row));
            low = gap(r.low, gap(t, -half.value));
            high = gap(r.high, gap(t, half.value));
          }
          out.gapLow = low;
          out.gapHigh = high;
        }
      }
      out.period = period;
      out.region = region;
      out.indicator = indicator;
      out.measure = measure;
      out.title = title;
      out.source = row.source;
      out.unit = row.unit;
      Object.assign(out, scopeField(scopeOf(row)));
      if (zh[i]!.unit !== row.unit) out.inChinese = zh[i];
      if (en[i]!.unit !== row.unit) out.inEnglish = en[i];
      return Object.freeze(out as unknown as CompareRow);
    }),
  );
}
