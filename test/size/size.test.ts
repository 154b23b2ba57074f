/**
 * Bundle-size budgets: what a consumer pays for each part of the package (esbuild bundle of
 * the built dist, minified, gzipped). Fails over budget, and when a bundle contains what it
 * must not (zod in the maths, the data in the maths, Node built-ins anywhere but the CLI).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureAll, table } from '../../scripts/size.js';
import { root } from '../helpers/tsv.js';

describe('bundle size', () => {
  it('every consumer scenario is within budget and contains nothing it must not', async () => {
    const results = await measureAll();
    console.log(`\n${table(results)}\n`);
    for (const r of results) {
      expect(r.found, r.name).toEqual([]);
      expect(r.gzipped, r.name).toBeLessThanOrEqual(r.budget);
    }
  });

  it('no library entry in dist imports a Node built-in (only the CLI may)', () => {
    const files = readdirSync(join(root, 'dist')).filter(
      (f) => /\.(c?js)$/.test(f) && !f.startsWith('cli'),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const text = readFileSync(join(root, 'dist', f), 'utf8');
      expect(text, f).not.toMatch(
        /from ["']node:|require\(["']node:|from ["'](fs|path|os|util|child_process)["']/,
      );
    }
  });
});
