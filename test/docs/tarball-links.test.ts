/**
 * The README and the guides as a user of the published package reads them: every relative
 * link and image must name a file that is in the tarball (`npm pack --dry-run --json` lists
 * it), and every `#anchor` a heading of the file it points into. A link to a folder that does
 * not ship (docs/api, data/, examples/) fails here.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path/posix';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from '../helpers/tsv.js';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The targets of a markdown text's links and images: `[a](t)`, `![a](t)`, `src="t"`, `href="t"`. */
function targetsOf(markdown: string): string[] {
  // code blocks and inline code are not links
  const text = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  const out: string[] = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
    out.push(m[1]!);
  for (const m of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm))
    out.push(m[1]!);
  for (const m of text.matchAll(/\b(?:src|href)="([^"]+)"/g)) out.push(m[1]!);
  return out;
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(markdown: string): Set<string> {
  const text = markdown.replace(/^```[\s\S]*?^```$/gm, '');
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = slugOf(m[1]!);
    const n = seen.get(slug) ?? 0;
    seen.set(slug, n + 1);
    out.add(n === 0 ? slug : `${slug}-${n}`);
  }
  return out;
}

const external = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);

let files: Set<string>;
beforeAll(async () => {
  const { stdout } = await run(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const [pack] = JSON.parse(stdout) as { files: { path: string }[] }[];
  files = new Set(pack!.files.map((f) => f.path));
}, 120_000);

/** The problems of one shipped markdown file: links that do not resolve inside the tarball. */
function problemsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return targetsOf(text).flatMap((target) => {
    if (external(target)) return [];
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path === '' ? file : normalize(join(dirname(file), decodeURI(path)));
    if (resolved.startsWith('..') || !files.has(resolved))
      return [`${file}: ${target} (not in the package: ${resolved})`];
    if (anchor !== undefined && resolved.endsWith('.md')) {
      const anchors = anchorsOf(readFileSync(join(root, resolved), 'utf8'));
      if (!anchors.has(anchor)) return [`${file}: ${target} (no heading #${anchor})`];
    }
    return [];
  });
}

describe('links and images of the published package', () => {
  it('the tarball holds the README, the guides and their images', () => {
    expect(files.has('README.md')).toBe(true);
    expect(files.has('package.json')).toBe(true);
    expect(files.has('docs/getting-started.md')).toBe(true);
    expect(files.has('docs/images/shanxi-vs-china.svg')).toBe(true);
    // the generated API site is built by npm run docs, not shipped
    expect([...files].some((f) => f.startsWith('docs/api/'))).toBe(false);
  });

  it('every relative link and image of README.md is in the tarball', () => {
    expect(targetsOf(readFileSync(join(root, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
    expect(problemsOf('README.md')).toEqual([]);
  });

  it('every relative link and image of every shipped guide is in the tarball', () => {
    const shipped = [...files].filter((f) => f.endsWith('.md'));
    expect(shipped.length).toBeGreaterThan(3);
    expect(shipped.flatMap(problemsOf)).toEqual([]);
  });

  it('the link reader finds links, images and anchors, and skips code', () => {
    const md =
      '[a](docs/a.md#x) ![i](docs/images/i.svg) <img src="docs/b.svg"> `[c](no.md)`\n' +
      '```ts\n[d](no.md)\n```\n[ref]: data/x.tsv\n[w](https://example.org/)';
    expect(targetsOf(md)).toEqual([
      'docs/a.md#x',
      'docs/images/i.svg',
      'https://example.org/',
      'data/x.tsv',
      'docs/b.svg',
    ]);
    expect(slugOf('Single-month and year-to-date rates')).toBe(
      'single-month-and-year-to-date-rates',
    );
    expect(slugOf('One figure: `find`')).toBe('one-figure-find');
    expect([...anchorsOf('# A\n## A\n```\n# B\n```\n')]).toEqual(['a', 'a-1']);
  });
});
