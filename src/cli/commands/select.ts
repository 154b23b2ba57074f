/**
 * The observations `show` and `export` select: the filters, and a stable order (by
 * indicator, then in time order, region, breakdown and measure; the preferred source first).
 *
 * @module
 */
import {
  type Breakdown,
  comparePeriods,
  type Dataset,
  INDICATORS,
  MEASURES,
  type Observation,
  OWNERSHIPS,
  type PeriodKind,
  PRODUCTS,
  type QueryFilter,
  REGIONS,
  SECTORS,
} from 'shanxi-industry';
import type { Args } from '../args.js';
import { shown } from '../errors.js';

const BREAKDOWN_ORDER: ReadonlyMap<string, number> = new Map(
  [
    'total',
    ...SECTORS.map((e) => `sector:${e.id}`),
    ...OWNERSHIPS.map((e) => `ownership:${e.id}`),
    ...PRODUCTS.map((e) => `product:${e.id}`),
  ].map((id, i) => [id, i]),
);

const indexIn = (list: readonly string[], value: string): number => {
  const i = list.indexOf(value);
  return i < 0 ? list.length : i;
};

/** Whether an observation is the preferred figure of its key and scope in a dataset. */
export function isPreferred(o: Observation, dataset: Dataset): boolean {
  return dataset.alternatives(o)[0] === o;
}

/** The query filter of the command line's filters. */
export function filterOf(args: Args): QueryFilter {
  const f: { -readonly [K in keyof QueryFilter]: QueryFilter[K] } = {};
  if (args.regions.length > 0) f.region = args.regions;
  if (args.indicators.length > 0) f.indicator = args.indicators;
  if (args.breakdowns.length > 0) f.breakdown = args.breakdowns as readonly Breakdown[];
  if (args.periods.length > 0) f.period = args.periods;
  if (args.measures.length > 0) f.measure = args.measures;
  if (args.years.length > 0) f.year = args.years;
  if (args.from !== undefined) f.from = args.from;
  if (args.to !== undefined) f.to = args.to;
  if (args.kinds.length > 0) f.kind = args.kinds as readonly PeriodKind[];
  if (args.sources.length > 0) f.source = args.sources;
  if (args.scopes.length > 0) f.scope = args.scopes;
  return f;
}

/** The selected observations of a dataset, sorted. */
export function selectObservations(args: Args, dataset: Dataset): readonly Observation[] {
  const rows = dataset.query(filterOf(args), { alternatives: args.all });
  const preferred = args.all ? new Map(rows.map((o) => [o, isPreferred(o, dataset)])) : undefined;
  return [...rows].sort(
    (a, b) =>
      indexIn(INDICATORS, a.indicator) - indexIn(INDICATORS, b.indicator) ||
      comparePeriods(a.period, b.period) ||
      indexIn(REGIONS, a.region) - indexIn(REGIONS, b.region) ||
      (BREAKDOWN_ORDER.get(a.breakdown) ?? 1e6) - (BREAKDOWN_ORDER.get(b.breakdown) ?? 1e6) ||
      indexIn(MEASURES, a.measure) - indexIn(MEASURES, b.measure) ||
      (preferred ? Number(preferred.get(b)) - Number(preferred.get(a)) : 0),
  );
}

/** The filters as they were given, for "nothing matches" notes. */
export function describeFilters(argv: Args): string {
  const parts: string[] = [];
  // ids and numbers as they are; any other text (an unknown --source) quoted and escaped
  const text = (v: string | number): string =>
    typeof v === 'number' || /^[\w.:/-]{1,60}$/.test(v) ? String(v) : shown(v);
  const add = (name: string, values: readonly (string | number)[]): void => {
    if (values.length > 0) parts.push(`--${name} ${values.map(text).join(',')}`);
  };
  add('region', argv.regions);
  add('indicator', argv.indicators);
  add('breakdown', argv.breakdowns);
  add('period', argv.periods);
  add('measure', argv.measures);
  add('year', argv.years);
  if (argv.from !== undefined) add('from', [argv.from]);
  if (argv.to !== undefined) add('to', [argv.to]);
  add('kind', argv.kinds);
  add('source', argv.sources);
  add('scope', argv.scopes);
  return parts.join(' ');
}
