/**
 * Reading the command line: node:util parseArgs for the tokens, then every check with a
 * message that says what was wrong and what is accepted.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import {
  type Breakdown,
  INDICATORS,
  type Indicator,
  isShanxiIndustryError,
  MEASURES,
  type Measure,
  OWNERSHIPS,
  type PeriodId,
  PRODUCTS,
  parsePeriod,
  REGIONS,
  type Region,
  SCOPE_CATALOGUE,
  type ScopeFilter,
  SECTORS,
} from 'shanxi-industry';
import { didYouMean, shown, UsageError } from './errors.js';
import type { Lang } from './i18n.js';

/** The commands, in the order help lists them. */
export const COMMANDS = [
  'list',
  'show',
  'compare',
  'series',
  'export',
  'check',
  'extract',
] as const;
/** A command. */
export type Command = (typeof COMMANDS)[number];

/** Output formats. */
export const FORMATS = ['table', 'csv', 'json', 'jsonstat', 'md'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/** What `list` lists. */
export const LIST_TOPICS = [
  'sectors',
  'products',
  'ownership',
  'regions',
  'periods',
  'sources',
  'indicators',
  'measures',
] as const;
/** A topic of `list`. */
export type ListTopic = (typeof LIST_TOPICS)[number];

const TOPIC_ALIASES: Readonly<Record<string, ListTopic>> = {
  sector: 'sectors',
  product: 'products',
  ownerships: 'ownership',
  region: 'regions',
  period: 'periods',
  source: 'sources',
  indicator: 'indicators',
  measure: 'measures',
};

/** Period kinds (`series --kind`, `show --kind`). */
export const PERIOD_KINDS = ['month', 'year-to-date', 'year', 'range'] as const;
/** Breakdown kinds (`compare --kind`). */
export const RANK_KINDS = ['sector', 'ownership', 'product'] as const;

const SPEC = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  region: { type: 'string', multiple: true },
  indicator: { type: 'string', multiple: true },
  breakdown: { type: 'string', multiple: true },
  period: { type: 'string', multiple: true },
  measure: { type: 'string', multiple: true },
  year: { type: 'string', multiple: true },
  from: { type: 'string', multiple: true },
  to: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  source: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  format: { type: 'string', multiple: true },
  lang: { type: 'string', multiple: true },
  out: { type: 'string', multiple: true },
  chart: { type: 'string', multiple: true },
  against: { type: 'string', multiple: true },
  scope: { type: 'string', multiple: true },
  bom: { type: 'boolean' },
  data: { type: 'string', multiple: true },
  url: { type: 'string', multiple: true },
  published: { type: 'string', multiple: true },
} as const;

/** The scopes `--scope` takes: above-size, all, unstated. */
export const SCOPE_IDS: readonly ScopeFilter[] = SCOPE_CATALOGUE.map((e) => e.id);

/**
 * Options that take one value: given twice, they are a usage error (never silently the last).
 */
const SINGLE: readonly OptionName[] = [
  'format',
  'lang',
  'out',
  'chart',
  'from',
  'to',
  'against',
  'url',
  'published',
];

type OptionName = keyof typeof SPEC;

const SELECT = ['region', 'indicator', 'breakdown', 'period', 'measure', 'scope'] as const;
const PERIODS = ['year', 'from', 'to', 'kind'] as const;

/** The options each command accepts (besides --help and --version). */
export const COMMAND_OPTIONS: Readonly<Record<Command, readonly OptionName[]>> = {
  list: [
    'region',
    'indicator',
    'breakdown',
    'measure',
    'scope',
    'all',
    'data',
    'format',
    'lang',
    'out',
  ],
  show: [...SELECT, ...PERIODS, 'source', 'all', 'data', 'format', 'lang', 'out'],
  export: [...SELECT, ...PERIODS, 'source', 'all', 'data', 'format', 'lang', 'out', 'bom'],
  check: [],
  extract: ['url', 'published', 'region', 'format', 'out'],
  compare: [
    'period',
    'region',
    'indicator',
    'measure',
    'kind',
    'breakdown',
    'scope',
    'data',
    'format',
    'lang',
    'out',
    'chart',
  ],
  series: [
    'region',
    'indicator',
    'breakdown',
    'measure',
    'scope',
    'kind',
    'year',
    'from',
    'to',
    'data',
    'format',
    'lang',
    'out',
    'chart',
    'against',
  ],
};

