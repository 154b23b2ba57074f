/**
 * docs/command.md shows real output: every `$` line of its ```text blocks is run by bash in
 * one scratch folder (so a file one line writes is there for the next), with
 * `shanxi-industry` (and `npx shanxi-industry`) running the built dist/cli.js, output into a
 * pipe; what it prints — stdout, then stderr — must equal the lines under it, up to the next
 * `$` line, exactly (trailing white space aside). `$ echo $?` prints the exit code of the
 * line before it. Besides the command, a line may use the few shell tools the guide needs to
 * write and edit a file (echo, sed, cat, printf).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';
import { CLI, requireBuild } from './helpers.js';

const guide = 'docs/command.md';
const text = readFileSync(join(root, guide), 'utf8');

/** The scratch folder the lines run in, and a folder on PATH with the command in it. */
const work = mkdtempSync(join(tmpdir(), 'shanxi-guide-'));
const bin = join(work, '.bin');
mkdirSync(bin);
writeFileSync(
  join(bin, 'shanxi-industry'),
  `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} "$@"\n`,
);
chmodSync(join(bin, 'shanxi-industry'), 0o755);

/** Runs one guide line with bash in the scratch folder (`npx ` dropped: it is the same command). */
function shell(line: string): { stdout: string; stderr: string; status: number | null } {
  const r = spawnSync(
    'bash',
    ['--norc', '--noprofile', '-c', line.replace(/^npx (?=shanxi-industry )/, '')],
    {
      cwd: work,
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

interface Step {
  readonly line: number;
  readonly command: string;
  readonly expected: string;
}

/** Every `$` line of a guide's text blocks, with the output shown under it. */
function steps(text: string): Step[] {
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

const all = steps(text);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`${guide}: every $ line prints what the guide shows`, () => {
  beforeAll(() => requireBuild());

  it('has shell examples of every command the guide is about', () => {
    const commands = all.map((s) => s.command);
    for (const needle of [
      /series --against china/,
      /series --kind/,
      /compare/,
      /^echo \$\?$/,
      /export --format csv .*--out /,
      /check /,
      /show --data /,
      /series .*--data /,
      /^sed /,
    ])
      expect(
        commands.some((c) => needle.test(c)),
        String(needle),
      ).toBe(true);
    for (const s of all)
      expect(s.command, `line ${s.line}`).toMatch(
        /^(npx )?shanxi-industry |^echo \$\?$|^(echo|sed|cat|printf) /,
      );
  });

  it('runs a line as bash does, in the scratch folder', () => {
    expect(shell("printf '%s|' $'\\e[2J' 'a b' c").stdout).toBe('\u001b[2J|a b|c|');
    expect(shell('shanxi-industry --version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  let status: number | null = null;
  for (const step of all)
    it(`line ${step.line}: ${step.command}`, () => {
      if (step.command === 'echo $?') {
        expect(String(status)).toBe(clean(step.expected));
        return;
      }
      const r = shell(step.command);
      status = r.status;
      expect(clean(r.stdout + r.stderr)).toBe(clean(step.expected));
    });
});

/**
 * The README shows the command too, cut short: a block whose last line is `…` shows the first
 * lines of the output, which must be the output's first lines exactly.
 */
describe('README.md: every $ line prints what the README shows (up to its …)', () => {
  beforeAll(() => requireBuild());
  const readme = steps(readFileSync(join(root, 'README.md'), 'utf8'));

  it('has the shell examples of the command', () => {
    expect(readme.map((s) => s.command)).toContain('npx shanxi-industry compare --period 2021-Q1');
    expect(readme.length).toBeGreaterThanOrEqual(3);
  });

  for (const step of readme)
    it(`line ${step.line}: ${step.command}`, () => {
      const r = shell(step.command);
      expect(r.status).toBe(0);
      const shown = clean(step.expected).split('\n');
      const cut = shown.at(-1) === '…';
      const out = clean(r.stdout).split('\n');
      if (cut) expect(out.slice(0, shown.length - 1)).toEqual(shown.slice(0, -1));
      else expect(out).toEqual(shown);
    });
});
