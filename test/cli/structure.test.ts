/**
 * The command's data flows one way (issue 16, Structure): main runs a command; a command
 * builds its view once and hands it to the table, chart or export code; those draw the view
 * and never import a command.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'src', 'cli');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The relative imports of a file (type-only imports included), as paths from src/cli. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+'(\.[^']+)'/gms)].map((m) =>
    relative(root, join(file, '..', m[1]!)).replace(/\\/g, '/'),
  );
}

const all = files(root).map((f) => relative(root, f).replace(/\\/g, '/'));

describe('src/cli import direction', () => {
  it('finds the renderers and the commands', () => {
    expect(all).toEqual(
      expect.arrayContaining([
        'chart.ts',
        'tables/series.ts',
        'tables/gap.ts',
        'tables/compare.ts',
        'render.ts',
        'commands/series.ts',
        'commands/compare.ts',
        'main.ts',
      ]),
    );
  });

  it('only main.ts and the commands themselves import a command', () => {
    const offenders = all
      .filter((f) => f !== 'main.ts' && !f.startsWith('commands/'))
      .flatMap((f) =>
        imports(join(root, f))
          .filter((i) => i.startsWith('commands/'))
          .map((i) => `${f} imports ${i}`),
      );
    expect(offenders).toEqual([]);
  });

  it('the chart and the tables draw views: they import neither a command nor main', () => {
    for (const f of all.filter((f) => f === 'chart.ts' || f.startsWith('tables/'))) {
      const bad = imports(join(root, f)).filter(
        (i) => i.startsWith('commands/') || i === 'main.js' || i === 'args.js',
      );
      expect(bad, f).toEqual([]);
    }
  });

  it('a command reads the dataset once: one series/compareSectors call per view builder', () => {
    const series = readFileSync(join(root, 'commands', 'series.ts'), 'utf8');
    expect(series.match(/seriesView\(ctx\)/g)).toHaveLength(1);
    expect(series.match(/gapView\(ctx, /g)).toHaveLength(1);
    const compare = readFileSync(join(root, 'commands', 'compare.ts'), 'utf8');
    expect(compare.match(/rankingView\(ctx\)/g)).toHaveLength(1);
  });
});