/** The formats each command writes; the first is the default. */
export const COMMAND_FORMATS: Readonly<Record<Command, readonly Format[]>> = {
  list: ['table', 'csv', 'json', 'md'],
  show: FORMATS,
  export: ['csv', 'json', 'jsonstat', 'md'],
  compare: FORMATS,
  series: FORMATS,
  check: ['table'],
  extract: ['table', 'csv', 'json'],
};

/** The checked command line. */
export interface Args {
  /** The command; `undefined` for the general help. */
  readonly command?: Command;
  /** `--help`, `-h` or `help <command>`. */
  readonly help: boolean;
  /** `--version` or `-v`. */
  readonly version: boolean;
  /** `list`'s topic. */
  readonly topic?: ListTopic;
  readonly regions: readonly Region[];
  readonly indicators: readonly Indicator[];
  readonly breakdowns: readonly Breakdown[];
  /** Canonical period ids. */
  readonly periods: readonly PeriodId[];
  readonly measures: readonly Measure[];
  readonly years: readonly number[];
  /** Canonical period id. */
  readonly from?: PeriodId;
  /** Canonical period id. */
  readonly to?: PeriodId;
  /** Period kinds, or for `compare` one breakdown kind. */
  readonly kinds: readonly string[];
  readonly sources: readonly string[];
  readonly all: boolean;
  /** `export --bom`: a UTF-8 byte order mark before the CSV (for spreadsheets). */
  readonly bom: boolean;
  readonly format: Format;
  /** Whether --format was given. */
  readonly formatGiven: boolean;
  readonly lang: Lang;
  readonly out?: string;
  readonly chart?: 'svg';
  /** `--scope`: above-size, all or unstated (one for series). */
  readonly scopes: readonly ScopeFilter[];
  /** `series --against`: the series compared with (`china`, or a breakdown of the region). */
  readonly against?: 'china' | Breakdown;
  /** `--data FILE`: files of the user's own figures (`-` is standard input), in order. */
  readonly data: readonly string[];
  /** `check FILE…`: the files to check; `extract FILE`: the release (`-` is standard input). */
  readonly files: readonly string[];
  /** `extract --url`: the page's address, the source of every figure. */
  readonly url?: string;
  /** `extract --published`: the page's date. */
  readonly published?: string;
}

const quote = shown;

const BREAKDOWN_IDS: readonly string[] = [
  'total',
  ...SECTORS.map((e) => `sector:${e.id}`),
  ...OWNERSHIPS.map((e) => `ownership:${e.id}`),
  ...PRODUCTS.map((e) => `product:${e.id}`),
];

/** A breakdown id from its full form (`sector:coal`) or a bare catalogue id (`coal`). */
function breakdownOf(value: string): Breakdown {
  if (BREAKDOWN_IDS.includes(value)) return value as Breakdown;
  const matches = BREAKDOWN_IDS.filter((id) => id.slice(id.indexOf(':') + 1) === value);
  if (matches.length === 1) return matches[0] as Breakdown;
  if (matches.length > 1)
    throw new UsageError(
      `Ambiguous --breakdown ${quote(value)}: it could be ${matches.join(' or ')}; give the full id.`,
    );
  const hint = didYouMean(value, [
    ...BREAKDOWN_IDS,
    ...BREAKDOWN_IDS.map((id) => id.slice(id.indexOf(':') + 1)),
  ]);
  throw new UsageError(
    `Invalid --breakdown ${quote(value)}: accepted are total, sector:<id>, ownership:<id> and product:<id> (or the bare <id>), with the ids that "shanxi-industry list sectors", "list ownership" and "list products" print.${hint}`,
  );
}

/** `--against`: china, or a breakdown (full or bare id). */
function againstOf(value: string): Breakdown {
  try {
    return breakdownOf(value);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    throw new UsageError(
      `Invalid --against ${quote(value)}: accepted are china (Shanxi against China, the same breakdown) or a breakdown of the same region, as in --against sector:non-coal.${didYouMean(value, ['china', ...BREAKDOWN_IDS])}`,
    );
  }
}

