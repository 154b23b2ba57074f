import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { root } from './tsv.js';

/**
 * Every module a source entry reaches through its relative imports, and every package it
 * imports. `typeOnly: false` leaves `import type` lines out (they cost nothing at run time).
 */
export function reachedFrom(
  entry: string,
  { typeOnly = true }: { typeOnly?: boolean } = {},
): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pattern = typeOnly
    ? /^\s*(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm
    : /^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm;
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(pattern)) {
      const spec = m[1]!;
      if (!spec.startsWith('.')) packages.add(spec);
      else visit(relative(root, resolve(dirname(join(root, file)), spec.replace(/\.js$/, '.ts'))));
    }
  };
  visit(entry);
  return { files, packages };
}
