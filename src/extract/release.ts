// biome-ignore-all lint/suspicious/noAssignInExpressions: the tokenizer tries sticky patterns in turn; `if ((m = sticky(re)))` reads best
/**
 * Reading a statistics release into observations: a tokenizer per language (periods, names,
 * verbs, measure cues, numbers with units), then one walk that assigns every number to a
 * name, a measure and a period, or lists it as unrecognised with the reason.
 *
 * @module
 */
import { readObject, ShanxiIndustryError, show } from '../errors.js';
import type { Breakdown } from '../model/catalogues.js';
import type { PeriodId } from '../model/period.js';
import type { Observation, Source } from '../model/types.js';
import {
  type Indicator,
  LEVEL_UNITS,
  type LevelUnit,
  type Measure,
  type Qualifier,
  REGIONS,
  type Region,
  SOURCE_KINDS,
  type Unit,
} from '../model/vocab.js';
import { enNames, type NameIndex, nameAt, zhNames } from './names.js';
import type {
  Evidence,
  Extraction,
  ExtractOptions,
  Unrecognised,
  UnrecognisedReason,
} from './types.js';

type Tok =
  | { k: 'sent'; s: number; e: number; para: boolean; soft?: boolean }
  | { k: 'comma' | 'sep' | 'resp' | 'qizhong' | 'skip' | 'cmp'; s: number; e: number }
  | {
      k: 'period';
      s: number;
      e: number;
      m1: number;
      m2: number;
      year?: number;
      rel?: number;
      /** Qualifies one figure only (5月当月, "In May alone", 累计, 其中8月份): see {@link walk}. */
      aside?: boolean;
      /** A point in time (截至5月末, "at the end of May"): no run of months of the model. */
      point?: true;
      /** The compared period ("up from 5.9 percent in April 2014"): its year dates nothing else. */
      cmp?: true;
      /** 累计: January to the month of the period in force. */
      cum?: true;
    }
  /** 上年同期 / 去年同期: the figures after it are the year before's (m1, m2: its own months). */
  | { k: 'prev'; s: number; e: number; m1?: number; m2?: number; year?: number }
  | { k: 'year'; s: number; e: number; year?: number; rel?: number; asPeriod: boolean }
  | { k: 'entity'; s: number; e: number; b: Breakdown }
  | { k: 'region'; s: number; e: number; r: Where }
  | { k: 'ind'; s: number; e: number; i: Ind | 'other' | 'mom' }
  | { k: 'verb'; s: number; e: number; sign: 1 | -1 | 0; kind: 'change' | 'flat' | 'rate' }
  | { k: 'cue'; s: number; e: number; m: Measure | Whole }
  | { k: 'qual'; s: number; e: number; q: Qualifier }
  | { k: 'num'; s: number; e: number; raw: string; unit: string; garbled: boolean; q?: Qualifier };

const MAX_LENGTH = 16 * 1024 * 1024;

/**
 * An indicator as the walk reads it: main-business revenue (主营业务收入) apart from operating
 * revenue (营业收入) until the year is known (the model's revenue is the one before 2019 and
 * the other from 2019).
 */
type Ind = Indicator | 'revenue-main';

/** Who a figure is about: a breakdown and its region, where it was named. */
interface Named {
  readonly b: Breakdown;
  readonly region: Where;
  readonly s: number;
  /** Named by a short form (全省工业, "industrial value added") that does not say above-size. */
  bare?: true;
}
/** A name met in a clause, with its end. */
interface Entity extends Named {
  readonly e: number;
}
/** The subject figures without a name of their own carry on: a name and its indicator. */
interface Subject extends Named {
  readonly ind: Ind;
}

/** The short forms that do not say above-size (see {@link Named.bare}). */
const BARE: ReadonlySet<string> = new Set([
  '全省工业',
  'industrial added value',
  'industrial value added',
  'value-added industrial output',
]);

/**
 * A share whose whole the model has no measure for: GDP or the economy (`?gdp`), a total that
 * is the above-size total only where the text speaks of above-size industry and of no GDP
 * account (`?total`: "of the total", 占全省比重), or a whole not named (`?whole`).
 */
type Whole = '?gdp' | '?total' | '?whole';

/**
 * The measure of a share by its whole: 占…比重's words (`占规上工业的`) or what follows "accounted
 * for 27.4 percent" (`of the total, up …`). Share-of-total only of industry above designated
 * size, share-of-china only of the country's figure; GDP, the economy or a whole not named are
 * no measure of the model.
 */
function shareOf(whole: string, zh: boolean): Measure | Whole {
  if (
    zh
      ? /生产总值|GDP|经济总量|全部工业/i.test(whole)
      : /\b(?:gdp|gross (?:domestic|regional) product|econom(?:y|ic))\b/.test(whole)
  )
    return '?gdp';
  if (
    zh
      ? whole.includes('全国')
      : /^(?:china's|the national|the country's|national|the nation's)/.test(whole)
  )
    return 'share-of-china';
  if (
    zh
      ? /规模以上|规上|工业/.test(whole)
      : /above (?:the |a )?designated (?:size|scale)/.test(whole)
  )
    return 'share-of-total';
  if (
    zh
      ? /^占(?:全省|本省)?的?$/.test(whole)
      : /^(?:the |shanxi's |the province's |the provincial )?total(?: (?:industrial )?(?:value added|added value|output|profits?|revenues?))?$/.test(
          whole,
        )
  )
    return '?total';
  return '?whole';
}

/** Whose figure: a region of the model, or another one (a city, another province). */
type Where = Region | 'other';

/** Full-width digits and punctuation to ASCII, dashes to '-', curly apostrophes to ', one for one. */
function normalise(text: string, lower: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(c - 0xff10 + 48);
    else if (c === 0xff05) out += '%';
    else if (c === 0xff0e) out += '.';
    else if (c === 0xff0d || c === 0x2014 || c === 0x2013 || c === 0x2212 || c === 0xff5e)
      out += '-';
    else if (c === 0x3000) out += ' ';
    else if (c === 0x2019 || c === 0x2018) out += "'";
    else if (lower && c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else out += text[i];
  }
  return out;
}

/** A remark in parentheses: `(以下简称“全省工业”)`, `($3.11 million)`. */
interface Aside {
  readonly s: number;
  readonly e: number;
}

/**
 * Blanks the inside of every remark in parentheses with spaces, so that its words neither name
 * nor date the figure around it: `规模以上工业(以下简称“全省工业”)增加值同比增长3.6%` reads as the
 * total's growth. The offsets do not move. The remarks holding a digit are returned: their
 * numbers are listed as not read.
 */
function blankAsides(t: string): { t: string; asides: Aside[] } {
  const asides: Aside[] = [];
  const out = t.replace(/[(（][^()（）\n]{0,120}[)）]/g, (m: string, at: number) => {
    if (/\d/.test(m)) asides.push({ s: at, e: at + m.length });
    return m[0] + ' '.repeat(m.length - 2) + m[m.length - 1];
  });
  return { t: out, asides };
}

const NUM_RE = /\d(?:[\d.,]*\d)?/y;
// (at most 15 digits either side of the point: a figure's decimals are 0-15, and a longer
// number is not one a release states; it would come back rounded)
const STRICT_NUM = /^(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,15})(?:\.\d{1,15})?$/;

const ZH_UNITS: readonly (readonly [string, string])[] = [
  ['个百分点', 'points'],
  ['%', 'percent'],
  ['倍', 'times'],
  ['万亿元', 'yuan-trillion'],
  ['亿元', 'yuan-100m'],
  ['万吨', 'tonnes-10k'],
  ['亿吨', 'tonnes-100m'],
  ['亿千瓦时', 'kwh-100m'],
  ['亿立方米', 'm3-100m'],
  ['万辆', 'vehicles-10k'],
  // units the model has no id for: '?' and the word
  ...'万千瓦时 万千瓦 万台 万件 万套 万元 辆 台 吨 亿 万 个 家 户'
    .split(' ')
    .map((w) => [w, `?${w}`] as const),
];
const EN_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^ ?(?:percentage points?|points?)/, 'points'],
  [/^ ?(?:percent|per cent|%)/, 'percent'],
  [/^ (?:billion|bln) (?:tonnes|tons|metric tons)/, 'tonnes-billion'],
  [/^ (?:million|mln) (?:tonnes|tons|metric tons)/, 'tonnes-million'],
  [/^ (?:billion|bln) (?:kilowatt[- ]hours|kwh)/, 'kwh-billion'],
  [/^ (?:billion|bln) cubic met(?:er|re)s/, 'm3-billion'],
  [/^ (?:billion|bln) yuan/, 'yuan-billion'],
  [/^ trillion yuan/, 'yuan-trillion'],
  [/^ (?:times|fold)/, '?times'],
  [/^ (?:million|billion|thousand|trillion|units|vehicles|tonnes|tons|kwh|yuan)\b/, '?unit'],
];

/** The named periods of ZH_NAMED_RE, in its order: their first and last months. */
const ZH_PERIODS: readonly (readonly [number, number])[] = [
  [1, 9], // 前三季度
  [1, 9], // 一至三季度
  [1, 3], // 第一季度
  [1, 3], // 一季度
  [4, 6], // 第二季度
  [4, 6], // 二季度
  [7, 9], // 第三季度
  [7, 9], // 三季度
  [10, 12], // 第四季度
  [10, 12], // 四季度
  [1, 6], // 上半年
  [7, 12], // 下半年
  [1, 12], // 全年
  [1, 2], // 前两个月
];
const EN_MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
/** A month, or a run of months ("january to may"). */
const EN_MON_RE = new RegExp(
  `(${EN_MONTHS.join('|')})(?:(?:-| to | through )(${EN_MONTHS.join('|')}))?(?![a-z])`,
  'y',
);
const EN_COUNT = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven'];
const EN_PERIODS: readonly (readonly [string, number, number])[] = [
  ['first three quarters', 1, 9],
  ['first quarter', 1, 3],
  ['second quarter', 4, 6],
  ['third quarter', 7, 9],
  ['fourth quarter', 10, 12],
  ['first half', 1, 6],
  ['second half', 7, 12],
  ['whole year', 1, 12],
  ['full year', 1, 12],
  ...EN_COUNT.map((w, i) => [`first ${w} months`, 1, i + 2] as const),
];

/** 增长… (up), 下降… (down), 持平 (flat), 提高… and 回落… (a rate's change, not a growth). */
const ZH_VERB_RE =
  /(增长|增加|上升)|(下降|减少|降低|下滑)|(持平)|(提高|提升|加快|回升|扩大)|回落|放缓|收窄/y;
const EN_VERB_RE =
  /(?:(?:a |an )?(?:year-on-year )?(?:growth|increase|rise|expansion|decrease|decline|drop|fall|contraction)(?: rate)? of|rose|rise|rises|rising|grew|grow|grows|growing|increased|increases|increasing|expanded|climbed|gained|jumped|surged|went up|edged up|up|fell|falls|falling|declined|declines|declining|dropped|decreased|contracted|shrank|slid|edged down|went down|down|remained flat|was flat|remained unchanged|was unchanged|flat|unchanged)(?![a-z])/y;

/**
 * The indicator words: 增加值, 营业收入, 利润, 产量, month-on-month (环比, 比上月: another
 * measure), and others the model has not (利润率, 出口, 企业数量…).
 */