function oneOf<T extends string>(option: string, value: string, accepted: readonly T[]): T {
  if ((accepted as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `Invalid --${option} ${quote(value)}: accepted are ${accepted.join(', ')}.${didYouMean(value, accepted)}`,
  );
}

/**
 * A period id or alias, canonical; the library's reason and the accepted forms otherwise.
 * Aliases are accepted in either case (`2021-q1` is `2021-Q1`).
 */
function periodOf(option: string, value: string): PeriodId {
  try {
    return parsePeriod(value).id;
  } catch (e) {
    if (!isShanxiIndustryError(e)) throw e;
    try {
      return parsePeriod(value.toUpperCase()).id;
    } catch {
      // not a period in capitals either: the reason given for the value as written
    }
    // the library quotes the value as JSON (a quote inside is \"), then gives its reason
    const reason = e.message.replace(/^Invalid period "(?:[^"\\]|\\.)*": /, '');
    const hint = /^\d{4}-[qh]/.test(value)
      ? ' (aliases are written in capitals: 2021-Q1, 2021-H1, 2021-Q1Q3)'
      : '';
    const why = hint ? reason.replace(/\. Accepted forms/, `${hint}. Accepted forms`) : reason;
    throw new UsageError(`Invalid --${option} ${quote(value)}: ${why}`);
  }
}

function yearOf(value: string): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value) || n < 1949 || n > 2100)
    throw new UsageError(`Invalid --year ${quote(value)}: accepted is a year from 1949 to 2100.`);
  return n;
}

