/**
 * Hostile values (issue 15, class 5) in either argument of `extractRelease`, the one export of
 * `shanxi-industry/extract`: a revoked Proxy, a getter that throws, a null-prototype object, a
 * BigInt, a Symbol, a cyclic object, a huge string. Each gives a ShanxiIndustryError with a code
 * of ERROR_CODES (INVALID_RELEASE or INVALID_OPTION) whose message shows what was received, or
 * a deeply frozen result; none lets a bare TypeError or the caller's own error out.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as extractEntry from '../../src/extract/index.js';
import { extractRelease } from '../../src/extract/index.js';
import { ERROR_CODES, isShanxiIndustryError } from '../../src/index.js';

const TEXT = '2024年1-8月份，全省规模以上工业增加值同比增长3.6%，采矿业增长4.0%。';

/** `CODE: message` of the error thrown, or what else happened. */
function outcome(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (!isShanxiIndustryError(e)) return `not coded: ${String(e)}`;
    expect(Object.keys(ERROR_CODES)).toContain(e.code);
    return `${e.code}: ${e.message}`;
  }
  return 'no error';
}

const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};
const throwing = () =>
  Object.defineProperty({}, 'url', {
    enumerable: true,
    get() {
      throw new Error('boom');
    },
  });
const cyclic = () => {
  const o: Record<string, unknown> = { a: 1 };
  o.self = o;
  return o;
};

