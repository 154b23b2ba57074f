/**
 * Extracts the `@example` blocks of the TSDoc comments in src/ and turns each into a runnable
 * check: every `//=> value` line asserts the value of the expression statement just above it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface DocExample {
  /** Where: `src/math/growth.ts:growthRate`. */
  readonly name: string;
  /** The example's code, as written. */
  readonly source: string;
  /** JavaScript to run as an async function body; it returns [actual, expected][] pairs. */
  readonly body: string;
  /** How many `//=>` assertions it holds. */
  readonly assertions: number;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/** The name of the declaration a doc comment belongs to. */
function declarationAfter(text: string, end: number): string {
  const m =
    /^\s*export\s+(?:declare\s+)?(?:async\s+)?(?:function|const|class|interface|type|let)\s+(\w+)/.exec(
      text.slice(end),
    );
  return m?.[1] ?? '(anonymous)';
}

/** Rewrites a chunk so that its last expression statement is pushed with its expected value. */
function assertion(chunk: string, expected: string): string {
  const sf = ts.createSourceFile('x.ts', chunk, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const last = sf.statements.at(-1);
  if (!last || !ts.isExpressionStatement(last))
    throw new Error(
      `a //=> line must follow an expression statement; got: ${chunk.trim().split('\n').at(-1)}`,
    );
  const expr = last.expression.getText(sf);
  return `${chunk.slice(0, last.getStart(sf))}__results.push([${expr}, (${expected})]);\n`;
}

export function extractExamples(root: string): DocExample[] {
  const out: DocExample[] = [];
  for (const file of files(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    const comment = /\/\*\*[\s\S]*?\*\//g;
    for (let m = comment.exec(text); m; m = comment.exec(text)) {
      const lines = m[0]
        .split('\n')
        .map((l) => l.replace(/^\s*\/?\*+\/?\s?/, '').replace(/\s*\*\/$/, ''));
      const at = lines.findIndex((l) => l.startsWith('@example'));
      if (at < 0) continue;
      const name = `${relative(root, file)}:${declarationAfter(text, m.index + m[0].length)}`;
      const fenceStart = lines.findIndex((l, i) => i > at && l.startsWith('```'));
      const fenceEnd = lines.findIndex((l, i) => i > fenceStart && l.startsWith('```'));
      if (fenceStart < 0 || fenceEnd < 0) throw new Error(`${name}: @example without a code fence`);
      const code = lines.slice(fenceStart + 1, fenceEnd);
      let body = '';
      let chunk = '';
      let assertions = 0;
      for (const line of code) {
        const r = /^\/\/=>\s?(.*)$/.exec(line.trim());
        if (r) {
          body += assertion(chunk, r[1]!);
          chunk = '';
          assertions++;
        } else chunk += `${line}\n`;
      }
      body += chunk;
      const js = ts.transpileModule(
        `const __results: [unknown, unknown][] = [];\n${body}\nreturn __results;`,
        {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
        },
      ).outputText;
      out.push({ name, source: code.join('\n'), body: js, assertions });
    }
  }
  return out;
}
