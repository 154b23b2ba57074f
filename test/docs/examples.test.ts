/**
 * Doc examples as tests: every `@example` in src/ runs against the BUILT package (dist), and
 * every `//=>` result is asserted. A wrong example fails CI.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { extractExamples } from './extract.js';

const entries = ['index', 'schemas', 'export', 'chart', 'extract'].filter((e) =>
  existsSync(join(root, 'dist', `${e}.js`)),
);
const examples = extractExamples(root);

async function api(): Promise<Record<string, unknown>> {
  const all: Record<string, unknown> = {};
  for (const e of entries)
    Object.assign(all, await import(pathToFileURL(join(root, 'dist', `${e}.js`)).href));
  return all;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<[unknown, unknown][]>;

describe('doc examples', () => {
  it('there are examples, and every one asserts something', () => {
    expect(examples.length).toBeGreaterThan(40);
    for (const e of examples) expect(e.assertions, e.name).toBeGreaterThan(0);
  });

  for (const example of examples) {
    it(example.name, async () => {
      const lib = await api();
      const names = Object.keys(lib);
      const run = new AsyncFunction(...names, example.body);
      const results = await run(...names.map((n) => lib[n]));
      expect(results.length).toBe(example.assertions);
      for (const [actual, expected] of results) expect(actual).toEqual(expected);
    });
  }
});
