import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** Reads one of the project's TSV files (data/<region>/<name>.tsv) into rows keyed by header. */
export function tsv(
  region: 'shanxi' | 'china',
  name: 'facts' | 'sources' | 'claims',
): Record<string, string>[] {
  const [head, ...lines] = readFileSync(join(root, 'data', region, `${name}.tsv`), 'utf8')
    .split('\n')
    .filter((l) => l.length > 0);
  const cols = head!.split('\t');
  return lines.map((l) => {
    const cells = l.split('\t');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
  });
}

export const allFacts = () => [...tsv('shanxi', 'facts'), ...tsv('china', 'facts')];
export const allSources = () => [...tsv('shanxi', 'sources'), ...tsv('china', 'sources')];
export const allClaims = () => [...tsv('shanxi', 'claims'), ...tsv('china', 'claims')];