const ZH_IND_RE =
  /营业收入利润率|利润率|(增加值)|(营业收入|营收)|(利润总额|利润)|(产量)|(主营业务收入)|(环比|比上月)|出口交货值|出口|投资|用电量|用电|出厂价格|价格|产销率|销售产值|销售|库存|亏损|能耗|产能利用率|总产值|产值|营业成本|资产|数量|企业数|单位数/y;
/** The first character of every alternative of a pattern (to skip other characters at once). */
const firstChars = (re: RegExp) => re.source.split('|').map((w) => w.replace(/[()]/g, '')[0]!);
const EN_IND_RE =
  /(?:added value|value added|value-added|(?:main|principal|primary) business (?:revenues?|income)|(?:revenues?|income) from (?:the |their |its )?(?:main|principal|primary) business(?:es)?|revenues?|operating income|profits?|output|production|investment|exports?|consumption|prices?|ppi|sales|capacity|target|month-on-month|previous month|a month earlier)(?![a-z])/y;

const ZH_FILLERS =
  /其中|全省|本省|全国|山西省|山西|规模以上|规上|工业|同比|实际|累计|完成|实现|生产|为|达到|达|了|的|主要|产品|行业|企业|增速|比上年|上年|同期|比|较|与|均|继续|保持|分别|拉动|共|看|分|中|当月|和|及|今年|去年|增长|增加值|产量|利润总额|营业收入|主营业务收入|[\s，,、：:；;（）()“”"'·.-]/g;
const EN_FILLERS =
  /'s\b|\b(?:the|of|that|in|its|it|and|a|an|by|year-on-year|year on year|on a yearly basis|from a year earlier|a year earlier|from a year ago|a year ago|compared with|compared to|same period|last year|province|provincial|shanxi|shanxi's|china|china's|national|nationwide|country's|sector|sectors|industry|industries|enterprises|above designated (?:size|scale)|industrial|respectively|while|with|was|were|has|have|had|which|saw|posted|registered|recorded|reported|at|to|as|for|on|said|according|data|statistics|bureau|showed|shows|also|meanwhile|among them|of which|this|their|total|sharply|steadily|slightly|alone|further|of these|those|reached|reach|reaching|stood at|totaled|totalled|hit|amounted to|came in at|produced|made|realized|realised|achieved|earned|is|be|been|output|production|(?:main|principal|primary) business (?:revenues?|income)|revenues?|operating income|profits?|actually|north|northern|coal-rich|major|province's)\b|[\s,;:'"()-]/g;

interface Lexer {
  readonly lang: 'en' | 'zh';
  readonly t: string;
  readonly names: NameIndex;
}

function unitOfZh(t: string, at: number): [string, number] {
  let i = at;
  while (t[i] === ' ') i++;
  for (const [w, u] of ZH_UNITS) if (t.startsWith(w, i)) return [u, i + w.length];
  return ['', at];
}
function unitOfEn(t: string, at: number): [string, number] {
  const rest = t.slice(at, at + 40);
  for (const [re, u] of EN_UNITS) {
    const m = re.exec(rest);
    if (m) return [u, at + m[0].length];
  }
  return ['', at];
}

const isWordChar = (c: string | undefined) => c !== undefined && /[a-z0-9]/.test(c);

/** The tokens of the text, in order. Linear: each position tries a fixed set of patterns. */
function tokenize(lx: Lexer): Tok[] {
  const { t, lang } = lx;
  const zh = lang === 'zh';
  const out: Tok[] = [];
  let i = 0;
  const n = t.length;
  const sticky = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(t);
  };
  while (i < n) {
    const c = t[i]!;
    // sentence and clause boundaries
    if (c === '\n' || c === '。' || c === '！' || c === '？' || c === '!' || c === '?') {
      out.push({ k: 'sent', s: i, e: i + 1, para: c === '\n' });
      i++;
      continue;
    }
    if (c === '；' || c === ';' || (c === '.' && !/\d/.test(t[i + 1] ?? ''))) {
      out.push({ k: 'sent', s: i, e: i + 1, para: false, soft: c !== '.' });
      i++;
      continue;
    }
    if (c === '，' || c === '：' || c === ':' || (c === ',' && !/\d/.test(t[i + 1] ?? ''))) {
      out.push({ k: 'comma', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (c === '、') {
      out.push({ k: 'sep', s: i, e: i + 1 });
      i++;
      continue;
    }
    if (!zh && !isWordChar(c)) {
      i++;
      continue;
    }
    if (!zh && i > 0 && isWordChar(t[i - 1]) && !/\d/.test(c)) {
      i++;
      continue;
    }
    if (zh && !zhStarts(lx.names).has(c)) {
      i++;
      continue;
    }
    const tok = zh ? zhToken(lx, i, sticky) : enToken(lx, i, sticky);
    if (tok) {
      out.push(tok);
      i = Math.max(tok.e, i + 1);
    } else i++;
  }
  return out;
}

type Sticky = (re: RegExp) => RegExpExecArray | null;

let ZH_STARTS: Set<string> | undefined;
/** Every character a Chinese token can start with: the tokenizer skips the others at once. */
function zhStarts(names: NameIndex): ReadonlySet<string> {
  if (!ZH_STARTS) {
    ZH_STARTS = new Set([
      ...'0123456789-今去前一第二三四上下全两占对贡分其和及高低快慢超好突逾接近约比较与于累截年',
      ...names.byFirst.keys(),
      ...firstChars(ZH_VERB_RE),
      ...firstChars(ZH_IND_RE),
      ...'全本山该',
    ]);
  }
  return ZH_STARTS;
}

const ZH_PERIOD_RE =
  /(?:(\d{4})年|(今年|去年))?(?:(\d{1,2})(?:-|~|至)(\d{1,2})月份?|(\d{1,2})月(?:-|~|至)(\d{1,2})月份?|前(\d{1,2})个?月份?|(\d{1,2})(?:月份|月(?![\d日份末底])))/y;
/** The first and last months of a match of ZH_PERIOD_RE. */
const monthsOf = (m: RegExpExecArray): [number, number] => [
  Number(m[3] ?? m[5] ?? (m[7] !== undefined ? 1 : m[8])),
  Number(m[4] ?? m[6] ?? m[7] ?? m[8]),
];
/**
 * A point in time: 5月末, 2024年5月底, 年末, and after 截至/截止 also 5月 and 5月31日 (groups: 截至,
 * the year, 年末's 末, the month, what follows the month).
 */
const ZH_POINT_RE =
  /(截[至止]到?)?(?:(\d{4})(?=年))?(?:年([末底])|年?(\d{1,2})月份?([末底]|\d{1,2}日)?)/y;
/** 上年同期, 去年同期, 上年同月: the figures after it are the year before's. */
const ZH_PREV_RE = /(?:上年|去年)同[期月](?!相比|比较)/y;
const ZH_NAMED_RE =
  /(?:(\d{4})年|(今年|去年))?(前三季度|一至三季度|第一季度|一季度|第二季度|二季度|第三季度|三季度|第四季度|四季度|上半年|下半年|全年|前两个月)/y;
/** The words of ZH_NAMED_RE's last group, in order (ZH_PERIODS gives their months). */
const ZH_NAMED_WORDS = ZH_NAMED_RE.source
  .slice(ZH_NAMED_RE.source.lastIndexOf('(') + 1, -1)
  .split('|');
const ZH_YEAR_RE = /(\d{4})年|(今年|去年)/y;
const ZH_DATE_RE = /(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}日(?!均)/y;

function numberTok(lx: Lexer, i: number, sticky: Sticky): Tok | undefined {
  const m = sticky(NUM_RE);
  if (!m) return undefined;
  let raw = m[0];
  let end = i + raw.length;
  // "4, 528.39 billion yuan": a thousands group cut off by a space; never 4, never a guess
  const cut =
    /^\d{1,3}$/.test(raw) &&
    /^, \d{3}(?!\d)(?:, ?\d{3}(?!\d))*(?:\.\d+)?/.exec(lx.t.slice(end, end + 24));
  if (cut) {
    raw += cut[0];
    end += cut[0].length;
  }
  // an English trailing thousands group like "1,378" is fine; "3.6.2" or "1,23" is garbled
  const garbled = !!cut || !STRICT_NUM.test(raw) || /[.,]\d/.test(lx.t.slice(end, end + 2));
  const [unit, uend] = lx.lang === 'zh' ? unitOfZh(lx.t, end) : unitOfEn(lx.t, end);
  if (lx.t[i - 1] === '-' && !/[\d月]/.test(lx.t[i - 2] ?? '')) raw = `-${raw}`;
  end = uend;
  const tok: Tok = { k: 'num', s: raw.startsWith('-') ? i - 1 : i, e: end, raw, unit, garbled };
  if (lx.lang === 'zh') {
    if (lx.t.startsWith('左右', end)) return { ...tok, e: end + 2, q: 'about' };
    if (lx.t.startsWith('以上', end)) return { ...tok, e: end + 2, q: 'over' };
  }
  return tok;
}

function zhToken(lx: Lexer, i: number, sticky: Sticky): Tok | undefined {
  const t = lx.t;
  const c = t[i]!;
  let m: RegExpExecArray | null;
  const rel = (w: string | undefined) => (w === '今年' ? 0 : w === '去年' ? -1 : undefined);
  const compared = /[比较与于续持至到自从截期]/.test(t[i - 1] ?? '');
  if ((m = sticky(ZH_POINT_RE)) && (m[1] || m[3] || /[末底]/.test(m[5] ?? ''))) {
    // 截至5月末: a stock at a point in time, no run of months
    const mon = Number(m[4] ?? 12);
    const tok: Tok = { k: 'period', s: i, e: i + m[0].length, m1: mon, m2: mon, point: true };
    if (m[2]) tok.year = Number(m[2]);
    if (compared || mon < 1 || mon > 12) return { k: 'skip', s: i, e: tok.e };
    return tok;
  }
  if ((m = sticky(ZH_PREV_RE))) {
    // 比上年同期 / 与去年同期持平 compare with it: this year's figure
    if (/[比较与同于和]/.test(t[i - 1] ?? '')) return { k: 'skip', s: i, e: i + m[0].length };
    const tok: Tok = { k: 'prev', s: i, e: i + m[0].length };
    ZH_PERIOD_RE.lastIndex = tok.e;
    const own = ZH_PERIOD_RE.exec(t);
    if (own) [tok.m1, tok.m2] = monthsOf(own);
    return tok;
  }
  if (t.startsWith('累计', i)) {
    // 累计: January to the month in force; after 2020年以来 a run of several years: no period
    const since = /(今年|年初)?以来[^，,。；;]{0,6}$/.exec(t.slice(Math.max(0, i - 12), i));
    return {
      k: 'period',
      s: i,
      e: i + 2,
      m1: 0,
      m2: since && !since[1] ? -1 : 0,
      cum: true,
      aside: true,
    };
  }
  if (/[\d今去前]/.test(c)) {
    if ((m = sticky(ZH_DATE_RE))) return { k: 'skip', s: i, e: i + m[0].length };
    if ((m = sticky(ZH_PERIOD_RE))) {
      // 1-8月份, 1~8月, 1至8月, 1月至8月, 前8个月, 8月份
      const [m1, m2] = monthsOf(m);
      // 比1-7月份…, 延续2月份…, 上年同期1-8月份: a period compared with is not the period of
      // what follows
      if (compared) return { k: 'skip', s: i, e: i + m[0].length };
      if (m1 >= 1 && m2 <= 12 && m1 <= m2 && !/[\d-]/.test(t[i - 1] ?? '')) {
        // 5月当月, 5月单月: the single month of one figure
        const one = /^(?:当月|单月)/.test(t.slice(i + m[0].length, i + m[0].length + 2));
        const tok: Tok = { k: 'period', s: i, e: i + m[0].length + (one ? 2 : 0), m1, m2 };
        if (one) tok.aside = true;
        if (m[1]) tok.year = Number(m[1]);
        const r = rel(m[2]);
        if (r !== undefined) tok.rel = r;
        return tok;
      }
    }
  }
  if ((m = sticky(ZH_NAMED_RE))) {
    if (/[比较与于续持至到自从截]/.test(t[i - 1] ?? ''))
      return { k: 'skip', s: i, e: i + m[0].length };
    const [, y, r, w] = m;
    const [m1, m2] = ZH_PERIODS[ZH_NAMED_WORDS.indexOf(w!)]!;
    const tok: Tok = { k: 'period', s: i, e: i + m[0].length, m1, m2 };
    if (y) tok.year = Number(y);
    const rr = rel(r);
    if (rr !== undefined) tok.rel = rr;
    return tok;
  }
  if ((m = sticky(ZH_YEAR_RE))) {
    const e = i + m[0].length;
    const before = t[i - 1] ?? '';
    const after = t.slice(e, e + 2);
    if (/[比较与同于自从]/.test(before) || /^(以来|同期|水平|的)/.test(after))
      return { k: 'skip', s: i, e };
    const tok: Tok = {
      k: 'year',
      s: i,
      e,
      asPeriod: /^[，,]|^全省|^全国|^山西|^规/.test(after),
    };
    if (m[1]) tok.year = Number(m[1]);
    const r = rel(m[2]);
    if (r !== undefined) tok.rel = r;
    return tok;
  }
  if (/\d/.test(c)) return numberTok(lx, i, sticky);
  for (const q of ['超过', '突破', '逾', '接近', '近', '约'] as const)
    if (t.startsWith(q, i) && /\d/.test(t[i + q.length] ?? ''))
      return {
        k: 'qual',
        s: i,
        e: i + q.length,
        q: q === '约' ? 'about' : q === '近' || q === '接近' ? 'nearly' : 'over',
      };
  const name = nameAt(lx.names, t, i, false);
  if (name) return { k: 'entity', s: i, e: i + name[0].length, b: name[1] };
  if (t.startsWith('两年平均', i)) return { k: 'cue', s: i, e: i + 4, m: 'two-year-average' };
  if (c === '占') {
    const end = t.slice(i, i + 30).search(/比重|[，,。；;%\d]/);
    if (end > 0 && t.startsWith('比重', i + end)) {
      const span = t.slice(i, i + end);
      const m2 = /^比重(为|达到|达|是)?/.exec(t.slice(i + end));
      return { k: 'cue', s: i, e: i + end + m2![0].length, m: shareOf(span, true) };
    }
  }
  if (c === '对') {
    // 对全省工业增长的贡献率为…: the words between are the cue's, not a name
    const end = t.slice(i, i + 30).search(/贡献率|[，,。；;%\d]/);
    if (end > 0 && t.startsWith('贡献率', i + end)) {
      const m2 = /^贡献率(为|达到|达|是)?/.exec(t.slice(i + end, i + end + 6));
      return { k: 'cue', s: i, e: i + end + m2![0].length, m: 'contribution-rate' };
    }
  }
  if (t.startsWith('贡献率', i)) {
    const m2 = /^贡献率(为|达到|达|是)?/.exec(t.slice(i, i + 6));
    return { k: 'cue', s: i, e: i + m2![0].length, m: 'contribution-rate' };
  }
  if ((m = sticky(ZH_IND_RE)))
    return {
      k: 'ind',
      s: i,
      e: i + m[0].length,
      i: m[1]
        ? 'value-added'
        : m[2]
          ? 'revenue'
          : m[3]
            ? 'profit'
            : m[4]
              ? 'output'
              : m[5]
                ? 'revenue-main'
                : m[6]
                  ? 'mom'
                  : 'other',
    };
  if ((m = sticky(ZH_VERB_RE)))
    return {
      k: 'verb',
      s: i,
      e: i + m[0].length,
      sign: m[1] || m[4] ? 1 : m[3] ? 0 : -1,
      kind: m[3] ? 'flat' : m[1] || m[2] ? 'change' : 'rate',
    };
  if ((m = sticky(/全国|[全本该]省|山西省?|[全本该]市|全[区县]/y)))
    return {
      k: 'region',
      s: i,
      e: i + m[0].length,
      r: m[0] === '全国' ? 'china' : /[市区县]/.test(m[0]) ? 'other' : 'shanxi',
    };
  if (/^(高于|低于|快于|慢于|超出|好于|高出|低出)/.test(t.slice(i, i + 2)))
    return { k: 'cmp', s: i, e: i + 2 };
  if (t.startsWith('分别', i)) return { k: 'resp', s: i, e: i + 2 };
  if (t.startsWith('其中', i)) return { k: 'qizhong', s: i, e: i + 2 };
  if (c === '和' || c === '及') return { k: 'sep', s: i, e: i + 1 };
  return undefined;
}

const EN_YEAR_RE = /(?:in|of|during|for) (\d{4})(?!\d|[.,]\d)/y;
const EN_MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A date: a month, a day that is no figure's number, and maybe the year. */
const EN_DATE_RE = new RegExp(
  `${EN_MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?(?![\\d%]|[.,]\\d| ?(?:percent|per cent|points?|million|billion|thousand|trillion|tonnes|tons|kwh|yuan|units|vehicles)\\b)(?:, \\d{4}(?!\\d))?`,
  'y',
);
/** A point in time: "at the end of May", "by end-2024", "as of May 31, 2025" (month, year). */
const EN_POINT_RE = new RegExp(
  `(?:at|by|as of|as at|until) (?:the )?(?:end(?: of |-)(?:(?:the |last )?year|(${EN_MONTH})(?:,? (\\d{4}))?|(\\d{4}))|(${EN_MONTH})\\.? \\d{1,2}(?:, (\\d{4}))?)(?![a-z])`,
  'y',
);
const EN_CMP_YEAR_RE =
  /(?:(?:compared with|compared to|than|from|since|over|period of|same period in) (?:in )?(?:the same period (?:of|in) )?\d{4}|\d{4}(?=-\d{4}))/y;
/**
 * What a year or a period compared with follows: "since December of 2008", "from the fourth
 * quarter of 2023", "than in May", "compared with the end of 2023". Its year is the compared
 * figure's, never the year of the figures around it.
 */
const EN_CMP_BEFORE = new RegExp(
  `(?:since|from|than|compared (?:with|to)|versus|against)(?: (?:in|the|an?|that|those|of|end|start|beginning|levels?|same|period|month|quarter|figure|${EN_MONTHS.join('|')})){0,5} $`,
);

/** The whole named after a share's figure: `the total` in "27.4 percent of the total, up …". */
function enWhole(t: string, at: number): string {
  const m = /^ (?:[a-z]+ ){0,2}[\d.,]+ ?(?:percent|per cent|%) of ((?:[^,;.]|\.(?=\d))*)/.exec(
    t.slice(at, at + 140),
  );
  return m ? m[1]!.trim() : '';
}

function enToken(lx: Lexer, i: number, sticky: Sticky): Tok | undefined {
  const t = lx.t;
  let m: RegExpExecArray | null;
  const yearAfter = (e: number): [number | undefined, number] => {
    const y = /^(?:,? (?:of |in )?)(\d{4})(?!\d|[.,]\d)/.exec(t.slice(e, e + 12));
    return y ? [Number(y[1]), e + y[0].length] : [undefined, e];
  };
  if ((m = sticky(EN_CMP_YEAR_RE))) return { k: 'skip', s: i, e: i + m[0].length };
  if (
    /(?:the same (?:period|month|quarter)|a year earlier|a year ago|over last year|from last year|than last year)/y.test(
      t.slice(i, i + 20),
    )
  )
    return {
      k: 'skip',
      s: i,
      e:
        i +
        /^(?:the same (?:period|month|quarter)(?: (?:of |in )?(?:last|the previous) year)?|a year earlier|a year ago|over last year|from last year|than last year)/.exec(
          t.slice(i, i + 40),
        )![0].length,
    };
  const compared = /(?:than|with|from|over|to) (?:in |that of |the )*$/.test(
    t.slice(Math.max(0, i - 24), i),
  );
  // a date ("June 20", "Aug. 20, 2024") is not a figure
  if ((m = sticky(EN_DATE_RE))) return { k: 'skip', s: i, e: i + m[0].length };
  if ((m = sticky(EN_POINT_RE))) {
    // "at the end of May", "as of May 31": a stock at a point in time
    const w = m[1] ?? m[4];
    const mon = w ? EN_MONTHS.findIndex((x) => w.startsWith(x.slice(0, 3))) + 1 : 12;
    return { k: 'period', s: i, e: i + m[0].length, m1: mon, m2: mon, point: true };
  }
  for (const [w, m1, m2] of EN_PERIODS)
    if (t.startsWith(w, i) && !isWordChar(t[i + w.length])) {
      const [year, e] = yearAfter(i + w.length);
      // "from the fourth quarter of 2023": the compared period, its year included
      if (compared) return { k: 'skip', s: i, e };
      const tok: Tok = { k: 'period', s: i, e, m1, m2 };
      if (year !== undefined) tok.year = year;
      return tok;
    }
  if ((m = sticky(EN_MON_RE))) {
    const m1 = EN_MONTHS.indexOf(m[1]!) + 1;
    const m2 = m[2] ? EN_MONTHS.indexOf(m[2]) + 1 : m1;
    const single = !m[2];
    // a lone month counts only as "in August", "for May", "of May" (not "May" the verb; a date
    // "August 15" is skipped above)
    const prev = /(?:in|for|of|during) $/.test(t.slice(Math.max(0, i - 7), i));
    if (
      m2 >= m1 &&
      (!single || (prev && !/^ \d{1,2}(?!\d)/.test(t.slice(i + m[0].length, i + m[0].length + 4))))
    ) {
      const [year, e] = yearAfter(i + m[0].length);
      // "from January to May" is one marker, "from" included
      const from = !single && t.slice(i - 5, i) === 'from ';
      const tok: Tok = { k: 'period', s: from ? i - 5 : i, e, m1, m2 };
      if (year !== undefined) tok.year = year;
      return tok;
    }
    if (single) return undefined;
  }
  if (t.startsWith('this year', i)) return { k: 'year', s: i, e: i + 9, rel: 0, asPeriod: false };
  if (t.startsWith('last year', i)) {
    const before = t.slice(Math.max(0, i - 8), i);
    if (/(over|from|than|with|since|on|of) $/.test(before)) return { k: 'skip', s: i, e: i + 9 };
    return { k: 'year', s: i, e: i + 9, rel: -1, asPeriod: true };
  }
  if ((m = sticky(EN_YEAR_RE))) {
    const e = i + m[0].length;
    // "the lowest since December of 2008": the compared figure's year
    if (EN_CMP_BEFORE.test(t.slice(Math.max(0, i - 60), i))) return { k: 'skip', s: i, e };
    return {
      k: 'year',
      s: i,
      e,
      year: Number(m[1]),
      asPeriod: t[e] === ',' || /^ (the|china|shanxi)/.test(t.slice(e, e + 8)),
    };
  }
  if (/\d/.test(t[i]!)) {
    if (
      /^\d{4}(?![\d,.%])/.test(t.slice(i, i + 5)) &&
      !/^\d{4} (percent|per cent|billion|million)/.test(t.slice(i, i + 14))
    )
      return { k: 'skip', s: i, e: i + 4 };
    return numberTok(lx, i, sticky);
  }
  const q =
    /(more than|over|surpassed|surpassing|exceeded|exceeding|topped|nearly|almost|near|close to|about|around|approximately|roughly) (?=\d)/y;
  q.lastIndex = i;
  if ((m = q.exec(t)))
    return {
      k: 'qual',
      s: i,
      e: i + m[0].length,
      q: /more|over|surpass|exceed|topped/.test(m[1]!)
        ? 'over'
        : /near|almost|close/.test(m[1]!)
          ? 'nearly'
          : 'about',
    };
  if (t.startsWith('made up', i) || t.startsWith('making up', i)) {
    const e = i + (t[i + 1] === 'a' ? 7 : 9);
    return { k: 'cue', s: i, e, m: shareOf(enWhole(t, e), false) };
  }
  const name = nameAt(lx.names, t, i, true);
  if (name) return { k: 'entity', s: i, e: i + name[0].length, b: name[1] };
  if ((m = sticky(/two-year average(?: growth)?(?: rate)?(?: of| was| stood at| at)?(?![a-z])/y)))
    return { k: 'cue', s: i, e: i + m[0].length, m: 'two-year-average' };
  if ((m = sticky(/(?:accounted for|accounting for|accounts for|account for)(?![a-z])/y))) {
    const e = i + m[0].length;
    return { k: 'cue', s: i, e, m: shareOf(enWhole(t, e), false) };
  }
  if ((m = sticky(/contribution rate(?: of| was| stood at| at)?(?![a-z])/y)))
    return { k: 'cue', s: i, e: i + m[0].length, m: 'contribution-rate' };
  if ((m = sticky(EN_VERB_RE))) {
    const w = m[0];
    const kind = /flat|unchanged/.test(w) ? 'flat' : 'change';
    const sign =
      kind === 'flat'
        ? 0
        : /decrease|decline|drop|fall|contraction|fell|dropped|decreased|contracted|shrank|slid|down/.test(
              w,
            )
          ? -1
          : 1;
    return { k: 'verb', s: i, e: i + w.length, sign, kind };
  }
  if ((m = sticky(EN_IND_RE))) {
    const w = m[0];
    const ind: Ind | 'other' | 'mom' = /added|value/.test(w)
      ? 'value-added'
      : /business/.test(w)
        ? 'revenue-main'
        : /revenue|income/.test(w)
          ? 'revenue'
          : /profit/.test(w)
            ? 'profit'
            : /output|production/.test(w)
              ? 'output'
              : /month/.test(w)
                ? 'mom'
                : 'other';
    return { k: 'ind', s: i, e: i + w.length, i: ind };
  }
  if (
    (m = sticky(
      /(china's|national|nationwide|the country's|shanxi's|shanxi|the province's|provincial)(?![a-z])/y,
    ))
  )
    return {
      k: 'region',
      s: i,
      e: i + m[0].length,
      r: /shanxi|province/.test(m[0]) ? 'shanxi' : 'china',
    };
  if ((m = sticky(/(?:higher|lower|faster|slower|more|less) than(?![a-z])/y)))
    return { k: 'cmp', s: i, e: i + m[0].length };
  if (t.startsWith('respectively', i)) return { k: 'resp', s: i, e: i + 12 };
  if ((m = sticky(/(?:among them|of which|of this)(?![a-z])/y)))
    return { k: 'qizhong', s: i, e: i + m[0].length };
  if (t.startsWith('and', i) && !isWordChar(t[i + 3])) return { k: 'sep', s: i, e: i + 3 };
  return undefined;
}

/**
 * Detects the language: Chinese when CJK characters are a fair share of the letters; none for
 * another script, or for Chinese in traditional characters.
 */
function detect(text: string): 'en' | 'zh' | undefined {
  let cjk = 0;
  let latin = 0;
  let other = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0x0400 && c <= 0x06ff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0xc0 && c <= 0x24f)
    )
      other++;
  }
  // traditional characters (規模以上工業…): the words are the simplified template's, and a half
  // read (較1-7月份 not seen as a comparison) could date a figure wrongly; not read at all
  if (other > (cjk + latin) * 0.05 + 2 || /[業產與發國]/.test(sample)) return undefined;
  if (cjk > 0 && cjk * 3 >= latin) return 'zh';
  if (latin > 0 && /\b(the|of|and|percent|in)\b/i.test(sample)) return 'en';
  return undefined;
}

