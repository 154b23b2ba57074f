import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { isShanxiIndustryError } from '../../src/errors.js';

/** One row of a facts.tsv file, keyed by the header. */
export type Fact = Readonly<Record<string, string>>;

/** Reads a tab-separated table of the repository's `data/` folder (header row first). */
export function readTable(region: 'china' | 'shanxi', table: 'facts' | 'claims'): Fact[] {
  const text = readFileSync(new URL(`../../data/${region}/${table}.tsv`, import.meta.url), 'utf8');
  const [head, ...lines] = text
    .replace(/\r\n/g, '\n')
    .split('\n')
    .filter((l) => l.length > 0);
  const header = (head ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** The row with this id, failing the test when it is missing. */
export function row(facts: readonly Fact[], id: string): Fact {
  const found = facts.find((f) => f.id === id);
  if (!found) throw new Error(`row ${id} is missing`);
  return found;
}

/** The value of a row as a number. */
export const value = (f: Fact): number => Number(f.value);

/** Asserts that `fn` throws a ShanxiIndustryError with this code. */
export function expectCode(fn: () => unknown, code: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `expected ${code}`).toBeDefined();
  expect(isShanxiIndustryError(thrown)).toBe(true);
  expect(thrown).toMatchObject({ code, name: 'ShanxiIndustryError' });
}

/** Rounds half away from zero to `decimals` places (for comparing with published figures). */
export function roundHalfAway(x: number, decimals: number): number {
  const p = 10 ** decimals;
  return (Math.sign(x) * Math.round(Math.abs(x) * p)) / p;
}

/** |a − b| ≤ tol × max(1, |a|, |b|). */
export function close(a: number, b: number, tol = 1e-9): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
}