/** The values of a list option: repeated, comma-separated, or both. */
function split(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

interface RawOption {
  readonly name: string;
  readonly raw: string;
  readonly value: string | undefined;
  readonly inline: boolean;
}

function optionList(names: readonly string[]): string {
  return names.map((n) => `--${n}`).join(', ');
}

/** The command named by the first word; a usage error naming the commands otherwise. */
function commandOf(word: string): Command | 'help' {
  if (word === 'help' || (COMMANDS as readonly string[]).includes(word))
    return word as Command | 'help';
  throw new UsageError(
    `Unknown command ${quote(word)}. Commands: ${COMMANDS.join(', ')}.${didYouMean(word, COMMANDS)} Run "shanxi-industry --help" for help.`,
  );
}

/**
 * Reads and checks the command line. Throws {@link UsageError} for an unknown command,
 * option or value, naming what is accepted.
 */
export function parseCommandLine(argv: readonly string[]): Args {
  const { tokens } = parseArgs({
    args: [...argv],
    options: SPEC,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const positionals: string[] = [];
  const options: RawOption[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option')
      options.push({
        name: token.name,
        raw: token.rawName,
        value: token.value,
        inline: token.inlineValue === true,
      });
  }
  const has = (name: OptionName): boolean => options.some((o) => o.name === name);

  const first = positionals[0];
  let command: Command | undefined;
  let help = has('help');
  if (first !== undefined) {
    const c = commandOf(first);
    if (c === 'help') {
      help = true;
      const target = positionals[1];
      if (target !== undefined && target !== 'help') command = commandOf(target) as Command;
    } else command = c;
  }

  for (const o of options)
    if (!(o.name in SPEC)) {
      const accepted = command ? [...COMMAND_OPTIONS[command], 'help'] : ['help', 'version'];
      throw new UsageError(
        `Unknown option ${quote(o.raw)}${command ? ` for ${command}` : ''}. Options${command ? ` of ${command}` : ''}: ${optionList(accepted)}.${didYouMean(o.raw.replace(/^-+/, ''), accepted).replace(/"([^"]+)"/, '"--$1"')}`,
      );
    }

  const base = {
    help,
    version: has('version'),
    regions: [],
    indicators: [],
    breakdowns: [],
    periods: [],
    measures: [],
    years: [],
    kinds: [],
    scopes: [],
    sources: [],
    data: [],
    files: [],
    all: false,
    bom: false,
    format: 'table' as Format,
    formatGiven: false,
    lang: 'en' as Lang,
  };
  if (help) return command ? { ...base, command } : base;
  if (base.version) return base;
  if (command === undefined) {
    if (options.length > 0 || positionals.length > 0)
      throw new UsageError(
        `No command given. Commands: ${COMMANDS.join(', ')}. Run "shanxi-industry --help" for help.`,
      );
    return { ...base, help: true };
  }
  return checkCommand(command, positionals.slice(1), options, base);
}

function checkCommand(
  command: Command,
  rest: readonly string[],
  options: readonly RawOption[],
  base: Args,
): Args {
  const allowed = COMMAND_OPTIONS[command];
  const values = new Map<OptionName, string[]>();
  for (const o of options) {
    const name = o.name as OptionName;
    if (!allowed.includes(name))
      throw new UsageError(
        allowed.length === 0
          ? `Option ${o.raw} is not accepted by ${command}, which takes no option but --help.`
          : `Option ${o.raw} is not accepted by ${command}. Options of ${command}: ${optionList(allowed)}.`,
      );
    const spec = SPEC[name];
    if (spec.type === 'boolean') {
      if (o.inline) throw new UsageError(`Option ${o.raw} takes no value; got ${quote(o.value!)}.`);
      values.set(name, ['true']);
      continue;
    }
    const stdin = name === 'data' && o.value === '-';
    if (o.value === undefined || (!o.inline && !stdin && o.value.startsWith('-')) || o.value === '')
      throw new UsageError(`Option ${o.raw} needs a value, as in ${o.raw} ${example(name)}.`);
    const before = values.get(name) ?? [];
    // extract reads one release: its --region is single too (elsewhere a list of regions)
    if (
      (SINGLE.includes(name) || (command === 'extract' && name === 'region')) &&
      before.length > 0
    )
      throw new UsageError(
        `Option --${name} takes one value and was given twice: ${quote(before[0]!)} and ${quote(o.value)}. Give it once.`,
      );
    values.set(name, [...before, o.value]);
  }
  const list = (name: OptionName): string[] => split(values.get(name) ?? []);
  const last = (name: OptionName): string | undefined => values.get(name)?.at(-1);
  const single = (name: OptionName, found: readonly string[]): void => {
    if (found.length > 1)
      throw new UsageError(
        `${command} takes one --${name}; got ${found.map(quote).join(', ')}.${command === 'series' || command === 'compare' ? ' Use show or export for several.' : ''}`,
      );
  };

  let topic: ListTopic | undefined;
  if (command === 'list') {
    const word = rest[0];
    if (word === undefined)
      throw new UsageError(`list needs what to list: one of ${LIST_TOPICS.join(', ')}.`);
    // own keys only: "constructor" or "__proto__" is no alias
    topic =
      (Object.hasOwn(TOPIC_ALIASES, word) ? TOPIC_ALIASES[word] : undefined) ??
      ((LIST_TOPICS as readonly string[]).includes(word) ? (word as ListTopic) : undefined);
    if (topic === undefined)
      throw new UsageError(
        `Unknown list ${quote(word)}: accepted are ${LIST_TOPICS.join(', ')}.${didYouMean(word, LIST_TOPICS)}`,
      );
    if (rest.length > 1)
      throw new UsageError(`list takes one thing to list; got ${rest.map(quote).join(', ')}.`);
  } else if (command === 'check') {
    if (rest.length === 0)
      throw new UsageError(
        'check needs a file to check, as in check figures.csv (or - for standard input).',
      );
    const empty = rest.find((f) => f === '');
    if (empty !== undefined) throw new UsageError('check takes file names; got an empty one.');
  } else if (command === 'extract') {
    if (rest.length !== 1 || rest[0] === '')
      throw new UsageError(
        `extract takes one FILE (or - for standard input), as in extract release.txt; got ${rest.length === 0 ? 'none' : rest.map(quote).join(', ')}.`,
      );
  } else if (rest.length > 0) {
    const word = rest[0]!;
    const hint = /^\d{4}[\w/-]{0,20}$/.test(word)
      ? ` To pick a period, write --period ${word}.`
      : '';
    throw new UsageError(
      `${command} takes no positional argument; got ${quote(word)}. Filters are options, as in --region shanxi.${hint}`,
    );
  }

  const regions = list('region').map((v) => oneOf('region', v, REGIONS));
  const indicators = list('indicator').map((v) => oneOf('indicator', v, INDICATORS));
  const measures = list('measure').map((v) => oneOf('measure', v, MEASURES));
  const breakdowns = list('breakdown').map(breakdownOf);
  const periods = list('period').map((v) => periodOf('period', v));
  const years = list('year').map(yearOf);
  const from = last('from');
  const to = last('to');
  const kindAccepted: readonly string[] = command === 'compare' ? RANK_KINDS : PERIOD_KINDS;
  const kinds = list('kind').map((v) => oneOf('kind', v, kindAccepted));
  const sources = list('source');
  const scopes = list('scope').map((v) => oneOf('scope', v, SCOPE_IDS));

  if (command === 'extract') single('region', regions);
  if (command === 'compare' || command === 'series') {
    single('region', regions);
    single('indicator', indicators);
    single('measure', measures);
    if (command === 'compare') {
      single('period', periods);
      single('kind', kinds);
      single('scope', scopes);
      if (periods.length === 0)
        throw new UsageError(
          'compare needs --period, as in --period 2021-Q1 (see "shanxi-industry list periods").',
        );
    } else {
      single('breakdown', breakdowns);
      single('scope', scopes);
    }
  }

  const accepted = COMMAND_FORMATS[command];
  const formatValue = last('format');
  if (formatValue !== undefined && !(accepted as readonly string[]).includes(formatValue))
    throw new UsageError(
      `--format must be one of ${accepted.join(', ')}${command === 'export' || command === 'list' ? ` for ${command}` : ''}; got ${quote(formatValue)}.${didYouMean(formatValue, accepted)}`,
    );
  const langValue = last('lang');
  const lang = langValue === undefined ? 'en' : oneOf('lang', langValue, ['en', 'zh'] as const);
  const chartValue = last('chart');
  const chart = chartValue === undefined ? undefined : oneOf('chart', chartValue, ['svg'] as const);
  if (chart && formatValue !== undefined && formatValue !== 'table')
    throw new UsageError(
      `--chart svg writes a chart; it does not take --format ${formatValue}. Leave out one of them.`,
    );
  const out = last('out');
  if (values.has('bom') && formatValue !== undefined && formatValue !== 'csv')
    throw new UsageError(
      `--bom marks a CSV file as UTF-8; it does not take --format ${formatValue}. Leave out one of them.`,
    );
  const againstValue = last('against');
  const against =
    againstValue === undefined
      ? undefined
      : againstValue === 'china'
        ? ('china' as const)
        : againstOf(againstValue);
  if (against !== undefined) {
    const region = regions[0] ?? 'shanxi';
    const breakdown = breakdowns[0] ?? 'total';
    if (against === 'china' && region === 'china')
      throw new UsageError(
        '--against china compares China with itself: leave out --region china (Shanxi is the default), or give --against a breakdown of China, as in --against sector:coal.',
      );
    if (against === breakdown)
      throw new UsageError(
        `--against ${against} is the series itself (--breakdown ${breakdown}); give another breakdown, or --against china.`,
      );
  }

  const data = values.get('data') ?? [];
  const files = command === 'check' || command === 'extract' ? [...rest] : [];
  const url = last('url');
  const published = last('published');
  if ([...data, ...files].filter((f) => f === '-').length > 1)
    throw new UsageError(
      'Standard input (-) can be read once; give - once, and the other files by name.',
    );

  const args: Args = {
    ...base,
    command,
    data,
    files,
    regions,
    indicators,
    breakdowns,
    periods,
    measures,
    years,
    kinds,
    scopes,
    sources,
    all: values.has('all'),
    bom: values.has('bom'),
    format: (formatValue as Format | undefined) ?? accepted[0]!,
    formatGiven: formatValue !== undefined,
    lang,
    ...(topic === undefined ? {} : { topic }),
    ...(from === undefined ? {} : { from: periodOf('from', from) }),
    ...(to === undefined ? {} : { to: periodOf('to', to) }),
    ...(out === undefined ? {} : { out }),
    ...(chart === undefined ? {} : { chart }),
    ...(against === undefined ? {} : { against }),
    ...(url === undefined ? {} : { url }),
    ...(published === undefined ? {} : { published }),
  };
  return args;
}

function example(name: OptionName): string {
  switch (name) {
    case 'region':
      return 'shanxi';
    case 'indicator':
      return 'value-added';
    case 'breakdown':
      return 'sector:coal';
    case 'period':
    case 'from':
    case 'to':
      return '2021-Q1';
    case 'measure':
      return 'yoy';
    case 'year':
      return '2021';
    case 'kind':
      return 'year-to-date';
    case 'source':
      return 's032';
    case 'format':
      return 'csv';
    case 'lang':
      return 'zh';
    case 'out':
      return 'out.csv';
    case 'chart':
      return 'svg';
    case 'against':
      return 'china';
    case 'scope':
      return 'above-size';
    case 'data':
      return 'mine.csv';
    case 'url':
      return 'https://tjj.shanxi.gov.cn/…';
    case 'published':
      return '2024-09-20';
    default:
      return '…';
  }
}
