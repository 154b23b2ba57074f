/**
 * Re-runs every ```ts block of docs/*.md that is followed by a ```text block and writes the
 * real output into the text block. Run after an API change, then read the diff:
 * `npx tsx scripts/doc-outputs.ts`. test/examples/docs.test.ts fails while they differ.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'doc-outputs-'));
const re = /^```ts\n([\s\S]*?)^```\n(\s*)^```text\n([\s\S]*?)^```$/gm;
try {
  for (const guide of readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'))) {
    const path = join(root, 'docs', guide);
    const text = readFileSync(path, 'utf8');
    let changed = 0;
    const next = text.replace(re, (whole, code: string, gap: string, old: string) => {
      const file = join(dir, `block-${Math.random().toString(36).slice(2)}.mts`);
      writeFileSync(file, code);
      const out = execFileSync(
        process.execPath,
        [tsxCli, '--tsconfig', 'examples/tsconfig.json', file],
        {
          cwd: root,
          encoding: 'utf8',
        },
      )
        .split('\n')
        .map((l) => l.trimEnd())
        .join('\n')
        .trim();
      if (out === old.trim()) return whole;
      changed++;
      return `\`\`\`ts\n${code}\`\`\`\n${gap}\`\`\`text\n${out}\n\`\`\``;
    });
    if (changed) {
      writeFileSync(path, next);
      console.log(`${guide}: ${changed} output block(s) updated`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
