/**
 * Imports point one way (DESIGN.md): errors ← model ← math, data ← query ← compare, format ←
 * export, chart, extract, schemas ← cli. A module may import its own layer or a lower one,
 * never a higher one, so no two parts use each other.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';

const LAYER: Record<string, number> = {
  'errors.ts': 0,
  model: 1,
  math: 2,
  data: 2,
  query: 3,
  compare: 4,
  format: 4,
  export: 5,
  chart: 5,
  extract: 5,
  schemas: 5,
  cli: 6,
  'index.ts': 6,
};

function filesUnder(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesUnder(join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const partOf = (file: string): string =>
  relative(join(root, 'src'), join(root, file)).split('/')[0]!;

describe('import direction', () => {
  const files = filesUnder('src');

  it('every part of src has a layer', () => {
    expect([...new Set(files.map(partOf))].filter((p) => LAYER[p] === undefined)).toEqual([]);
  });

  it('no module imports from a higher layer, and no two parts import each other', () => {
    const wrong: string[] = [];
    const edges = new Set<string>();
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'(\.[^']+)'/gm)) {
        const target = relative(
          root,
          resolve(dirname(join(root, file)), m[1]!.replace(/\.js$/, '.ts')),
        );
        const from = partOf(file);
        const to = partOf(target);
        if (from === to) continue;
        edges.add(`${from}>${to}`);
        if (LAYER[to]! > LAYER[from]!) wrong.push(`${file} imports ${target}`);
      }
    }
    expect(wrong).toEqual([]);
    const cycles = [...edges].filter((e) => edges.has(e.split('>').reverse().join('>')));
    expect(cycles).toEqual([]);
  });
});
