/**
 * `main(argv, io)` in-process: colours only on a terminal without NO_COLOR, the terminal's
 * width, and how errors end.
 */
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { width } from './helpers.js';

interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  options: { isTTY?: boolean; env?: Record<string, string>; columns?: number } = {},
): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

const ANSI = '\u001b[';

describe('main in-process', () => {
  it('colours a terminal, and draws the header rule with box characters', async () => {
    const r = await run(['compare', '--period', '2021-Q1'], { isTTY: true });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(ANSI);
    expect(r.stdout).toContain('─');
  });

  it('writes no ANSI codes when NO_COLOR is set, even on a terminal', async () => {
    const r = await run(['compare', '--period', '2021-Q1'], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    });
    expect(r.stdout).not.toContain(ANSI);
    expect(r.stdout).toContain('█');
  });

  it('writes plain text (ASCII rules, bars kept) when stdout is not a terminal', async () => {
    const r = await run(['series', '--year', '2015', '--kind', 'year-to-date,month']);
    expect(r.stdout).not.toContain(ANSI);
    expect(r.stdout).not.toContain('─');
    expect(r.stdout).toMatch(/^-+ {2}-+/m);
    expect(r.stdout).toContain('█');
  });

  it('fits a narrower terminal', async () => {
    for (const argv of [
      ['compare', '--period', '2021-Q1'],
      ['show', '--period', '2021-Q1', '--lang', 'zh'],
      ['series', '--against', 'china', '--kind', 'year-to-date'],
      ['series', '--against', 'china', '--kind', 'month', '--lang', 'zh'],
    ]) {
      const r = await run(argv, { isTTY: true, env: { NO_COLOR: '1' }, columns: 60 });
      for (const line of r.stdout.split('\n').filter((l) => !/^\s+https?:/.test(l)))
        expect(width(line), line).toBeLessThanOrEqual(60);
    }
  });

  it('reads the version from package.json', async () => {
    const r = await run(['--version']);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 with one line for a wrong argument', async () => {
    const r = await run(['show', '--period', '2021-Q5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^shanxi-industry: Invalid --period "2021-Q5": .*Accepted forms/);
  });

  it('exits 1 with a one-line message for an unexpected error', async () => {
    let stderr = '';
    const code = await main(['list', 'regions'], {
      stdout: {
        write: () => {
          throw new Error('disk on fire\n    at somewhere');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
      isTTY: false,
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr).toBe('shanxi-industry: internal error: disk on fire\n');
  });
});
