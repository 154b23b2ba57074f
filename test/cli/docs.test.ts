/**
 * docs/command.md shows real output: every `$ shanxi-industry …` line of its ```text blocks
 * is run (the built dist/cli.js, output into a pipe) and what it prints — stdout, then
 * stderr — must equal the lines under it, up to the next `$` line, exactly (trailing white
 * space aside). `$ echo $?` prints the exit code of the command before it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { cli, requireBuild } from './helpers.js';

const guide = 'docs/command.md';
const text = readFileSync(join(root, guide), 'utf8');

/**
 * The words of a shell line: plain words split at spaces, '…' taken as written, and $'…'
 * with the escapes the guide uses (\e, \n, \t, \\, \').
 */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /\$'((?:[^'\\]|\\.)*)'|'([^']*)'|(\S+)/g;
  for (const m of line.matchAll(re)) {
    if (m[1] !== undefined)
      out.push(
        m[1].replace(/\\(.)/g, (_, c: string) =>
          c === 'e' ? '\u001b' : c === 'n' ? '\n' : c === 't' ? '\t' : c,
        ),
      );
    else out.push(m[2] ?? m[3]!);
  }
  return out;
}

interface Step {
  readonly line: number;
  readonly command: string;
  readonly expected: string;
}

/** Every `$` line of the guide's text blocks, with the output shown under it. */
function steps(): Step[] {
  const found: Step[] = [];
  for (const m of text.matchAll(/^```text\n([\s\S]*?)^```$/gm)) {
    const start = text.slice(0, m.index).split('\n').length;
    const lines = (m[1] ?? '').split('\n');
    if (!lines[0]?.startsWith('$ ')) continue;
    lines.forEach((l, i) => {
      if (!l.startsWith('$ ')) return;
      let j = i + 1;
      while (j < lines.length && !lines[j]!.startsWith('$ ')) j++;
      found.push({
        line: start + 1 + i,
        command: l.slice(2),
        expected: lines.slice(i + 1, j).join('\n'),
      });
    });
  }
  return found;
}

const clean = (s: string): string =>
  s
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

const all = steps();

describe(`${guide}: every $ shanxi-industry line prints what the guide shows`, () => {
  beforeAll(() => requireBuild());

  it('has shell examples of every command the guide is about', () => {
    const commands = all.map((s) => s.command);
    for (const needle of ['series --against china', 'series --kind', 'compare', 'echo $?'])
      expect(
        commands.some((c) => c.includes(needle)),
        needle,
      ).toBe(true);
    for (const s of all)
      expect(s.command, `line ${s.line}`).toMatch(/^(npx )?shanxi-industry |^echo \$\?$/);
  });

  it('splits shell words as a shell does for the forms used', () => {
    expect(words("show --source $'\\e[2J' 'a b' c")).toEqual([
      'show',
      '--source',
      '\u001b[2J',
      'a b',
      'c',
    ]);
  });

  let status: number | null = null;
  for (const step of all)
    it(`line ${step.line}: ${step.command}`, () => {
      if (step.command === 'echo $?') {
        expect(String(status)).toBe(clean(step.expected));
        return;
      }
      const argv = words(step.command);
      const args = argv[0] === 'npx' ? argv.slice(2) : argv.slice(1);
      const r = cli(args, {});
      status = r.status;
      expect(clean(r.stdout + r.stderr)).toBe(clean(step.expected));
    });
});
