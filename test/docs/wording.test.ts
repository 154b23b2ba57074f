/**
 * The guides describe what ships. A guide that calls a shipped feature "in progress" or says it
 * is "on its way" contradicts the package the reader has installed; the changelog speaks of
 * features, not of how the project plans its work.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guides } from '../helpers/guides.js';
import { root } from '../helpers/tsv.js';

/** Words that announce a feature instead of describing it. */
const NOT_YET =
  /\b(in progress|on its way|on the way|being written|coming soon|not yet (?:written|available|implemented)|work in progress|TODO|TBD)\b/gi;
/** Words about the project's own process rather than the package. */
const PROCESS = /\b(design card|the card|the brief|helper brief|the lead engineer)\b/gi;

function hits(file: string, re: RegExp): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return text.split('\n').flatMap((line, i) => {
    const found = line.match(re);
    return found ? [`${file}:${i + 1}: ${found.join(', ')}`] : [];
  });
}

describe('wording of the guides', () => {
  it('the guides are README.md and every docs/*.md', () => {
    expect(guides).toContain('README.md');
    expect(guides).toContain('docs/getting-started.md');
    expect(guides).toContain('docs/recipes.md');
  });

  it('no guide says a feature is in progress, on its way or being written', () => {
    expect(guides.flatMap((g) => hits(g, NOT_YET))).toEqual([]);
  });

  it('no doc comment of src/ (the text of the API site) says so either', () => {
    const sources = (readdirSync(join(root, 'src'), { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts'))
      .map((f) => relative(root, join(root, 'src', f)));
    expect(sources.length).toBeGreaterThan(20);
    expect(sources.flatMap((f) => hits(f, NOT_YET))).toEqual([]);
  });

  it('the changelog and the guides speak of features, not of the project process', () => {
    expect([...guides, 'CHANGELOG.md'].flatMap((g) => hits(g, PROCESS))).toEqual([]);
    expect(hits('CHANGELOG.md', NOT_YET)).toEqual([]);
  });

  it('the patterns find what they are meant to find', () => {
    expect('the chart entry (in progress)'.match(NOT_YET)).toEqual(['in progress']);
    expect('A command is on its way too'.match(NOT_YET)).toEqual(['on its way']);
    expect('both are being written'.match(NOT_YET)).toEqual(['being written']);
    expect('The design card lists'.match(PROCESS)).toEqual(['design card']);
    expect('the work progresses'.match(NOT_YET)).toBeNull();
  });
});
