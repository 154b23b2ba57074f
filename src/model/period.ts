/**
 * Periods: a year and a run of months inside it. No zod, no data.
 *
 * @module
 */
import { ShanxiIndustryError, show } from '../errors.js';

/**
 * What a period covers:
 * - `month`: one month (`2021-05`);
 * - `year-to-date`: January to a month before December (`2021-01/2021-05`);
 * - `year`: the whole year (`2021`);
 * - `range`: any other run of months, such as a lone quarter (`2021-04/2021-06`).
 *
 * @category Periods
 */
export type PeriodKind = 'month' | 'year-to-date' | 'year' | 'range';

/** One decimal digit, as text. @category Periods */
export type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/**
 * A year that {@link parsePeriod} accepts, as text. The years 2000–2039 are written out, so
 * that editors complete them (and the ids and aliases built on them); the other accepted
 * years (1949–1999, 2040–2100) are patterns (`19${number}`), accepted but not completed, and
 * checked when the code runs. A list of every year would make every period type many times
 * larger and the compiler slower.
 *
 * @category Periods
 */
export type PeriodYear =
  | `20${'0' | '1' | '2' | '3'}${Digit}`
  | `19${number}`
  | `20${'4' | '5' | '6' | '7' | '8' | '9'}${number}`
  | '2100';

/** A month as written in a period id: `01` to `12`. @category Periods */
export type PeriodMonth =
  | '01'
  | '02'
  | '03'
  | '04'
  | '05'
  | '06'
  | '07'
  | '08'
  | '09'
  | '10'
  | '11'
  | '12';

/** The months after each month: the ends a run of months may have. */
interface LaterMonths {
  '01': Exclude<PeriodMonth, '01'>;
  '02': Exclude<PeriodMonth, '01' | '02'>;
  '03': Exclude<PeriodMonth, '01' | '02' | '03'>;
  '04': '05' | '06' | '07' | '08' | '09' | '10' | '11' | '12';
  '05': '06' | '07' | '08' | '09' | '10' | '11' | '12';
  '06': '07' | '08' | '09' | '10' | '11' | '12';
  '07': '08' | '09' | '10' | '11' | '12';
  '08': '09' | '10' | '11' | '12';
  '09': '10' | '11' | '12';
  '10': '11' | '12';
  '11': '12';
  '12': never;
}

/**
 * The canonical id of a run of months: `2021-01/2021-05`. The end comes after the start, and
 * the run is not the whole year (that is `2021`). The years are `${number}`, not a list: a list
 * of every year's every run would be too large a type for the compiler (and the editor) to
 * keep fast; {@link parsePeriod} checks that both are the same year.
 *
 * @category Periods
 */
export type PeriodRangeId = {
  [S in PeriodMonth]: `${number}-${S}/${number}-${S extends '01' ? Exclude<LaterMonths[S], '12'> : LaterMonths[S]}`;
}[PeriodMonth];

/**
 * Every run of months as written: the end may also equal the start (`2021-05/2021-05`) or make
 * the whole year (`2021-01/2021-12`).
 *
 * @category Periods
 */
export type PeriodRangeInput = {
  [S in PeriodMonth]: `${number}-${S}/${number}-${S | LaterMonths[S]}`;
}[PeriodMonth];

/**
 * The canonical id of a period, as {@link parsePeriod} returns it and every observation
 * carries it: a year (`2021`), a month (`2021-05`) or a run of months of one year
 * (`2021-01/2021-05`, `2021-04/2021-06`). A template-literal type: editors complete it, and a
 * period that cannot exist (`2021-13`, `2021-05/2021-03`) does not compile.
 *
 * @category Periods
 */
export type PeriodId = PeriodYear | `${PeriodYear}-${PeriodMonth}` | PeriodRangeId;

/**
 * The aliases of the usual runs: quarters `2021-Q1` … `2021-Q4`, halves `2021-H1`, `2021-H2`
 * and the first three quarters `2021-Q1Q3`.
 *
 * @category Periods
 */
export type PeriodAlias = `${PeriodYear}-${'Q1' | 'Q2' | 'Q3' | 'Q4' | 'H1' | 'H2' | 'Q1Q3'}`;