/** Every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown, path = 'result'): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const bad = Object.isFrozen(value) ? [] : [path];
  for (const [k, v] of Object.entries(value)) bad.push(...deeplyFrozen(v, `${path}.${k}`));
  return bad;
}

describe('extractRelease: hostile values in the text', () => {
  it('a revoked Proxy is refused with INVALID_RELEASE (it was a bare TypeError)', () => {
    expect(outcome(() => extractRelease(revoked()))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got a value that cannot be read.",
    );
  });
  it('a BigInt, a Symbol, a null-prototype object and a cyclic object: INVALID_RELEASE showing the value', () => {
    expect(outcome(() => extractRelease(12n))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got 12n.",
    );
    expect(outcome(() => extractRelease(Symbol('release')))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got Symbol(release).",
    );
    expect(outcome(() => extractRelease(Object.create(null)))).toBe(
      "INVALID_RELEASE: extractRelease needs the release's text as a string; got {}.",
    );
    expect(outcome(() => extractRelease(cyclic()))).toBe(
      'INVALID_RELEASE: extractRelease needs the release\'s text as a string; got {"a":1,"self":"(cycle)"}.',
    );
  });
  it('a text longer than 16 Mi characters: INVALID_RELEASE with its length', () => {
    const huge = 'x'.repeat(16 * 1024 * 1024 + 1);
    expect(outcome(() => extractRelease(huge))).toBe(
      "INVALID_RELEASE: The release's text is 16777217 characters long; at most 16777216 are read.",
    );
  });
});

describe('extractRelease: what it returns is what the rest of the library takes', () => {
  it('a number of more than 15 decimals (or digits) is a garbled number, never a row of decimals 30', () => {
    const long = `2.${'5'.repeat(30)}`;
    const r = extractRelease(`2024年8月份，全省规模以上工业增加值同比增长${long}%。`);
    expect(r.observations).toEqual([]);
    expect(r.unrecognised.map((u) => [u.reason, u.value])).toEqual([['garbled number', long]]);
    const big = '1'.repeat(16);
    expect(
      extractRelease(`2024年8月份，全省原煤产量${big}万吨。`).unrecognised.map((u) => u.reason),
    ).toContain('garbled number');
    // 15 decimals is the most a figure may have, and is read
    const ok = extractRelease(`2024年8月份，全省规模以上工业增加值同比增长2.${'5'.repeat(15)}%。`);
    expect(ok.observations.map((o) => o.decimals)).toEqual([15]);
  });

  it("a url's user:password@ names no one: the host after it is the publisher", () => {
    const text = '2024年8月份，全省规模以上工业增加值同比增长2.5%。';
    for (const url of ['https://x.gov.cn:pw@evil.com/a', 'https://gov.cn@evil.com/x']) {
      const s = extractRelease(text, { url }).source!;
      expect([s.publisher, s.kind]).toEqual(['evil.com', 'reprint']);
    }
    expect(extractRelease(text, { url: 'https://tjj.shanxi.gov.cn/x' }).source!.kind).toBe(
      'official',
    );
  });
});

describe('extractRelease: hostile values in the options', () => {
  it('a revoked Proxy as the options: INVALID_OPTION (it was a bare TypeError)', () => {
    expect(outcome(() => extractRelease(TEXT, revoked() as never))).toBe(
      'INVALID_OPTION: extractRelease: options cannot be read ("TypeError: Cannot perform \'IsArray\' on a proxy that has been revoked"); pass plain data.',
    );
  });
  it('a revoked Proxy as an option: INVALID_OPTION', () => {
    expect(outcome(() => extractRelease(TEXT, { url: revoked() } as never))).toBe(
      'INVALID_OPTION: extractRelease: options cannot be read ("TypeError: Cannot perform \'IsArray\' on a proxy that has been revoked"); pass plain data.',
    );
    expect(outcome(() => extractRelease(TEXT, { title: revoked() } as never))).toMatch(
      /^INVALID_OPTION: extractRelease: options cannot be read/,
    );
  });
  it('a getter that throws: INVALID_OPTION, not the caller’s own error', () => {
    expect(outcome(() => extractRelease(TEXT, throwing() as never))).toBe(
      'INVALID_OPTION: extractRelease: options cannot be read ("Error: boom"); pass plain data.',
    );
    // a Proxy whose get trap throws, as the options
    const trap = new Proxy(
      { url: 'https://example.org/x' },
      {
        get() {
          throw new RangeError('trap');
        },
      },
    );
    expect(outcome(() => extractRelease(TEXT, trap as never))).toBe(
      'INVALID_OPTION: extractRelease: options cannot be read ("RangeError: trap"); pass plain data.',
    );
  });
  it('a null-prototype object is read like a plain one, as the options and refused as a value', () => {
    const options = Object.assign(Object.create(null) as object, { published: '2024-09-15' });
    expect(extractRelease(TEXT, options).observations.map((o) => o.period)).toEqual([
      '2024-01/2024-08',
      '2024-01/2024-08',
    ]);
    expect(outcome(() => extractRelease(TEXT, { url: Object.create(null) } as never))).toBe(
      'INVALID_OPTION: Invalid extractRelease option url: expected an http(s) address; got {}.',
    );
  });
  it('a BigInt as an option or as the options: INVALID_OPTION showing it (JSON.stringify threw)', () => {
    expect(outcome(() => extractRelease(TEXT, { published: 2024n } as never))).toBe(
      'INVALID_OPTION: Invalid extractRelease option published: expected a date YYYY-MM-DD or YYYY-MM; got 2024n.',
    );
    expect(outcome(() => extractRelease(TEXT, 1n as never))).toBe(
      'INVALID_OPTION: extractRelease options must be an object; got 1n.',
    );
  });
  it('a Symbol as an option or as the options: INVALID_OPTION; a symbol key is not an option', () => {
    expect(outcome(() => extractRelease(TEXT, { region: Symbol('shanxi') } as never))).toBe(
      'INVALID_OPTION: Invalid extractRelease option region: expected shanxi or china; got Symbol(shanxi).',
    );
    expect(outcome(() => extractRelease(TEXT, Symbol('o') as never))).toBe(
      'INVALID_OPTION: extractRelease options must be an object; got Symbol(o).',
    );
    expect(extractRelease(TEXT, { [Symbol('x')]: 1 } as never).observations).toHaveLength(2);
  });
  it('a cyclic object as an option: INVALID_OPTION with the cycle marked (JSON.stringify threw)', () => {
    expect(outcome(() => extractRelease(TEXT, { source: cyclic() } as never))).toBe(
      'INVALID_OPTION: Invalid extractRelease option source: expected a non-empty string; got {"a":1,"self":"(cycle)"}.',
    );
    expect(outcome(() => extractRelease(TEXT, cyclic() as never))).toBe(
      'INVALID_OPTION: Unknown extractRelease option "a": accepted are url, source, published, region, lang, title, publisher, kind.',
    );
  });
  it('a huge string as an option: INVALID_OPTION at once, its value cut in the message', () => {
    for (const name of ['url', 'source', 'title', 'publisher', 'published']) {
      const huge = `https://example.org/${'a.'.repeat(1_000_000)} `;
      const message = outcome(() => extractRelease(TEXT, { [name]: huge } as never));
      expect(message).toBe(
        `INVALID_OPTION: Invalid extractRelease option ${name}: expected at most 2048 characters; got ${JSON.stringify(huge.slice(0, 200))}….`,
      );
    }
    // an address just within the limit that a backtracking pattern would take seconds on
    const long = `http://a${'.a'.repeat(1000)} `;
    expect(outcome(() => extractRelease(TEXT, { url: long }))).toMatch(
      /^INVALID_OPTION: Invalid extractRelease option url: expected an http\(s\) address; got "http/,
    );
  });
});

describe('extractRelease: what it returns', () => {
  it('is deeply frozen, with and without a url', () => {
    const bare = extractRelease(TEXT);
    const withUrl = extractRelease(`${TEXT}纺织业增长1.0%。`, {
      url: 'https://tjj.shanxi.gov.cn/x',
      published: '2024-09-15',
    });
    expect(withUrl.source).toBeDefined();
    expect(withUrl.unrecognised).toHaveLength(1);
    expect(deeplyFrozen(bare)).toEqual([]);
    expect(deeplyFrozen(withUrl)).toEqual([]);
    expect(deeplyFrozen(extractRelease(''))).toEqual([]);
  });
  it('the entry exports extractRelease alone (every public export is covered here)', () => {
    expect(Object.keys(extractEntry)).toEqual(['extractRelease']);
  });
  it('any value in either argument: a coded error or a deeply frozen result (fast-check)', () => {
    // fast-check itself cannot hold a revoked Proxy: a marker stands for each exotic value,
    // and the property makes the real one
    const EXOTIC = new Map<object, () => unknown>(
      [revoked, throwing, cyclic, () => Object.create(null)].map((make) => [{}, make]),
    );
    let made = 0;
    const real = (v: unknown): unknown => {
      const make = EXOTIC.get(v as object);
      if (!make) return v;
      made++;
      return make();
    };
    const hostile = fc.oneof(
      fc.anything(),
      fc.bigInt(),
      fc.string({ maxLength: 3000 }),
      fc.constantFrom<unknown>(Symbol('s'), ...EXOTIC.keys()),
    );
    const options = fc.oneof(
      hostile,
      fc.record(
        {
          url: hostile,
          source: hostile,
          published: hostile,
          region: hostile,
          lang: hostile,
          title: hostile,
          publisher: hostile,
          kind: hostile,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(fc.oneof(hostile, fc.constant(TEXT)), options, (text, o) => {
        const fields =
          typeof o === 'object' && o !== null && !EXOTIC.has(o)
            ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, real(v)]))
            : real(o);
        let result: unknown;
        try {
          result = extractRelease(real(text), fields as never);
        } catch (e) {
          expect(isShanxiIndustryError(e)).toBe(true);
          expect(['INVALID_RELEASE', 'INVALID_OPTION']).toContain((e as { code: string }).code);
          return;
        }
        expect(deeplyFrozen(result)).toEqual([]);
      }),
      { numRuns: 500 },
    );
    // the exotic values were met, not only generated
    expect(made).toBeGreaterThan(100);
  });
});
