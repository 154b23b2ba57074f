/** The guides: README.md and every docs/*.md, found by listing the folder. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './tsv.js';

/** Every guide, relative to the repository root: README.md and docs/*.md, sorted. */
export const guides: readonly string[] = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
