import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as entry from '../../src/export/index.js';
import { reachedFrom } from '../helpers/imports.js';
import { root } from '../helpers/tsv.js';

const reached = () => reachedFrom('src/export/index.ts');

describe('the shanxi-industry/export entry', () => {
  it('exports toCSV, toJSONStat and toMarkdown', () => {
    expect(Object.keys(entry).sort()).toEqual(['toCSV', 'toJSONStat', 'toMarkdown']);
  });

  it('imports neither zod nor the shipped data nor the query engine', () => {
    const { files, packages } = reached();
    expect([...packages]).toEqual([]);
    const allowed = [
      /^src\/export\//,
      /^src\/model\/(period|decimals|types|vocab|catalogues|units|observation)\.ts$/,
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
