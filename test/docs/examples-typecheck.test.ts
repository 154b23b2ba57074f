/**
 * The `@example`s of the TSDoc are what a user copies into their own project, so each must
 * compile there: every example is type-checked as a module of a strict consumer (the settings
 * of tsconfig.test.json: `strict`, `noUncheckedIndexedAccess`, `exactOptionalPropertyTypes`),
 * with every export of the five entries imported by name. `svg.match(re).length`, for one,
 * runs but does not compile (`match` may return null).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { extractExamples } from './extract.js';

const ENTRIES = [
  ['shanxi-industry', 'src/index.ts'],
  ['shanxi-industry/schemas', 'src/schemas/index.ts'],
  ['shanxi-industry/export', 'src/export/index.ts'],
  ['shanxi-industry/chart', 'src/chart/index.ts'],
  ['shanxi-industry/extract', 'src/extract/index.ts'],
] as const;

/** Import lines that bring every export of every entry into scope (values and types apart). */
function prelude(program: ts.Program): string {
  const checker = program.getTypeChecker();
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const [specifier, file] of ENTRIES) {
    const sf = program.getSourceFile(join(root, file));
    const module = sf && checker.getSymbolAtLocation(sf);
    if (!module) throw new Error(`no module for ${file}`);
    const values: string[] = [];
    const types: string[] = [];
    for (const symbol of checker.getExportsOfModule(module)) {
      if (seen.has(symbol.name)) continue;
      seen.add(symbol.name);
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? values : types).push(symbol.name);
    }
    if (values.length > 0) lines.push(`import { ${values.join(', ')} } from '${specifier}';`);
    if (types.length > 0) lines.push(`import type { ${types.join(', ')} } from '${specifier}';`);
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'shanxi-industry-tsdoc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TSDoc examples in a strict consumer project', () => {
  it('every @example type-checks', () => {
    const examples = extractExamples(root);
    expect(examples.length).toBeGreaterThan(40);
    const config = ts.readConfigFile(join(root, 'tsconfig.test.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const options = { ...parsed.options, noEmit: true };
    expect(options.strict).toBe(true);
    expect(options.exactOptionalPropertyTypes).toBe(true);
    expect(options.noUncheckedIndexedAccess).toBe(true);

    const entries = ENTRIES.map(([, file]) => join(root, file));
    const header = prelude(ts.createProgram(entries, options));
    const checkDir = join(dir, 'typecheck');
    mkdirSync(checkDir);
    const names = new Map<string, string>();
    const files = examples.map((e, i) => {
      const file = join(checkDir, `example-${i}.ts`);
      names.set(file, e.name);
      // a module of its own, with top-level await as in the run test
      writeFileSync(file, `${header}${e.source}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, options, undefined, undefined);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && names.has(d.file.fileName))
      .map((d) => {
        const file = d.file!;
        const line = file.getLineAndCharacterOfPosition(d.start ?? 0).line;
        const text = file.text.split('\n')[line]?.trim();
        return `${names.get(file.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')} (${text})`;
      });
    expect(problems).toEqual([]);
  }, 180_000);
});