/**
 * Everything a period parameter takes, as a type: a {@link PeriodId}, a {@link PeriodAlias},
 * or a run written with its ends (`2021-01/2021-12`, `2021-05/2021-05`). `find`, `query`,
 * `series`, the comparisons and {@link formatPeriod} take it, so `'2021-Q5'` is a compile
 * error there. A `string` from outside (a CSV, a form, the command line) goes through
 * {@link isPeriodId} (a type guard) or {@link parsePeriod} (which takes any string) first.
 *
 * @category Periods
 */
export type PeriodInput = PeriodId | PeriodAlias | PeriodRangeInput;

/**
 * A parsed period: a year and a run of months inside it (1–12, `start ≤ end`).
 *
 * @category Periods
 */
export interface Period {
  /** The canonical id: `2021-05`, `2021-01/2021-05` or `2021`. */
  readonly id: PeriodId;
  /** The calendar year. */
  readonly year: number;
  /** The first month, 1–12. */
  readonly start: number;
  /** The last month, 1–12, not before `start`. */
  readonly end: number;
  /** What the period covers. */
  readonly kind: PeriodKind;
}

/** The accepted forms, quoted in every period error. */
const FORMS =
  'YYYY, YYYY-MM, YYYY-MM/YYYY-MM (months of one year), YYYY-Q1…Q4, YYYY-H1, YYYY-H2, YYYY-Q1Q3';

/** The earliest and latest years accepted. */
const MIN_YEAR = 1949;
const MAX_YEAR = 2100;

const pad = (month: number): string => (month < 10 ? `0${month}` : String(month));

function periodKind(start: number, end: number): PeriodKind {
  if (start === end) return 'month';
  if (start === 1) return end === 12 ? 'year' : 'year-to-date';
  return 'range';
}

function make(year: number, start: number, end: number): Period {
  const kind = periodKind(start, end);
  const id = (
    kind === 'year'
      ? String(year)
      : kind === 'month'
        ? `${year}-${pad(start)}`
        : `${year}-${pad(start)}/${year}-${pad(end)}`
  ) as PeriodId;
  return Object.freeze({ id, year, start, end, kind });
}

function invalid(input: unknown, why: string): ShanxiIndustryError {
  return new ShanxiIndustryError(
    'INVALID_PERIOD',
    `Invalid period ${show(input)}: ${why}. Accepted forms: ${FORMS}.`,
    input,
  );
}

const ALIASES: Record<string, readonly [number, number]> = {
  Q1: [1, 3],
  Q2: [4, 6],
  Q3: [7, 9],
  Q4: [10, 12],
  H1: [1, 6],
  H2: [7, 12],
  Q1Q3: [1, 9],
};

const PERIOD_RE = /^(\d{4})(?:-(?:(\d{2})(?:\/(\d{4})-(\d{2}))?|(Q[1-4]|H[12]|Q1Q3)))?$/;

const cache = /* @__PURE__ */ new Map<string, Period>();

/**
 * Parses a period id or alias into a {@link Period}.
 *
 * Accepted: `2021` (whole year), `2021-05` (one month), `2021-01/2021-05` (a run of months of
 * one year), and the aliases `2021-Q1` … `2021-Q4` (a quarter), `2021-H1`, `2021-H2` and
 * `2021-Q1Q3` (the first three quarters). A run of all twelve months is the year `2021`; a run
 * of one month is that month.
 *
 * It takes any `string`, so text from outside (a CSV, a form) can be parsed and then used where
 * a {@link PeriodId} is needed (`parsePeriod(s).id`). Where a period is a parameter of a query,
 * a comparison or {@link formatPeriod}, its type is {@link PeriodInput}, and a literal that can
 * never be a period (`'2021-Q5'`) is a compile error.
 *
 * @category Periods
 * @param input - the period id or alias, or a {@link Period} whose parts agree with its `id`
 * @returns the frozen period, with its canonical `id`
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when the input is not a string of an
 * accepted form, a month is outside 1–12, a range ends before it starts or spans two years,
 * or the year is outside 1949–2100, or for a period object whose `year`, `start`, `end` or
 * `kind` disagree with its `id`. The message names the input and the accepted forms.
 * @example
 * ```ts
 * parsePeriod('2021-Q1').id;
 * //=> '2021-01/2021-03'
 * parsePeriod('2021-01/2021-05').kind;
 * //=> 'year-to-date'
 * ```
 */