function fnv(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The longest string an option may be (an address, a title): longer is refused. */
const MAX_OPTION = 2048;

/**
 * The options read once, into a plain copy (see `readObject`): a revoked Proxy, a getter that
 * throws or a field of any type becomes an `INVALID_OPTION` error, never a bare TypeError later.
 */
function checkOptions(options: unknown): ExtractOptions {
  if (options === undefined) return {};
  const o = readObject(options, 'INVALID_OPTION', 'extractRelease: options');
  if (!o)
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `extractRelease options must be an object; got ${show(options)}.`,
      options,
    );
  const allowed = ['url', 'source', 'published', 'region', 'lang', 'title', 'publisher', 'kind'];
  for (const k of Object.keys(o))
    if (!allowed.includes(k))
      throw new ShanxiIndustryError(
        'INVALID_OPTION',
        `Unknown extractRelease option ${show(k)}: accepted are ${allowed.join(', ')}.`,
        k,
      );
  const bad = (name: string, accepted: string) => {
    throw new ShanxiIndustryError(
      'INVALID_OPTION',
      `Invalid extractRelease option ${name}: expected ${accepted}; got ${show(o[name])}.`,
      o[name],
    );
  };
  const text = (name: string, accepted: string, re = /\S/) => {
    const v = o[name];
    if (v === undefined) return;
    if (typeof v === 'string' && v.length > MAX_OPTION)
      bad(name, `at most ${MAX_OPTION} characters`);
    if (typeof v !== 'string' || !re.test(v)) bad(name, accepted);
  };
  for (const k of ['source', 'title', 'publisher']) text(k, 'a non-empty string');
  // one dot-separated host, then a path: linear, whatever the address holds
  text('url', 'an http(s) address', /^https?:\/\/[^\s/?#.]+(?:\.[^\s/?#.]+)+(?:[/?#]\S*)?$/i);
  text(
    'published',
    'a date YYYY-MM-DD or YYYY-MM',
    /^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/,
  );
  if (o.region !== undefined && !(REGIONS as readonly unknown[]).includes(o.region))
    bad('region', REGIONS.join(' or '));
  if (o.lang !== undefined && o.lang !== 'en' && o.lang !== 'zh') bad('lang', 'en or zh');
  if (o.kind !== undefined && !(SOURCE_KINDS as readonly unknown[]).includes(o.kind))
    bad('kind', SOURCE_KINDS.join(', '));
  return o as ExtractOptions;
}

interface Figure {
  readonly breakdown: Breakdown;
  readonly region: Region;
  readonly indicator: Indicator;
  readonly measure: Measure;
  readonly raw: string;
  readonly unit: Unit;
  readonly qualifier?: Qualifier;
  readonly note?: string;
  readonly start: number;
  readonly end: number;
  readonly period: string;
  readonly periodText: string;
  readonly yearBasis: 'stated' | 'from-date';
  readonly scope?: 'above-size';
}

const deepFreeze = <T>(list: T[]): readonly T[] => {
  for (const x of list) Object.freeze(x);
  return Object.freeze(list);
};

/**
 * Reads a statistics release — the Chinese template of the provincial and national bureaus,
 * or an English article in the style of China Daily, Xinhua, SCIO or People's Daily — into
 * observations, each with the quote it came from, and lists what it could not read.
 *
 * Every clause takes its period from the nearest period marker before it in its sentence
 * (`1-8月份`, `8月份`, `上半年`, `the first quarter` …), else from the marker that opened the
 * section. A marker opens a section unless it qualifies one figure only: an aside worded so
 * (`5月当月`, `单月`, `累计`, "In May alone"), after 其中, after a comparison ("slower than …",
 * "up from 2.0 percent in April"), or whose figures name no one of their own (`；1-8月份增长
 * 3.6%`, "In May, it grew …"); an aside holds to the end of its sentence. So a headline's
 * year-to-date run with a single month aside is followed by breakdowns in the run, and a
 * month headline with its run aside by breakdowns in the month. 累计 is January to the month
 * of the period in force. A figure of the same period a year earlier (上年同期, 去年同期, "up
 * from 2.0 percent in the same period last year", "a year earlier") is listed as `previous
 * year` with that period, and this year's figure stays; a point in time (截至5月末, "at the end
 * of May") is no run of months: its figures are listed as `point in time`; month-on-month
 * figures (环比, 比上月) as `measure not in the model`. The year comes from the text, else from
 * `published` (a January or February release about the whole year or December is about the
 * year before), else the figure is listed with the reason `no year`. Names map to breakdown ids through the catalogues' names and the
 * releases' variant wordings; a name the catalogues lack is listed with its text. 下降/fell
 * make the value negative, 持平/flat is 0.0, 增长N倍 is N×100 percent (with a note);
 * 超过/突破/逾/以上/more than → `over`, 近/接近/nearly → `nearly`, 约/左右/about → `about`. A
 * stated gap in points is a claim and is listed with the reason `stated gap`. A share is read
 * by its named whole: above-size industry (`share-of-total`) or the country (`share-of-china`);
 * a share of GDP, or of "the total" in a text that is not about above-size industry alone, is
 * listed. A year or period compared with ("since December of 2008", "from the fourth quarter
 * of 2023") dates no other figure; "4, 528.39" (a cut thousands group) is a `garbled number`.
 *
 * A clause that names no one speaks of the subject of the clause before it in its sentence
 * (`8月份，全省规模以上工业增加值增长2.5%；1-8月份增长3.6%`: the total, for January–August),
 * and in English of the previous sentence's when it says "it" (`In August alone, it grew…`);
 * never across another place, another indicator, or a name the catalogues lack
 * (`原煤产量53210.4万吨，…，其中5月份10820.6万吨`: raw coal's level in May). A product may be
 * named after its level ("produced 1.27 billion tonnes of raw coal"), a level may follow its
 * growth ("rose 1.8 percent to 532.1 million tonnes"), and a list of levels may be followed
 * by as many changes ("…, respectively, up 1.8 percent and down 2.1 percent"). The
 * enterprises' accounts may give several indicators in one sentence (`利润总额…，营业收入…`).
 * Revenue is operating revenue (营业收入) from 2019 and main-business revenue (主营业务收入,
 * with a note) before, as in the shipped data; the other one of a year is listed as `indicator
 * not in the model`.
 *
 * Value added, revenue and profit are those of industrial enterprises above designated size:
 * their rows carry `scope: 'above-size'`; output rows do where the text says above-size. A short
 * form that does not say so (全省工业增加值, "industrial value added") may be the GDP account's
 * value added of all industry (全部工业增加值), another statistic: it is read only where the text
 * defines it as the above-size total (`规模以上工业(以下简称“全省工业”)`) or speaks of above-size
 * industry and of no GDP account (地区生产总值, 第二产业, 全部工业, GDP); otherwise it is listed as
 * `ambiguous` with its text, value and period. A GDP account that never says above-size yields
 * no value added at all.
 *
 * @category Extract
 * @param text - the release's text
 * @param options - `url`, `source`, `published`, `region`, `lang`, and the Source record's
 * `title`, `publisher`, `kind`
 * @returns `{ observations, evidence, unrecognised, source?, lang }`, deeply frozen
 * @throws ShanxiIndustryError code `INVALID_RELEASE` when `text` is not a string or longer than 16 Mi characters
 * @throws ShanxiIndustryError code `INVALID_OPTION` when the options are not an object or cannot be read (a revoked Proxy, a getter that throws), or an option is unknown, has a wrong value or is longer than 2,048 characters
 * @example
 * ```ts
 * const r = extractRelease('2024年1-8月份，全省规模以上工业增加值同比增长3.6%。其中，8月份同比增长2.5%。');
 * r.observations.map((o) => `${o.period} ${o.value}`);
 * //=> ['2024-01/2024-08 3.6', '2024-08 2.5']
 * r.evidence[1]?.periodText + ' ' + r.evidence[1]?.quote;
 * //=> '8月份 同比增长2.5%'
 * const run = extractRelease('2024年8月份，全省规模以上工业增加值同比增长2.5%；1-8月份增长3.6%。');
 * run.observations.map((o) => `${o.period} ${o.value} ${o.scope}`);
 * //=> ['2024-08 2.5 above-size', '2024-01/2024-08 3.6 above-size']
 * extractRelease('2024年1-8月份，全省工业增加值同比增长3.6%。').unrecognised[0]?.reason;
 * //=> 'ambiguous'
 * ```
 */
export function extractRelease(text: unknown, options?: ExtractOptions): Extraction {
  if (typeof text !== 'string')
    throw new ShanxiIndustryError(
      'INVALID_RELEASE',
      `extractRelease needs the release's text as a string; got ${show(text)}.`,
      text,
    );
  if (text.length > MAX_LENGTH)
    throw new ShanxiIndustryError(
      'INVALID_RELEASE',
      `The release's text is ${text.length} characters long; at most ${MAX_LENGTH} are read.`,
      text.length,
    );
  const opts = checkOptions(options);
  const sourceId = opts.source ?? (opts.url !== undefined ? `x${fnv(opts.url)}` : 'extracted');
  const unrecognised: Unrecognised[] = [];
  const lang = opts.lang ?? detect(text);
  const finish = (figs: Figure[], l: 'en' | 'zh'): Extraction => {
    const result: {
      observations: readonly Observation[];
      evidence: readonly Evidence[];
      unrecognised: readonly Unrecognised[];
      source?: Source;
      lang: 'en' | 'zh';
    } = {
      ...rowsOf(figs, text, sourceId, unrecognised),
      unrecognised: deepFreeze(unrecognised),
      lang: l,
    };
    if (opts.url !== undefined) result.source = sourceOf(opts, sourceId, text, l);
    return Object.freeze(result);
  };
  if (text.trim() === '') {
    unrecognised.push({ reason: 'empty', text: '', start: 0, end: 0 });
    return finish([], opts.lang ?? 'zh');
  }
  if (lang === undefined) {
    unrecognised.push({
      reason: 'unsupported language',
      text: text.slice(0, 80),
      start: 0,
      end: Math.min(80, text.length),
    });
    return finish([], 'en');
  }
  const blanked = blankAsides(normalise(text, lang === 'en'));
  const lx: Lexer = {
    lang,
    t: blanked.t,
    names: lang === 'zh' ? zhNames() : enNames(),
  };
  const toks = tokenize(lx);
  const figs = walk(lx, toks, text, opts, unrecognised);
  // the numbers of a remark in parentheses are not read: list them, never drop them silently
  for (const a of blanked.asides) {
    const inner = normalise(text.slice(a.s, a.e), false);
    for (const m of inner.matchAll(/\d(?:[\d.,]*\d)?/g))
      unrecognised.push({
        // （上年同期为下降2.0%）: the year before's figure
        reason: /同期|same period|year (?:earlier|ago)/i.test(inner)
          ? 'previous year'
          : 'unread number',
        text: text.slice(a.s, a.e),
        start: a.s,
        end: a.e,
        value: m[0],
      });
  }
  unrecognised.sort((a, b) => a.start - b.start);
  return finish(figs, lang);
}

function sourceOf(opts: ExtractOptions, id: string, text: string, lang: 'en' | 'zh'): Source {
  const url = opts.url!;
  // the host after any user:password@, which names no one (https://x.gov.cn:pw@evil.com)
  const host = /^https?:\/\/(?:[^/?#@]*@)?([^/?#:@]+)/i.exec(url)![1]!.toLowerCase();
  const firstLine =
    text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const s: { -readonly [K in keyof Source]: Source[K] } = {
    id,
    url,
    title:
      opts.title ??
      (firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine || 'Release'),
    publisher: opts.publisher ?? host,
    language: lang,
    kind: opts.kind ?? (host.endsWith('.gov.cn') ? 'official' : 'reprint'),
  };
  if (opts.published !== undefined) s.published = opts.published;
  return Object.freeze(s);
}

/** The value as written, with the point moved two places right (增长1.5倍 → 150). */
function times100(raw: string): string {
  const neg = raw.startsWith('-');
  const s = raw.replace(/^-/, '');
  const [int, frac = ''] = s.split('.');
  const f = `${frac}00`;
  const digits = `${int}${f.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = f.slice(2).replace(/0+$/, frac.length > 2 ? '' : '');
  const out = rest === '' ? digits : `${digits}.${frac.slice(2)}`;
  return neg ? `-${out}` : out;
}

function rowsOf(
  figs: Figure[],
  text: string,
  source: string,
  unrecognised: Unrecognised[],
): { observations: readonly Observation[]; evidence: readonly Evidence[] } {
  const byKey = new Map<string, { fig: Figure; value: number; conflict: boolean }>();
  const order: string[] = [];
  for (const f of figs) {
    const value = Number(f.raw.replace(/,/g, ''));
    const key = `${f.region}|${f.indicator}|${f.breakdown}|${f.period}|${f.measure}`;
    const prev = byKey.get(key);
    if (!prev) {
      byKey.set(key, { fig: f, value, conflict: false });
      order.push(key);
    } else if (
      prev.value !== value ||
      prev.fig.qualifier !== f.qualifier ||
      prev.fig.unit !== f.unit
    ) {
      if (!prev.conflict)
        unrecognised.push({
          reason: 'conflicting figures',
          text: text.slice(prev.fig.start, prev.fig.end),
          start: prev.fig.start,
          end: prev.fig.end,
          value: prev.fig.raw,
          period: prev.fig.period,
        });
      prev.conflict = true;
      unrecognised.push({
        reason: 'conflicting figures',
        text: text.slice(f.start, f.end),
        start: f.start,
        end: f.end,
        value: f.raw,
        period: f.period,
      });
    }
  }
  const observations: Observation[] = [];
  const evidence: Evidence[] = [];
  for (const key of order) {
    const { fig: f, value, conflict } = byKey.get(key)!;
    if (conflict) continue;
    const raw = f.raw.replace(/,/g, '');
    const o: { -readonly [K in keyof Observation]: Observation[K] } = {
      region: f.region,
      indicator: f.indicator,
      breakdown: f.breakdown,
      period: f.period as PeriodId, // built by periodId
      measure: f.measure,
      value: Object.is(value, -0) ? 0 : value,
      decimals: raw.includes('.') ? raw.length - raw.indexOf('.') - 1 : 0,
      unit: f.unit,
      source,
    };
    if (f.qualifier) o.qualifier = f.qualifier;
    if (f.scope) o.scope = f.scope;
    o.yearBasis = f.yearBasis;
    if (f.note) o.note = f.note;
    observations.push(o);
    evidence.push({
      quote: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      periodText: f.periodText,
      year: f.yearBasis,
    });
  }
  return { observations: deepFreeze(observations), evidence: deepFreeze(evidence) };
}

const LEVEL_UNIT_SET: ReadonlySet<string> = new Set<LevelUnit>(LEVEL_UNITS);

interface PeriodCtx {
  readonly m1: number;
  readonly m2: number;
  readonly year?: number;
  readonly rel?: number;
  readonly text: string;
  readonly point?: true;
}

const pad2 = (m: number) => (m < 10 ? `0${m}` : String(m));

/** The canonical id of a run of months of one year, as periodOf builds it (`2024-01/2024-08`). */
function periodId(y: number, m1: number, m2: number): string {
  if (m1 === 1 && m2 === 12) return String(y);
  return m1 === m2 ? `${y}-${pad2(m1)}` : `${y}-${pad2(m1)}/${y}-${pad2(m2)}`;
}

/** A period fixed with its year, or why it could not be. */
type When =
  | { readonly pc: PeriodCtx; readonly pid: string; readonly basis: 'stated' | 'from-date' }
  | 'no period'
  | 'no year';

/**
 * The year of a period: named with it, else the one year its sentence names (English), else
 * the last year the text named, else from the release's date: 今年/this year is its year, a
 * period that ended before the month of the release is of its year, and a January or February
 * release about the whole year or December is about the year before. Otherwise `no year`.
 */
function yearOf(
  pc: PeriodCtx | undefined,
  sentYears: readonly { readonly year?: number }[],
  year: { y?: number; rel?: number } | undefined,
  pub: { y: number; m: number } | undefined,
): When {
  if (!pc) return 'no period';
  let y: number | undefined = pc.year;
  let basis: 'stated' | 'from-date' = 'stated';
  const rel = pc.rel;
  if (y === undefined && sentYears.length >= 1 && new Set(sentYears.map((s) => s.year)).size === 1)
    y = sentYears[0]!.year;
  if (y === undefined && rel === undefined && year?.y !== undefined) y = year.y;
  const r = rel ?? (y === undefined ? year?.rel : undefined);
  if (y === undefined && r !== undefined && pub) {
    y = pub.y + r;
    basis = 'from-date';
  }
  if (y === undefined && pub) {
    if (pc.m2 < pub.m) y = pub.y;
    else if (pub.m <= 2 && pc.m2 === 12) y = pub.y - 1;
    basis = 'from-date';
  }
  // the years a period of the model can have (a text's 2150年 is not read)
  if (y === undefined || y < 1949 || y > 2100) return 'no year';
  return { pc, pid: periodId(y, pc.m1, pc.m2), basis };
}

/**
 * Whether a product name stands for the product's output: 产量 (or another 量) between the name
 * and its figure, or, in its paragraph, words about products (产量, 产品, a level's unit) after
 * the last words about industries (行业, 产业, 增加值).
 */
function productContext(t: string, nameStart: number, figureStart: number): boolean {
  if (t.slice(nameStart, figureStart).includes('量')) return true;
  const before = t.slice(Math.max(t.lastIndexOf('\n', nameStart) + 1, nameStart - 2000), nameStart);
  const cues = before.match(/产量|产品|发电量|万吨|亿吨|亿千瓦时|亿立方米|万辆|行业|产业|增加值/g);
  return !!cues && !/行业|产业|增加值/.test(cues[cues.length - 1]!);
}

const ZH_OTHER_PLACE =
  /全市|本市|该市|全区|全县|示范区|开发区|高新区|河北|内蒙古|陕西|河南|山东|甘肃|宁夏|新疆|贵州/;
const EN_OTHER_PLACE =
  /the city's|citywide|\b(?:demonstration|development) zone\b|the zone's|\b(?:hebei|henan|shaanxi|inner mongolia|ningxia|xinjiang|guizhou|shandong|gansu)\b/;

function walk(
  lx: Lexer,
  toks: Tok[],
  text: string,
  opts: ExtractOptions,
  un: Unrecognised[],
): Figure[] {
  const zh = lx.lang === 'zh';
  const t = lx.t;
  const figs: Figure[] = [];
  const aboveSize = zh
    ? /规模以上|规上/.test(t)
    : /above (?:a |the )?designated (?:size|scale)/.test(t);
  // an account of GDP, where 工业增加值 may be all industry's (全部工业增加值)
  const gdp = (
    zh
      ? /全部工业|生产总值|第二产业|GDP/i
      : /\bgdp\b|gross (?:domestic|regional) product|secondary industry/
  ).test(t);
  const gdpOnly = gdp && !aboveSize;
  // a short form is the above-size total where the text defines it so (规模以上工业(以下简称
  // “全省工业”)), or speaks of above-size industry and of no GDP account
  const bareOk =
    (aboveSize && !gdp) ||
    /(?:规模以上|规上)工业[^。\n]{0,12}[(（]以下(?:简)?称[“"‘']?全省工业/.test(text);
  let docRegion: Where = opts.region ?? 'shanxi';
  if (opts.region === undefined) {
    // whose release: the first of the country, the province or another place that it names
    const first = (re: RegExp) => {
      const at = t.search(re);
      return at < 0 ? Infinity : at;
    };
    const firstShanxi = first(
      zh
        ? /全省|本省|该省|山西(?!转型综合改革示范区|综改区)/
        : /\bshanxi\b(?! (?:[a-z-]+ ){0,5}(?:zone|park|county|city|district)\b)|the province/,
    );
    // a city, a zone, a county or another province: whose figures the model does not hold
    const firstOther = first(zh ? ZH_OTHER_PLACE : EN_OTHER_PLACE);
    let firstChina = first(
      zh
        ? /全国规模以上|全国规上|全国工业/
        : /china's (?:value-added|industrial)|nationwide|the national (?:value-added|industrial)/,
    );
    // a release that names no province, city or zone but the country is the country's
    if (firstShanxi === Infinity && firstOther === Infinity)
      firstChina = Math.min(
        firstChina,
        first(
          zh
            ? /国家统计局|全国|我国|中国/
            : /national bureau of statistics|\bnbs\b|\bchina\b|\bchinese\b|nationwide/,
        ),
      );
    const min = Math.min(firstShanxi, firstOther, firstChina);
    if (min !== Infinity && min === firstChina) docRegion = 'china';
    else if (min !== Infinity && min === firstOther) docRegion = 'other';
  }
  const pub = opts.published
    ? { y: Number(opts.published.slice(0, 4)), m: Number(opts.published.slice(5, 7)) }
    : undefined;
  const fillers = zh ? ZH_FILLERS : EN_FILLERS;
  const empty = (s: number, e: number) =>
    e <= s || t.slice(s, e).replace(fillers, '').trim() === '';
  const push = (
    reason: UnrecognisedReason,
    s0: number,
    e: number,
    value?: string,
    period?: string,
  ) => {
    let s = s0;
    while (s < e && /\s/.test(text[s]!)) s++;
    const u: { -readonly [K in keyof Unrecognised]: Unrecognised[K] } = {
      reason,
      text: text.slice(s, e),
      start: s,
      end: e,
    };
    if (value !== undefined) u.value = value;
    if (period !== undefined) u.period = period;
    un.push(u);
  };

  /**
   * Whether [s0, e) holds a period marker and, around the markers, nothing but fillers (and
   * no word of the year before: 上年同期1-8月份 is not this year's run).
   */
  const onlyPeriods = (sent: readonly Tok[], s0: number, e: number): boolean => {
    if (/上年|同期|last year|same period/.test(t.slice(s0, e))) return false;
    let s = s0;
    for (const x of sent)
      if ((x.k === 'period' || x.k === 'year') && x.s >= s0 && x.e <= e) {
        if (!empty(s, x.s)) return false;
        s = x.e;
      }
    return s > s0 && empty(s, e);
  };
  /** 全省/本省/该省 is the province whose release it is: not Shanxi in another place's text. */
  const whereOf = (x: Extract<Tok, { k: 'region' }>): Where =>
    x.r === 'shanxi' && docRegion === 'other' && /^(?:全省|本省|该省)/.test(t.slice(x.s, x.e))
      ? 'other'
      : x.r;

  // sentences. `section` is the period of the last marker that opened a section: the period of
  // every clause whose sentence has no marker before it. A marker that qualifies one figure
  // only (an aside: 5月当月, 单月, 累计, 其中8月份, "In May alone", or a marker whose figures
  // name no one of their own: `；1-8月份增长3.6%`, "In May, it grew …") holds to the end of its
  // sentence and leaves `section` as it was. `period` (Chinese) is the one in force in the
  // sentence: the nearest marker before the clause, else `section`.
  let section: PeriodCtx | undefined;
  let period: PeriodCtx | undefined;
  let year: { y?: number; rel?: number } | undefined;
  let docInd: Ind = 'value-added';
  let prevSubject: Subject | undefined;
  // whether prevSubject is the subject of the sentence just before (not of an earlier one)
  let prevFresh = false;
  let sentStart = 0;
  let i = 0;
  while (i < toks.length) {
    let j = i;
    while (j < toks.length && toks[j]!.k !== 'sent') j++;
    const sent = toks.slice(i, j);
    const sentEnd = j < toks.length ? toks[j]!.s : t.length;
    const isPara =
      i === 0 || (toks[i - 1]?.k === 'sent' && (toks[i - 1] as { para: boolean }).para);
    if (isPara) prevSubject = undefined;
    // the sentence before ended with ；: this is the same sentence's other half
    const joined = i > 0 && (toks[i - 1] as { soft?: boolean }).soft === true;
    period = section;
    let opener: PeriodCtx | undefined;
    // english: the sentence's periods and year
    const sentPeriods = sent.filter((x) => x.k === 'period') as Extract<Tok, { k: 'period' }>[];
    const sentYears = sent.filter((x) => x.k === 'year' && x.year !== undefined) as Extract<
      Tok,
      { k: 'year' }
    >[];
    // clauses: split at commas, except list commas in English
    const clauses: Tok[][] = [];
    const clauseStarts: number[] = [i > 0 ? toks[i - 1]!.e : 0];
    let cur: Tok[] = [];
    for (let q = 0; q < sent.length; q++) {
      const x = sent[q]!;
      if (x.k === 'comma') {
        const prev = cur[cur.length - 1];
        let nx = sent[q + 1];
        if (nx?.k === 'sep') nx = sent[q + 2];
        const list =
          !zh &&
          prev &&
          nx &&
          ((prev.k === 'num' && nx.k === 'num') ||
            (prev.k === 'entity' && nx.k === 'entity') ||
            nx.k === 'resp');
        if (list) continue;
        clauses.push(cur);
        clauseStarts.push(x.e);
        cur = [];
      } else cur.push(x);
    }
    clauses.push(cur);
    let subject: Subject | undefined;
    // an unknown name's figure ended the sentence's subject: none carries on from an older one
    let forget = false;
    let sentInd: Ind | 'other' | undefined;
    const startsQizhong = sent[0]?.k === 'qizhong';
    // the names of a respectively-list, for a clause after it that gives as many figures
    let respPrev: Entity[] | undefined;
    // the asides among the sentence's markers (see `section`)
    const isFig = (y: Tok) => y.k === 'num' || y.k === 'verb' || y.k === 'cue' || y.k === 'qual';
    const named = (from: number) => sent.some((y) => y.k === 'entity' && y.s >= from);
    const f0 = sent.find(isFig);
    for (const x of sentPeriods) {
      const f = sent.find((y) => y.s >= x.e && isFig(y));
      // a marker after a comparison in its clause ("slower than the growth for …", "up from
      // 2.0 percent in April") is the compared figure's
      let cmp = false;
      for (const y of sent)
        if (y.s < x.s && (y.k === 'comma' || y.k === 'cmp')) cmp = y.k === 'cmp';
      cmp ||=
        /(?:from|with|against|versus|than) (?:the |a |an )?[\d.,]+ ?(?:percent|per cent|%)[^,;]*$/.test(
          t.slice(Math.max(0, x.s - 40), x.s),
        );
      if (
        cmp ||
        (zh
          ? startsQizhong ||
            sent.some((y) => y.k === 'qizhong' && y.s < x.s) ||
            (f && !named(x.e) && empty(x.e, f.s))
          : /^,? alone\b/.test(t.slice(x.e, x.e + 8)) ||
            (f0 &&
              !named(sentStart) &&
              (empty(sentStart, f0.s) || onlyPeriods(sent, sentStart, f0.s))))
      )
        x.aside = true;
      if (cmp) x.cmp = true;
    }
    for (let ci = 0; ci < clauses.length; ci++) {
      const cl = clauses[ci]!;
      if (cl.length === 0) continue;
      const clStart = clauseStarts[ci]!;
      let clausePeriod: Extract<Tok, { k: 'period' }> | undefined;
      if (!zh) {
        const ps = cl.filter((x) => x.k === 'period') as Extract<Tok, { k: 'period' }>[];
        // the clause's marker; else the sentence's one, or the nearest before the clause
        const before = sentPeriods.filter((x) => x.e <= clStart);
        if (ps.length === 1) clausePeriod = ps[0];
        else if (ps.length === 0 && sentPeriods.length === 1) clausePeriod = sentPeriods[0];
        else if (ps.length === 0 && before.length > 0) clausePeriod = before[before.length - 1];
        else if (ps.length === 0 && sentPeriods.length === 0) {
          // "In 2023, …": the year is the period of the whole sentence
          const y = sent.find((x) => x.k === 'year' && x.asPeriod) as
            | Extract<Tok, { k: 'year' }>
            | undefined;
          if (y)
            clausePeriod = {
              k: 'period',
              s: y.s,
              e: y.e,
              m1: 1,
              m2: 12,
              ...yearsOf(y),
            };
        } else {
          // several markers in the clause, or none in it and several after it in the sentence
          for (const x of cl)
            if (x.k === 'num') push('ambiguous', clStart, cl[cl.length - 1]!.e, x.raw);
          continue;
        }
      }
      // entities with their region, numbers, in order
      const entities: Entity[] = [];
      let pendingRegion: Where | undefined;
      let verb: Extract<Tok, { k: 'verb' }> | undefined;
      let cue: Extract<Tok, { k: 'cue' }> | undefined;
      let qual: Extract<Tok, { k: 'qual' }> | undefined;
      let resp = cl.some((x) => x.k === 'resp');
      let lastBoundary = clStart; // end of the last thing that explains the text before a figure
      let clInd: Ind | 'other' | undefined;
      let inCmp = false;
      // 上年同期 (Chinese): the figures after it in the clause are the year before's
      let prev: Extract<Tok, { k: 'prev' }> | undefined;
      // 环比 / month-on-month before the next figure
      let mom: Tok | undefined;
      const figsOfClause: {
        tok: Extract<Tok, { k: 'num' }> | Extract<Tok, { k: 'verb' }>;
        verb?: typeof verb;
        cue?: typeof cue;
        qual?: typeof qual;
        ents: typeof entities;
        gapStart: number;
        prev?: Extract<Tok, { k: 'prev' }>;
        mom?: Tok;
        /** The name after a level: "produced 1.27 billion tonnes of raw coal". */
        post?: Entity;
      }[] = [];
      let entsSinceFigure: typeof entities = [];
      for (let q = 0; q < cl.length; q++) {
        const x = cl[q]!;
        switch (x.k) {
          case 'period':
            if (zh) {
              const p: PeriodCtx | undefined = x.cum
                ? // 累计: January to the month of the period in force (none after N年以来)
                  period && x.m2 === 0
                  ? { m1: 1, m2: period.m2, text: text.slice(x.s, x.e), ...yearsOf(period) }
                  : undefined
                : ctxOf(x, text);
              period = p;
              if (!x.aside) opener = p;
              if (x.year !== undefined) year = { y: x.year };
              else if (x.rel !== undefined) year = { rel: x.rel };
            } else if (x.year !== undefined && !x.cmp) year = { y: x.year };
            lastBoundary = x.e;
            break;
          case 'year':
            if (x.year !== undefined || x.rel !== undefined) {
              year = x.year !== undefined ? { y: x.year } : { rel: x.rel! };
              if (x.asPeriod && (zh || sentPeriods.length === 0)) {
                const p: PeriodCtx = {
                  m1: 1,
                  m2: 12,
                  text: text.slice(x.s, x.e),
                  ...yearsOf(x),
                };
                if (zh) period = opener = p;
                else if (!clausePeriod)
                  clausePeriod = {
                    k: 'period',
                    s: x.s,
                    e: x.e,
                    m1: 1,
                    m2: 12,
                    ...yearsOf(x),
                  };
              }
            }
            lastBoundary = x.e;
            break;
          case 'cmp':
            inCmp = true;
            break;
          case 'entity': {
            if (inCmp) break;
            // 精制茶制造业, "chemical products manufacturing industry": a known name at the end of
            // an unknown one is not that name; the figure goes to unrecognised as an unknown name
            if (!empty(q > 0 ? cl[q - 1]!.e : clStart, x.s)) {
              pendingRegion = undefined;
              break;
            }
            const region = pendingRegion ?? docRegion;
            const last = entitiesLast(entsSinceFigure);
            // 规模以上工业原煤产量: the total words are the product's modifier
            if (last && last.b === 'total' && empty(last.e, x.s)) entsSinceFigure.pop();
            const ent: Entity = { b: x.b, s: x.s, e: x.e, region };
            if (BARE.has(t.slice(x.s, x.e))) ent.bare = true;
            entities.push(ent);
            // "produced 1.27 billion tonnes of raw coal": a product named right after a level
            const lf = figsOfClause[figsOfClause.length - 1];
            if (
              lf?.tok.k === 'num' &&
              !lf.ents.length &&
              LEVEL_UNIT_SET.has(lf.tok.unit) &&
              x.b.startsWith('product:') &&
              / of (?:the )?$/.test(t.slice(lf.tok.e, x.s))
            )
              lf.post = ent;
            else entsSinceFigure.push(ent);
            pendingRegion = undefined;
            verb = undefined;
            cue = undefined;
            lastBoundary = x.e;
            break;
          }
          case 'region':
            // 全省/本省/该省 is the province whose release it is: Shanxi, unless the text is
            // another place's (河北省统计局发布…全省)
            pendingRegion = whereOf(x);
            break;
          case 'ind': {
            if (x.i === 'mom') {
              // "0.68% month-on-month", "rose 0.5 percent from the previous month": the figure
              // before; 环比增长0.45%, "month-on-month growth of 0.5 percent": the one after
              const lf = figsOfClause[figsOfClause.length - 1];
              if (
                !zh &&
                lf &&
                /^ (?:(?:from|over|on|compared with) (?:the |a )?)?$/.test(t.slice(lf.tok.e, x.s))
              )
                lf.mom = x;
              else mom = x;
              break;
            }
            clInd = x.i;
            sentInd = x.i;
            if (x.i !== 'other' && x.i !== 'output') docInd = x.i;
            break;
          }
          case 'prev':
            prev = x;
            break;
          case 'verb':
            verb = x;
            if (x.kind === 'flat') {
              figsOfClause.push({
                tok: x,
                ents: entsSinceFigure,
                gapStart: lastBoundary,
                ...(cue ? { cue } : {}),
                ...(prev ? { prev } : {}),
              });
              entsSinceFigure = [];
              verb = undefined;
            }
            break;
          case 'cue':
            cue = x;
            break;
          case 'qual':
            qual = x;
            break;
          case 'num': {
            // "up from 2.0 percent in the same period last year": the year before's figure
            let p = prev;
            const by =
              !zh &&
              /(?:compared (?:with|to)|from|with|against|versus|than)(?: (?:the|a|an))?(?: (?:decline|decrease|drop|fall|growth|increase|rise|gain) (?:of|by))? $/.exec(
                t.slice(Math.max(0, x.s - 40), x.s),
              );
            const ago =
              by &&
              /^[^,;]{0,30}?(?:the same period (?:of |in )?(?:last year|(\d{4}))|(?:a|one) year (?:earlier|ago|before)|last year)/.exec(
                t.slice(x.e, x.e + 60),
              );
            if (ago)
              p = {
                k: 'prev',
                s: x.s - by[0].length,
                e: x.e + ago[0].length,
                ...(ago[1] ? { year: Number(ago[1]) } : {}),
              };
            figsOfClause.push({
              tok: x,
              ents: entsSinceFigure,
              gapStart: lastBoundary,
              ...(verb ? { verb } : {}),
              ...(cue ? { cue } : {}),
              ...(qual && empty(qual.e, x.s) ? { qual } : {}),
              ...(p ? { prev: p } : {}),
              ...(mom ? { mom } : {}),
            });
            mom = undefined;
            qual = undefined;
            entsSinceFigure = [];
            inCmp = false;
            break;
          }
          default:
            break;
        }
      }
      // English number lists: "3, 4 and 5 percent" take the last one's unit
      for (let q = figsOfClause.length - 2; q >= 0; q--) {
        const a = figsOfClause[q]!.tok;
        const b = figsOfClause[q + 1]!.tok;
        if (a.k === 'num' && b.k === 'num' && a.unit === '' && b.unit !== '' && empty(a.e, b.s))
          figsOfClause[q] = { ...figsOfClause[q]!, tok: { ...a, unit: b.unit } };
      }
      // when: the clause's period and year, fixed once for all its figures (and for what it
      // could not read, so that every unrecognised figure says which period it was about)
      const pc: PeriodCtx | undefined = zh
        ? period
        : clausePeriod
          ? ctxOf(clausePeriod, text)
          : section;
      const when = yearOf(pc, !zh ? sentYears : [], year, pub);
      // a point in time has no period of the model
      const pid = typeof when === 'string' || when.pc.point ? undefined : when.pid;
      // respectively: the clause's names in order, its figures in order
      let respEnts: typeof entities | undefined;
      const nums = figsOfClause;
      // "…, respectively, up 1.8 percent and down 2.1 percent", 分别为…，分别增长…: the list's
      // names again, for as many changes
      if (
        respPrev &&
        !entities.length &&
        nums.length === respPrev.length &&
        nums.every(
          (f) => f.tok.k === 'num' && f.tok.unit === 'percent' && f.verb?.kind === 'change',
        )
      )
        resp = true;
      if (resp) {
        const firstFig = nums[0]?.tok.s ?? Infinity;
        let ents = entities.filter((e) => e.s < firstFig);
        if (!ents.length && respPrev) ents = respPrev;
        let ok = ents.length === nums.length && ents.length > 1;
        for (let q = 1; ok && q < ents.length; q++)
          if (!empty(ents[q - 1]!.e, ents[q]!.s)) ok = false;
        if (!ok) {
          for (const f of nums)
            push(
              'respectively mismatch',
              clStart,
              cl[cl.length - 1]!.e,
              f.tok.k === 'num' ? f.tok.raw : undefined,
              pid,
            );
          continue;
        }
        respEnts = ents;
      }
      // only after a list of levels ("reached … and …, respectively, up …")
      respPrev =
        respEnts && nums.every((f) => f.tok.k === 'num' && LEVEL_UNIT_SET.has(f.tok.unit))
          ? respEnts
          : entities.length
            ? undefined
            : respPrev;
      let k = 0;
      let lastEnd = clStart;
      for (const f of figsOfClause) {
        const tok = f.tok;
        const from = lastEnd;
        lastEnd = tok.e;
        const spanEnd = f.post?.e ?? tok.e;
        const raw = tok.k === 'num' ? tok.raw : '0.0';
        const miss = (reason: UnrecognisedReason, s: number) => push(reason, s, spanEnd, raw, pid);
        if (tok.k === 'num' && tok.garbled) {
          push('garbled number', tok.s, tok.e, tok.raw, pid);
          k++;
          continue;
        }
        if (tok.k === 'num' && tok.unit === 'points') {
          miss('stated gap', f.ents[0]?.s ?? subject?.s ?? f.gapStart);
          k++;
          continue;
        }
        const p = f.prev;
        if (p) {
          // 上年同期为下降2.0%, "up from 2.0 percent in the same period last year": the same
          // months a year earlier, another period; listed, and this year's figure stays
          const y = pid && (p.year ?? Number(pid.slice(0, 4)) - 1);
          const m1 = p.m1 ?? pc?.m1 ?? 0;
          const m2 = p.m2 ?? pc?.m2 ?? 0;
          push(
            'previous year',
            p.s,
            Math.max(spanEnd, p.e),
            raw,
            y && m1 >= 1 && m1 <= m2 && m2 <= 12 ? periodId(y, m1, m2) : undefined,
          );
          k++;
          continue;
        }
        if (f.mom || pc?.point) {
          // 环比 / month-on-month is another measure; 截至5月末 a point in time
          miss(
            f.mom ? 'measure not in the model' : 'point in time',
            f.ents[0]?.s ?? (f.mom ? Math.min(f.mom.s, (f.verb ?? tok).s) : f.gapStart),
          );
          k++;
          continue;
        }
        // who
        let ent: (Named & { ind?: Ind }) | undefined;
        let quoteStart: number;
        let carriedOver = false;
        if (respEnts) {
          ent = respEnts[k];
          quoteStart = respEnts[0]!.s;
        } else if (
          f.ents.length === 1 &&
          empty(f.ents[0]!.e, (f.verb ?? f.cue ?? f.qual ?? tok).s)
        ) {
          ent = f.ents[0];
          quoteStart = ent!.s;
        } else if (f.post && empty(f.gapStart, (f.verb ?? f.qual ?? tok).s)) {
          ent = f.post;
          quoteStart = f.gapStart;
          while (/\s/.test(text[quoteStart]!)) quoteStart++;
        } else if (f.ents.length > 1 || f.ents.length === 1) {
          miss('ambiguous', f.ents[0]!.s);
          k++;
          continue;
        } else {
          const firstCue = (
            f.cue && f.verb
              ? f.cue.s < f.verb.s
                ? f.cue
                : f.verb
              : (f.verb ?? f.cue ?? f.qual ?? tok)
          ).s;
          if (!empty(f.gapStart, firstCue)) {
            // "slower than the 4.2 percent growth for …": a figure compared with, not read
            miss(
              cl.some((x) => x.k === 'cmp' && x.s >= f.gapStart && x.s < firstCue)
                ? 'ambiguous'
                : 'unknown name',
              f.gapStart,
            );
            // 洗煤产量1亿吨，增长9.0%: what follows speaks of the unknown name, not of the last
            // one (a comparison such as 比2019年同期 names nothing)
            if (!/^[\s,，]*(?:[比较与]|than |compared )/.test(t.slice(f.gapStart, firstCue))) {
              subject = undefined;
              forget = true;
            }
            k++;
            continue;
          }
          // the subject carries on: from the clause before in this sentence; from the sentence
          // before when nothing but fillers precedes the figure, or when a period marker does and
          // the text says it is the same subject (the other half of a sentence cut by ；, or
          // "In August alone, it grew…" right after the sentence that named it)
          const carried =
            subject ??
            (startsQizhong ||
            empty(sentStart, firstCue) ||
            (prevFresh &&
              (zh ? joined : /\b(?:it|that) $/.test(t.slice(f.gapStart, firstCue))) &&
              onlyPeriods(sent, sentStart, firstCue))
              ? prevSubject
              : undefined);
          // the same sentence: 实现利润总额…，营业收入… speaks of the same enterprises
          const sameSentence = subject !== undefined || (zh && joined);
          if (
            !carried ||
            (clInd !== undefined &&
              clInd !== carried.ind &&
              !(sameSentence && FINANCE.has(clInd) && FINANCE.has(carried.ind))) ||
            sent.some(
              (x) =>
                x.k === 'region' &&
                x.s >= (subject ? clStart : sentStart) &&
                x.s < firstCue &&
                whereOf(x) !== carried.region,
            )
          ) {
            // all the clause says of it: 其中5月份10820.6万吨, not 10820.6万吨
            miss('no name', from);
            k++;
            continue;
          }
          ent = carried;
          carriedOver = true;
          quoteStart = subject ? carried.s : f.gapStart;
          while (quoteStart < tok.s && /\s/.test(text[quoteStart]!)) quoteStart++;
        }
        k++;
        const b = ent!.b;
        if (ent!.region === 'other') {
          // 全市, 全区: a city's or another region's figure; the model has Shanxi and China
          miss('region not in the model', quoteStart!);
          continue;
        }
        const region: Region = ent!.region;
        // a product named without 产量 in a passage about industries (其中新能源汽车增长81.6%
        // after 战略性新兴产业) may be the industry's value added: not read
        if (
          zh &&
          b.startsWith('product:') &&
          !carriedOver &&
          !(tok.k === 'num' && LEVEL_UNIT_SET.has(tok.unit)) &&
          !productContext(t, ent!.s, tok.s)
        ) {
          miss('ambiguous', quoteStart!);
          continue;
        }
        // what
        // a product's figure is its output, unless its clause names another indicator (出口焦炭
        // 300万吨 is exports)
        const ind: Ind | 'other' =
          clInd === 'other' || (sentInd === 'other' && !b.startsWith('product:'))
            ? 'other'
            : b.startsWith('product:')
              ? 'output'
              : sentInd && sentInd !== 'output'
                ? sentInd
                : (ent!.ind ?? docInd);
        if (ind === 'other') {
          miss('indicator not in the model', quoteStart!);
          continue;
        }
        // value added, revenue and profit are above-size by definition: a short form such as
        // 全省工业 is read only where the text says above-size (and is no account of GDP, whose
        // 全部工业增加值 is another statistic), and nothing is read from a GDP account that never
        // says above-size
        if (ind !== 'output' && (ent!.bare ? !bareOk : gdpOnly)) {
          miss('ambiguous', quoteStart!);
          continue;
        }
        let measure: Measure;
        let unit: Unit;
        let value = raw;
        let note: string | undefined;
        const u = tok.k === 'num' ? tok.unit : 'percent';
        if (u === 'points') {
          miss('stated gap', quoteStart!);
          continue;
        }
        if (tok.k === 'verb' || (f.verb?.kind === 'flat' && tok.k !== 'num')) {
          // 持平 / flat: a 0.0 change, unless it compares with something else
          const before = t.slice(Math.max(f.gapStart, tok.s - 12), tok.s);
          if (/全国|上月|national|previous month|average/.test(before) || f.cue) {
            push('stated gap', quoteStart!, spanEnd, undefined, pid);
            continue;
          }
          measure = 'yoy';
          unit = 'percent';
          note = zh ? 'published as 持平 (flat)' : 'published as flat';
        } else if (u === 'percent') {
          if (f.cue && f.verb && f.verb.s < f.cue.s) {
            miss('ambiguous', quoteStart!);
            continue;
          }
          if (f.cue) {
            const m = f.cue.m === '?total' && bareOk ? 'share-of-total' : f.cue.m;
            if (m.startsWith('?')) {
              // a share of GDP, or of a whole not named: no measure of the model
              miss(m === '?gdp' ? 'measure not in the model' : 'ambiguous', quoteStart!);
              continue;
            }
            measure = m as Measure;
            if (measure === 'two-year-average') {
              if (f.verb?.kind === 'rate') {
                miss('ambiguous', quoteStart!);
                continue;
              }
              if (f.verb?.sign === -1) value = raw.startsWith('-') ? '' : `-${raw}`;
            }
          } else if (f.verb) {
            if (f.verb.kind !== 'change') {
              miss('ambiguous', quoteStart!);
              continue;
            }
            measure = 'yoy';
            if (f.verb.sign === -1) value = raw.startsWith('-') ? '' : `-${raw}`;
          } else {
            miss('unread number', quoteStart!);
            continue;
          }
          unit = 'percent';
          if (
            !zh &&
            /two-year|two years/.test(t.slice(tok.e, tok.e + 40).split(/[,.;]/)[0]!) &&
            measure === 'yoy'
          ) {
            miss('ambiguous', quoteStart!);
            continue;
          }
        } else if (u === 'times' && zh) {
          if (f.verb?.kind !== 'change' || f.verb.sign !== 1 || raw.startsWith('-')) {
            miss('ambiguous', quoteStart!);
            continue;
          }
          measure = 'yoy';
          unit = 'percent';
          value = times100(raw);
          note = `published as 增长${raw}倍 (${raw}-fold increase = ${value} percent)`;
        } else if (LEVEL_UNIT_SET.has(u)) {
          // "rose 1.8 percent to 532.1 million tonnes", "fell to 40.1 million tonnes": the level
          if (
            (f.verb &&
              !/^ (?:[\d.,]+ ?(?:percent|per cent|%) (?:year[- ]on[- ]year )?)?to $/.test(
                t.slice(f.verb.e, tok.s),
              )) ||
            f.cue ||
            raw.startsWith('-')
          ) {
            miss('ambiguous', quoteStart!);
            continue;
          }
          measure = 'level';
          unit = u as Unit;
        } else if (u.startsWith('?')) {
          miss('unit not in the model', quoteStart!);
          continue;
        } else {
          miss('unread number', quoteStart!);
          continue;
        }
        if (value === '' || Number(value.replace(/,/g, '')) > 1e15) {
          miss('ambiguous', quoteStart!);
          continue;
        }
        if (!zh && pc && !clausePeriod?.aside) section = pc;
        if (typeof when === 'string') {
          miss(when, quoteStart!);
          continue;
        }
        // revenue: operating revenue (营业收入) from 2019, main-business revenue (主营业务收入)
        // before; the other one of a year is another statistic
        if (
          (ind === 'revenue' || ind === 'revenue-main') &&
          when.pid < '2019' === (ind === 'revenue')
        ) {
          miss('indicator not in the model', quoteStart!);
          continue;
        }
        const fig: { -readonly [K in keyof Figure]: Figure[K] } = {
          breakdown: b,
          region,
          indicator: ind === 'revenue-main' ? 'revenue' : ind,
          measure,
          raw: value,
          unit,
          start: quoteStart!,
          end: spanEnd,
          period: when.pid,
          periodText: when.pc.text,
          yearBasis: when.basis,
        };
        const q = tok.k === 'num' ? (tok.q ?? f.qual?.q) : undefined;
        if (q) fig.qualifier = q;
        if (ind === 'revenue-main')
          note = `${note ? `${note}; ` : ''}published as main-business revenue${zh ? ' (主营业务收入)' : ''}`;
        if (note) fig.note = note;
        if (ind !== 'output' || aboveSize) fig.scope = 'above-size';
        figs.push(fig);
        subject = { b, region, ind, s: quoteStart!, ...(ent!.bare ? { bare: true } : {}) };
      }
      if (respEnts) {
        // after 采矿业、制造业分别增长…, a clause without a name could speak of any of them
        subject = undefined;
        forget = true;
      } else if (entities.length > 0 && !resp) {
        const last = entities[entities.length - 1]!;
        if (!subject || subject.b !== last.b)
          subject = {
            b: last.b,
            region: last.region,
            ind: last.b.startsWith('product:') ? 'output' : docInd,
            s: last.s,
            ...(last.bare ? { bare: true } : {}),
          };
      }
    }
    if (!zh) {
      // the last marker of the sentence that is no aside holds for the sentences after it; a
      // sentence naming several ("for May and the first five months") leaves them no period
      const open = sentPeriods.filter((x) => !x.aside);
      const last = open.pop();
      if (last) opener = ctxOf(last, text);
      if (open.some((x) => x.m1 !== last!.m1 || x.m2 !== last!.m2)) {
        section = undefined;
        opener = undefined;
      }
    }
    if (opener) section = opener;
    if (subject) prevSubject = subject;
    else if (forget) prevSubject = undefined;
    prevFresh = subject !== undefined;
    sentStart = sentEnd + 1;
    i = j + 1;
  }
  return figs;
}

/** The indicators of the enterprises' accounts: one sentence may give several of them. */
const FINANCE: ReadonlySet<string> = new Set<Ind>(['revenue', 'revenue-main', 'profit']);

/** A marker's period, with its text. */
const ctxOf = (x: Extract<Tok, { k: 'period' }>, text: string): PeriodCtx => ({
  m1: x.m1,
  m2: x.m2,
  text: text.slice(x.s, x.e),
  ...yearsOf(x),
  ...(x.point ? { point: x.point } : {}),
});

/** The year and the relative year (今年, 去年) of a marker, those it has. */
const yearsOf = (x: { readonly year?: number; readonly rel?: number }) => ({
  ...(x.year !== undefined ? { year: x.year } : {}),
  ...(x.rel !== undefined ? { rel: x.rel } : {}),
});

const entitiesLast = <T>(list: readonly T[]): T | undefined => list[list.length - 1];
