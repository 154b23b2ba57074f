/**
 * The doc template (as date-fns keeps one): every exported function of src/ has a one-line
 * summary, a category, an `@example` with at least one `//=>` result, and any `@throws` names
 * the class and a stable code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import * as exportEntry from '../../src/export/index.js';
import * as rootEntry from '../../src/index.js';
import * as schemasEntry from '../../src/schemas/index.js';
import { root } from '../helpers/tsv.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : files(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

const publicNames = new Set([
  ...Object.keys(rootEntry),
  ...Object.keys(exportEntry),
  ...Object.keys(schemasEntry),
]);
const functions: { name: string; doc: string }[] = [];
for (const file of files(join(root, 'src'))) {
  if (file.includes(`${join('src', 'cli')}`)) continue;
  const text = readFileSync(file, 'utf8');
  const re = /(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)?\s*export (?:async )?function (\w+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = `${relative(root, file)}:${m[2]}`;
    // an overload's implementation signature carries no doc of its own
    if (!m[1] && functions.some((f) => f.name === name)) continue;
    if (publicNames.has(m[2]!)) functions.push({ name, doc: m[1] ?? '' });
  }
}

describe('doc template on every exported function', () => {
  it('finds the exported functions', () => {
    expect(functions.length).toBeGreaterThan(40);
  });
  for (const { name, doc } of functions) {
    it(name, () => {
      if (/@internal/.test(doc)) return;
      const lines = doc.split('\n').map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').trim());
      expect(lines.find((l) => l.length > 0) ?? '', 'a one-line summary').toMatch(/^[A-Z`].{10,}/);
      expect(doc, 'a category').toMatch(/@category \w+/);
      expect(doc, 'an @example').toMatch(/@example[\s\S]*```ts[\s\S]*\/\/=>/);
      for (const t of doc.matchAll(/@throws ([^@]*)/g)) {
        expect(t[1], '@throws names the class and a code').toMatch(
          /^ShanxiIndustryError codes? (`?[A-Z_]+`?|as for)/,
        );
        for (const c of t[1]!.matchAll(/\b([A-Z][A-Z_]{3,})\b/g))
          expect(Object.keys(ERROR_CODES)).toContain(c[1]);
      }
    });
  }
});