export function parsePeriod(input: string | Period): Period {
  if (typeof input === 'object' && input !== null) return fromObject(input);
  if (typeof input !== 'string') throw invalid(input, 'not a string');
  const hit = cache.get(input);
  if (hit) return hit;
  const m = PERIOD_RE.exec(input);
  if (!m)
    throw invalid(
      input,
      PERIOD_RE.test(input.toUpperCase())
        ? `not a period id (aliases are in capitals: ${input.toUpperCase()})`
        : 'not a period id',
    );
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw invalid(input, `year outside ${MIN_YEAR}–${MAX_YEAR}`);
  let start = 1;
  let end = 12;
  if (m[5]) {
    [start, end] = ALIASES[m[5]]!;
  } else if (m[2]) {
    start = Number(m[2]);
    end = m[4] ? Number(m[4]) : start;
    if (m[3] && Number(m[3]) !== year) throw invalid(input, 'a range must stay inside one year');
    if (start < 1 || start > 12 || end < 1 || end > 12) throw invalid(input, 'month outside 01–12');
    if (end < start) throw invalid(input, 'the range ends before it starts');
  }
  const period = make(year, start, end);
  if (cache.size < 10_000) cache.set(input, period);
  return period;
}

/**
 * A period object is accepted when it is consistent: its `id` parses to the same year, months
 * and kind it states. A frozen period with the canonical id is returned as it is; any other is
 * replaced by the canonical frozen period, never returned as the caller's mutable object.
 */
function fromObject(value: object): Period {
  let p: { [K in keyof Period]?: Period[K] | undefined };
  try {
    const { id, year, start, end, kind } = value as Partial<Period>;
    p = { id, year, start, end, kind };
  } catch {
    throw invalid(value, 'a period object that cannot be read');
  }
  if (typeof p.id !== 'string') throw invalid(value, 'not a string, nor a period with an id');
  const again = parsePeriod(p.id);
  if (
    again.year !== p.year ||
    again.start !== p.start ||
    again.end !== p.end ||
    again.kind !== p.kind
  )
    throw invalid(value, 'a period object whose parts disagree with its id');
  // a frozen consistent period (one parsePeriod made) is returned as it is
  return Object.isFrozen(value) && p.id === again.id ? (value as Period) : again;
}

/**
 * Tells whether a string is a period id or alias that {@link parsePeriod} accepts. A type
 * guard: a `string` from a CSV, a form or the command line that passes it is a
 * {@link PeriodInput}, which `find`, `query`, `series` and the comparisons take.
 *
 * @category Periods
 * @param input - anything
 * @returns `true` when `parsePeriod(input)` would succeed
 * @example
 * ```ts
 * isPeriodId('2021-H1');
 * //=> true
 * isPeriodId('2021-13');
 * //=> false
 * const typed = '2021-Q1' as string;
 * isPeriodId(typed) ? find({ period: typed })?.value : undefined;
 * //=> 23.9
 * ```
 */
export function isPeriodId(input: unknown): input is PeriodInput {
  if (typeof input !== 'string') return false;
  try {
    parsePeriod(input);
    return true;
  } catch {
    return false;
  }
}

/**
 * Builds a period from its parts.
 *
 * @category Periods
 * @param year - the calendar year, 1949–2100
 * @param start - the first month, 1–12
 * @param end - the last month, `start`–12 (defaults to `start`)
 * @returns the frozen period
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when a part is out of range or not a whole number
 * @example
 * ```ts
 * periodOf(2021, 4, 6).id;
 * //=> '2021-04/2021-06'
 * ```
 */
export function periodOf(year: number, start: number, end: number = start): Period {
  const ok = [year, start, end].every((n) => Number.isInteger(n));
  if (!ok) throw invalid([year, start, end], 'year and months must be whole numbers');
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw invalid([year, start, end], `year outside ${MIN_YEAR}–${MAX_YEAR}`);
  if (start < 1 || end > 12 || end < start)
    throw invalid([year, start, end], 'months must satisfy 1 ≤ start ≤ end ≤ 12');
  return make(year, start, end);
}

