import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/export/index.js';

const root = join(import.meta.dirname, '..', '..');

/** Every module the export entry reaches through its imports (type-only imports included). */
function reached(): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) packages.add(spec);
      else visit(relative(root, resolve(dirname(join(root, file)), spec.replace(/\.js$/, '.ts'))));
    }
  };
  visit('src/export/index.ts');
  return { files, packages };
}

describe('the shanxi-industry/export entry', () => {
  it('exports toCSV, toJSONStat and toMarkdown', () => {
    expect(Object.keys(entry).sort()).toEqual(['toCSV', 'toJSONStat', 'toMarkdown']);
  });

  it('imports neither zod nor the shipped data nor the query engine', () => {
    const { files, packages } = reached();
    expect([...packages]).toEqual([]);
    const allowed = [
      /^src\/export\//,
      /^src\/model\/(period|decimals|types|vocab)\.ts$/,
      /^src\/data\/catalogues\.ts$/,
      /^src\/format\/label\.ts$/,
      /^src\/errors\.ts$/,
      /^src\/compare\/types\.ts$/,
    ];
    for (const f of files)
      expect(
        allowed.some((re) => re.test(f)),
        f,
      ).toBe(true);
  });

  it('bundles small, without zod or the figures', async () => {
    const out = await build({
      entryPoints: [join(root, 'src/export/index.ts')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
    });
    const code = out.outputFiles[0]!.text;
    expect(code).not.toMatch(/zod/i);
    expect(code).not.toContain('FACT_ROWS');
    expect(code).not.toContain('chinadaily');
    expect(code.length).toBeLessThan(40_000);
  });
});
