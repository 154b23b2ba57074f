/**
 * Helpers for the chart tests: well-formedness (fast-xml-parser's validator, plus the XML 1.0
 * character range, which the validator does not check) and reading elements' attributes.
 */
import { XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

/** Characters XML 1.0 allows (the Char production); anything else breaks a strict parser. */
const NOT_XML_CHAR = /[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Asserts that an SVG is a well-formed XML document of the shape every chart has. */
export function expectWellFormed(svg: string): void {
  expect(XMLValidator.validate(svg)).toBe(true);
  expect(NOT_XML_CHAR.test(svg), 'a character XML 1.0 does not allow').toBe(false);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
  expect(svg).toMatch(/ role="img"/);
  expect(svg).toMatch(/ viewBox="0 0 [\d.]+ [\d.]+"/);
  const labelled = /aria-labelledby="([^" ]+) ([^" ]+)"/.exec(svg);
  expect(labelled).not.toBeNull();
  expect(svg).toContain(`<title id="${labelled![1]}">`);
  expect(svg).toContain(`<desc id="${labelled![2]}">`);
  expect(svg).not.toMatch(/NaN|Infinity|undefined/);
}

/** The attributes of every element with that tag (and class), in document order. */
export function elements(svg: string, tag: string, cls?: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (const m of svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))) {
    const attrs: Record<string, string> = {};
    for (const a of m[1]!.matchAll(/([\w:-]+)="([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    if (cls === undefined || attrs.class === cls) out.push(attrs);
  }
  return out;
}

/** A numeric attribute. */
export const num = (attrs: Record<string, string> | undefined, name: string): number =>
  Number(attrs?.[name]);

/** The texts of the `<text>` elements with that class (or all), unescaped. */
export function texts(svg: string, cls?: string): string[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)]
    .filter((m) => cls === undefined || m[1]!.includes(`class="${cls}"`))
    .map((m) => decode(m[2]!));
}

/** The content of the `<desc>` element, unescaped. */
export const desc = (svg: string): string => decode(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)![1]!);

/** The content of the `<title>` element, unescaped. */
export const title = (svg: string): string => decode(/<title[^>]*>([^<]*)<\/title>/.exec(svg)![1]!);

function decode(s: string): string {
  return s.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

/** Deep-freezes a value (arrays and plain objects), for no-mutation tests. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