/**
 * The canonical id of a period id or alias: `2021-Q1` → `2021-01/2021-03`.
 *
 * @category Periods
 * @param input - a period id, alias or {@link Period}
 * @returns the canonical id
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when the input does not parse
 * @example
 * ```ts
 * canonicalPeriod('2021-H1');
 * //=> '2021-01/2021-06'
 * canonicalPeriod('2021-01/2021-12');
 * //=> '2021'
 * ```
 */
export function canonicalPeriod(input: string | Period): PeriodId {
  return parsePeriod(input).id;
}

/**
 * The same months one year earlier: the base period of a year-on-year rate.
 *
 * @category Periods
 * @param input - a period id, alias or {@link Period}
 * @returns the period one year earlier
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when the input does not parse or the
 * previous year is before 1949
 * @example
 * ```ts
 * previousYear('2021-Q1').id;
 * //=> '2020-01/2020-03'
 * ```
 */
export function previousYear(input: PeriodInput | Period): Period {
  const p = parsePeriod(input);
  return periodOf(p.year - 1, p.start, p.end);
}

/**
 * Orders two periods in time: by year, then by last month, then the longer run first (so
 * that `2021-01/2021-03` comes before `2021-03`). Use it with `Array.prototype.sort`.
 *
 * @category Periods
 * @param a - a period id, alias or {@link Period}
 * @param b - a period id, alias or {@link Period}
 * @returns a negative number when `a` comes first, positive when `b` does, 0 when they are the same period
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when either does not parse
 * @example
 * ```ts
 * ['2021-05', '2020', '2021-Q1'].sort(comparePeriods);
 * //=> ['2020', '2021-Q1', '2021-05']
 * ```
 */
export function comparePeriods(a: string | Period, b: string | Period): number {
  const p = parsePeriod(a);
  const q = parsePeriod(b);
  return p.year - q.year || p.end - q.end || p.start - q.start;
}

const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;
const QUARTERS_ZH = ['一', '二', '三', '四'] as const;

/**
 * A human label for a period, in English or Chinese: "Q1 2021" / "2021年一季度",
 * "Jan–May 2021" / "2021年1-5月", "May 2021" / "2021年5月", "H1 2021" / "2021年上半年",
 * "Q1–Q3 2021" / "2021年前三季度", "2021" / "2021年".
 *
 * @category Periods
 * @param input - a period id, alias or {@link Period}
 * @param lang - `en` (the default) or `zh`
 * @returns the label
 * @throws ShanxiIndustryError code `INVALID_PERIOD` when the input does not parse;
 * `INVALID_OPTION` when `lang` is neither `en` nor `zh`
 * @example
 * ```ts
 * formatPeriod('2021-Q1');
 * //=> 'Q1 2021'
 * formatPeriod('2021-01/2021-05', 'zh');
 * //=> '2021年1-5月'
 * ```
 */
export function formatPeriod(input: PeriodInput | Period, lang: 'en' | 'zh' = 'en'): string {
  if (lang !== 'en' && lang !== 'zh')
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `Invalid language ${show(lang)}: accepted are "en" and "zh".`,
      lang,
    );
  const { year, start, end, kind } = parsePeriod(input);
  const zh = lang === 'zh';
  if (kind === 'year') return zh ? `${year}年` : String(year);
  if (kind === 'month') return zh ? `${year}年${start}月` : `${MONTHS_EN[start - 1]} ${year}`;
  const quarter = start % 3 === 1 && end === start + 2 ? (start + 2) / 3 : 0;
  if (quarter) return zh ? `${year}年${QUARTERS_ZH[quarter - 1]}季度` : `Q${quarter} ${year}`;
  if (start === 1 && end === 6) return zh ? `${year}年上半年` : `H1 ${year}`;
  if (start === 7 && end === 12) return zh ? `${year}年下半年` : `H2 ${year}`;
  if (start === 1 && end === 9) return zh ? `${year}年前三季度` : `Q1–Q3 ${year}`;
  return zh
    ? `${year}年${start}-${end}月`
    : `${MONTHS_EN[start - 1]}–${MONTHS_EN[end - 1]} ${year}`;
}
